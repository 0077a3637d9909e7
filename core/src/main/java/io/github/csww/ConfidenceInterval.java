package io.github.csww;

import static io.github.csww.Checks.checkArgument;

/**
 * A percentile bootstrap confidence interval for a correlation coefficient, with what it took to
 * reproduce it.
 *
 * <pre>{@code
 * ConfidenceInterval ci = correlation.interval();
 * System.out.printf("%.0f%% CI [%.3f, %.3f] (%d resamples, seed %d)%n",
 *     ci.level() * 100, ci.lower(), ci.upper(), ci.resamples(), ci.seed());
 * }</pre>
 *
 * @param lower the lower bound, the (1 - level) / 2 quantile of the resampled coefficients
 * @param upper the upper bound, the (1 + level) / 2 quantile
 * @param level the confidence level, for example 0.95
 * @param resamples how many resamples of the pairs were drawn
 * @param seed the seed they were drawn with
 * @param degenerate resamples in which a variable was constant, so had no coefficient and were
 *     not used
 */
public record ConfidenceInterval(
    double lower, double upper, double level, int resamples, long seed, int degenerate) {

  /**
   * Checks the parts.
   *
   * @param lower the lower bound, in [-1, 1]
   * @param upper the upper bound, in [lower, 1]
   * @param level strictly between 0 and 1
   * @param resamples positive
   * @param seed the seed
   * @param degenerate 0 to resamples
   * @throws IllegalArgumentException naming the value out of range
   */
  public ConfidenceInterval {
    checkArgument(lower >= -1 && lower <= upper && upper <= 1,
        "an interval lies within [-1, 1] with lower <= upper, got [%s, %s]", lower, upper);
    checkArgument(level > 0 && level < 1, "a level lies strictly between 0 and 1, got %s",
        level);
    checkArgument(resamples > 0, "resamples must be positive, got %s", resamples);
    checkArgument(degenerate >= 0 && degenerate <= resamples,
        "degenerate resamples lie between 0 and %s, got %s", resamples, degenerate);
  }

  /**
   * The interval in words.
   *
   * @return for example {@code "95% CI [0.012, 0.318] (percentile bootstrap, 2000 resamples,
   *     seed 1)"}
   */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT,
        "%s%% CI [%.3f, %.3f] (percentile bootstrap, %d resamples, seed %d%s)",
        Value.of(level * 100), lower, upper, resamples, seed,
        degenerate == 0 ? "" : ", " + degenerate + " degenerate left out");
  }
}
