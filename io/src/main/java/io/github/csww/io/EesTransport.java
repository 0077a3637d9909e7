package io.github.csww.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.csww.io.internal.EesJson;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.nio.channels.UnresolvedAddressException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * How {@link EesClient} talks HTTP: timeouts (for the connection, the response's headers, and
 * each wait for the body's next bytes), retries with exponential backoff on 429, 5xx, timeouts,
 * failed connections and bodies that stall or break off (honouring {@code Retry-After}), gzip,
 * and errors that name the status, data set, version and cause.
 */
final class EesTransport {
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
  private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(10);
  private static final int MAX_ERROR_BODY = 64 * 1024;

  private final HttpClient http;
  private final Duration timeout;
  private final int retries;
  private final Duration backoff;
  private final EesClient.Sleeper sleeper;
  private final Clock clock;

  EesTransport(HttpClient http, Duration timeout, int retries, Duration backoff,
      EesClient.Sleeper sleeper, Clock clock) {
    this.http = http;
    this.timeout = timeout;
    this.retries = retries;
    this.backoff = backoff;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  byte[] getBytes(URI uri, String dataSetId, String version) throws IOException {
    return exchange(HttpRequest.newBuilder(uri).GET(), dataSetId, version,
        (r, in) -> in.readAllBytes());
  }

  /** Reads a successful response's body, decoded. */
  @FunctionalInterface
  interface Body<T> {
    /**
     * Reads the body.
     *
     * @param r the response (status 2xx, headers)
     * @param in its body, gunzipped when it was sent gzipped; a stall or a broken connection
     *     while reading is a {@link BodyStream.Failed}, which is retried
     * @return what the body gives
     * @throws IOException if it cannot be read or is refused
     */
    T read(HttpResponse<InputStream> r, InputStream in) throws IOException;
  }

  /**
   * Sends with retries and reads a 2xx response's body with {@code body}. A {@code 429}, a
   * {@code 5xx}, a timeout, a failed connection, and a body that stalls (no byte for the
   * timeout) or breaks off are retried; the last failure, and any other error status, is an
   * {@link EesApiException}.
   */
  <T> T exchange(HttpRequest.Builder builder, String dataSetId, String version, Body<T> body)
      throws IOException {
    HttpRequest request = builder.timeout(timeout)
        .header("Accept-Encoding", "gzip")
        .header("User-Agent", "csww (java.net.http)")
        .build();
    String what = request.method() + " " + request.uri();
    for (int attempt = 0; ; attempt++) {
      boolean last = attempt >= retries;
      String tries = " after " + (attempt + 1) + " attempt(s)";
      HttpResponse<InputStream> r;
      try {
        r = http.send(request, BodyStream.handler(request.uri(), timeout));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        InterruptedIOException ie = new InterruptedIOException("interrupted: " + what);
        ie.initCause(e);
        throw ie;
      } catch (HttpConnectTimeoutException e) {
        if (last) {
          throw new EesApiException("cannot reach the API for " + what + tries + ": no "
              + "connection to " + hostAndPort(request.uri()) + " within " + seconds(timeout),
              0, dataSetId, version, "", "", List.of(), e, true);
        }
        pause(backoff(attempt), what);
        continue;
      } catch (HttpTimeoutException e) {
        if (last) {
          throw new EesApiException("no response to " + what + " within " + seconds(timeout)
              + tries, 0, dataSetId, version, "", "", List.of(), e, true);
        }
        pause(backoff(attempt), what);
        continue;
      } catch (IOException e) {
        if (last) {
          throw new EesApiException("cannot reach the API for " + what + tries + ": "
              + why(e, request.uri()), 0, dataSetId, version, "", "", List.of(), e, true);
        }
        pause(backoff(attempt), what);
        continue;
      }
      int status = r.statusCode();
      if (status >= 200 && status < 300) {
        // the raw body first: a gzip header that fails to read must still close (and so
        // release) the connection
        try (InputStream raw = r.body(); InputStream in = decoded(r, raw)) {
          return body.read(r, in);
        } catch (EOFException e) {
          if (last) {
            throw new EesApiException("the response from " + what + " broke off: the gzipped "
                + "body ended early" + tries, status, dataSetId, version, "", "", List.of(), e,
                true);
          }
          pause(backoff(attempt), what);
          continue;
        } catch (BodyStream.Failed e) {
          if (last) {
            throw new EesApiException("the response from " + what + (e.stalled()
                ? " stalled: " : " broke off: ") + e.getMessage() + tries, status, dataSetId,
                version, "", "", List.of(), e, true);
          }
          pause(backoff(attempt), what);
          continue;
        } catch (ZipException e) {
          throw new EesApiException("the response from " + what + " says it is gzipped but is "
              + "not: " + e.getMessage(), status, dataSetId, version, "", "", List.of(), e);
        }
      }
      boolean retryable = status == 429 || status >= 500;
      byte[] errorBody = errorBody(r);
      if (retryable && !last) {
        pause(retryAfter(r).orElse(backoff(attempt)), what);
        continue;
      }
      EesJson.Problem p = EesJson.problem(errorBody);
      String message = what + " failed" + (retryable ? tries : "");
      throw new EesApiException(message, status, dataSetId, version, p.title(), p.detail(),
          p.errors(), null);
    }
  }

  /**
   * Why a connection failed, in words: {@link HttpClient} gives a {@code ConnectException}
   * without a message whose cause says what happened (an unresolved address, a refused
   * connection), so the chain is read for it.
   */
  static String why(IOException e, URI uri) {
    String host = hostAndPort(uri);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return "cannot resolve the host " + uri.getHost() + " (no network, or no such host)";
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        String m = deepestMessage(e);
        return "cannot connect to " + host + (m == null ? " (connection refused or closed)"
            : " (" + m + ")");
      }
    }
    String m = deepestMessage(e);
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m) + " (" + host + ")";
  }

  private static String deepestMessage(Throwable e) {
    String m = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        m = t.getMessage();
      }
    }
    return m;
  }

  private static String hostAndPort(URI uri) {
    return uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  /** A duration for people: {@code 3 s}, {@code 0.5 s}. */
  static String seconds(Duration d) {
    return BodyStream.seconds(d);
  }

  private static byte[] errorBody(HttpResponse<InputStream> r) {
    try (InputStream raw = r.body(); InputStream in = decoded(r, raw)) {
      return in.readNBytes(MAX_ERROR_BODY);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** The body as sent, or unzipped when the reply says it is gzipped; {@code raw} is r's body. */
  static InputStream decoded(HttpResponse<InputStream> r, InputStream raw) throws IOException {
    String encoding = r.headers().firstValue("Content-Encoding").orElse("");
    return encoding.equalsIgnoreCase("gzip") ? new GZIPInputStream(raw) : raw;
  }

  private Duration backoff(int attempt) {
    Duration d = backoff.multipliedBy(1L << Math.min(attempt, 20));
    return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
  }

  /** {@code Retry-After} as seconds or an HTTP date, at most ten minutes. */
  private Optional<Duration> retryAfter(HttpResponse<?> r) {
    Optional<String> header = r.headers().firstValue("Retry-After").map(String::trim);
    if (header.isEmpty()) {
      return Optional.empty();
    }
    Duration d;
    try {
      d = Duration.ofSeconds(Long.parseLong(header.get()));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(header.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
        d = Duration.between(clock.instant(), at.toInstant());
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
    if (d.isNegative()) {
      d = Duration.ZERO;
    }
    return Optional.of(d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
  }

  private void pause(Duration d, String what) throws InterruptedIOException {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException ie = new InterruptedIOException("interrupted retrying " + what);
      ie.initCause(e);
      throw ie;
    }
  }

  /** A conversion of a parsed response that may find it malformed. */
  @FunctionalInterface
  interface Conversion<T> {
    T get() throws EesJson.Malformed;
  }

  static EesApiException notCached(Path file, String dataSetId, String version,
      String what) {
    return new EesApiException("offline and the " + what + " is not in the cache (looked for "
        + file + ")", 0, dataSetId, version, "", "", List.of(), null);
  }

  static JsonNode parse(byte[] body, URI uri, String dataSetId, String version)
      throws EesApiException {
    try {
      return EesJson.parse(body);
    } catch (EesJson.Malformed e) {
      throw malformed(e, uri, dataSetId, version);
    }
  }

  static <T> T convert(Conversion<T> c, URI uri, String dataSetId, String version)
      throws EesApiException {
    try {
      return c.get();
    } catch (EesJson.Malformed e) {
      throw malformed(e, uri, dataSetId, version);
    }
  }

  static EesApiException malformed(EesJson.Malformed e, URI uri, String dataSetId,
      String version) {
    return new EesApiException("malformed response from " + uri + ": " + e.getMessage(), 200,
        dataSetId, version, "", "", List.of(), e);
  }
}
