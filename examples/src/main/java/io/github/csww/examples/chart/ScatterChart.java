package io.github.csww.examples.chart;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Two measures of the same areas plotted against each other (two metrics, or a metric and an
 * indicator such as an Ofsted grade), with the least-squares line dashed, England's values as
 * labelled reference lines, and the outliers named.
 *
 * <p><b>Which points are labelled.</b> A point is an outlier, and is named, when either
 *
 * <ul>
 *   <li>its standardised residual from the least-squares line of y on x is larger than the
 *       threshold (2 by default) in absolute value: {@code |e_i| / s > 2}, where {@code e_i} is
 *       the point's vertical distance from the line and {@code s = sqrt(sum(e^2) / (n - 2))}; or
 *   <li>its x value is more than 2.5 standard deviations from the mean of x (an extreme on the
 *       horizontal measure that the line would otherwise hide).
 * </ul>
 *
 * Points named with {@link Builder#label(String...)} are labelled too. With fewer than three points
 * nothing is an outlier. The rule is printed on the chart under the plot. Labels are never
 * dropped: one that would overlap another is moved, with a thin leader line to its point.
 *
 * <pre>{@code
 * ScatterChart chart = ScatterChart.builder(new Titles(
 *         "Caseload and turnover, local authorities, 2025",
 *         "Average caseload (cases per FTE) and turnover rate (%), 30 September 2025",
 *         BundledData.WORKFORCE.sourceLine()))
 *     .points(points)                       // List<ScatterChart.Point>
 *     .xAxisTitle("Average caseload (cases per FTE)")
 *     .yAxisTitle("Turnover rate (%)")
 *     .xReference("England", 15.2)
 *     .yReference("England", 11.8)
 *     .build();
 * chart.outliers();                         // the points the rule names
 * }</pre>
 */
public final class ScatterChart implements Drawing {

  /**
   * One area.
   *
   * @param label the area's name, printed when the point is labelled
   * @param x the horizontal value, finite
   * @param y the vertical value, finite
   */
  public record Point(String label, double x, double y) {
    /**
     * Checks the parts.
     *
     * @param label the area's name, printed when the point is labelled; not null or blank
     * @param x the horizontal value, finite
     * @param y the vertical value, finite
     * @throws IllegalArgumentException if {@code label} is null or blank, or {@code x} or {@code
     *     y} is NaN or infinite
     */
    public Point {
      Page.checkText(label, "a point");
      Page.checkFinite(x, "point " + label + " (x)");
      Page.checkFinite(y, "point " + label + " (y)");
    }
  }

  /** Standard deviations of x from its mean beyond which a point is named. */
  public static final double X_EXTREME = 2.5;

  private final Titles titles;
  private final List<Point> points;
  final String xAxisTitle;
  final String yAxisTitle;
  final List<ReferenceLine> xReferences;
  final List<ReferenceLine> yReferences;
  private final double threshold;
  private final Set<String> alwaysLabelled;
  final Map<Double, String> xCategories;
  final int xDecimals;
  final int yDecimals;

  private ScatterChart(Builder b) {
    this.titles = b.titles;
    this.points = List.copyOf(b.points);
    this.xAxisTitle = b.xAxisTitle;
    this.yAxisTitle = b.yAxisTitle;
    this.xReferences = List.copyOf(b.xReferences);
    this.yReferences = List.copyOf(b.yReferences);
    this.threshold = b.threshold;
    this.alwaysLabelled = Collections.unmodifiableSet(new LinkedHashSet<>(b.alwaysLabelled));
    this.xCategories = Collections.unmodifiableMap(new TreeMap<>(b.xCategories));
    this.xDecimals = b.xDecimals;
    this.yDecimals = b.yDecimals;
  }

  /**
   * Starts a chart with its title, subtitle and source line.
   *
   * @param titles the words around the chart, printed above it and at its foot
   * @return a builder with no points, references or axis titles, a threshold of 2 and one decimal
   *     place for the reference values
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
   * The points, in the order given.
   *
   * @return every point added, in order; unmodifiable
   */
  public List<Point> points() {
    return points;
  }

  /**
   * The least-squares line of y on x as {@code [intercept, slope]}, or empty with fewer than two
   * distinct x values.
   *
   * <p>The test for a single x value compares the spread of x with exactly zero, and the mean is
   * summed as {@code x / n} over the points, which need not give back x exactly: equal x values
   * (for example seven points at 0.1) can then give a line with an arbitrary slope instead of
   * none.
   *
   * @return a new array of two elements, {@code y = intercept + slope * x}, or of none when the
   *     line is undefined
   */
  public double[] fit() {
    return LeastSquares.fit(points);
  }

  /**
   * Pearson's correlation coefficient of x and y, or NaN when either does not vary.
   *
   * <p>As with {@link #fit()}, values that do not vary but whose mean is not summed exactly can
   * give a coefficient near zero instead of NaN.
   *
   * @return r, from -1 to 1, over every point; {@link Double#NaN} with a single point or when all
   *     x or all y values are equal
   */
  public double correlation() {
    return LeastSquares.correlation(points);
  }

  /**
   * The points the rule in the class description names as outliers, in the order given.
   *
   * @return the outliers, unmodifiable; empty with fewer than three points or when {@link #fit()}
   *     is empty
   */
  public List<Point> outliers() {
    return LeastSquares.outliers(points, threshold, X_EXTREME);
  }

  /**
   * The points drawn with their names: the outliers and any named by the caller.
   *
   * @return the outliers in the order given, then the other points whose label was passed to
   *     {@link Builder#label(String...)}, each once; unmodifiable
   */
  public List<Point> labelled() {
    Set<Point> out = new LinkedHashSet<>(outliers());
    for (Point p : points) {
      if (alwaysLabelled.contains(p.label())) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The rule printed under the plot.
   *
   * @return one or two sentences: the residual threshold and {@link #X_EXTREME} (each to one
   *     decimal place), the correlation r to two places when it is defined, and the names given to
   *     {@link Builder#label(String...)}, if any
   */
  public String ruleNote() {
    double r = correlation();
    String line = Double.isNaN(r) ? "the least-squares line (dashed)"
        : "the least-squares line (dashed; correlation r = " + Page.number(r, 2) + ")";
    return "Named: points more than " + Page.number(threshold, 1) + " standard deviations from "
        + line + ", or more than " + Page.number(X_EXTREME, 1)
        + " standard deviations from the mean on the horizontal axis." + (alwaysLabelled.isEmpty() ? ""
        : " Also named: " + String.join(", ", alwaysLabelled) + ".");
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    ScatterPlot.paint(this, g, width, height);
  }

  /** Collects the points, references and rules of a {@link ScatterChart}. */
  public static final class Builder {
    private final Titles titles;
    private final List<Point> points = new ArrayList<>();
    private String xAxisTitle = "";
    private String yAxisTitle = "";
    private final List<ReferenceLine> xReferences = new ArrayList<>();
    private final List<ReferenceLine> yReferences = new ArrayList<>();
    private double threshold = 2;
    private final Set<String> alwaysLabelled = new LinkedHashSet<>();
    private final Map<Double, String> xCategories = new TreeMap<>();
    private int xDecimals = 1;
    private int yDecimals = 1;

    private Builder(Titles titles) {
      this.titles = Objects.requireNonNull(titles, "titles is null");
    }

    /**
     * Adds points, after any already added.
     *
     * @param more the points to add, none null; copied
     * @return this builder
     * @throws NullPointerException if {@code more} is null; a null element is not caught here but
     *     makes {@link #build()} throw {@code NullPointerException}
     */
    public Builder points(List<Point> more) {
      points.addAll(Objects.requireNonNull(more, "points are null"));
      return this;
    }

    /**
     * Adds one point.
     *
     * @param label the area's name, printed when the point is labelled; not null or blank
     * @param x the horizontal value, finite
     * @param y the vertical value, finite
     * @return this builder
     * @throws IllegalArgumentException if {@code label} is null or blank, or {@code x} or {@code
     *     y} is NaN or infinite
     */
    public Builder point(String label, double x, double y) {
      points.add(new Point(label, x, y));
      return this;
    }

    /**
     * The horizontal axis title, for example {@code Average caseload (cases per FTE)}, printed
     * under the plot; none by default.
     *
     * @param title the axis title; empty for none
     * @return this builder
     * @throws NullPointerException if {@code title} is null
     */
    public Builder xAxisTitle(String title) {
      this.xAxisTitle = Objects.requireNonNull(title, "x axis title is null");
      return this;
    }

    /**
     * The vertical axis title, for example {@code Turnover rate (%)}, printed up the left side;
     * none by default.
     *
     * @param title the axis title; empty for none
     * @return this builder
     * @throws NullPointerException if {@code title} is null
     */
    public Builder yAxisTitle(String title) {
      this.yAxisTitle = Objects.requireNonNull(title, "y axis title is null");
      return this;
    }

    /**
     * A vertical reference line at an x value, labelled above the plot. The first is drawn in red
     * (England's colour), any further ones in green.
     *
     * @param label what the value is, for example {@code England}; not null or blank
     * @param value the x value, finite; the horizontal axis widens to include it
     * @return this builder
     * @throws IllegalArgumentException if {@code label} is null or blank, or {@code value} is NaN
     *     or infinite
     */
    public Builder xReference(String label, double value) {
      xReferences.add(new ReferenceLine(label, value));
      return this;
    }

    /**
     * A horizontal reference line at a y value, labelled to the right of the plot. The first is
     * drawn in red (England's colour), any further ones in green.
     *
     * @param label what the value is, for example {@code England}; not null or blank
     * @param value the y value, finite; the vertical axis widens to include it
     * @return this builder
     * @throws IllegalArgumentException if {@code label} is null or blank, or {@code value} is NaN
     *     or infinite
     */
    public Builder yReference(String label, double value) {
      yReferences.add(new ReferenceLine(label, value));
      return this;
    }

    /**
     * The standardised residual beyond which a point is named; 2 by default. It does not change
     * the {@link ScatterChart#X_EXTREME} rule.
     *
     * @param z the threshold in standard deviations of the residuals, positive and finite
     * @return this builder
     * @throws IllegalArgumentException if {@code z} is zero, negative, NaN or infinite
     */
    public Builder threshold(double z) {
      if (!(z > 0) || !Double.isFinite(z)) {
        throw new IllegalArgumentException("threshold must be positive, got " + z);
      }
      this.threshold = z;
      return this;
    }

    /**
     * Names these points whatever the rule says, for example the area a story is about. The
     * names are listed in the rule note; a name that matches no point's label names nothing.
     *
     * @param names the labels of the points to name, each not null or blank
     * @return this builder
     * @throws NullPointerException if {@code names} is null
     * @throws IllegalArgumentException if a name is null or blank; the names before it are kept
     */
    public Builder label(String... names) {
      for (String n : names) {
        alwaysLabelled.add(Page.checkText(n, "a named point"));
      }
      return this;
    }

    /**
     * Names the x positions of an indicator, for example {@code 1.0 -> "Outstanding"} to {@code
     * 4.0 -> "Inadequate"}; the axis then shows these names instead of numbers. Calls add to
     * the names given before; the axis reaches 0.5 beyond the lowest and highest position.
     *
     * @param names x position to the name printed under it; no null key or name
     * @return this builder
     * @throws NullPointerException if {@code names} or one of its keys is null; a null name is not
     *     caught here, and drawing the chart then throws {@code NullPointerException}
     */
    public Builder xCategories(Map<Double, String> names) {
      xCategories.putAll(Objects.requireNonNull(names, "categories are null"));
      return this;
    }

    /**
     * Decimal places of the reference values: x, then y; 1 by default. The tick labels choose
     * their own.
     *
     * @param x decimal places of the vertical reference lines' values, 0 to 3
     * @param y decimal places of the horizontal reference lines' values, 0 to 3
     * @return this builder
     * @throws IllegalArgumentException if either is below 0 or above 3
     */
    public Builder decimals(int x, int y) {
      if (x < 0 || x > 3 || y < 0 || y > 3) {
        throw new IllegalArgumentException("decimals must be 0 to 3, got " + x + " and " + y);
      }
      this.xDecimals = x;
      this.yDecimals = y;
      return this;
    }

    /**
     * The chart.
     *
     * @return a new, immutable chart of the points, references and rules set so far
     * @throws NullPointerException if a null point was added with {@link #points(List)}
     * @throws IllegalArgumentException if there are no points
     */
    public ScatterChart build() {
      if (points.isEmpty()) {
        throw new IllegalArgumentException("a scatter chart needs at least one point");
      }
      return new ScatterChart(this);
    }
  }
}
