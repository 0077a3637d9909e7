package io.github.csww.examples.chart;

import de.erichseifert.vectorgraphics2d.Processor;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.pdf.PDFProcessor;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes a {@link Drawing} as PNG (Java2D and ImageIO), SVG or PDF (VectorGraphics2D, the vector
 * library XChart uses), to exactly the file named.
 */
final class ChartWriter {
  private ChartWriter() {}

  static Path write(Drawing drawing, Path file, int width, int height) throws IOException {
    ChartFormat format = ChartFormat.of(file);
    checkSize("width", width);
    checkSize("height", height);
    // drawn in memory first, so a chart that cannot be drawn leaves no file behind
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    encode(drawing, format, bytes, width, height);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, bytes.toByteArray());
    return file;
  }

  static void write(Drawing drawing, ChartFormat format, OutputStream out, int width, int height)
      throws IOException {
    checkSize("width", width);
    checkSize("height", height);
    // drawn in memory first, so a chart that cannot be drawn writes nothing
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    encode(drawing, format, bytes, width, height);
    bytes.writeTo(out);
  }

  private static void encode(Drawing drawing, ChartFormat format, OutputStream out, int width,
      int height) throws IOException {
    System.setProperty("java.awt.headless", "true");
    switch (format) {
      case PNG -> {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
          g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
          g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
              RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
          g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
              RenderingHints.VALUE_FRACTIONALMETRICS_ON);
          g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
          drawing.paint(g, width, height);
        } finally {
          g.dispose();
        }
        if (!ImageIO.write(image, "png", out)) {
          throw new IOException("no PNG writer available");
        }
      }
      case SVG -> vector(drawing, new VectorGraphics2D(), new SVGProcessor(), out, width, height, 1);
      // VectorGraphics2D reads PDF units as millimetres: scaled so one pixel is one point
      case PDF -> vector(drawing, new PdfText(), new PDFProcessor(true), out, width, height,
          25.4 / 72);
      default -> throw new AssertionError(format);
    }
  }

  private static void vector(Drawing drawing, VectorGraphics2D g, Processor processor,
      OutputStream out, int width, int height, double unit) throws IOException {
    g.scale(unit, unit);
    drawing.paint(g, width, height);
    processor.getDocument(g.getCommands(), new PageSize(0, 0, width * unit, height * unit))
        .writeTo(out);
  }

  static void checkSize(String what, int pixels) {
    if (pixels < Drawing.MIN_SIZE || pixels > Drawing.MAX_SIZE) {
      throw new IllegalArgumentException("chart " + what + " must be between " + Drawing.MIN_SIZE
          + " and " + Drawing.MAX_SIZE + " pixels, got " + pixels);
    }
  }

  /**
   * VectorGraphics2D writes PDF text in WinAnsi encoding and turns other characters into {@code
   * ?}: this spells the usual typographic ones in plain characters instead.
   */
  static final class PdfText extends VectorGraphics2D {
    @Override
    public void drawString(String s, float x, float y) {
      super.drawString(plain(s), x, y);
    }

    @Override
    public void drawString(String s, int x, int y) {
      super.drawString(plain(s), x, y);
    }

    static String plain(String s) {
      StringBuilder sb = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '\u2013', '\u2014', '\u2212' -> sb.append('-');
          case '\u2018', '\u2019' -> sb.append('\'');
          case '\u201C', '\u201D' -> sb.append('"');
          case '\u2026' -> sb.append("...");
          case '\u00A0', '\u2009', '\u202F' -> sb.append(' ');
          default -> sb.append(c <= 0xFF ? c : '?');
        }
      }
      return sb.toString();
    }
  }
}
