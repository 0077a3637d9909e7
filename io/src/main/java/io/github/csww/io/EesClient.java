package io.github.csww.io;

import static java.util.Objects.requireNonNull;

import io.github.csww.Workforce;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A client for the Explore Education Statistics (EES) public data API ({@code
 * https://api.education.gov.uk/statistics/v1/...}) on {@code java.net.http}: a data set's
 * summary, its versions, a version's metadata, queries and the whole data set as CSV, which
 * {@link #loadWorkforce} reads into a {@link Workforce} with {@link Workforce#load(Path)}.
 *
 * <pre>{@code
 * EesClient ees = EesClient.builder()
 *     .cacheDirectory(Path.of("ees-cache"))
 *     .build();
 * Workforce wf = ees.loadWorkforce(dataSetId, "2.0");        // or EesClient.LATEST
 * Path csv = ees.downloadCsv(dataSetId, EesClient.LATEST);   // for an indicator-table reader
 * List<EesVersion> versions = ees.versions(dataSetId);       // every page
 * }</pre>
 *
 * <p><b>Versions.</b> A version is a concrete number ({@code 2.0}, {@code 1.2.1}), a wildcard
 * the API resolves ({@code 2.*}: the latest minor version of 2), or {@link #LATEST} ({@code
 * "latest"} or {@code ""}). Wildcards and {@code LATEST} are resolved to a concrete number
 * first (with {@code GET /v1/data-sets/{id}/versions/{wildcard}} or the data set's {@code
 * latestVersion}); everything after that is asked for by the concrete number.
 *
 * <p><b>Cache.</b> Responses for a concrete version (its summary, metadata, query results and
 * CSV) are stored under {@link Builder#cacheDirectory} keyed by data set id and version, and
 * served from there ever after without a request: a published version does not change. The
 * resolution of {@code LATEST} or a wildcard is cached with its time and reused for {@link
 * Builder#latestTtl} (default one hour); after that it is asked again, and if the API cannot be
 * reached the last resolution is used, with a {@linkplain Builder#warnings warning} naming it. The data set summary and the version list are always
 * asked for online and read from the cache only {@link Builder#offline offline}. Offline, the
 * client never opens a connection: what is not cached is an {@link EesApiException}.
 *
 * <p><b>Failures.</b> Each request has a timeout ({@link Builder#timeout}) for connecting, for the
 * response's headers and for each wait for the body's next bytes. A {@code 429}, a {@code 5xx}, a
 * timeout, a failed connection, or a body that stalls or breaks off is retried ({@link
 * Builder#retries}), waiting {@code
 * backoff × 2^attempt} between tries (at most five minutes), or what a {@code Retry-After} header
 * asks (seconds or an HTTP date, at most ten minutes). Any other error status, and the last failed
 * try, is an {@link EesApiException} naming the status, the data set, the version and the API's
 * error title, detail and validation errors; so is a body that is not the JSON the API describes,
 * or a CSV download that is not CSV (its content type is not CSV's, or its first line is not a
 * header): nothing that cannot be read back enters the cache. Gzip-encoded responses (the API
 * sends the CSV gzipped) are decoded.
 *
 * <p>An {@code EesClient} is immutable and safe to share between threads.
 */
public final class EesClient {
  /** The live API's base address; paths such as {@code v1/data-sets/{id}} are resolved on it. */
  public static final URI DEFAULT_BASE_URI = URI.create("https://api.education.gov.uk/statistics/");

  /** The version meaning "the latest published version". */
  public static final String LATEST = "latest";

  /** The prefix of a file argument that names an EES data set: {@code ees:ID[@VERSION]}. */
  public static final String FILE_PREFIX = "ees:";

  /** Waits between retries; tests pass one that records instead of waiting. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Waits.
     *
     * @param duration how long
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
  }

  private final EesRequests requests; // endpoints, cache and paging, for concrete versions
  private final EesVersionResolver resolver; // versions to concrete numbers

  private EesClient(EesSettings settings) {
    this.requests = settings.requests();
    this.resolver = settings.resolver(requests);
  }

  /**
   * A builder with the defaults: the live API, 30 s per request, 3 retries from 1 s, the
   * {@linkplain #defaultCacheDirectory() user's cache directory}, online, latest resolved again
   * after an hour.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The cache directory used when none is set: {@code $XDG_CACHE_HOME/csww/ees}, or {@code
   * ~/.cache/csww/ees}.
   *
   * @return the directory (not created)
   */
  public static Path defaultCacheDirectory() {
    return EesSettings.defaultCacheDirectory();
  }

  /**
   * The cache directory of this client.
   *
   * @return the absolute directory
   */
  public Path cacheDirectory() {
    return requests.cache().root();
  }

  /**
   * A data set's summary: {@code GET /v1/data-sets/{dataSetId}}; offline, the cached one.
   *
   * @param dataSetId the data set id (a GUID)
   * @return the summary
   * @throws EesApiException if the API refuses or fails, or offline when it is not cached
   * @throws IOException if the cache cannot be written
   * @throws IllegalArgumentException if the id is not letters, digits and hyphens
   */
  public EesDataSet dataSet(String dataSetId) throws IOException {
    return requests.dataSet(dataSetId);
  }

  /**
   * Every version of a data set, newest first as the API lists them: {@code GET
   * /v1/data-sets/{dataSetId}/versions?page=P&pageSize=20}, following every page; offline, the
   * cached list.
   *
   * @param dataSetId the data set id
   * @return the versions
   * @throws EesApiException if the API refuses or fails, or offline when it is not cached
   * @throws IOException if the cache cannot be written
   * @throws IllegalArgumentException if the id is malformed
   */
  public List<EesVersion> versions(String dataSetId) throws IOException {
    return requests.versions(dataSetId);
  }

  /**
   * One version's summary: {@code GET /v1/data-sets/{dataSetId}/versions/{dataSetVersion}};
   * cached per concrete version.
   *
   * @param dataSetId the data set id
   * @param version a version number, a wildcard such as {@code 2.*}, or {@link #LATEST}
   * @return the version
   * @throws EesApiException if the API refuses or fails, or offline when it is not cached
   * @throws IOException if the cache cannot be written
   * @throws IllegalArgumentException if the id or the version is malformed
   */
  public EesVersion version(String dataSetId, String version) throws IOException {
    return requests.version(dataSetId, resolveVersion(dataSetId, version));
  }

  /**
   * The concrete version number a version names: itself when concrete; for {@link #LATEST} the
   * data set's latest version; for a wildcard what the API resolves it to. Resolutions are
   * cached for {@link Builder#latestTtl}; when the API cannot be reached or fails to answer (an
   * {@linkplain EesApiException#isTransient() transient} failure), or offline, the last cached
   * resolution is used, however old (online, with a {@linkplain Builder#warnings warning} naming
   * the version used and why).
   *
   * @param dataSetId the data set id
   * @param version a version number, a wildcard or {@link #LATEST} ({@code ""} too)
   * @return a concrete version number such as {@code 2.1}
   * @throws EesApiException if the API refuses (a {@code 4xx} other than {@code 429}, or an
   *     answer that is not what it describes), or fails and nothing is cached
   * @throws IOException if the cache cannot be written
   * @throws IllegalArgumentException if the id or the version is malformed
   */
  public String resolveVersion(String dataSetId, String version) throws IOException {
    return resolver.resolve(dataSetId, version);
  }

  /**
   * A version's metadata: {@code GET /v1/data-sets/{dataSetId}/meta?dataSetVersion=V}; cached per
   * concrete version.
   *
   * @param dataSetId the data set id
   * @param version a version number, a wildcard or {@link #LATEST}
   * @return the metadata
   * @throws EesApiException if the API refuses or fails, or offline when it is not cached
   * @throws IOException if the cache cannot be written
   * @throws IllegalArgumentException if the id or the version is malformed
   */
  public EesMeta meta(String dataSetId, String version) throws IOException {
    return requests.meta(dataSetId, resolveVersion(dataSetId, version));
  }

  /**
   * Every result of a query: {@code POST /v1/data-sets/{dataSetId}/query?dataSetVersion=V} with
   * the query as JSON body, page after page until {@code paging.totalPages}; cached per concrete
   * version and query.
   *
   * @param dataSetId the data set id
   * @param version a version number, a wildcard or {@link #LATEST}
   * @param query the indicators, criteria and page size
   * @return the results of every page, in the API's order
   * @throws EesApiException if the API refuses (a {@code 400} lists the validation errors) or
   *     fails, or offline when it is not cached
   * @throws IOException if the cache cannot be written
   * @throws IllegalArgumentException if the id, the version or the criteria are malformed
   */
  public List<EesQueryResult> query(String dataSetId, String version, EesQuery query)
      throws IOException {
    requireNonNull(query, "query");
    return requests.query(dataSetId, resolveVersion(dataSetId, version), query);
  }

  /**
   * The whole data set version as CSV, in the cache: {@code GET
   * /v1/data-sets/{dataSetId}/csv?dataSetVersion=V}, downloaded once per concrete version to
   * {@code CACHE/ID/VERSION/data-set.csv}. The file is what the API sent, decompressed; give it
   * to {@link Workforce#load(Path)} or to an indicator-table reader.
   *
   * @param dataSetId the data set id
   * @param version a version number, a wildcard or {@link #LATEST}
   * @return the CSV file in the cache
   * @throws EesApiException if the API refuses or fails, or offline when it is not cached
   * @throws IOException if the cache cannot be written
   * @throws IllegalArgumentException if the id or the version is malformed
   */
  public Path downloadCsv(String dataSetId, String version) throws IOException {
    return requests.downloadCsv(dataSetId, resolveVersion(dataSetId, version));
  }

  /**
   * Whether a file argument names an EES data set rather than a file: {@code ees:ID} or {@code
   * ees:ID@VERSION}.
   *
   * @param argument a file argument as typed, for example {@code
   *     ees:7588c2d6-9e8a-4d84-8f19-6b8d52a01fbd@2.0}
   * @return {@code true} when it starts with {@value #FILE_PREFIX}
   */
  public static boolean isReference(String argument) {
    return argument.startsWith(FILE_PREFIX);
  }

  /**
   * The CSV a reference names, downloaded to the cache: {@code ees:ID} is the latest version,
   * {@code ees:ID@VERSION} that version (a number, a wildcard such as {@code 2.*}, or {@code
   * latest}). Wherever a program accepts a file, it can accept a reference through this method.
   *
   * <pre>{@code
   * Path file = EesClient.isReference(arg) ? ees.resolve(arg) : Path.of(arg);
   * Workforce wf = Workforce.load(file);
   * }</pre>
   *
   * @param reference {@code ees:ID} or {@code ees:ID@VERSION}
   * @return the CSV file in the cache
   * @throws EesApiException if the API refuses or fails, or offline when it is not cached
   * @throws IOException if the cache cannot be written
   * @throws IllegalArgumentException if the reference is not {@code ees:ID[@VERSION]} or the
   *     id or version is malformed ({@link EesReference#parse} checks a reference without a
   *     request)
   */
  public Path resolve(String reference) throws IOException {
    EesReference r = EesReference.parse(reference);
    return downloadCsv(r.dataSetId(), r.version());
  }

  /**
   * A data set version read into a workforce: {@link #downloadCsv} then {@link
   * Workforce#load(Path)}, so the result equals loading the same file downloaded by hand.
   *
   * @param dataSetId the data set id of a children's social work workforce data set
   * @param version a version number, a wildcard or {@link #LATEST}
   * @return the workforce
   * @throws EesApiException if the API refuses or fails, or offline when it is not cached
   * @throws io.github.csww.LoadException if the CSV is not a workforce file, naming the cached
   *     file, line and column
   * @throws IOException if the cache cannot be written or read
   * @throws IllegalArgumentException if the id or the version is malformed
   */
  public Workforce loadWorkforce(String dataSetId, String version) throws IOException {
    return Workforce.load(downloadCsv(dataSetId, version));
  }

  /**
   * Settings for an {@link EesClient}. Each setter returns this builder; {@link #build()} may be
   * called more than once.
   */
  public static final class Builder {
    private final EesSettings settings = new EesSettings();

    private Builder() {}

    /**
     * The API's base address, under which {@code v1/data-sets/...} is resolved; a trailing
     * {@code /} is added when missing.
     *
     * @param uri for example {@code https://api.education.gov.uk/statistics/} or a local server
     * @return this builder
     * @throws IllegalArgumentException if the address is not absolute http or https
     */
    public Builder baseUri(URI uri) {
      settings.baseUri(uri);
      return this;
    }

    /**
     * The time allowed to connect, for each response's headers to arrive, and for each wait for
     * the next bytes of a body (an idle timeout, not a limit on the whole download: a large CSV
     * that keeps arriving is never cut off, and one that stops for this long is abandoned).
     * Each of these timeouts is a failed try, retried as {@link #retries} says; a stalled
     * download leaves nothing in the cache, and its last failure is an {@link EesApiException}
     * naming the address and saying that the download stalled.
     *
     * @param perRequest a positive duration (default 30 s)
     * @return this builder
     * @throws IllegalArgumentException if the duration is not positive
     */
    public Builder timeout(Duration perRequest) {
      settings.timeout(perRequest);
      return this;
    }

    /**
     * How often a request that met a {@code 429}, a {@code 5xx}, a timeout or a failed
     * connection is tried again, and the first wait, doubled after each try.
     *
     * @param maxRetries 0 or more (0: one attempt only)
     * @param initialBackoff the first wait, zero or more
     * @return this builder
     * @throws IllegalArgumentException if a value is negative
     */
    public Builder retries(int maxRetries, Duration initialBackoff) {
      settings.retries(maxRetries, initialBackoff);
      return this;
    }

    /**
     * Where responses are cached (created when first written).
     *
     * @param dir the directory
     * @return this builder
     */
    public Builder cacheDirectory(Path dir) {
      settings.cacheDirectory = requireNonNull(dir, "dir");
      return this;
    }

    /**
     * Offline: answer from the cache only, never opening a connection.
     *
     * @param value {@code true} for offline
     * @return this builder
     */
    public Builder offline(boolean value) {
      settings.offline = value;
      return this;
    }

    /**
     * How long a resolution of {@link EesClient#LATEST} or a wildcard version is reused before
     * it is asked again.
     *
     * @param ttl zero (always ask) or more
     * @return this builder
     * @throws IllegalArgumentException if the duration is negative
     */
    public Builder latestTtl(Duration ttl) {
      settings.latestTtl(ttl);
      return this;
    }

    /**
     * What waits between retries (by default {@link Thread#sleep(long)}).
     *
     * @param value the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper value) {
      settings.sleeper = requireNonNull(value, "value");
      return this;
    }

    /**
     * Where the client says what a caller should know that is not an error: today, that a
     * cached resolution of {@link EesClient#LATEST} or a wildcard older than {@link #latestTtl}
     * was used because the API could not be reached or failed to answer, naming the version
     * used, when it was resolved and what failed. By default each warning is logged at
     * {@code WARNING} through the {@link System.Logger} named {@code
     * io.github.csww.io.EesClient}; a command line prints it instead.
     *
     * @param sink told each warning, one sentence
     * @return this builder
     */
    public Builder warnings(java.util.function.Consumer<String> sink) {
      settings.warnings = requireNonNull(sink, "sink");
      return this;
    }

    /**
     * The clock for the age of cached resolutions and for {@code Retry-After} dates.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      settings.clock = requireNonNull(value, "value");
      return this;
    }

    /**
     * A client with these settings.
     *
     * @return the client
     */
    public EesClient build() {
      return new EesClient(settings);
    }
  }
}
