package io.github.csww.examples.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What every chart shares: fonts scaled to the page, the title block, the source line at the foot,
 * wrapping, number formatting and axis ticks.
 */
final class Page {
  static final Color INK = new Color(0x0B, 0x0C, 0x0C);
  static final Color GREY = new Color(0x50, 0x5A, 0x5F);
  static final Color LIGHT = new Color(0xDD, 0xDD, 0xDD);
  static final Color BAR = new Color(0x1D, 0x70, 0xB8);
  static final Color ENGLAND = new Color(0xD4, 0x35, 0x1C);
  static final Color REGION = new Color(0x00, 0x70, 0x3C);
  /** Distinct series colours, readable by most colour-blind readers (Okabe and Ito). */
  static final Color[] SERIES = {
    new Color(0x00, 0x72, 0xB2), new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7),
    new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9), new Color(0x00, 0x00, 0x00),
    new Color(0xD5, 0x5E, 0x00), new Color(0xF0, 0xE4, 0x42)
  };

  final int width;
  final int height;
  final float scale;
  final int margin;
  final Font title;
  final Font subtitle;
  final Font body;
  final Font small;

  Page(int width, int height) {
    this.width = width;
    this.height = height;
    this.scale = Math.max(0.7f, Math.min(1.6f, Math.min(width / 1000f, height / 600f)));
    this.margin = Math.round(24 * scale);
    this.title = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(22 * scale));
    this.subtitle = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(15 * scale));
    this.body = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(13 * scale));
    this.small = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(11 * scale));
  }

  /** Fills the page white. */
  void background(Graphics2D g) {
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
  }

  /** Draws the title and subtitle, wrapped, at the top; returns the y below them. */
  float header(Graphics2D g, Titles titles) {
    float y = margin;
    y = paragraph(g, titles.title(), title, INK, margin, y, width - 2 * margin);
    if (!titles.subtitle().isBlank()) {
      y += 4 * scale;
      y = paragraph(g, titles.subtitle(), subtitle, GREY, margin, y, width - 2 * margin);
    }
    return y + 12 * scale;
  }

  /** Draws the source line, wrapped, at the foot; returns the y above it. */
  float footer(Graphics2D g, Titles titles) {
    List<String> lines = wrapWords(g.getFontMetrics(small), titles.source(), width - 2 * margin);
    FontMetrics fm = g.getFontMetrics(small);
    float lineHeight = fm.getHeight();
    float top = height - margin / 2f - lines.size() * lineHeight;
    paragraph(g, titles.source(), small, GREY, margin, top, width - 2 * margin);
    return top - 10 * scale;
  }

  /** Draws wrapped text with its first line's top at {@code top}; returns the y below it. */
  static float paragraph(Graphics2D g, String text, Font font, Color color, float x, float top,
      float maxWidth) {
    g.setFont(font);
    g.setColor(color);
    FontMetrics fm = g.getFontMetrics();
    float y = top;
    for (String line : wrapWords(fm, text, maxWidth)) {
      g.drawString(line, x, y + fm.getAscent());
      y += fm.getHeight();
    }
    return y;
  }

  /**
   * Breaks text into lines no wider than {@code maxWidth} at spaces (and after a slash or hyphen);
   * a single word wider than the line is kept whole on its own line, never cut.
   */
  static List<String> wrap(FontMetrics fm, String text, double maxWidth) {
    // a combined return ("Kingston upon Thames / Richmond upon Thames") breaks at its slash first
    int slash = text.indexOf(" / ");
    if (slash > 0 && width(fm, text) > maxWidth) {
      List<String> out = new ArrayList<>(wrapWords(fm, text.substring(0, slash + 2), maxWidth));
      out.addAll(wrapWords(fm, text.substring(slash + 3), maxWidth));
      return out;
    }
    return wrapWords(fm, text, maxWidth);
  }

  /** Breaks running text into lines at spaces, slashes and hyphens, as {@link #wrap} does. */
  static List<String> wrapWords(FontMetrics fm, String text, double maxWidth) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      w.append(c);
      if (c == ' ' || c == '/' || c == '-') {
        words.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      words.add(w.toString());
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : words) {
      String candidate = line + word;
      if (line.length() > 0 && width(fm, candidate.stripTrailing()) > maxWidth) {
        lines.add(line.toString().strip());
        line.setLength(0);
        line.append(word.stripLeading());
      } else {
        line.append(word);
      }
    }
    if (line.toString().strip().length() > 0 || lines.isEmpty()) {
      lines.add(line.toString().strip());
    }
    return lines;
  }

  static double width(FontMetrics fm, String s) {
    return fm.getStringBounds(s, null).getWidth();
  }

  /** Draws one line of text with its baseline at y, aligned left, centre or right of x. */
  static Rectangle2D text(Graphics2D g, String s, float x, float y, Align align) {
    FontMetrics fm = g.getFontMetrics();
    float w = (float) width(fm, s);
    float left = switch (align) {
      case LEFT -> x;
      case CENTRE -> x - w / 2;
      case RIGHT -> x - w;
    };
    g.drawString(s, left, y);
    return new Rectangle2D.Float(left, y - fm.getAscent(), w, fm.getAscent() + fm.getDescent());
  }

  enum Align { LEFT, CENTRE, RIGHT }

  /** The baseline that centres a line of text in {@code fm}'s font vertically on {@code mid}. */
  static float baseline(FontMetrics fm, float mid) {
    return mid + (fm.getAscent() - fm.getDescent()) / 2f;
  }

  /** A round dot of radius {@code r} centred on (x, y). */
  static Ellipse2D dot(float x, float y, float r) {
    return new Ellipse2D.Float(x - r, y - r, 2 * r, 2 * r);
  }

  /** A number rounded half up to {@code decimals} places, with thousands separators. */
  static String number(double value, int decimals) {
    DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
        DecimalFormatSymbols.getInstance(Locale.UK));
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    String s = f.format(rounded);
    return s.startsWith("-") && rounded.signum() == 0 ? s.substring(1) : s;
  }

  /** About {@code target} round tick values covering [lo, hi]. */
  static double[] ticks(double lo, double hi, int target) {
    if (hi <= lo) {
      hi = lo + 1;
    }
    double raw = (hi - lo) / Math.max(1, target);
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = mag;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * mag >= raw) {
        step = m * mag;
        break;
      }
    }
    double first = Math.ceil(lo / step - 1e-9) * step;
    List<Double> out = new ArrayList<>();
    for (double t = first; t <= hi + step * 1e-9; t += step) {
      out.add(Math.abs(t) < step * 1e-9 ? 0 : t);
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The step between ticks as decimals to print: 0 for whole steps, else enough to show it. */
  static int tickDecimals(double[] ticks) {
    if (ticks.length < 2) {
      return 0;
    }
    double step = ticks[1] - ticks[0];
    for (int d = 0; d < 4; d++) {
      if (Math.abs(step * Math.pow(10, d) - Math.round(step * Math.pow(10, d))) < 1e-6) {
        return d;
      }
    }
    return 4;
  }

  /** A range rounded outwards to tick values. */
  static double[] niceRange(double lo, double hi, int target) {
    double[] t = ticks(lo, hi, target);
    double step = t.length > 1 ? t[1] - t[0] : 1;
    double a = Math.floor(lo / step + 1e-9) * step;
    double b = Math.ceil(hi / step - 1e-9) * step;
    if (b <= a) {
      b = a + step;
    }
    return new double[] {a, b};
  }

  BasicStroke stroke(float w) {
    return new BasicStroke(w * scale);
  }

  BasicStroke dashed(float w) {
    return new BasicStroke(w * scale, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
        new float[] {6 * scale, 4 * scale}, 0);
  }

  static String checkText(String s, String what) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(what + " needs a non-blank label");
    }
    return s;
  }

  static int checkDecimals(int places) {
    if (places < 0 || places > 3) {
      throw new IllegalArgumentException("decimals must be 0 to 3, got " + places);
    }
    return places;
  }

  static double checkFinite(double v, String what) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(what + " needs a finite value, got " + v);
    }
    return v;
  }
}
