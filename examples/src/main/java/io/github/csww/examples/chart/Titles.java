package io.github.csww.examples.chart;

import java.util.Objects;

/**
 * The words around a chart: a title, a subtitle giving the metric, unit and date, and a source
 * line printed at the foot.
 *
 * <pre>{@code
 * new Titles("Average caseload: highest and lowest 10 local authorities",
 *     "Cases per case-holding social worker (FTE), 30 September 2025",
 *     BundledData.WORKFORCE.sourceLine());
 * }</pre>
 *
 * @param title the headline, never blank
 * @param subtitle the metric, unit and date; may be empty
 * @param source the source and licence line, never blank: a published chart names its source
 */
public record Titles(String title, String subtitle, String source) {
  /**
   * Checks the parts.
   *
   * @param title the headline, never blank
   * @param subtitle the metric, unit and date; may be empty, not null
   * @param source the source and licence line, never blank, for example {@link
   *     io.github.csww.examples.BundledData#sourceLine()}
   * @throws NullPointerException if any part is null
   * @throws IllegalArgumentException if {@code title} or {@code source} is blank
   */
  public Titles {
    Objects.requireNonNull(title, "title is null");
    Objects.requireNonNull(subtitle, "subtitle is null");
    Objects.requireNonNull(source, "source is null");
    if (title.isBlank()) {
      throw new IllegalArgumentException("a chart needs a title");
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException("a chart needs a source line");
    }
  }
}
