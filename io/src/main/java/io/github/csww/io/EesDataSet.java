package io.github.csww.io;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A data set's summary, as {@code GET /v1/data-sets/{dataSetId}} of the Explore Education
 * Statistics public data API returns it.
 *
 * <pre>{@code
 * EesDataSet ds = client.dataSet("5b4a29f0-9e8a-4d84-8f19-6b8d52a01fbd");
 * ds.title();          // "Children's social work workforce indicators"
 * ds.latestVersion();  // Optional[2.0]
 * }</pre>
 *
 * @param id the data set id (a GUID)
 * @param title the title
 * @param summary the summary of its contents
 * @param status {@code Published}, {@code Deprecated} or {@code Withdrawn}
 * @param latestVersion the latest published version number, when there is one
 * @param supersedingDataSetId the data set that replaces this one, when it is deprecated
 */
public record EesDataSet(String id, String title, String summary, String status,
    Optional<String> latestVersion, Optional<String> supersedingDataSetId) {
  /**
   * Checks that no component is null.
   *
   * @param id the data set id (a GUID)
   * @param title the title
   * @param summary the summary of its contents
   * @param status {@code Published}, {@code Deprecated} or {@code Withdrawn}
   * @param latestVersion the latest published version number, when there is one
   * @param supersedingDataSetId the data set that replaces this one, when it is deprecated
   * @throws NullPointerException if a component is null
   */
  public EesDataSet {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(summary, "summary");
    requireNonNull(status, "status");
    requireNonNull(latestVersion, "latestVersion");
    requireNonNull(supersedingDataSetId, "supersedingDataSetId");
  }
}
