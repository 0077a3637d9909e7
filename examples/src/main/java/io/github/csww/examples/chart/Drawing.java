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
   * page: the white background, titles, plot and source line. {@link #write(Path, int, int)} and
   * {@link #write(OutputStream, ChartFormat, int, int)} check the size before calling this; a
   * direct caller should keep it between {@link #MIN_SIZE} and {@link #MAX_SIZE}.
   *
   * @param g where to draw; its font, colour and stroke are left as the chart last set them
   * @param width the page width in pixels (in points for PDF)
   * @param height the page height in pixels (in points for PDF)
   * @throws IllegalArgumentException if a chart cannot fit its labels on a page this size (a
   *     {@link RankedBarChart} too short for its bars or too narrow beside its names)
   */
  void paint(Graphics2D g, int width, int height);

  /**
   * Writes the drawing to exactly {@code file} in the format its extension names, creating missing
   * parent folders and replacing a file already there. The chart is drawn in memory first, so a
   * chart that cannot be drawn leaves no file behind.
   *
   * @param file the output file, ending in {@code .png}, {@code .svg} or {@code .pdf} (any case)
   * @param width the page width in pixels, {@link #MIN_SIZE} to {@link #MAX_SIZE}; a PDF page is
   *     this many points wide
   * @param height the page height in pixels, {@link #MIN_SIZE} to {@link #MAX_SIZE}; a PDF page
   *     is this many points high
   * @return {@code file}
   * @throws IllegalArgumentException for a null file, an unsupported extension, a size out of
   *     bounds, or a page too small for the chart's labels (see {@link #paint})
   * @throws IOException if the folders or the file cannot be written
   */
  default Path write(Path file, int width, int height) throws IOException {
    return ChartWriter.write(this, file, width, height);
  }

  /**
   * Writes the drawing to a stream in the given format, for example to standard output; the
   * caller closes the stream. The chart is drawn in memory first, so a chart that cannot be drawn
   * writes nothing to the stream.
   *
   * @param out the stream to write to; not closed
   * @param format the format to write
   * @param width the page width in pixels, {@link #MIN_SIZE} to {@link #MAX_SIZE}; a PDF page is
   *     this many points wide
   * @param height the page height in pixels, {@link #MIN_SIZE} to {@link #MAX_SIZE}; a PDF page
   *     is this many points high
   * @throws NullPointerException if {@code out} or {@code format} is null
   * @throws IllegalArgumentException for a size out of bounds, or a page too small for the
   *     chart's labels (see {@link #paint})
   * @throws IOException if the stream cannot be written
   */
  default void write(OutputStream out, ChartFormat format, int width, int height)
      throws IOException {
    ChartWriter.write(this, java.util.Objects.requireNonNull(format, "format is null"),
        java.util.Objects.requireNonNull(out, "out is null"), width, height);
  }
}
