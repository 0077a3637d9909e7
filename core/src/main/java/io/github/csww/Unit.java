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
  FTE("FTE"),
  /** A head count of workers. */
  HEADCOUNT("headcount"),
  /** A percentage, 0 to 100. */
  PERCENT("%"),
  /** A count of cases. */
  CASES("cases"),
  /** Cases per full-time equivalent case holder. */
  CASES_PER_FTE("cases per FTE"),
  /** Working days (FTE days lost to sickness absence). */
  DAYS("days");

  private final String symbol;

  Unit(String symbol) {
    this.symbol = symbol;
  }

  /** How the unit is written after a number, for example {@code "%"} or {@code "FTE"}. */
  public String symbol() {
    return symbol;
  }
}
