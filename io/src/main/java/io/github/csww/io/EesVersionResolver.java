package io.github.csww.io;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.csww.io.EesTransport.convert;
import static io.github.csww.io.EesTransport.parse;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.csww.io.internal.EesCache;
import io.github.csww.io.internal.EesJson;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * How {@link EesClient} turns a version ({@code 2.0}, {@code 2.*} or {@link EesClient#LATEST})
 * into a concrete number: concrete numbers as they are; {@code LATEST} from the data set's
 * summary; a wildcard by asking the API. A resolution is recorded in the cache with its time
 * ({@code ID/latest[-SPEC].json}) and reused for the time to live; after that it is asked again,
 * and the last record is used when the API cannot be reached or fails to answer (an {@linkplain
 * EesApiException#isTransient() transient} failure: no response, {@code 429}, a {@code 5xx}, a
 * body that stalls or breaks off; with a warning naming the version used and why), or offline.
 */
final class EesVersionResolver {
  private static final Pattern CONCRETE = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9}){0,2}");
  private static final Pattern WILDCARD = Pattern.compile("\\*|[0-9]{1,9}(\\.[0-9]{1,9})?\\.\\*");

  private final EesRequests requests;
  private final EesCache cache;
  private final boolean offline;
  private final Duration latestTtl;
  private final Clock clock;
  private final Consumer<String> warnings;

  /**
   * A resolver asking through requests.
   *
   * @param requests the requests, with their cache and whether they are offline
   * @param latestTtl how long a recorded resolution is reused
   * @param clock the clock for the age of recorded resolutions
   * @param warnings told when a stale resolution is used because the API cannot be reached
   */
  EesVersionResolver(EesRequests requests, Duration latestTtl, Clock clock,
      Consumer<String> warnings) {
    this.requests = requests;
    this.cache = requests.cache();
    this.offline = requests.offline();
    this.latestTtl = latestTtl;
    this.clock = clock;
    this.warnings = warnings;
  }

  /** See {@link EesClient#resolveVersion}. */
  String resolve(String dataSetId, String version) throws IOException {
    EesRequests.checkId(dataSetId);
    requireNonNull(version, "version");
    checkVersion(version);
    String spec = version.equals(EesClient.LATEST) ? "" : version;
    if (CONCRETE.matcher(spec).matches()) {
      return spec;
    }
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
      resolved = spec.isEmpty() ? latest(dataSetId) : wildcard(dataSetId, spec);
    } catch (EesApiException e) {
      if (e.isTransient() && stored.isPresent()) {
        // unreachable, overloaded, failing or stalled: the last resolution, said out loud
        String used = stored.get().path("version").asText();
        warnings.accept("data set " + dataSetId + ": using version " + used + ", "
            + (spec.isEmpty() ? "the latest" : "what " + spec + " resolved to")
            + " when last checked (" + stored.get().path("resolvedAt").asText() + ", longer ago "
            + "than the reuse period of " + EesTransport.seconds(latestTtl) + "), because the "
            + (e.status().isEmpty() ? "API could not be reached" : "API did not answer")
            + " to check again: " + e.getMessage());
        return used;
      }
      throw e;
    }
    if (!CONCRETE.matcher(resolved).matches()) {
      throw new EesApiException("the API named a version that is not a number: " + resolved, 200,
          dataSetId, spec, "", "", List.of(), null);
    }
    ObjectNode record = EesJson.object();
    record.put("requested", spec.isEmpty() ? EesClient.LATEST : spec);
    record.put("version", resolved);
    record.put("resolvedAt", clock.instant().toString());
    cache.write(file, EesJson.write(record));
    return resolved;
  }

  /** Refuses a version that is not a number, a wildcard, {@code latest} or {@code ""}. */
  static void checkVersion(String version) {
    requireNonNull(version, "version");
    checkArgument(version.isEmpty() || version.equals(EesClient.LATEST)
        || CONCRETE.matcher(version).matches() || WILDCARD.matcher(version).matches(),
        "version must be a number such as 2.0, a wildcard such as 2.*, or \"latest\", got \"%s\"",
        version);
  }

  /** The data set summary's latest version, asked online. */
  private String latest(String dataSetId) throws IOException {
    EesDataSet ds = requests.dataSet(dataSetId);
    return ds.latestVersion().orElseThrow(() -> new EesApiException(
        "the data set has no published version", 0, dataSetId, "", "", "", List.of(), null));
  }

  /** What the API resolves a wildcard to; the summary is cached when the number is concrete. */
  private String wildcard(String dataSetId, String spec) throws IOException {
    URI uri = requests.uri("v1/data-sets/" + dataSetId + "/versions/" + spec);
    byte[] body = requests.getBytes(uri, dataSetId, spec);
    JsonNode n = parse(body, uri, dataSetId, spec);
    String resolved = convert(() -> EesJson.version(n), uri, dataSetId, spec).version();
    if (CONCRETE.matcher(resolved).matches()) {
      cache.write(cache.file(dataSetId, resolved, "version.json"), body);
    }
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
}
