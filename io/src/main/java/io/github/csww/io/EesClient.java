package io.github.csww.io;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.csww.io.EesTransport.convert;
import static io.github.csww.io.EesTransport.notCached;
import static io.github.csww.io.EesTransport.parse;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.csww.Workforce;
import io.github.csww.io.internal.EesCache;
import io.github.csww.io.internal.EesJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

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
 * reached the last resolution is used. The data set summary and the version list are always
 * asked for online and read from the cache only {@link Builder#offline offline}. Offline, the
 * client never opens a connection: what is not cached is an {@link EesApiException}.
 *
 * <p><b>Failures.</b> Each request has a timeout ({@link Builder#timeout}). A {@code 429}, a
 * {@code 5xx}, a timeout or a failed connection is retried ({@link Builder#retries}), waiting
 * {@code backoff × 2^attempt} between tries (at most five minutes), or what a {@code
 * Retry-After} header asks (seconds or an HTTP date, at most ten minutes). Any other error
 * status, and the last failed try, is an {@link EesApiException} naming the status, the data set,
 * the version and the API's error title, detail and validation errors; so is a body that is not
 * the JSON the API describes. Gzip-encoded responses (the API sends the CSV gzipped) are
 * decoded.
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

  /** Page size asked for when listing versions (the API allows 1 to 20). */
  static final int VERSIONS_PAGE_SIZE = 20;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");
  private static final Pattern CONCRETE = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9}){0,2}");
  private static final Pattern WILDCARD = Pattern.compile("\\*|[0-9]{1,9}(\\.[0-9]{1,9})?\\.\\*");

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

  private final URI baseUri;
  private final Duration timeout;
  private final int retries;
  private final Duration backoff;
  private final EesCache cache;
  private final boolean offline;
  private final Duration latestTtl;
  private final Clock clock;
  /** Sending with retries; null when offline. */
  private final EesTransport transport;

  private EesClient(Builder b) {
    this.baseUri = b.baseUri;
    this.timeout = b.timeout;
    this.retries = b.retries;
    this.backoff = b.backoff;
    this.cache = new EesCache(b.cacheDirectory);
    this.offline = b.offline;
    this.latestTtl = b.latestTtl;
    this.clock = b.clock;
    this.transport = b.offline ? null : new EesTransport(HttpClient.newBuilder()
        .connectTimeout(b.timeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build(), b.timeout, b.retries, b.backoff, b.sleeper, b.clock);
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
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
        : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("csww").resolve("ees");
  }

  /**
   * The cache directory of this client.
   *
   * @return the absolute directory
   */
  public Path cacheDirectory() {
    return cache.root();
  }

  // ---------------------------------------------------------------- data sets and versions

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
    checkId(dataSetId);
    Path file = cache.file(dataSetId, "data-set.json");
    URI uri = uri("v1/data-sets/" + dataSetId);
    byte[] body = offline ? cached(file, dataSetId, "", "data set summary")
        : getBytes(uri, dataSetId, "");
    JsonNode n = parse(body, uri, dataSetId, "");
    EesDataSet ds = convert(() -> EesJson.dataSet(n), uri, dataSetId, "");
    if (!offline) {
      cache.write(file, body);
    }
    return ds;
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
    checkId(dataSetId);
    Path file = cache.file(dataSetId, "versions.json");
    URI first = uri("v1/data-sets/" + dataSetId + "/versions");
    if (offline) {
      JsonNode n = parse(cached(file, dataSetId, "", "version list"), first, dataSetId, "");
      return convert(() -> EesJson.versions(n), first, dataSetId, "");
    }
    ArrayNode all = pages(p -> HttpRequest.newBuilder(uri("v1/data-sets/" + dataSetId
        + "/versions?page=" + p + "&pageSize=" + VERSIONS_PAGE_SIZE)).GET(), dataSetId, "");
    ObjectNode stored = EesJson.object();
    stored.set("results", all);
    List<EesVersion> versions = convert(() -> EesJson.versions(stored), first, dataSetId, "");
    cache.write(file, EesJson.write(stored));
    return versions;
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
    String v = resolveVersion(dataSetId, version);
    URI uri = uri("v1/data-sets/" + dataSetId + "/versions/" + v);
    JsonNode n = parse(cachedOrGet(cache.file(dataSetId, v, "version.json"), uri, dataSetId, v,
        "version summary"), uri, dataSetId, v);
    return convert(() -> EesJson.version(n), uri, dataSetId, v);
  }

  /**
   * The concrete version number a version names: itself when concrete; for {@link #LATEST} the
   * data set's latest version; for a wildcard what the API resolves it to. Resolutions are
   * cached for {@link Builder#latestTtl}; when the API cannot be reached, or offline, the last
   * cached resolution is used, however old.
   *
   * @param dataSetId the data set id
   * @param version a version number, a wildcard or {@link #LATEST} ({@code ""} too)
   * @return a concrete version number such as {@code 2.1}
   * @throws EesApiException if the API refuses or fails and nothing is cached
   * @throws IOException if the cache cannot be written
   * @throws IllegalArgumentException if the id or the version is malformed
   */
  public String resolveVersion(String dataSetId, String version) throws IOException {
    checkId(dataSetId);
    requireNonNull(version, "version");
    String spec = version.equals(LATEST) ? "" : version;
    if (CONCRETE.matcher(spec).matches()) {
      return spec;
    }
    checkArgument(spec.isEmpty() || WILDCARD.matcher(spec).matches(),
        "version must be a number such as 2.0, a wildcard such as 2.*, or \"latest\", got \"%s\"",
        version);
    Path file = cache.file(dataSetId,
        spec.isEmpty() ? "latest.json" : "latest-" + spec.replace('*', 'x') + ".json");
    Optional<JsonNode> stored = readResolution(file);
    if (offline) {
      return stored.map(n -> n.path("version").asText()).orElseThrow(() -> new EesApiException(
          "offline and the " + (spec.isEmpty() ? "latest version" : "version " + spec)
              + " was never resolved online (looked for " + file + ")",
          0, dataSetId, spec, "", "", List.of(), null));
    }
    if (stored.isPresent()) {
      Instant at = Instant.parse(stored.get().path("resolvedAt").asText());
      if (Duration.between(at, clock.instant()).compareTo(latestTtl) <= 0) {
        return stored.get().path("version").asText();
      }
    }
    String resolved;
    try {
      if (spec.isEmpty()) {
        EesDataSet ds = dataSet(dataSetId);
        resolved = ds.latestVersion().orElseThrow(() -> new EesApiException(
            "the data set has no published version", 0, dataSetId, "", "", "", List.of(), null));
      } else {
        URI uri = uri("v1/data-sets/" + dataSetId + "/versions/" + spec);
        byte[] body = getBytes(uri, dataSetId, spec);
        JsonNode n = parse(body, uri, dataSetId, spec);
        resolved = convert(() -> EesJson.version(n), uri, dataSetId, spec).version();
        if (CONCRETE.matcher(resolved).matches()) {
          cache.write(cache.file(dataSetId, resolved, "version.json"), body);
        }
      }
    } catch (EesApiException e) {
      if (e.status().isEmpty() && stored.isPresent()) {
        return stored.get().path("version").asText(); // unreachable: the last resolution
      }
      throw e;
    }
    if (!CONCRETE.matcher(resolved).matches()) {
      throw new EesApiException("the API named a version that is not a number: " + resolved, 200,
          dataSetId, spec, "", "", List.of(), null);
    }
    ObjectNode record = EesJson.object();
    record.put("requested", spec.isEmpty() ? LATEST : spec);
    record.put("version", resolved);
    record.put("resolvedAt", clock.instant().toString());
    cache.write(file, EesJson.write(record));
    return resolved;
  }

  private Optional<JsonNode> readResolution(Path file) throws IOException {
    Optional<byte[]> bytes = cache.read(file);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    try {
      JsonNode n = EesJson.parse(bytes.get());
      Instant.parse(n.path("resolvedAt").asText());
      return CONCRETE.matcher(n.path("version").asText()).matches() ? Optional.of(n)
          : Optional.empty();
    } catch (EesJson.Malformed | DateTimeParseException e) {
      return Optional.empty(); // a damaged record is resolved again
    }
  }

  // ---------------------------------------------------------------- meta, query, csv

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
    String v = resolveVersion(dataSetId, version);
    URI uri = uri("v1/data-sets/" + dataSetId + "/meta?dataSetVersion=" + encode(v));
    JsonNode n = parse(cachedOrGet(cache.file(dataSetId, v, "meta.json"), uri, dataSetId, v,
        "metadata"), uri, dataSetId, v);
    return convert(() -> EesJson.meta(n), uri, dataSetId, v);
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
    String v = resolveVersion(dataSetId, version);
    byte[] firstBody;
    try {
      firstBody = EesJson.queryBody(query, 1);
    } catch (EesJson.Malformed e) {
      throw new IllegalArgumentException("query criteria: " + e.getMessage(), e);
    }
    Path file = cache.file(dataSetId, v, "query-" + sha256(firstBody) + ".json");
    URI uri = uri("v1/data-sets/" + dataSetId + "/query?dataSetVersion=" + encode(v));
    Optional<byte[]> stored = cache.read(file);
    JsonNode all;
    if (stored.isPresent()) {
      all = parse(stored.get(), uri, dataSetId, v);
    } else if (offline) {
      throw notCached(file, dataSetId, v, "query results");
    } else {
      ArrayNode results = pages(p -> {
        byte[] body = EesJson.queryBody(query, p);
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      }, dataSetId, v);
      ObjectNode merged = EesJson.object();
      merged.set("results", results);
      all = merged;
    }
    List<EesQueryResult> out = new ArrayList<>();
    for (JsonNode r : convert(() -> EesJson.results(all), uri, dataSetId, v)) {
      out.add(convert(() -> EesJson.queryResult(r), uri, dataSetId, v));
    }
    if (stored.isEmpty()) {
      cache.write(file, EesJson.write(all));
    }
    return out;
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
    String v = resolveVersion(dataSetId, version);
    Path file = cache.file(dataSetId, v, "data-set.csv");
    if (Files.isRegularFile(file)) {
      return file;
    }
    if (offline) {
      throw notCached(file, dataSetId, v, "CSV");
    }
    URI uri = uri("v1/data-sets/" + dataSetId + "/csv?dataSetVersion=" + encode(v));
    HttpResponse<InputStream> r = send(HttpRequest.newBuilder(uri).GET()
        .header("Accept", "text/csv"), dataSetId, v);
    try (InputStream in = EesTransport.decoded(r)) {
      cache.write(file, in);
    } catch (IOException e) {
      throw new EesApiException("the CSV download from " + uri + " broke off: " + e.getMessage(),
          r.statusCode(), dataSetId, v, "", "", List.of(), e);
    }
    return file;
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
   *     id or version is malformed
   */
  public Path resolve(String reference) throws IOException {
    requireNonNull(reference, "reference");
    checkArgument(isReference(reference),
        "an EES reference is ees:DATASET_ID or ees:DATASET_ID@VERSION, got \"%s\"", reference);
    String rest = reference.substring(FILE_PREFIX.length());
    int at = rest.indexOf('@');
    return at < 0 ? downloadCsv(rest, LATEST)
        : downloadCsv(rest.substring(0, at), rest.substring(at + 1));
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

  // ---------------------------------------------------------------- HTTP

  @FunctionalInterface
  private interface PageRequest {
    HttpRequest.Builder page(int page) throws EesJson.Malformed;
  }


  /** Every page's {@code results}, asking page 1, 2, ... until {@code paging.totalPages}. */
  private ArrayNode pages(PageRequest request, String dataSetId, String version)
      throws IOException {
    ArrayNode all = EesJson.array();
    int total = 1;
    for (int page = 1; page <= total; page++) {
      HttpRequest.Builder b;
      try {
        b = request.page(page);
      } catch (EesJson.Malformed e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      HttpRequest built = b.copy().build();
      byte[] body = readAll(send(b, dataSetId, version), built.uri(), dataSetId, version);
      JsonNode n = parse(body, built.uri(), dataSetId, version);
      ArrayNode results = convert(() -> EesJson.results(n), built.uri(), dataSetId, version);
      int pages = convert(() -> EesJson.totalPages(n), built.uri(), dataSetId, version);
      if (page == 1) {
        total = pages; // the first page's count bounds the loop, whatever later pages say
      }
      all.addAll(results);
      if (results.isEmpty()) {
        break;
      }
    }
    return all;
  }

  private byte[] cachedOrGet(Path file, URI uri, String dataSetId, String version, String what)
      throws IOException {
    Optional<byte[]> stored = cache.read(file);
    if (stored.isPresent()) {
      return stored.get();
    }
    if (offline) {
      throw notCached(file, dataSetId, version, what);
    }
    byte[] body = getBytes(uri, dataSetId, version);
    parse(body, uri, dataSetId, version); // never cache what cannot be read back
    cache.write(file, body);
    return body;
  }

  private byte[] cached(Path file, String dataSetId, String version, String what)
      throws IOException {
    return cache.read(file).orElseThrow(() -> notCached(file, dataSetId, version, what));
  }

  private byte[] getBytes(URI uri, String dataSetId, String version) throws IOException {
    return transport.getBytes(uri, dataSetId, version);
  }

  private byte[] readAll(HttpResponse<InputStream> r, URI uri, String dataSetId,
      String version) throws IOException {
    return EesTransport.readAll(r, uri, dataSetId, version);
  }

  private HttpResponse<InputStream> send(HttpRequest.Builder builder, String dataSetId,
      String version) throws IOException {
    return transport.send(builder, dataSetId, version);
  }

  private URI uri(String path) {
    return baseUri.resolve(path);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void checkId(String dataSetId) {
    requireNonNull(dataSetId, "dataSetId");
    checkArgument(ID.matcher(dataSetId).matches(),
        "data set id must be letters, digits and hyphens (a GUID such as "
            + "7588c2d6-9e8a-4d84-8f19-6b8d52a01fbd), got \"%s\"", dataSetId);
  }

  private static String sha256(byte[] bytes) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- builder

  /**
   * Settings for an {@link EesClient}. Each setter returns this builder; {@link #build()} may be
   * called more than once.
   */
  public static final class Builder {
    private URI baseUri = DEFAULT_BASE_URI;
    private Duration timeout = Duration.ofSeconds(30);
    private int retries = 3;
    private Duration backoff = Duration.ofSeconds(1);
    private Path cacheDirectory = defaultCacheDirectory();
    private boolean offline;
    private Duration latestTtl = Duration.ofHours(1);
    private Sleeper sleeper = d -> Thread.sleep(d.toMillis());
    private Clock clock = Clock.systemUTC();

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
      requireNonNull(uri, "uri");
      checkArgument(uri.isAbsolute() && ("http".equals(uri.getScheme())
          || "https".equals(uri.getScheme())), "baseUri must be an absolute http(s) URI, got %s",
          uri);
      String s = uri.toString();
      this.baseUri = s.endsWith("/") ? uri : URI.create(s + "/");
      return this;
    }

    /**
     * The time allowed to connect and, separately, for each request's response to begin.
     *
     * @param perRequest a positive duration
     * @return this builder
     * @throws IllegalArgumentException if the duration is not positive
     */
    public Builder timeout(Duration perRequest) {
      requireNonNull(perRequest, "perRequest");
      checkArgument(!perRequest.isNegative() && !perRequest.isZero(),
          "timeout must be positive, got %s", perRequest);
      this.timeout = perRequest;
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
      requireNonNull(initialBackoff, "initialBackoff");
      checkArgument(maxRetries >= 0, "retries must be 0 or more, got %s", maxRetries);
      checkArgument(!initialBackoff.isNegative(), "backoff must not be negative, got %s",
          initialBackoff);
      this.retries = maxRetries;
      this.backoff = initialBackoff;
      return this;
    }

    /**
     * Where responses are cached (created when first written).
     *
     * @param dir the directory
     * @return this builder
     */
    public Builder cacheDirectory(Path dir) {
      this.cacheDirectory = requireNonNull(dir, "dir");
      return this;
    }

    /**
     * Offline: answer from the cache only, never opening a connection.
     *
     * @param value {@code true} for offline
     * @return this builder
     */
    public Builder offline(boolean value) {
      this.offline = value;
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
      requireNonNull(ttl, "ttl");
      checkArgument(!ttl.isNegative(), "latestTtl must not be negative, got %s", ttl);
      this.latestTtl = ttl;
      return this;
    }

    /**
     * What waits between retries (by default {@link Thread#sleep(long)}).
     *
     * @param value the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper value) {
      this.sleeper = requireNonNull(value, "value");
      return this;
    }

    /**
     * The clock for the age of cached resolutions and for {@code Retry-After} dates.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = requireNonNull(value, "value");
      return this;
    }

    /**
     * A client with these settings.
     *
     * @return the client
     */
    public EesClient build() {
      return new EesClient(this);
    }
  }
}
