package io.github.csww.examples.chart;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Ranked horizontal bars, fit to publish: one bar per area, highest first within each group, a
 * value label on every bar (rounded half up to one decimal place by default, as published),
 * groups (for example the highest and the lowest ten) separated by a heading and a dashed
 * divider, and reference lines (England, the region) labelled with their values.
 *
 * <p>Every label is drawn: long names wrap onto further lines, fonts shrink with the bar count,
 * and a chart too short for its bars is refused with the height it needs rather than drawn with
 * labels missing. A zero bar is drawn as a thin stub with its {@code 0.0} label.
 *
 * <pre>{@code
 * RankedBarChart chart = RankedBarChart.builder(new Titles(
 *         "Average caseload: highest and lowest 10 local authorities",
 *         "Cases per case-holding social worker (FTE), 30 September 2025",
 *         BundledData.WORKFORCE.sourceLine()))
 *     .group("Highest 10", highest)          // List<RankedBarChart.Bar>
 *     .group("Lowest 10", lowest)
 *     .reference("England", 15.6)
 *     .axisTitle("Cases per FTE")
 *     .build();
 * chart.write(Path.of("caseload.png"), 1000, chart.suggestedHeight());
 * }</pre>
 */
public final class RankedBarChart implements Drawing {

  /**
   * One bar.
   *
   * @param label the area's name, drawn in full (wrapped when long)
   * @param value the value, finite
   */
  public record Bar(String label, double value) {
    /**
     * Checks the parts.
     *
     * @param label the area's name, drawn in full (wrapped when long); not null or blank
     * @param value the value, finite; may be zero (drawn as a stub) or negative (drawn leftwards)
     * @throws IllegalArgumentException if {@code label} is null or blank, or {@code value} is NaN
     *     or infinite
     */
    public Bar {
      Page.checkText(label, "a bar");
      Page.checkFinite(value, "bar " + label);
    }
  }

  /**
   * Bars drawn together under a heading, highest first.
   *
   * @param heading for example {@code Highest 10}; may be empty
   * @param bars at least one bar
   */
  public record Group(String heading, List<Bar> bars) {
    /**
     * Checks and copies the parts, sorting the bars highest first (ties keep their order).
     *
     * @param heading for example {@code Highest 10}; empty or blank for none, not null
     * @param bars at least one bar, none null; copied, so later changes to the list do not reach
     *     the group
     * @throws NullPointerException if {@code heading}, {@code bars} or one of the bars is null
     * @throws IllegalArgumentException if {@code bars} is empty
     */
    public Group {
      Objects.requireNonNull(heading, "heading is null");
      Objects.requireNonNull(bars, "bars is null");
      if (bars.isEmpty()) {
        throw new IllegalArgumentException("group '" + heading + "' has no bars");
      }
      List<Bar> sorted = new ArrayList<>(bars);
      sorted.sort(Comparator.comparingDouble(Bar::value).reversed());
      bars = List.copyOf(sorted);
    }
  }

  private final Titles titles;
  private final List<Group> groups;
  private final List<ReferenceLine> references;
  final String axisTitle;
  private final int decimals;
  private final String suffix;

  private RankedBarChart(Builder b) {
    this.titles = b.titles;
    this.groups = List.copyOf(b.groups);
    this.references = List.copyOf(b.references);
    this.axisTitle = b.axisTitle;
    this.decimals = b.decimals;
    this.suffix = b.suffix;
  }

  /**
   * Starts a chart with its title, subtitle and source line.
   *
   * @param titles the words around the chart, printed above it and at its foot
   * @return a builder with no groups or reference lines, one decimal place and no suffix
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
   * The groups, each sorted highest first.
   *
   * @return the groups in the order added, top to bottom; unmodifiable
   */
  public List<Group> groups() {
    return groups;
  }

  /**
   * The reference lines.
   *
   * @return the reference lines in the order added, which sets their colours; unmodifiable
   */
  public List<ReferenceLine> references() {
    return references;
  }

  /**
   * Every bar in drawing order, top to bottom.
   *
   * @return the bars of every group, group by group, each group highest first; unmodifiable
   */
  public List<Bar> bars() {
    List<Bar> out = new ArrayList<>();
    groups.forEach(g -> out.addAll(g.bars()));
    return List.copyOf(out);
  }

