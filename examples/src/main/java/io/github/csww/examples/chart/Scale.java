package io.github.csww.examples.chart;

/**
 * Maps values linearly to pixel positions along one axis: {@code lo} to {@code left} and {@code
 * hi} to {@code right}. For a vertical axis {@code left} is the bottom of the plot and {@code
 * right} its top.
 */
record Scale(double lo, double hi, float left, float right) {
  /** The pixel position of {@code v}. */
  float at(double v) {
    return (float) (left + (v - lo) / (hi - lo) * (right - left));
  }
}
