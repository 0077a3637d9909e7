package io.github.csww;

/**
 * Which correlation coefficient a {@link Correlation} computes.
 *
 * <pre>{@code
 * Correlation.of(CorrelationMethod.PEARSON, wf.year(2023), Metric.CASELOAD, cin,
 *     "rereferral_percent", PeriodAlignment.childrenInNeedYear(), CorrelationOptions.defaults());
 * }</pre>
 */
public enum CorrelationMethod {
  /** Spearman's rho: Pearson's r of the ranks, ties given their average rank. */
  SPEARMAN("Spearman rank correlation", "rho"),
  /** Pearson's product-moment r of the values themselves. */
  PEARSON("Pearson correlation", "r");

  private final String label;
  private final String symbol;

  CorrelationMethod(String label, String symbol) {
    this.label = label;
    this.symbol = symbol;
  }

  /**
   * The method in words.
   *
   * @return for example {@code "Spearman rank correlation"}
   */
  public String label() {
    return label;
  }

  /**
   * The coefficient's usual name.
   *
   * @return {@code "rho"} or {@code "r"}
   */
  public String symbol() {
    return symbol;
  }
}
