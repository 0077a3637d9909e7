package io.github.csww.examples.chart;

import io.github.csww.examples.chart.ScatterChart.Point;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out and draws a {@link ScatterChart}: the rule note, axes and grid, reference lines, the
 * fitted line, the points, and the names of the labelled points placed clear of each other.
 */
final class ScatterPlot {
  private static final Color POINT = new Color(0x1D, 0x70, 0xB8, 150);
  private static final Color OUTLIER = new Color(0x00, 0x30, 0x78);

  private ScatterPlot() {}

  /** Paints {@code chart} onto a {@code width} by {@code height} page, as {@link Drawing#paint}. */
  static void paint(ScatterChart chart, Graphics2D g, int width, int height) {
    Page page = new Page(width, height);
    page.background(g);
    float top = page.header(g, chart.titles());
    float bottom = page.footer(g, chart.titles());
    FontMetrics small = g.getFontMetrics(page.small);
    FontMetrics body = g.getFontMetrics(page.body);
    Font noteFont = page.small.deriveFont(Font.ITALIC);
    FontMetrics noteFm = g.getFontMetrics(noteFont);
    int noteLines = Page.wrapWords(noteFm, chart.ruleNote(), width - 2 * page.margin).size();
    float noteTop = bottom - noteFm.getHeight() * noteLines;
    Page.paragraph(g, chart.ruleNote(), noteFont, Page.GREY, page.margin, noteTop,
        width - 2 * page.margin);
    bottom = noteTop - 6 * page.scale;

    double xLo = Double.MAX_VALUE;
    double xHi = -Double.MAX_VALUE;
    double yLo = Double.MAX_VALUE;
    double yHi = -Double.MAX_VALUE;
    for (Point p : chart.points()) {
      xLo = Math.min(xLo, p.x());
      xHi = Math.max(xHi, p.x());
      yLo = Math.min(yLo, p.y());
      yHi = Math.max(yHi, p.y());
    }
    for (ReferenceLine r : chart.xReferences) {
      xLo = Math.min(xLo, r.value());
      xHi = Math.max(xHi, r.value());
    }
    for (ReferenceLine r : chart.yReferences) {
      yLo = Math.min(yLo, r.value());
      yHi = Math.max(yHi, r.value());
    }
    for (double c : chart.xCategories.keySet()) {
      xLo = Math.min(xLo, c - 0.5);
      xHi = Math.max(xHi, c + 0.5);
    }
    double[] xr = chart.xCategories.isEmpty() ? Page.niceRange(xLo, xHi, 6)
        : new double[] {xLo, xHi};
    double[] yr = Page.niceRange(yLo, yHi, 6);
    double[] yTicks = Page.ticks(yr[0], yr[1], 6);
    List<String> yLabels = Axes.tickLabels(yTicks);
    List<String> yRefLabels = new ArrayList<>();
    for (ReferenceLine r : chart.yReferences) {
      yRefLabels.add(r.label() + " " + Page.number(r.value(), chart.yDecimals));
    }
    float plotLeft = page.margin + small.getHeight() * 1.5f + Axes.widest(small, yLabels)
        + 8 * page.scale;
    float plotRight = width - page.margin - Axes.widest(body, yRefLabels) - 8 * page.scale;
    float plotTop = top + (chart.xReferences.isEmpty() ? 0 : body.getHeight() * 1.3f);
    float plotBottom = bottom - small.getHeight() * 2.8f;
    Scale xs = new Scale(xr[0], xr[1], plotLeft, plotRight);
    Scale ys = new Scale(yr[0], yr[1], plotBottom, plotTop);

    // grid, ticks, axis titles
    g.setFont(page.small);
    g.setStroke(page.stroke(1));
    for (int i = 0; i < yTicks.length; i++) {
      float py = ys.at(yTicks[i]);
      g.setColor(Page.LIGHT);
      g.draw(new Line2D.Float(plotLeft, py, plotRight, py));
      g.setColor(Page.GREY);
      Page.text(g, yLabels.get(i), plotLeft - 6 * page.scale, Page.baseline(small, py),
          Page.Align.RIGHT);
    }
    Map<Double, String> xTicks = new TreeMap<>(chart.xCategories);
    if (xTicks.isEmpty()) {
      double[] t = Page.ticks(xr[0], xr[1], 6);
      List<String> labels = Axes.tickLabels(t);
      for (int i = 0; i < t.length; i++) {
        xTicks.put(t[i], labels.get(i));
      }
    }
    for (Map.Entry<Double, String> t : xTicks.entrySet()) {
      float px = xs.at(t.getKey());
      g.setColor(Page.LIGHT);
      g.draw(new Line2D.Float(px, plotTop, px, plotBottom));
      g.setColor(Page.GREY);
      Page.text(g, t.getValue(), px, plotBottom + 4 * page.scale + small.getAscent(),
          Page.Align.CENTRE);
    }
    g.setColor(Page.GREY);
    Rectangle2D plot = new Rectangle2D.Float(plotLeft, plotTop, plotRight - plotLeft,
        plotBottom - plotTop);
    g.draw(plot);
    Page.text(g, chart.xAxisTitle, (plotLeft + plotRight) / 2,
        plotBottom + small.getHeight() * 2.3f, Page.Align.CENTRE);
    Axes.verticalTitle(g, page, small, chart.yAxisTitle, plotTop, plotBottom);

    // reference lines
    g.setFont(page.body.deriveFont(Font.BOLD));
    for (int i = 0; i < chart.xReferences.size(); i++) {
      ReferenceLine r = chart.xReferences.get(i);
      float px = xs.at(r.value());
      g.setColor(i == 0 ? Page.ENGLAND : Page.REGION);
      g.setStroke(page.dashed(1.4f));
      g.draw(new Line2D.Float(px, plotTop, px, plotBottom));
      Page.text(g, r.label() + " " + Page.number(r.value(), chart.xDecimals), px,
          plotTop - body.getDescent() - 3 * page.scale, Page.Align.CENTRE);
    }
    for (int i = 0; i < chart.yReferences.size(); i++) {
      float py = ys.at(chart.yReferences.get(i).value());
      g.setColor(i == 0 ? Page.ENGLAND : Page.REGION);
      g.setStroke(page.dashed(1.4f));
      g.draw(new Line2D.Float(plotLeft, py, plotRight, py));
      Page.text(g, yRefLabels.get(i), plotRight + 4 * page.scale, Page.baseline(body, py),
          Page.Align.LEFT);
    }

    // the fitted line, clipped to the plot
    double[] fit = chart.fit();
    if (fit.length == 2) {
      double a = xr[0];
      double b = xr[1];
      double ya = fit[0] + fit[1] * a;
      double yb = fit[0] + fit[1] * b;
      g.setColor(Page.GREY);
      g.setStroke(page.dashed(1.2f));
      var clip = g.getClip();
      g.clip(plot);
      g.draw(new Line2D.Float(xs.at(a), ys.at(ya), xs.at(b), ys.at(yb)));
      g.setClip(clip);
    }

    // points, then the named ones on top
    float r = 4.5f * page.scale;
    List<Point> named = chart.labelled();
    for (Point p : chart.points()) {
      g.setColor(POINT);
      g.fill(Page.dot(xs.at(p.x()), ys.at(p.y()), r));
    }
    g.setColor(OUTLIER);
    for (Point p : named) {
      g.fill(Page.dot(xs.at(p.x()), ys.at(p.y()), r));
    }
    placeLabels(g, page, named, xs, ys, r, new Rectangle2D.Float(page.margin, top,
        width - 2 * page.margin, plotBottom - top));
  }