  /**
   * A bar's value label as drawn, for example {@code 22.1} or {@code 0.0%}: rounded half up to
   * the chart's decimal places, with thousands separators, then the suffix.
   *
   * @param value the value to label, finite
   * @return the label as it appears beside a bar
   * @throws NumberFormatException if {@code value} is NaN or infinite
   */
  public String valueLabel(double value) {
    return Page.number(value, decimals) + suffix;
  }

  /**
   * A reference line's label as drawn, for example {@code England 22.1}.
   *
   * @param r the reference line, not null
   * @return its label, a space, then its value formatted as {@link #valueLabel(double)} does
   * @throws NullPointerException if {@code r} is null
   */
  public String referenceLabel(ReferenceLine r) {
    return r.label() + " " + valueLabel(r.value());
  }

  /**
   * A height in pixels that gives each bar room for a two-line name at a readable size, for a
   * chart 1,000 pixels wide: about 28 pixels a bar plus the titles and axis.
   *
   * @return 200 pixels, plus 26 for each reference line and 28 for each bar and each group
   *     heading, kept between {@link Drawing#MIN_SIZE} and {@link Drawing#MAX_SIZE}; past about
   *     275 bars and headings the cap applies and the height may not be enough to draw
   */
  public int suggestedHeight() {
    int rows = bars().size() + (int) groups.stream().filter(g -> !g.heading().isBlank()).count();
    int h = 200 + 26 * references.size() + 28 * rows;
    return Math.max(Drawing.MIN_SIZE, Math.min(Drawing.MAX_SIZE, h));
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    BarPlot.paint(this, g, width, height);
  }

  /** Collects the groups, reference lines and formatting of a {@link RankedBarChart}. */
  public static final class Builder {
    private final Titles titles;
    private final List<Group> groups = new ArrayList<>();
    private final List<ReferenceLine> references = new ArrayList<>();
    private String axisTitle = "";
    private int decimals = 1;
    private String suffix = "";

    private Builder(Titles titles) {
      this.titles = Objects.requireNonNull(titles, "titles is null");
    }

    /**
     * Adds a group of bars under a heading (empty for none); they are drawn highest first. Groups
     * are drawn in the order added, separated by a dashed divider.
     *
     * @param heading for example {@code Highest 10}; empty or blank for none, not null
     * @param bars at least one bar, none null; copied
     * @return this builder
     * @throws NullPointerException if {@code heading}, {@code bars} or one of the bars is null
     * @throws IllegalArgumentException if {@code bars} is empty
     */
    public Builder group(String heading, List<Bar> bars) {
      groups.add(new Group(heading, bars));
      return this;
    }

    /**
     * Adds a labelled reference line; the first is drawn in red, the second in green, any further
     * ones in grey. Each is labelled with its value on its own row above the plot.
     *
     * @param label what the value is, for example {@code England}; not null or blank
     * @param value the value, finite; the value axis widens to include it
     * @return this builder
     * @throws IllegalArgumentException if {@code label} is null or blank, or {@code value} is NaN
     *     or infinite
     */
    public Builder reference(String label, double value) {
      references.add(new ReferenceLine(label, value));
      return this;
    }

    /**
     * The title under the value axis, for example {@code Cases per FTE}; none by default.
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
     * @param places the decimal places of the bar and reference labels, 0 to 3
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
     * @param text printed straight after each bar's and reference line's value, with no space
     * @return this builder
     * @throws NullPointerException if {@code text} is null
     */
    public Builder suffix(String text) {
      this.suffix = Objects.requireNonNull(text, "suffix is null");
      return this;
    }

    /**
     * The chart. Whether it fits a page is known only when it is drawn: see {@link
     * RankedBarChart#suggestedHeight()}.
     *
     * @return a new, immutable chart of the groups and reference lines added so far
     * @throws IllegalArgumentException if no group was added
     */
    public RankedBarChart build() {
      if (groups.isEmpty()) {
        throw new IllegalArgumentException("a ranked bar chart needs at least one group of bars");
      }
      return new RankedBarChart(this);
    }
  }
}
