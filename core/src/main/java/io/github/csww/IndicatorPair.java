package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

/**
 * A published rate with the two counts it is computed from, so that combined returns and
 * aggregates recompute it as Σnumerator / Σdenominator × scale rather than averaging rates.
 *
 * <pre>{@code
 * IndicatorPair p = IndicatorPair.percent("rereferral_percent", "rereferral_count",
 *     "referral_count");
 * p.recompute(400, 2842); // 14.07...
 * }</pre>
 *
 * @param rate the rate column, for example {@code rereferral_percent}
 * @param numerator the numerator count column, for example {@code rereferral_count}
 * @param denominator the denominator count column, for example {@code referral_count}
 * @param scale what the quotient is multiplied by: 100 for a percentage
 */
public record IndicatorPair(String rate, String numerator, String denominator, double scale) {

  /**
   * Checks the parts.
   *
   * @param rate the rate column
   * @param numerator the numerator column
   * @param denominator the denominator column
   * @param scale a positive finite multiplier
   * @throws IllegalArgumentException if a name is blank, two names are the same, or the scale is
   *     not positive and finite, naming the bad value
   * @throws NullPointerException if a name is null
   */
  public IndicatorPair {
    checkNotNull(rate, "rate is null");
    checkNotNull(numerator, "numerator is null");
    checkNotNull(denominator, "denominator is null");
    rate = rate.strip();
    numerator = numerator.strip();
    denominator = denominator.strip();
    checkArgument(!rate.isEmpty() && !numerator.isEmpty() && !denominator.isEmpty(),
        "a pair needs three column names, got rate '%s', numerator '%s', denominator '%s'",
        rate, numerator, denominator);
    checkArgument(!rate.equals(numerator) && !rate.equals(denominator)
            && !numerator.equals(denominator),
        "a pair needs three different columns, got rate '%s', numerator '%s', denominator '%s'",
        rate, numerator, denominator);
    checkArgument(scale > 0 && Double.isFinite(scale),
        "a pair's scale is a positive number such as 100, got %s", scale);
  }

  /**
   * A percentage: numerator / denominator × 100.
   *
   * @param rate the rate column
   * @param numerator the numerator column
   * @param denominator the denominator column
   * @return the pair
   * @throws IllegalArgumentException if a name is blank or two are the same
   */
  public static IndicatorPair percent(String rate, String numerator, String denominator) {
    return new IndicatorPair(rate, numerator, denominator, 100);
  }

  /**
   * The rate from summed counts.
   *
   * @param numerator the summed numerator
   * @param denominator the summed denominator, positive
   * @return numerator / denominator × scale
   * @throws IllegalArgumentException if the denominator is not positive, naming it
   */
  public double recompute(double numerator, double denominator) {
    checkArgument(denominator > 0, "a rate needs a positive denominator, got %s", denominator);
    return numerator / denominator * scale;
  }

  /**
   * The formula in words.
   *
   * @return for example {@code "rereferral_percent = rereferral_count / referral_count × 100"}
   */
  @Override
  public String toString() {
    return rate + " = " + numerator + " / " + denominator + " \u00d7 " + Value.of(scale);
  }
}
