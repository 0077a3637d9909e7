package io.github.csww.examples.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/** Axis pieces the charts share: tick labels, the room labels need, and a vertical axis title. */
final class Axes {
  private Axes() {}

  /** Each tick printed to the decimal places its step needs ({@link Page#tickDecimals}). */
  static List<String> tickLabels(double[] ticks) {
    int decimals = Page.tickDecimals(ticks);
    List<String> out = new ArrayList<>();
    for (double t : ticks) {
      out.add(Page.number(t, decimals));
    }
    return out;
  }

  /** The width of the widest of {@code texts}, 0 when there are none. */
  static float widest(FontMetrics fm, List<String> texts) {
    float w = 0;
    for (String s : texts) {
      w = Math.max(w, (float) Page.width(fm, s));
    }
    return w;
  }

  /**
   * Prints {@code title} up the left margin, reading bottom to top, centred between {@code top}
   * and {@code bottom}, in the graphics' current font and colour.
   */
  static void verticalTitle(Graphics2D g, Page page, FontMetrics fm, String title, float top,
      float bottom) {
    var saved = g.getTransform();
    g.translate(page.margin + fm.getAscent(), (top + bottom) / 2);
    g.rotate(-Math.PI / 2);
    Page.text(g, title, 0, 0, Page.Align.CENTRE);
    g.setTransform(saved);
  }
}
