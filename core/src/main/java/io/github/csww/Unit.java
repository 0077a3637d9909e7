package io.github.csww;

/**
 * The unit a {@link Metric} is published in.
 *
 * <pre>{@code
 * Metric.CASELOAD.unit();          // Unit.CASES_PER_FTE
 * Metric.CASELOAD.unit().symbol(); // "cases per FTE"
 * }</pre>
 */
public enum Unit {
  /** Full-time equivalent workers. */
  FTE("FTE", 1),
  /** A head count of workers. */
  HEADCOUNT("headcount", 0),
  /** A percentage, 0 to 100. */
  PERCENT("%", 1),
  /** A count of cases. */
  CASES("cases", 0),
  /** Cases per full-time equivalent case holder. */
  CASES_PER_FTE("cases per FTE", 1),
  /** Working days (FTE days lost to sickness absence). */
  DAYS("days", 1),
  /** Percentage points: the difference between two percentages. */
  PERCENTAGE_POINTS("percentage points", 1),
  /** A plain ratio of two figures. */
  RATIO("ratio", 2);

  private final String symbol;
  private final int decimals;

  Unit(String symbol, int decimals) {
    this.symbol = symbol;
    this.decimals = decimals;
  }

  /**
   * The decimals the publisher rounds this unit to: 1 for FTE, rates, caseloads and days; 0 for
   * head counts and cases. Tables display numbers so; the values stay exact.
   *
   * @return the number of decimal places
   */
  public int decimals() {
    return decimals;
  }

  /**
   * How the unit is written after a number, for example {@code "%"} or {@code "FTE"}.
   *
   * @return the unit's symbol
   */
  public String symbol() {
    return symbol;
  }
}
