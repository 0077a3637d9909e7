package io.github.csww.io;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One version of a data set, as {@code GET /v1/data-sets/{dataSetId}/versions} and {@code
 * /versions/{dataSetVersion}} of the Explore Education Statistics public data API return it.
 *
 * <pre>{@code
 * for (EesVersion v : client.versions(id)) {
 *   System.out.println(v.version() + " " + v.status() + " " + v.releaseTitle());
 * }
 * }</pre>
 *
 * @param version the version number, for example {@code 2.0}
 * @param type {@code Major} or {@code Minor}
 * @param status {@code Published}, {@code Deprecated} or {@code Withdrawn}
 * @param published when the version was published, when the API says
 * @param withdrawn when the version was withdrawn, if it was
 * @param notes notes about the version and its changes ({@code ""} when none)
 * @param totalResults the number of results the version holds
 * @param fileId the id of the file the version was made from
 * @param releaseTitle the title of the statistical release it was published with
 * @param releaseSlug the slug of that release
 * @param timePeriodStart the first time period covered, as the API words it ({@code 2017})
 * @param timePeriodEnd the last time period covered ({@code 2025})
 * @param geographicLevels the geographic levels, as the API labels them ({@code Local authority})
 * @param filters the filter labels
 * @param indicators the indicator labels
 */
public record EesVersion(String version, String type, String status,
    Optional<OffsetDateTime> published, Optional<OffsetDateTime> withdrawn, String notes,
    long totalResults, String fileId, String releaseTitle, String releaseSlug,
    String timePeriodStart, String timePeriodEnd, List<String> geographicLevels,
    List<String> filters, List<String> indicators) {
  /**
   * Checks that no component is null and copies the collections.
   *
   * @param version the version number, for example {@code 2.0}
   * @param type {@code Major} or {@code Minor}
   * @param status {@code Published}, {@code Deprecated} or {@code Withdrawn}
   * @param published when the version was published, when the API says
   * @param withdrawn when the version was withdrawn, if it was
   * @param notes notes about the version and its changes ({@code ""} when none)
   * @param totalResults the number of results the version holds
   * @param fileId the id of the file the version was made from
   * @param releaseTitle the title of the statistical release it was published with
   * @param releaseSlug the slug of that release
   * @param timePeriodStart the first time period covered, as the API words it ({@code 2017})
   * @param timePeriodEnd the last time period covered ({@code 2025})
   * @param geographicLevels the geographic levels, as the API labels them ({@code Local authority})
   * @param filters the filter labels
   * @param indicators the indicator labels
   * @throws NullPointerException if a component is null
   */
  public EesVersion {
    requireNonNull(version, "version");
    requireNonNull(type, "type");
    requireNonNull(status, "status");
    requireNonNull(published, "published");
    requireNonNull(withdrawn, "withdrawn");
    requireNonNull(notes, "notes");
    requireNonNull(fileId, "fileId");
    requireNonNull(releaseTitle, "releaseTitle");
    requireNonNull(releaseSlug, "releaseSlug");
    requireNonNull(timePeriodStart, "timePeriodStart");
    requireNonNull(timePeriodEnd, "timePeriodEnd");
    geographicLevels = List.copyOf(geographicLevels);
    filters = List.copyOf(filters);
    indicators = List.copyOf(indicators);
  }
}
