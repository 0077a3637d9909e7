package io.github.csww.examples.chart;

import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Something that paints itself onto a page of a given size: every chart of this package. {@link
 * #write(Path, int, int)} writes it as PNG, SVG or PDF by the file's extension.
 *
 * <pre>{@code
 * Path out = chart.write(Path.of("caseload.svg"), 1000, 700);
 * }</pre>
 */
public interface Drawing {
  /** The smallest width or height accepted, in pixels. */
  int MIN_SIZE = 200;
  /** The largest width or height accepted, in pixels. */
  int MAX_SIZE = 8000;

  /**
   * Paints onto {@code g}, whose origin is the top left of a {@code width} by {@code height}
   * page.
   */
  void paint(Graphics2D g, int width, int height);

  /**
   * Writes the drawing to exactly {@code file} in the format its extension names.
   *
   * @return {@code file}
   * @throws IllegalArgumentException for an unsupported extension or a size out of bounds
   * @throws IOException if the file cannot be written
   */
  default Path write(Path file, int width, int height) throws IOException {
    return ChartWriter.write(this, file, width, height);
  }

  /**
   * Writes the drawing to a stream in the given format, for example to standard output; the
   * caller closes the stream.
   *
   * @throws IllegalArgumentException for a size out of bounds
   * @throws IOException if the stream cannot be written
   */
  default void write(OutputStream out, ChartFormat format, int width, int height)
      throws IOException {
    ChartWriter.write(this, java.util.Objects.requireNonNull(format, "format is null"),
        java.util.Objects.requireNonNull(out, "out is null"), width, height);
  }
}
