package io.github.csww.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A data set query for {@code POST /v1/data-sets/{dataSetId}/query} of the Explore Education
 * Statistics public data API: the indicator ids to return, optional criteria in the API's own
 * JSON shape, and the page size. {@link EesClient#query} fetches every page.
 *
 * <pre>{@code
 * EesQuery q = EesQuery.of("caseload_id", "turnover_id")
 *     .withCriteria("{\"geographicLevels\": {\"eq\": \"LA\"}}")
 *     .withPageSize(500);
 * List<EesQueryResult> rows = client.query(id, "2.0", q);
 * }</pre>
 *
 * @param indicators the indicator ids, at least one
 * @param criteria the {@code criteria} object as JSON text, when there is one
 * @param pageSize the results per page, 1 to 10,000 (the API's default is 1,000)
 */
public record EesQuery(List<String> indicators, Optional<String> criteria, int pageSize) {
  /** The page size the API uses when none is given. */
  public static final int DEFAULT_PAGE_SIZE = 1000;

  /**
   * Checks that no component is null and copies the collections.
   *
   * @param indicators the indicator ids, at least one
   * @param criteria the {@code criteria} object as JSON text, when there is one
   * @param pageSize the results per page, 1 to 10,000 (the API's default is 1,000)
   * @throws IllegalArgumentException if there is no indicator or the page size is out of range
   * @throws NullPointerException if a component is null
   */
  public EesQuery {
    indicators = List.copyOf(indicators);
    checkArgument(!indicators.isEmpty(), "a query needs at least one indicator id");
    requireNonNull(criteria, "criteria");
    checkArgument(pageSize >= 1 && pageSize <= 10_000,
        "pageSize must be 1 to 10000, got %s", pageSize);
  }

  /**
   * A query for some indicators, all results, the default page size.
   *
   * @param indicatorIds the indicator ids (see {@link EesMeta#indicators()})
   * @return the query
   * @throws IllegalArgumentException if no id is given
   */
  public static EesQuery of(String... indicatorIds) {
    return new EesQuery(List.of(indicatorIds), Optional.empty(), DEFAULT_PAGE_SIZE);
  }

  /**
   * This query with criteria.
   *
   * @param criteriaJson the {@code criteria} object in the API's JSON shape
   * @return a new query
   */
  public EesQuery withCriteria(String criteriaJson) {
    return new EesQuery(indicators, Optional.of(criteriaJson), pageSize);
  }

  /**
   * This query with another page size.
   *
   * @param size the results per page, 1 to 10,000
   * @return a new query
   * @throws IllegalArgumentException if the size is out of range
   */
  public EesQuery withPageSize(int size) {
    return new EesQuery(indicators, criteria, size);
  }
}
