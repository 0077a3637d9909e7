package io.github.csww.io;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.csww.io.EesTransport.convert;
import static io.github.csww.io.EesTransport.notCached;
import static io.github.csww.io.EesTransport.parse;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.csww.io.internal.EesCache;
import io.github.csww.io.internal.EesJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The requests behind {@link EesClient}, for a version already resolved to a concrete number:
 * the addresses of the API's endpoints, the cache file of each answer (read first, written after
 * a successful request, the only source offline), paging, and reading each answer into its type.
 * Version resolution is {@link EesVersionResolver}'s; HTTP is {@link EesTransport}'s.
 */
final class EesRequests {
  /** Page size asked for when listing versions (the API allows 1 to 20). */
  static final int VERSIONS_PAGE_SIZE = 20;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

  private final URI baseUri;
  private final EesCache cache;
  /** Sending with retries; null when offline. */
  private final EesTransport transport;

  /**
   * Requests on a base address.
   *
   * @param baseUri the API's base address, ending in {@code /}
   * @param cache the cache
   * @param transport sending with retries, or null when offline (nothing is ever sent)
   */
  EesRequests(URI baseUri, EesCache cache, EesTransport transport) {
    this.baseUri = baseUri;
    this.cache = cache;
    this.transport = transport;
  }

  EesCache cache() {
    return cache;
  }

  boolean offline() {
    return transport == null;
  }

  // ---------------------------------------------------------------- endpoints

  /** {@code GET /v1/data-sets/{dataSetId}}; offline, the cached summary. */
  EesDataSet dataSet(String dataSetId) throws IOException {
    checkId(dataSetId);
    Path file = cache.file(dataSetId, "data-set.json");
    URI uri = uri("v1/data-sets/" + dataSetId);
    byte[] body = offline() ? cached(file, dataSetId, "", "data set summary")
        : getBytes(uri, dataSetId, "");
    JsonNode n = parse(body, uri, dataSetId, "");
    EesDataSet ds = convert(() -> EesJson.dataSet(n), uri, dataSetId, "");
    if (!offline()) {
      cache.write(file, body);
    }
    return ds;
  }

  /** {@code GET /v1/data-sets/{dataSetId}/versions}, every page; offline, the cached list. */
  List<EesVersion> versions(String dataSetId) throws IOException {
    checkId(dataSetId);
    Path file = cache.file(dataSetId, "versions.json");
    URI first = uri("v1/data-sets/" + dataSetId + "/versions");
    if (offline()) {
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

  /** {@code GET /v1/data-sets/{dataSetId}/versions/{v}} of a concrete version, cached. */
  EesVersion version(String dataSetId, String v) throws IOException {
    URI uri = uri("v1/data-sets/" + dataSetId + "/versions/" + v);
    JsonNode n = parse(cachedOrGet(cache.file(dataSetId, v, "version.json"), uri, dataSetId, v,
        "version summary"), uri, dataSetId, v);
    return convert(() -> EesJson.version(n), uri, dataSetId, v);
  }

  /** {@code GET /v1/data-sets/{dataSetId}/meta?dataSetVersion=v}, cached. */
  EesMeta meta(String dataSetId, String v) throws IOException {
    URI uri = uri("v1/data-sets/" + dataSetId + "/meta?dataSetVersion=" + encode(v));
    JsonNode n = parse(cachedOrGet(cache.file(dataSetId, v, "meta.json"), uri, dataSetId, v,
        "metadata"), uri, dataSetId, v);
    return convert(() -> EesJson.meta(n), uri, dataSetId, v);
  }

  /** {@code POST /v1/data-sets/{dataSetId}/query?dataSetVersion=v}, every page, cached. */
  List<EesQueryResult> query(String dataSetId, String v, EesQuery query) throws IOException {
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
    } else if (offline()) {
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
   * {@code GET /v1/data-sets/{dataSetId}/csv?dataSetVersion=v}, downloaded once. A body that is
   * not CSV (a maintenance page sent with {@code 200}, JSON) is refused before it reaches the
   * cache, where it would stay for good; a download that stalls or breaks off is retried, and
   * leaves no file behind.
   */
  Path downloadCsv(String dataSetId, String v) throws IOException {
    Path file = cache.file(dataSetId, v, "data-set.csv");
    URI uri = uri("v1/data-sets/" + dataSetId + "/csv?dataSetVersion=" + encode(v));
    if (Files.isRegularFile(file)) {
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = CsvHead.read(in);
      }
      Optional<String> refusal = CsvHead.refusal(Optional.empty(), head);
      if (refusal.isEmpty()) {
        return file;
      }
      // cached by an earlier csww that did not check: not the data set, so asked again
      if (offline()) {
        throw new EesApiException("offline, and the cached CSV " + file + " is not CSV ("
            + refusal.get() + "; it begins " + CsvHead.begins(head) + "): delete it and fetch "
            + "again online", 0, dataSetId, v, "", "", List.of(), null);
      }
      Files.deleteIfExists(file);
    }
    if (offline()) {
      throw notCached(file, dataSetId, v, "CSV");
    }
    return transport.exchange(HttpRequest.newBuilder(uri).GET().header("Accept", "text/csv"),
        dataSetId, v, (r, in) -> {
          byte[] head = CsvHead.read(in);
          Optional<String> contentType = r.headers().firstValue("Content-Type");
          Optional<String> refusal = CsvHead.refusal(contentType, head);
          if (refusal.isPresent()) {
            throw new EesApiException("the CSV download from " + uri + " is not CSV, so it was "
                + "not cached: " + refusal.get() + " (content type " + contentType.orElse("none")
                + "; it begins " + CsvHead.begins(head) + ")", r.statusCode(), dataSetId, v, "",
                "", List.of(), null);
          }
          cache.write(file, CsvHead.rejoin(head, in));
          return file;
        });
  }

  // ---------------------------------------------------------------- helpers

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
      byte[] body = transport.exchange(b, dataSetId, version, (r, in) -> in.readAllBytes());
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
    if (offline()) {
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

  /** A {@code GET}'s whole body (online only). */
  byte[] getBytes(URI uri, String dataSetId, String version) throws IOException {
    return transport.getBytes(uri, dataSetId, version);
  }

  /** A path such as {@code v1/data-sets/ID} resolved on the base address. */
  URI uri(String path) {
    return baseUri.resolve(path);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Refuses an id that is not letters, digits and hyphens, before it goes into a path. */
  static void checkId(String dataSetId) {
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
}
