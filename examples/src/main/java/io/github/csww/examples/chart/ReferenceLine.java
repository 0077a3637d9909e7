package io.github.csww.examples.chart;

/**
 * A labelled reference value drawn across a chart, for example England's or the region's
 * figure. The chart prints the label with the value: {@code England 22.1}.
 *
 * <pre>{@code
 * new ReferenceLine("England", 15.6);
 * }</pre>
 *
 * @param label what the value is, for example {@code England} or {@code South West}
 * @param value the value, finite
 */
public record ReferenceLine(String label, double value) {
  /**
   * Checks the parts.
   *
   * @param label what the value is, for example {@code England} or {@code South West}; not null
   *     or blank
   * @param value the value, finite
   * @throws IllegalArgumentException if {@code label} is null or blank, or {@code value} is NaN or
   *     infinite
   */
  public ReferenceLine {
    Page.checkText(label, "a reference line");
    Page.checkFinite(value, "reference line " + label);
  }
}
