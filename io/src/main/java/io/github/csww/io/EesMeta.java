package io.github.csww.io;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The metadata of a data set version, as {@code GET /v1/data-sets/{dataSetId}/meta} of the
 * Explore Education Statistics public data API returns it: the ids to build queries from.
 *
 * <pre>{@code
 * EesMeta meta = client.meta(id, "2.0");
 * List<String> ids = meta.indicators().stream().map(EesMeta.Indicator::id).toList();
 * }</pre>
 *
 * @param filters the filters and their options
 * @param indicators the indicators
 * @param geographicLevels the geographic levels
 * @param locations the locations, grouped by geographic level
 * @param timePeriods the time periods
 */
public record EesMeta(List<Filter> filters, List<Indicator> indicators,
    List<GeographicLevel> geographicLevels, List<LocationGroup> locations,
    List<TimePeriod> timePeriods) {
  /**
   * Checks that no component is null and copies the collections.
   *
   * @param filters the filters and their options
   * @param indicators the indicators
   * @param geographicLevels the geographic levels
   * @param locations the locations, grouped by geographic level
   * @param timePeriods the time periods
   * @throws NullPointerException if a component is null
   */
  public EesMeta {
    filters = List.copyOf(filters);
    indicators = List.copyOf(indicators);
    geographicLevels = List.copyOf(geographicLevels);
    locations = List.copyOf(locations);
    timePeriods = List.copyOf(timePeriods);
  }

  /**
   * A filter (a characteristic other than place and time) and its options.
   *
   * @param id the filter id used in queries
   * @param column the CSV column
   * @param label the label
   * @param hint a hint ({@code ""} when none)
   * @param options the options
   */
  public record Filter(String id, String column, String label, String hint,
      List<Option> options) {
    /**
     * Checks that no component is null and copies the collections.
     *
     * @param id the filter id used in queries
     * @param column the CSV column
     * @param label the label
     * @param hint a hint ({@code ""} when none)
     * @param options the options
     * @throws NullPointerException if a component is null
     */
    public Filter {
      requireNonNull(id, "id");
      requireNonNull(column, "column");
      requireNonNull(label, "label");
      requireNonNull(hint, "hint");
      options = List.copyOf(options);
    }
  }

  /**
   * One option of a filter.
   *
   * @param id the option id used in queries
   * @param label the label
   */
  public record Option(String id, String label) {
    /**
     * Checks that no component is null and copies the collections.
     *
     * @param id the option id used in queries
     * @param label the label
     * @throws NullPointerException if a component is null
     */
    public Option {
      requireNonNull(id, "id");
      requireNonNull(label, "label");
    }
  }

  /**
   * An indicator (a measured value).
   *
   * @param id the indicator id used in queries
   * @param column the CSV column, for example {@code caseload_fte}
   * @param label the label
   * @param unit the unit as the API labels it ({@code %}, {@code ""} when none)
   * @param decimalPlaces the recommended number of decimal places, when given
   */
  public record Indicator(String id, String column, String label, String unit,
      OptionalInt decimalPlaces) {
    /**
     * Checks that no component is null and copies the collections.
     *
     * @param id the indicator id used in queries
     * @param column the CSV column, for example {@code caseload_fte}
     * @param label the label
     * @param unit the unit as the API labels it ({@code %}, {@code ""} when none)
     * @param decimalPlaces the recommended number of decimal places, when given
     * @throws NullPointerException if a component is null
     */
    public Indicator {
      requireNonNull(id, "id");
      requireNonNull(column, "column");
      requireNonNull(label, "label");
      requireNonNull(unit, "unit");
      requireNonNull(decimalPlaces, "decimalPlaces");
    }
  }

  /**
   * A geographic level.
   *
   * @param code the code, for example {@code LA}
   * @param label the label, for example {@code Local authority}
   */
  public record GeographicLevel(String code, String label) {
    /**
     * Checks that no component is null and copies the collections.
     *
     * @param code the code, for example {@code LA}
     * @param label the label, for example {@code Local authority}
     * @throws NullPointerException if a component is null
     */
    public GeographicLevel {
      requireNonNull(code, "code");
      requireNonNull(label, "label");
    }
  }

  /**
   * The locations of one geographic level.
   *
   * @param level the level
   * @param options the locations
   */
  public record LocationGroup(GeographicLevel level, List<Location> options) {
    /**
     * Checks that no component is null and copies the collections.
     *
     * @param level the level
     * @param options the locations
     * @throws NullPointerException if a component is null
     */
    public LocationGroup {
      requireNonNull(level, "level");
      options = List.copyOf(options);
    }
  }

  /**
   * A location.
   *
   * @param id the location id used in queries
   * @param label the label, for example {@code Staffordshire}
   * @param codes its other text fields as the API gives them, for example {@code code} and
   *     {@code oldCode}
   */
  public record Location(String id, String label, Map<String, String> codes) {
    /**
     * Checks that no component is null and copies the collections.
     *
     * @param id the location id used in queries
     * @param label the label, for example {@code Staffordshire}
     * @param codes its other text fields as the API gives them, for example {@code code} and
     *     {@code oldCode}
     * @throws NullPointerException if a component is null
     */
    public Location {
      requireNonNull(id, "id");
      requireNonNull(label, "label");
      codes = Map.copyOf(codes);
    }
  }

  /**
   * A time period.
   *
   * @param code the time identifier code, for example {@code RY} (reporting year)
   * @param period the period, for example {@code 2024}
   * @param label the label
   */
  public record TimePeriod(String code, String period, String label) {
    /**
     * Checks that no component is null and copies the collections.
     *
     * @param code the time identifier code, for example {@code RY} (reporting year)
     * @param period the period, for example {@code 2024}
     * @param label the label
     * @throws NullPointerException if a component is null
     */
    public TimePeriod {
      requireNonNull(code, "code");
      requireNonNull(period, "period");
      requireNonNull(label, "label");
    }
  }
}
