package io.github.csww.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.csww.io.internal.EesCache;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * What an {@link EesClient.Builder} collects: each setting with its default and its checks, and
 * the parts of a client made from them. A client reads its settings when it is built and keeps
 * none of this object, so a builder may go on changing and build again.
 */
final class EesSettings {
  URI baseUri = EesClient.DEFAULT_BASE_URI;
  Duration timeout = Duration.ofSeconds(30);
  int retries = 3;
  Duration backoff = Duration.ofSeconds(1);
  Path cacheDirectory = defaultCacheDirectory();
  boolean offline;
  Duration latestTtl = Duration.ofHours(1);
  EesClient.Sleeper sleeper = d -> Thread.sleep(d.toMillis());
  Clock clock = Clock.systemUTC();
  Consumer<String> warnings = EesSettings::log;

  /** The default warnings: {@link System.Logger} {@code io.github.csww.io.EesClient}, WARNING. */
  static void log(String warning) {
    System.getLogger(EesClient.class.getName()).log(System.Logger.Level.WARNING, warning);
  }

  /** {@code $XDG_CACHE_HOME/csww/ees}, or {@code ~/.cache/csww/ees}. */
  static Path defaultCacheDirectory() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("csww").resolve("ees");
  }

  /** An absolute http(s) address, with a trailing {@code /} added when missing. */
  void baseUri(URI uri) {
    requireNonNull(uri, "uri");
    checkArgument(uri.isAbsolute() && ("http".equals(uri.getScheme())
        || "https".equals(uri.getScheme())), "baseUri must be an absolute http(s) URI, got %s",
        uri);
    String s = uri.toString();
    this.baseUri = s.endsWith("/") ? uri : URI.create(s + "/");
  }

  /** A positive time per request. */
  void timeout(Duration perRequest) {
    requireNonNull(perRequest, "perRequest");
    checkArgument(!perRequest.isNegative() && !perRequest.isZero(),
        "timeout must be positive, got %s", perRequest);
    this.timeout = perRequest;
  }

  /** Zero or more retries from a backoff of zero or more. */
  void retries(int maxRetries, Duration initialBackoff) {
    requireNonNull(initialBackoff, "initialBackoff");
    checkArgument(maxRetries >= 0, "retries must be 0 or more, got %s", maxRetries);
    checkArgument(!initialBackoff.isNegative(), "backoff must not be negative, got %s",
        initialBackoff);
    this.retries = maxRetries;
    this.backoff = initialBackoff;
  }

  /** A time to live of zero or more. */
  void latestTtl(Duration ttl) {
    requireNonNull(ttl, "ttl");
    checkArgument(!ttl.isNegative(), "latestTtl must not be negative, got %s", ttl);
    this.latestTtl = ttl;
  }

  /** The requests of a client with these settings; offline, they never open a connection. */
  EesRequests requests() {
    EesTransport transport = offline ? null : new EesTransport(HttpClient.newBuilder()
        .connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build(), timeout, retries, backoff, sleeper, clock);
    return new EesRequests(baseUri, new EesCache(cacheDirectory), transport);
  }

  /** The version resolution of a client with these settings, asking through its requests. */
  EesVersionResolver resolver(EesRequests requests) {
    return new EesVersionResolver(requests, latestTtl, clock, warnings);
  }
}
