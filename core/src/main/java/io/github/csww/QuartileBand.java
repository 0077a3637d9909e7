package io.github.csww;

/**
 * A quarter of the local authorities ranked on one metric in one year: {@link #A} is the best
 * quarter by the metric's {@link Polarity}, {@link #D} the worst. See {@link QuartileBands} for how
 * authorities are assigned.
 *
 * <pre>{@code
 * QuartileBands bands = workforce.year(2025).bands(Metric.CASELOAD);
 * QuartileBand b = bands.bandOf(staffordshire).orElseThrow(); // D: among the highest caseloads
 * b.isBest();                                                 // false: only A is best
 * }</pre>
 */
public enum QuartileBand {
  /** The best quarter: lowest values where higher is worse, highest otherwise. */
  A,
  /** The second-best quarter. */
  B,
  /** The third quarter. */
  C,
  /** The worst quarter. */
  D;

  private static final QuartileBand[] VALUES = values();

  /**
   * The band at a 0-based index, 0 for {@link #A} to 3 for {@link #D}.
   *
   * @throws IllegalArgumentException if the index is not 0 to 3
   */
  static QuartileBand ofIndex(int index) {
    if (index < 0 || index >= VALUES.length) {
      throw new IllegalArgumentException("a quartile band index is 0 to 3, got " + index);
    }
    return VALUES[index];
  }

  /**
   * Whether this is the best quarter.
   *
   * @return true for {@link #A}, false otherwise
   */
  public boolean isBest() {
    return this == A;
  }

  /**
   * Whether this is the worst quarter.
   *
   * @return true for {@link #D}, false otherwise
   */
  public boolean isWorst() {
    return this == D;
  }
}
