package io.github.csww.examples.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
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
  private final String axisTitle;
  private final int decimals;
  private final String suffix;
  private final boolean fromZero;

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
    Page page = new Page(width, height);
    page.background(g);
    float top = page.header(g, titles);
    float bottom = page.footer(g, titles);
    FontMetrics body = g.getFontMetrics(page.body);
    FontMetrics small = g.getFontMetrics(page.small);

    // legend: a swatch and a name per series, wrapping onto further rows
    float x = page.margin;
    float rowHeight = body.getHeight() * 1.3f;
    float y = top;
    float swatch = 22 * page.scale;
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      float w = swatch + 6 * page.scale + (float) Page.width(body, s.name()) + 18 * page.scale;
      if (x + w > width - page.margin && x > page.margin) {
        x = page.margin;
        y += rowHeight;
      }
      float mid = y + rowHeight / 2;
      g.setColor(color(i));
      g.setStroke(isEngland(i) ? page.dashed(2.5f) : page.stroke(2.5f));
      g.draw(new Line2D.Float(x, mid, x + swatch, mid));
      g.fill(dot(x + swatch / 2, mid, 4 * page.scale));
      g.setFont(page.body);
      g.setColor(Page.INK);
      g.drawString(s.name(), x + swatch + 6 * page.scale,
          mid + (body.getAscent() - body.getDescent()) / 2f);
      x += w;
    }
    top = y + rowHeight + 6 * page.scale;

    // the year axis
    int firstYear = Integer.MAX_VALUE;
    int lastYear = Integer.MIN_VALUE;
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (Series s : series) {
      firstYear = Math.min(firstYear, s.values().firstKey());
      lastYear = Math.max(lastYear, s.values().lastKey());
      for (double v : s.values().values()) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    double xLo = firstYear - 0.4;
    double xHi = lastYear + 0.4;
    for (Marker m : markers) {
      xLo = Math.min(xLo, m.year() - 0.9);
      xHi = Math.max(xHi, m.year() - 0.1);
    }
    if (fromZero) {
      lo = Math.min(0, lo);
    }
    double[] yRange = Page.niceRange(lo, hi, 5);
    double[] yTicks = Page.ticks(yRange[0], yRange[1], 5);
    int yDecimals = Page.tickDecimals(yTicks);
    float tickWidth = 0;
    for (double t : yTicks) {
      tickWidth = Math.max(tickWidth, (float) Page.width(small, Page.number(t, yDecimals)));
    }
    float endLabelWidth = 0;
    for (Series s : series) {
      endLabelWidth = Math.max(endLabelWidth,
          (float) Page.width(body, valueLabel(s.values().get(s.values().lastKey()))));
    }
    float plotLeft = page.margin + tickWidth + 8 * page.scale
        + (axisTitle.isBlank() ? 0 : small.getHeight() * 1.5f);
    float plotRight = width - page.margin - endLabelWidth - 10 * page.scale;

    // marker labels in a band above the plot, each beside its line, moved down when they collide
    Font markerFont = page.small.deriveFont(Font.ITALIC);
    FontMetrics mfm = g.getFontMetrics(markerFont);
    float maxMarkerWidth = Math.max(120 * page.scale, (plotRight - plotLeft) * 0.34f);
    RankedBarChart.Scale xs0 = new RankedBarChart.Scale(xLo, xHi, plotLeft, plotRight);
    List<Rectangle2D> placed = new ArrayList<>();
    List<List<String>> markerLines = new ArrayList<>();
    float band = 0;
    for (Marker m : markers) {
      List<String> lines = Page.wrapWords(mfm, m.label(), maxMarkerWidth);
      markerLines.add(lines);
      float w = 0;
      for (String l : lines) {
        w = Math.max(w, (float) Page.width(mfm, l));
      }
      float h = lines.size() * mfm.getHeight();
      float px = xs0.at(m.year() - 0.5);
      float left = px + 4 * page.scale + w > width - page.margin ? px - 4 * page.scale - w
          : px + 4 * page.scale;
      Rectangle2D r = new Rectangle2D.Float(left, 0, w, h);
      boolean moved = true;
      while (moved) {
        moved = false;
        for (Rectangle2D p : placed) {
          if (p.intersects(r)) {
            r.setRect(r.getX(), p.getMaxY() + 2 * page.scale, w, h);
            moved = true;
          }
        }
      }
      placed.add(r);
      band = (float) Math.max(band, r.getMaxY());
    }
    float plotTop = top + band + (markers.isEmpty() ? 0 : 6 * page.scale);
    float plotBottom = bottom - small.getHeight() * 1.8f;
    RankedBarChart.Scale xs = xs0;
    RankedBarChart.Scale ys = new RankedBarChart.Scale(yRange[0], yRange[1], plotBottom, plotTop);

    // grid, ticks and axis titles
    g.setFont(page.small);
    for (double t : yTicks) {
      float py = ys.at(t);
      g.setColor(t == 0 ? Page.GREY : Page.LIGHT);
      g.setStroke(page.stroke(1));
      g.draw(new Line2D.Float(plotLeft, py, plotRight, py));
      g.setColor(Page.GREY);
      Page.text(g, Page.number(t, yDecimals), plotLeft - 6 * page.scale,
          py + (small.getAscent() - small.getDescent()) / 2f, Page.Align.RIGHT);
    }
    // every year labelled when they fit, else every second, third, ... year
    float yearWidth = (float) Page.width(small, "2000") + 8 * page.scale;
    float perYear = xs.at(firstYear + 1) - xs.at(firstYear);
    int every = Math.max(1, (int) Math.ceil(yearWidth / perYear));
    for (int yr = firstYear; yr <= lastYear; yr++) {
      if ((lastYear - yr) % every != 0) {
        continue;
      }
      float px = xs.at(yr);
      g.setColor(Page.GREY);
      g.draw(new Line2D.Float(px, plotBottom, px, plotBottom + 4 * page.scale));
      Page.text(g, Integer.toString(yr), px, plotBottom + 4 * page.scale + small.getAscent(),
          Page.Align.CENTRE);
    }
    if (!axisTitle.isBlank()) {
      var saved = g.getTransform();
      g.translate(page.margin + small.getAscent(), (plotTop + plotBottom) / 2);
      g.rotate(-Math.PI / 2);
      g.setColor(Page.GREY);
      Page.text(g, axisTitle, 0, 0, Page.Align.CENTRE);
      g.setTransform(saved);
    }

    // markers
    for (int i = 0; i < markers.size(); i++) {
      Marker m = markers.get(i);
      float px = xs.at(m.year() - 0.5);
      Rectangle2D r = placed.get(i);
      g.setColor(Page.GREY);
      g.setStroke(page.dashed(1.3f));
      g.draw(new Line2D.Float(px, (float) (top + r.getY()), px, plotBottom));
      g.setFont(markerFont);
      g.setColor(Page.INK);
      float ly = (float) (top + r.getY()) + mfm.getAscent();
      for (String line : markerLines.get(i)) {
        g.drawString(line, (float) r.getX(), ly);
        ly += mfm.getHeight();
      }
    }

    // lines, dots and the latest value of each series, nudged apart when they would overlap
    List<float[]> ends = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      g.setColor(color(i));
      g.setStroke(isEngland(i) ? page.dashed(2.5f) : page.stroke(2.5f));
      Path2D.Float path = new Path2D.Float();
      Integer previous = null;
      for (Map.Entry<Integer, Double> e : s.values().entrySet()) {
        float px = xs.at(e.getKey());
        float py = ys.at(e.getValue());
        if (previous != null && previous == e.getKey() - 1) {
          path.lineTo(px, py);
        } else {
          path.moveTo(px, py);
        }
        previous = e.getKey();
      }
      g.draw(path);
      for (Map.Entry<Integer, Double> e : s.values().entrySet()) {
        g.fill(dot(xs.at(e.getKey()), ys.at(e.getValue()), 4 * page.scale));
      }
      int last = s.values().lastKey();
      ends.add(new float[] {i, xs.at(last), ys.at(s.values().get(last))});
    }
    ends.sort((a, b) -> Float.compare(a[2], b[2]));
    float minGap = body.getHeight() * 0.95f;
    for (int i = 1; i < ends.size(); i++) {
      float[] prev = ends.get(i - 1);
      float[] cur = ends.get(i);
      boolean near = Math.abs(prev[1] - cur[1]) < 60 * page.scale;
      if (near && cur[2] - prev[2] < minGap) {
        cur[2] = prev[2] + minGap;
      }
    }
    g.setFont(page.body);
    for (float[] e : ends) {
      Series s = series.get((int) e[0]);
      g.setColor(color((int) e[0]));
      Page.text(g, valueLabel(s.values().get(s.values().lastKey())), e[1] + 8 * page.scale,
          e[2] + (body.getAscent() - body.getDescent()) / 2f, Page.Align.LEFT);
    }
  }

  private static Ellipse2D dot(float x, float y, float r) {
    return new Ellipse2D.Float(x - r, y - r, 2 * r, 2 * r);
  }

  private boolean isEngland(int i) {
    return series.get(i).name().equals("England");
  }

  /** The series' colour: England in the same red as England's reference lines elsewhere. */
  private Color color(int i) {
    if (series.get(i).name().equals("England")) {
      return Page.ENGLAND;
    }
    int k = 0;
    for (int j = 0; j < i; j++) {
      if (!series.get(j).name().equals("England")) {
        k++;
      }
    }
    return Page.SERIES[k % Page.SERIES.length];
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
      if (places < 0 || places > 3) {
        throw new IllegalArgumentException("decimals must be 0 to 3, got " + places);
      }
      this.decimals = places;
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
