package io.github.csww.examples.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
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

  private static final float MIN_FONT = 7f;
  private static final float LINE = 1.15f;

  private final Titles titles;
  private final List<Group> groups;
  private final List<ReferenceLine> references;
  private final String axisTitle;
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
    Page page = new Page(width, height);
    page.background(g);
    float top = page.header(g, titles);
    float bottom = page.footer(g, titles);

    // the axis: tick labels and the axis title under the plot
    FontMetrics smallFm = g.getFontMetrics(page.small);
    float axisHeight = smallFm.getHeight() * (axisTitle.isBlank() ? 1.4f : 2.6f);
    // reference labels: one row each above the plot, so close values never overlap
    FontMetrics bodyFm = g.getFontMetrics(page.body);
    float refRow = bodyFm.getHeight() * 1.2f;
    float plotTop = top + refRow * references.size();
    float plotBottom = bottom - axisHeight;

    List<Bar> all = bars();
    int headings = (int) groups.stream().filter(gr -> !gr.heading().isBlank()).count();
    float gapRows = groups.size() > 1 ? 0.4f * (groups.size() - 1) : 0;
    float slots = all.size() + headings + gapRows;
    float slot = (plotBottom - plotTop) / slots;

    // the label font: as large as the body font, smaller when bars are thin or names long
    float maxLabelWidth = width * 0.30f;
    float size = Math.min(page.body.getSize2D(), slot * 0.62f);
    Font labelFont;
    int maxLines;
    while (true) {
      labelFont = page.body.deriveFont(Math.max(MIN_FONT, size));
      FontMetrics fm = g.getFontMetrics(labelFont);
      maxLines = 1;
      for (Bar b : all) {
        maxLines = Math.max(maxLines, Page.wrap(fm, b.label(), maxLabelWidth).size());
      }
      if (maxLines * fm.getHeight() * LINE * 0.9f <= slot || size <= MIN_FONT) {
        if (maxLines * fm.getHeight() * 0.95f > slot) {
          throw new IllegalArgumentException("a chart " + height + " pixels high has no room to "
              + "label " + all.size() + " bars; make it at least " + suggestedHeight()
              + " pixels high, or show fewer bars");
        }
        break;
      }
      size -= 0.5f;
    }
    FontMetrics fm = g.getFontMetrics(labelFont);
    Font headingFont = labelFont.deriveFont(Font.BOLD);

    float labelWidth = 0;
    for (Bar b : all) {
      for (String line : Page.wrap(fm, b.label(), maxLabelWidth)) {
        labelWidth = Math.max(labelWidth, (float) Page.width(fm, line));
      }
    }
    float valueWidth = 0;
    double lo = 0;
    double hi = 0;
    for (Bar b : all) {
      valueWidth = Math.max(valueWidth, (float) Page.width(fm, valueLabel(b.value())));
      lo = Math.min(lo, b.value());
      hi = Math.max(hi, b.value());
    }
    for (ReferenceLine r : references) {
      lo = Math.min(lo, r.value());
      hi = Math.max(hi, r.value());
    }
    double[] range = Page.niceRange(lo, hi, 5);
    float plotLeft = page.margin + labelWidth + 10 * page.scale;
    float plotRight = width - page.margin - valueWidth - 8 * page.scale;
    if (plotRight - plotLeft < 60 * page.scale) {
      throw new IllegalArgumentException("a chart " + width + " pixels wide has no room for its"
          + " bars beside the names; make it wider");
    }
    Scale x = new Scale(range[0], range[1], plotLeft, plotRight);

    // grid and axis
    double[] ticks = Page.ticks(range[0], range[1], 5);
    int tickDecimals = Page.tickDecimals(ticks);
    g.setFont(page.small);
    for (double t : ticks) {
      float px = x.at(t);
      g.setColor(Page.LIGHT);
      g.setStroke(page.stroke(1));
      g.draw(new Line2D.Float(px, plotTop, px, plotBottom));
      g.setColor(Page.GREY);
      Page.text(g, Page.number(t, tickDecimals), px, plotBottom + smallFm.getAscent() + 4,
          Page.Align.CENTRE);
    }
    if (!axisTitle.isBlank()) {
      Page.text(g, axisTitle, (plotLeft + plotRight) / 2,
          plotBottom + smallFm.getHeight() * 2.2f, Page.Align.CENTRE);
    }

    // the zero line, under the bars so a zero bar's stub stays visible
    float zeroX = x.at(0);
    g.setColor(Page.GREY);
    g.setStroke(page.stroke(1));
    g.draw(new Line2D.Float(zeroX, plotTop, zeroX, plotBottom));

    // bars, names, values, group headings and dividers
    float y = plotTop;
    for (int gi = 0; gi < groups.size(); gi++) {
      Group group = groups.get(gi);
      if (gi > 0) {
        float gap = slot * 0.4f;
        g.setColor(Page.GREY);
        g.setStroke(page.dashed(1));
        g.draw(new Line2D.Float(page.margin, y + gap / 2, width - page.margin, y + gap / 2));
        y += gap;
      }
      if (!group.heading().isBlank()) {
        g.setFont(headingFont);
        g.setColor(Page.INK);
        g.drawString(group.heading(), page.margin, y + slot / 2 + fm.getAscent() / 2f - 1);
        y += slot;
      }
      for (Bar b : group.bars()) {
        float mid = y + slot / 2;
        float thickness = slot * 0.68f;
        float x0 = x.at(Math.min(0, b.value()));
        float x1 = x.at(Math.max(0, b.value()));
        float minStub = Math.max(3f, 3f * page.scale);
        if (x1 - x0 < minStub) {
          if (b.value() < 0) {
            x0 = x1 - minStub;
          } else {
            x1 = x0 + minStub;
          }
        }
        g.setColor(Page.BAR);
        g.fill(new Rectangle2D.Float(x0, mid - thickness / 2, x1 - x0, thickness));
        g.setFont(labelFont);
        g.setColor(Page.INK);
        String value = valueLabel(b.value());
        float baseline = mid + (fm.getAscent() - fm.getDescent()) / 2f;
        if (b.value() < 0) {
          Page.text(g, value, x0 - 4 * page.scale, baseline, Page.Align.RIGHT);
        } else {
          Page.text(g, value, x1 + 4 * page.scale, baseline, Page.Align.LEFT);
        }
        List<String> lines = Page.wrap(fm, b.label(), maxLabelWidth);
        float lineHeight = fm.getHeight();
        float first = mid - lineHeight * lines.size() / 2f + fm.getAscent();
        for (int i = 0; i < lines.size(); i++) {
          Page.text(g, lines.get(i), plotLeft - 8 * page.scale, first + i * lineHeight,
              Page.Align.RIGHT);
        }
        y += slot;
      }
    }
    // reference lines over the bars, each labelled on its own row above the plot
    for (int i = 0; i < references.size(); i++) {
      ReferenceLine r = references.get(i);
      Color c = i == 0 ? Page.ENGLAND : i == 1 ? Page.REGION : Page.GREY;
      float px = x.at(r.value());
      float rowBaseline = top + refRow * i + bodyFm.getAscent();
      g.setColor(c);
      g.setStroke(page.dashed(1.6f));
      g.draw(new Line2D.Float(px, rowBaseline + bodyFm.getDescent() + 1, px, plotBottom));
      g.setFont(page.body.deriveFont(Font.BOLD));
      String label = referenceLabel(r);
      float w = (float) Page.width(g.getFontMetrics(), label);
      float lx = Math.max(plotLeft, Math.min(px - w / 2, width - page.margin - w));
      // a white ground, so the lines of earlier references never run through the label
      g.setColor(Color.WHITE);
      g.fill(new Rectangle2D.Float(lx - 3, rowBaseline - bodyFm.getAscent(), w + 6,
          bodyFm.getAscent() + bodyFm.getDescent()));
      g.setColor(c);
      g.drawString(label, lx, rowBaseline);
    }
  }

  /** Maps values to x positions. */
  record Scale(double lo, double hi, float left, float right) {
    float at(double v) {
      return (float) (left + (v - lo) / (hi - lo) * (right - left));
    }
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
      if (places < 0 || places > 3) {
        throw new IllegalArgumentException("decimals must be 0 to 3, got " + places);
      }
      this.decimals = places;
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
