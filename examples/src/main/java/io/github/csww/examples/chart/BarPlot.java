package io.github.csww.examples.chart;

import io.github.csww.examples.chart.RankedBarChart.Bar;
import io.github.csww.examples.chart.RankedBarChart.Group;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out and draws a {@link RankedBarChart}: a label font that fits every name, the value axis,
 * the bars with their names and values under their group headings, and the reference lines.
 */
final class BarPlot {
  private static final float MIN_FONT = 7f;
  private static final float LINE = 1.15f;

  private BarPlot() {}

  /** Paints {@code chart} onto a {@code width} by {@code height} page, as {@link Drawing#paint}. */
  static void paint(RankedBarChart chart, Graphics2D g, int width, int height) {
    Page page = new Page(width, height);
    page.background(g);
    float top = page.header(g, chart.titles());
    float bottom = page.footer(g, chart.titles());
    List<Group> groups = chart.groups();
    List<ReferenceLine> references = chart.references();

    // the axis: tick labels and the axis title under the plot
    FontMetrics smallFm = g.getFontMetrics(page.small);
    float axisHeight = smallFm.getHeight() * (chart.axisTitle.isBlank() ? 1.4f : 2.6f);
    // reference labels: one row each above the plot, so close values never overlap
    FontMetrics bodyFm = g.getFontMetrics(page.body);
    float refRow = bodyFm.getHeight() * 1.2f;
    float plotTop = top + refRow * references.size();
    float plotBottom = bottom - axisHeight;

    List<Bar> all = chart.bars();
    int headings = (int) groups.stream().filter(gr -> !gr.heading().isBlank()).count();
    float gapRows = groups.size() > 1 ? 0.4f * (groups.size() - 1) : 0;
    float slots = all.size() + headings + gapRows;
    float slot = (plotBottom - plotTop) / slots;

    // the label font: as large as the body font, smaller when bars are thin or names long
    float maxLabelWidth = width * 0.30f;
    Font labelFont = labelFont(chart, g, page, height, slot, maxLabelWidth);
    FontMetrics fm = g.getFontMetrics(labelFont);
    Font headingFont = labelFont.deriveFont(Font.BOLD);

    List<String> nameLines = new ArrayList<>();
    List<String> values = new ArrayList<>();
    double lo = 0;
    double hi = 0;
    for (Bar b : all) {
      nameLines.addAll(Page.wrap(fm, b.label(), maxLabelWidth));
      values.add(chart.valueLabel(b.value()));
      lo = Math.min(lo, b.value());
      hi = Math.max(hi, b.value());
    }
    for (ReferenceLine r : references) {
      lo = Math.min(lo, r.value());
      hi = Math.max(hi, r.value());
    }
    double[] range = Page.niceRange(lo, hi, 5);
    float plotLeft = page.margin + Axes.widest(fm, nameLines) + 10 * page.scale;
    float plotRight = width - page.margin - Axes.widest(fm, values) - 8 * page.scale;
    if (plotRight - plotLeft < 60 * page.scale) {
      throw new IllegalArgumentException("a chart " + width + " pixels wide has no room for its"
          + " bars beside the names; make it wider");
    }
    Scale x = new Scale(range[0], range[1], plotLeft, plotRight);

    // grid and axis
    double[] ticks = Page.ticks(range[0], range[1], 5);
    List<String> tickLabels = Axes.tickLabels(ticks);
    g.setFont(page.small);
    for (int i = 0; i < ticks.length; i++) {
      float px = x.at(ticks[i]);
      g.setColor(Page.LIGHT);
      g.setStroke(page.stroke(1));
      g.draw(new Line2D.Float(px, plotTop, px, plotBottom));
      g.setColor(Page.GREY);
      Page.text(g, tickLabels.get(i), px, plotBottom + smallFm.getAscent() + 4,
          Page.Align.CENTRE);
    }
    if (!chart.axisTitle.isBlank()) {
      Page.text(g, chart.axisTitle, (plotLeft + plotRight) / 2,
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
        bar(chart, g, page, fm, labelFont, b, x, y + slot / 2, slot, maxLabelWidth, plotLeft);
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
      String label = chart.referenceLabel(r);
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

  /**
   * The largest font, from the body size down to {@link #MIN_FONT}, at which every name fits its
   * slot once wrapped.
   *
   * @throws IllegalArgumentException if even the smallest font leaves a name taller than its slot
   */
  private static Font labelFont(RankedBarChart chart, Graphics2D g, Page page, int height,
      float slot, float maxLabelWidth) {
    List<Bar> all = chart.bars();
    float size = Math.min(page.body.getSize2D(), slot * 0.62f);
    while (true) {
      Font labelFont = page.body.deriveFont(Math.max(MIN_FONT, size));
      FontMetrics fm = g.getFontMetrics(labelFont);
      int maxLines = 1;
      for (Bar b : all) {
        maxLines = Math.max(maxLines, Page.wrap(fm, b.label(), maxLabelWidth).size());
      }
      if (maxLines * fm.getHeight() * LINE * 0.9f <= slot || size <= MIN_FONT) {
        if (maxLines * fm.getHeight() * 0.95f > slot) {
          throw new IllegalArgumentException("a chart " + height + " pixels high has no room to "
              + "label " + all.size() + " bars; make it at least " + chart.suggestedHeight()
              + " pixels high, or show fewer bars");
        }
        return labelFont;
      }
      size -= 0.5f;
    }
  }

  /** One bar centred on {@code mid}: its value beyond its end, its name left of the plot. */
  private static void bar(RankedBarChart chart, Graphics2D g, Page page, FontMetrics fm,
      Font labelFont, Bar b, Scale x, float mid, float slot, float maxLabelWidth,
      float plotLeft) {
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
    String value = chart.valueLabel(b.value());
    float baseline = Page.baseline(fm, mid);
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
  }
}
