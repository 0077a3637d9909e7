package io.github.csww.examples.chart;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One or more areas over the reporting years, as lines with a dot on each published year, with
 * vertical markers where the series breaks or an authority was reorganised, a legend, and each
 * line's latest value printed beside its last dot. A series named {@code England} is drawn dashed
 * in red, as England's reference lines are in the other charts. A year with no published value (suppressed, or
 * before or after the authority existed) leaves a gap: lines never bridge a missing year.
 *
 * <pre>{@code
 * TrendChart chart = TrendChart.builder(new Titles(
 *         "Average caseload: Cumbria, then Cumberland and Westmorland and Furness",
 *         "Cases per case-holding social worker (FTE), 30 September 2017 to 2025",
 *         BundledData.WORKFORCE.sourceLine()))
 *     .series("Cumbria", Map.of(2017, 17.1, 2018, 16.0))   // year -> value
 *     .series("England", england)
 *     .marker(TrendChart.SERIES_BREAK_2017)
 *     .marker(2023, "April 2023: Cumbria split into Cumberland and Westmorland and Furness")
 *     .axisTitle("Cases per FTE")
 *     .build();
 * chart.write(Path.of("trend.svg"), 1000, 600);
 * }</pre>
 */
public final class TrendChart implements Drawing {

  /**
   * One area's values by reporting year.
   *
   * @param name the area's name, shown in the legend
   * @param values reporting year to value; at least one, all finite
   */
  public record Series(String name, SortedMap<Integer, Double> values) {
    /**
     * Checks and copies the parts, in year order.
     *
     * @param name the area's name, shown in the legend; not null or blank. {@code England} is
     *     drawn dashed in red
     * @param values reporting year to value; at least one, no null year or value, all finite;
     *     copied, so later changes to the map do not reach the series
     * @throws IllegalArgumentException if {@code name} is null or blank, {@code values} is empty,
     *     or a value is NaN or infinite
     * @throws NullPointerException if {@code values}, a year or a value is null
     */
    public Series {
      Page.checkText(name, "a series");
      Objects.requireNonNull(values, "values of " + name + " are null");
      if (values.isEmpty()) {
        throw new IllegalArgumentException("series " + name + " has no values");
      }
      TreeMap<Integer, Double> copy = new TreeMap<>();
      values.forEach((y, v) -> copy.put(Objects.requireNonNull(y, "year is null"),
          Page.checkFinite(Objects.requireNonNull(v, "value is null"), name + " in " + y)));
      values = java.util.Collections.unmodifiableSortedMap(copy);
    }
  }

  /**
   * A vertical line before a reporting year: a break in the series or a reorganisation, drawn
   * between {@code year - 1} and {@code year} and labelled.
   *
   * @param year the first year after the change
   * @param label what changed, for example {@code April 2019: Bournemouth, Christchurch and Poole
   *     formed}
   */
  public record Marker(int year, String label) {
    /**
     * Checks the label.
     *
     * @param year the first year after the change; the year axis widens to include it
     * @param label what changed; not null or blank
     * @throws IllegalArgumentException if {@code label} is null or blank
     */
    public Marker {
      Page.checkText(label, "a marker");
    }
  }

  /**
   * The publisher's break: from 2017 the census records individual social workers, to 2016
   * local-authority totals, and figures from 2017 are not comparable with earlier years.
   */
  public static final Marker SERIES_BREAK_2017 = new Marker(2017,
      "Series break: worker-level census from 2017, not comparable with earlier years");

  private final Titles titles;
  private final List<Series> series;
  private final List<Marker> markers;
  final String axisTitle;
  private final int decimals;
  private final String suffix;
  final boolean fromZero;

  private TrendChart(Builder b) {
    this.titles = b.titles;
    this.series = List.copyOf(b.series);
    this.markers = List.copyOf(b.markers);
    this.axisTitle = b.axisTitle;
    this.decimals = b.decimals;
    this.suffix = b.suffix;
    this.fromZero = b.fromZero;
  }

  /**
   * Starts a chart with its title, subtitle and source line.
   *
   * @param titles the words around the chart, printed above it and at its foot
   * @return a builder with no series or markers, a value axis from zero, one decimal place and no
   *     suffix
   * @throws NullPointerException if {@code titles} is null
   */
  public static Builder builder(Titles titles) {
    return new Builder(titles);
  }

  /**
   * The title, subtitle and source line.
   *
   * @return the titles given to {@link #builder(Titles)}
   */
  public Titles titles() {
    return titles;
  }