  /**
   * Puts each name beside its point: right, left, above or below, the first that overlaps no
   * other name or point; failing those, further down with a leader line. No name is dropped.
   */
  private static void placeLabels(Graphics2D g, Page page, List<Point> named, Scale xs, Scale ys,
      float r, Rectangle2D bounds) {
    g.setFont(page.small);
    FontMetrics fm = g.getFontMetrics();
    List<Rectangle2D> taken = new ArrayList<>();
    for (Point p : named) {
      taken.add(new Rectangle2D.Float(xs.at(p.x()) - r, ys.at(p.y()) - r, 2 * r, 2 * r));
    }
    for (Point p : named) {
      float px = xs.at(p.x());
      float py = ys.at(p.y());
      float w = (float) Page.width(fm, p.label());
      float h = fm.getAscent() + fm.getDescent();
      float gap = r + 3 * page.scale;
      float[][] spots = {
        {px + gap, py - h / 2}, {px - gap - w, py - h / 2},
        {px - w / 2, py - gap - h}, {px - w / 2, py + gap}
      };
      Rectangle2D chosen = null;
      for (float[] s : spots) {
        Rectangle2D c = new Rectangle2D.Float(s[0], s[1], w, h);
        if (bounds.contains(c) && taken.stream().noneMatch(c::intersects)) {
          chosen = c;
          break;
        }
      }
      boolean leader = false;
      if (chosen == null) {
        float sx = px + gap + w <= bounds.getMaxX() ? px + gap : px - gap - w;
        for (int step = 1; step < 200 && chosen == null; step++) {
          for (int sign : new int[] {1, -1}) {
            Rectangle2D c = new Rectangle2D.Float(sx, py - h / 2 + sign * step * h * 0.6f, w, h);
            if (bounds.contains(c) && taken.stream().noneMatch(c::intersects)) {
              chosen = c;
              break;
            }
          }
        }
        if (chosen == null) {
          chosen = new Rectangle2D.Float(sx, py - h / 2, w, h);
        }
        leader = true;
      }
      taken.add(chosen);
      if (leader) {
        g.setColor(Page.GREY);
        g.setStroke(page.stroke(0.8f));
        float lx = (float) (chosen.getX() > px ? chosen.getX() : chosen.getMaxX());
        g.draw(new Line2D.Float(px, py, lx, (float) chosen.getCenterY()));
      }
      g.setColor(Page.INK);
      g.drawString(p.label(), (float) chosen.getX(), (float) chosen.getY() + fm.getAscent());
    }
  }
}
