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

  /**
   * The file extension without the dot, for example {@code png}.
   *
   * @return the extension in lower case, without the dot
   */
  public String extension() {
    return extension;
  }

  /**
   * The format for a file name's extension, ignoring case. Only the last extension counts: {@code
   * chart.svg.png} is a PNG.
   *
   * @param file the output file; only its file name is read, and the file need not exist
   * @return the format its extension names
   * @throws IllegalArgumentException if {@code file} is null or has no file name (a root), if
   *     the name has no extension (including a name that is only an extension, such as {@code
   *     .png}, or ends in a dot), or if the extension is not {@code .png}, {@code .svg} or {@code
   *     .pdf}
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
