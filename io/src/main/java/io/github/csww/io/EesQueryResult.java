package io.github.csww.io;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * One result of a data set query: a time period, a geographic level, the locations, the filter
 * options and the indicator values, all as the ids the API uses (see {@link EesMeta}).
 *
 * <pre>{@code
 * for (EesQueryResult r : client.query(id, "2.0", EesQuery.of("caseload_id"))) {
 *   System.out.println(r.period() + " " + r.locations().get("LA") + " " + r.values());
 * }
 * }</pre>
 *
 * @param period the time period, for example {@code 2024}
 * @param timeCode the time identifier code, for example {@code RY}
 * @param geographicLevel the geographic level code, for example {@code LA}
 * @param locations location id by geographic level code
 * @param filters filter option id by filter id
 * @param values value (a number or a suppression marker, as text) by indicator id
 */
public record EesQueryResult(String period, String timeCode, String geographicLevel,
    Map<String, String> locations, Map<String, String> filters, Map<String, String> values) {
  /**
   * Checks that no component is null and copies the collections.
   *
   * @param period the time period, for example {@code 2024}
   * @param timeCode the time identifier code, for example {@code RY}
   * @param geographicLevel the geographic level code, for example {@code LA}
   * @param locations location id by geographic level code
   * @param filters filter option id by filter id
   * @param values value (a number or a suppression marker, as text) by indicator id
   * @throws NullPointerException if a component is null
   */
  public EesQueryResult {
    requireNonNull(period, "period");
    requireNonNull(timeCode, "timeCode");
    requireNonNull(geographicLevel, "geographicLevel");
    locations = Map.copyOf(locations);
    filters = Map.copyOf(filters);
    values = Map.copyOf(values);
  }
}