  /**
   * The series, in legend order.
   *
   * @return the series in the order added, which sets their colours; unmodifiable
   */
  public List<Series> series() {
    return series;
  }

  /**
   * The markers.
   *
   * @return the markers in the order added; unmodifiable
   */
  public List<Marker> markers() {
    return markers;
  }

  /**
   * A value label as drawn, for example {@code 17.3} or {@code 15.0%}: rounded half up to the
   * chart's decimal places, with thousands separators, then the suffix.
   *
   * @param value the value to label, finite
   * @return the label as printed beside a line's last dot
   * @throws NumberFormatException if {@code value} is NaN or infinite
   */
  public String valueLabel(double value) {
    return Page.number(value, decimals) + suffix;
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    TrendPlot.paint(this, g, width, height);
  }

  /** Collects the series, markers and formatting of a {@link TrendChart}. */
  public static final class Builder {
    private final Titles titles;
    private final List<Series> series = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private String axisTitle = "";
    private int decimals = 1;
    private String suffix = "";
    private boolean fromZero = true;

    private Builder(Titles titles) {
      this.titles = Objects.requireNonNull(titles, "titles is null");
    }

    /**
     * Adds an area's values by reporting year; missing years leave a gap in its line. Series are
     * drawn and listed in the legend in the order added; {@code England} is dashed red and the
     * others take the next colour of a palette of eight that most colour-blind readers can tell
     * apart, repeating after eight.
     *
     * @param name the area's name, shown in the legend; not null or blank
     * @param values reporting year to value; at least one, no null year or value, all finite;
     *     copied
     * @return this builder
     * @throws IllegalArgumentException if {@code name} is null or blank, {@code values} is empty,
     *     or a value is NaN or infinite
     * @throws NullPointerException if {@code values}, a year or a value is null
     */
    public Builder series(String name, Map<Integer, Double> values) {
      series.add(new Series(name, new TreeMap<>(Objects.requireNonNull(values, "values"))));
      return this;
    }

    /**
     * Adds a vertical marker before {@code year}, drawn between {@code year - 1} and {@code year}
     * and labelled above the plot.
     *
     * @param year the first year after the change
     * @param label what changed, for example {@code April 2023: Cumbria split into Cumberland and
     *     Westmorland and Furness}; not null or blank
     * @return this builder
     * @throws IllegalArgumentException if {@code label} is null or blank
     */
    public Builder marker(int year, String label) {
      return marker(new Marker(year, label));
    }

    /**
     * Adds a vertical marker, for example {@link TrendChart#SERIES_BREAK_2017}.
     *
     * @param marker the marker
     * @return this builder
     * @throws NullPointerException if {@code marker} is null
     */
    public Builder marker(Marker marker) {
      markers.add(Objects.requireNonNull(marker, "marker is null"));
      return this;
    }

    /**
     * The title of the value axis, for example {@code Cases per FTE}, printed up the left side;
     * none by default.
     *
     * @param title the axis title; empty or blank for none
     * @return this builder
     * @throws NullPointerException if {@code title} is null
     */
    public Builder axisTitle(String title) {
      this.axisTitle = Objects.requireNonNull(title, "axis title is null");
      return this;
    }

    /**
     * Decimal places of the value labels, 0 to 3; 1 by default, as published.
     *
     * @param places the decimal places of each line's latest value, 0 to 3
     * @return this builder
     * @throws IllegalArgumentException if {@code places} is below 0 or above 3
     */
    public Builder decimals(int places) {
      this.decimals = Page.checkDecimals(places);
      return this;
    }

    /**
     * Text after each value label, for example {@code %}; none by default.
     *
     * @param text printed straight after each latest value, with no space
     * @return this builder
     * @throws NullPointerException if {@code text} is null
     */
    public Builder suffix(String text) {
      this.suffix = Objects.requireNonNull(text, "suffix is null");
      return this;
    }

    /**
     * Whether the value axis starts at zero (the default) or fits the values.
     *
     * @param zero {@code true} to include zero in the value axis, {@code false} to fit it to the
     *     values (rounded outwards to tick values)
     * @return this builder
     */
    public Builder fromZero(boolean zero) {
      this.fromZero = zero;
      return this;
    }

    /**
     * The chart.
     *
     * @return a new, immutable chart of the series and markers added so far
     * @throws IllegalArgumentException if no series was added
     */
    public TrendChart build() {
      if (series.isEmpty()) {
        throw new IllegalArgumentException("a trend chart needs at least one series");
      }
      return new TrendChart(this);
    }
  }
}
