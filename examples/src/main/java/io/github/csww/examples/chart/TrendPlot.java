package io.github.csww.examples.chart;

import io.github.csww.examples.chart.TrendChart.Marker;
import io.github.csww.examples.chart.TrendChart.Series;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays out and draws a {@link TrendChart}: the legend, the marker labels in a band above the plot,
 * the axes, the markers, and each series' line, dots and latest value.
 */
final class TrendPlot {
  private final TrendChart chart;
  private final List<Series> series;
  private final Graphics2D g;
  private final Page page;
  private final int width;
  private final FontMetrics body;
  private final FontMetrics small;

  private TrendPlot(TrendChart chart, Graphics2D g, Page page, int width) {
    this.chart = chart;
    this.series = chart.series();
    this.g = g;
    this.page = page;
    this.width = width;
    this.body = g.getFontMetrics(page.body);
    this.small = g.getFontMetrics(page.small);
  }

  /** Paints {@code chart} onto a {@code width} by {@code height} page, as {@link Drawing#paint}. */
  static void paint(TrendChart chart, Graphics2D g, int width, int height) {
    Page page = new Page(width, height);
    page.background(g);
    float top = page.header(g, chart.titles());
    float bottom = page.footer(g, chart.titles());
    new TrendPlot(chart, g, page, width).plot(top, bottom);
  }

  private void plot(float top, float bottom) {
    top = legend(top);

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
    for (Marker m : chart.markers()) {
      xLo = Math.min(xLo, m.year() - 0.9);
      xHi = Math.max(xHi, m.year() - 0.1);
    }
    if (chart.fromZero) {
      lo = Math.min(0, lo);
    }
    double[] yRange = Page.niceRange(lo, hi, 5);
    double[] yTicks = Page.ticks(yRange[0], yRange[1], 5);
    List<String> yLabels = Axes.tickLabels(yTicks);
    List<String> endLabels = new ArrayList<>();
    for (Series s : series) {
      endLabels.add(chart.valueLabel(s.values().get(s.values().lastKey())));
    }
    float plotLeft = page.margin + Axes.widest(small, yLabels) + 8 * page.scale
        + (chart.axisTitle.isBlank() ? 0 : small.getHeight() * 1.5f);
    float plotRight = width - page.margin - Axes.widest(body, endLabels) - 10 * page.scale;
    Scale xs = new Scale(xLo, xHi, plotLeft, plotRight);

    // marker labels in a band above the plot, each beside its line, moved down when they collide
    Font markerFont = page.small.deriveFont(Font.ITALIC);
    FontMetrics mfm = g.getFontMetrics(markerFont);
    float maxMarkerWidth = Math.max(120 * page.scale, (plotRight - plotLeft) * 0.34f);
    List<List<String>> markerLines = new ArrayList<>();
    for (Marker m : chart.markers()) {
      markerLines.add(Page.wrapWords(mfm, m.label(), maxMarkerWidth));
    }
    List<Rectangle2D> placed = placeMarkerLabels(mfm, markerLines, xs);
    float band = 0;
    for (Rectangle2D r : placed) {
      band = (float) Math.max(band, r.getMaxY());
    }
    float plotTop = top + band + (chart.markers().isEmpty() ? 0 : 6 * page.scale);
    float plotBottom = bottom - small.getHeight() * 1.8f;
    Scale ys = new Scale(yRange[0], yRange[1], plotBottom, plotTop);

    // grid, ticks and axis titles
    g.setFont(page.small);
    for (int i = 0; i < yTicks.length; i++) {
      float py = ys.at(yTicks[i]);
      g.setColor(yTicks[i] == 0 ? Page.GREY : Page.LIGHT);
      g.setStroke(page.stroke(1));
      g.draw(new Line2D.Float(plotLeft, py, plotRight, py));
      g.setColor(Page.GREY);
      Page.text(g, yLabels.get(i), plotLeft - 6 * page.scale, Page.baseline(small, py),
          Page.Align.RIGHT);
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
    if (!chart.axisTitle.isBlank()) {
      g.setColor(Page.GREY);
      Axes.verticalTitle(g, page, small, chart.axisTitle, plotTop, plotBottom);
    }

    // markers
    for (int i = 0; i < chart.markers().size(); i++) {
      float px = xs.at(chart.markers().get(i).year() - 0.5);
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
    lines(xs, ys, endLabels);
  }

  /** The legend: a swatch and a name per series, wrapping onto further rows; the y below it. */
  private float legend(float top) {
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
      g.fill(Page.dot(x + swatch / 2, mid, 4 * page.scale));
      g.setFont(page.body);
      g.setColor(Page.INK);
      g.drawString(s.name(), x + swatch + 6 * page.scale, Page.baseline(body, mid));
      x += w;
    }
    return y + rowHeight + 6 * page.scale;
  }

  /**
   * Each marker's label box, relative to the top of the band: beside its line (to the left when it
   * would pass the right margin), moved down below any earlier box it overlaps.
   */
  private List<Rectangle2D> placeMarkerLabels(FontMetrics mfm, List<List<String>> markerLines,
      Scale xs) {
    List<Rectangle2D> placed = new ArrayList<>();
    for (int i = 0; i < markerLines.size(); i++) {
      List<String> lines = markerLines.get(i);
      float w = Axes.widest(mfm, lines);
      float h = lines.size() * mfm.getHeight();
      float px = xs.at(chart.markers().get(i).year() - 0.5);
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
    }
    return placed;
  }

  /** Lines, dots and the latest value of each series, nudged apart when they would overlap. */
  private void lines(Scale xs, Scale ys, List<String> endLabels) {
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
        g.fill(Page.dot(xs.at(e.getKey()), ys.at(e.getValue()), 4 * page.scale));
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
      g.setColor(color((int) e[0]));
      Page.text(g, endLabels.get((int) e[0]), e[1] + 8 * page.scale, Page.baseline(body, e[2]),
          Page.Align.LEFT);
    }
  }

  private boolean isEngland(int i) {
    return series.get(i).name().equals("England");
  }

  /** The series' colour: England in the same red as England's reference lines elsewhere. */
  private Color color(int i) {
    if (isEngland(i)) {
      return Page.ENGLAND;
    }
    int k = 0;
    for (int j = 0; j < i; j++) {
      if (!isEngland(j)) {
        k++;
      }
    }
    return Page.SERIES[k % Page.SERIES.length];
  }
}
