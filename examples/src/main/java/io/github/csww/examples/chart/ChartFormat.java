package io.github.csww.examples.chart;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The file formats a chart is written in, chosen by the output file's extension.
 *
 * <pre>{@code
 * ChartFormat.of(Path.of("caseload.svg"));  // SVG
 * ChartFormat.of(Path.of("c.pdf"));         // PDF: written to c.pdf, never c.pdf.png
 * ChartFormat.of(Path.of("c.jpg"));         // IllegalArgumentException naming .png, .svg, .pdf
 * }</pre>
 */
public enum ChartFormat {
  /** A bitmap, the size given in pixels. */
  PNG("png"),
  /** Scalable vector graphics with text kept as text. */
  SVG("svg"),
  /** A one-page PDF, vector graphics with text kept as text (fonts not embedded). */
  PDF("pdf");

  private final String extension;

  ChartFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension without the dot, for example {@code png}. */
  public String extension() {
    return extension;
  }

  /**
   * The format for a file name's extension, ignoring case.
   *
   * @throws IllegalArgumentException if the name has no extension or one that is not {@code
   *     .png}, {@code .svg} or {@code .pdf}
   */
  public static ChartFormat of(Path file) {
    if (file == null || file.getFileName() == null) {
      throw new IllegalArgumentException("a chart needs an output file ending in .png, .svg or .pdf");
    }
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || dot == name.length() - 1) {
      throw new IllegalArgumentException("cannot tell the chart format of " + name
          + ": name the file with .png, .svg or .pdf");
    }
    String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (ChartFormat f : values()) {
      if (f.extension.equals(ext)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unsupported chart format ." + ext + " in " + name
        + ": use .png, .svg or .pdf");
  }
}
