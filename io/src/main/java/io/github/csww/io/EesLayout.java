package io.github.csww.io;

import static java.util.Objects.requireNonNull;

import io.github.csww.Metric;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two sets of column names the children's social work workforce publication has shipped
 * under on Explore Education Statistics, and how each maps onto {@link Metric}.
 *
 * <p>The 2025 release names in-post social workers {@code inpost_fte} and writes rates without a
 * unit ({@code turnover_rate_fte}); the 2022 release names them {@code social_worker_fte}, ends
 * rate columns with {@code _%} ({@code turnover_rate_fte_%}) and has no starters, which therefore
 * read as {@code x} (not available). Both share the standard EES columns ({@code time_period},
 * {@code geographic_level}, {@code old_la_code}, ...).
 *
 * <pre>{@code
 * EesLayout.LAYOUT_2025.column(Metric.SOCIAL_WORKERS);  // Optional[inpost_fte]
 * EesLayout.LAYOUT_2022.column(Metric.TURNOVER_RATE);   // Optional[turnover_rate_fte_%]
 * EesLayout.LAYOUT_2022.column(Metric.STARTERS);        // Optional.empty
 * EesLayout.LAYOUT_2022.metric("leaver_fte");           // Optional[LEAVERS]
 * }</pre>
 */
public enum EesLayout {
  /** Column names of the 2025 release ({@code inpost_fte}, {@code turnover_rate_fte}, ...). */
  LAYOUT_2025("2025 layout", false),
  /**
   * Column names of the 2022 release ({@code social_worker_fte}, {@code turnover_rate_fte_%},
   * ...), which has no starters.
   */
  LAYOUT_2022("2022 layout", true);

  /** The standard EES columns every row carries, in the order the publisher writes them. */
  private static final List<String> COMMON = List.of(
      "time_period", "time_identifier", "geographic_level", "country_code", "country_name",
      "region_code", "region_name", "old_la_code", "new_la_code", "la_name");

  private final String label;
  private final String format;
  private final String marker;
  private final Map<Metric, String> columns;
  private final Map<String, Metric> metrics;
  /** The metric columns in publisher order; unmodifiable. */
  private final List<String> metricColumns;

  /**
   * A layout whose columns are the metrics' names ({@link Metric#columnName()}) or their 2022
   * names ({@link Metric#legacyColumnName()}).
   */
  EesLayout(String label, boolean legacy) {
    this.label = label;
    // String.concat, not +: no invokedynamic bootstrap on the path every load takes
    this.format = "EES CSV (".concat(label).concat(")");
    Map<Metric, String> c = new EnumMap<>(Metric.class);
    Map<String, Metric> m = new LinkedHashMap<>();
    for (Metric metric : Metric.values()) {
      String column = legacy ? metric.legacyColumnName().orElse(null) : metric.columnName();
      if (column != null) {
        c.put(metric, column);
        m.put(column, metric);
      }
    }
    this.marker = c.get(Metric.SOCIAL_WORKERS);
    this.columns = c;
    this.metrics = m;
    this.metricColumns = List.copyOf(m.keySet());
  }

  /**
   * A short name for messages and load reports, for example {@code "2025 layout"}.
   *
   * @return the layout's label
   */
  public String label() {
    return label;
  }

  /**
   * What {@link io.github.csww.LoadReport#format()} says of a file read in this layout, for
   * example {@code "EES CSV (2025 layout)"}.
   *
   * @return the format
   */
  public String format() {
    return format;
  }

  /**
   * The column that identifies the layout in a header: {@code inpost_fte} (2025) or {@code
   * social_worker_fte} (2022).
   *
   * @return the marker column's name
   */
  public String markerColumn() {
    return marker;
  }

  /**
   * The column a metric is published in.
   *
   * @param metric the metric
   * @return the column's name, or empty when this layout does not publish the metric
   */
  public Optional<String> column(Metric metric) {
    requireNonNull(metric, "metric is null");
    return Optional.ofNullable(columns.get(metric));
  }

  /**
   * The metric published in a column.
   *
   * @param column a column name exactly as this layout spells it, for example {@code
   *     "leaver_fte"}
   * @return the metric, or empty for a column that holds no metric in this layout
   */
  public Optional<Metric> metric(String column) {
    requireNonNull(column, "column is null");
    return Optional.ofNullable(metrics.get(column));
  }

  /**
   * The metric columns in the order the publisher writes them.
   *
   * @return the metric columns' names; an immutable list
   */
  public List<String> metricColumns() {
    return metricColumns;
  }

  /**
   * Every column of the layout: the standard EES columns ({@link #commonColumns()}) followed by
   * the metric columns, as the publisher writes them.
   *
   * @return every column's name, in header order
   */
  public List<String> columns() {
    List<String> every = new ArrayList<>(COMMON);
    every.addAll(metricColumns);
    return List.copyOf(every);
  }

  /**
   * The standard EES columns: {@code time_period}, {@code time_identifier}, {@code
   * geographic_level}, {@code country_code}, {@code country_name}, {@code region_code}, {@code
   * region_name}, {@code old_la_code}, {@code new_la_code}, {@code la_name}.
   *
   * @return the standard columns' names, in the order the publisher writes them
   */
  public static List<String> commonColumns() {
    return COMMON;
  }

  @Override
  public String toString() {
    return label;
  }
}
