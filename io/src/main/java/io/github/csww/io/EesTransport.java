package io.github.csww.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

import io.github.csww.io.internal.EesJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * How {@link EesClient} talks HTTP: timeouts, retries with exponential backoff on 429, 5xx,
 * timeouts and failed connections (honouring {@code Retry-After}), gzip, and errors that name the
 * status, data set and version.
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
    return readAll(send(HttpRequest.newBuilder(uri).GET(), dataSetId, version), uri, dataSetId,
        version);
  }

  static byte[] readAll(HttpResponse<InputStream> r, URI uri, String dataSetId,
      String version) throws IOException {
    try (InputStream in = decoded(r)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new EesApiException("the response from " + uri + " broke off: " + e.getMessage(),
          r.statusCode(), dataSetId, version, "", "", List.of(), e);
    }
  }

  /** Sends with retries; returns a 2xx response whose body the caller reads and closes. */
  HttpResponse<InputStream> send(HttpRequest.Builder builder, String dataSetId,
      String version) throws IOException {
    HttpRequest request = builder.timeout(timeout)
        .header("Accept-Encoding", "gzip")
        .header("User-Agent", "csww (java.net.http)")
        .build();
    String what = request.method() + " " + request.uri();
    for (int attempt = 0; ; attempt++) {
      boolean last = attempt >= retries;
      HttpResponse<InputStream> r;
      try {
        r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        InterruptedIOException ie = new InterruptedIOException("interrupted: " + what);
        ie.initCause(e);
        throw ie;
      } catch (HttpTimeoutException e) {
        if (last) {
          throw new EesApiException("no response to " + what + " within " + timeout + " after "
              + (attempt + 1) + " attempt(s)", 0, dataSetId, version, "", "", List.of(), e);
        }
        pause(backoff(attempt), what);
        continue;
      } catch (IOException e) {
        if (last) {
          throw new EesApiException("cannot reach the API for " + what + " after "
              + (attempt + 1) + " attempt(s): " + e, 0, dataSetId, version, "", "", List.of(), e);
        }
        pause(backoff(attempt), what);
        continue;
      }
      int status = r.statusCode();
      if (status >= 200 && status < 300) {
        return r;
      }
      boolean retryable = status == 429 || status >= 500;
      byte[] body = errorBody(r);
      if (retryable && !last) {
        pause(retryAfter(r).orElse(backoff(attempt)), what);
        continue;
      }
      EesJson.Problem p = EesJson.problem(body);
      String message = what + " failed" + (retryable ? " after " + (attempt + 1)
          + " attempt(s)" : "");
      throw new EesApiException(message, status, dataSetId, version, p.title(), p.detail(),
          p.errors(), null);
    }
  }

  private static byte[] errorBody(HttpResponse<InputStream> r) {
    try (InputStream in = decoded(r)) {
      return in.readNBytes(MAX_ERROR_BODY);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  static InputStream decoded(HttpResponse<InputStream> r) throws IOException {
    String encoding = r.headers().firstValue("Content-Encoding").orElse("");
    return encoding.equalsIgnoreCase("gzip") ? new GZIPInputStream(r.body()) : r.body();
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
