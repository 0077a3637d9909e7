package io.github.csww;

import java.util.List;
import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

/**
 * How a ratio {@link Metric} is computed from counts: {@code scale × numerator / Σ denominator}.
 *
 * <p>Aggregates of a ratio over several areas are recomputed as {@code Σ numerator / Σ
 * denominator}, never as a mean of the areas' ratios.
 *
 * <pre>{@code
 * Formula f = Metric.AGENCY_RATE.formula().orElseThrow();
 * f.numerator();   // AGENCY_WORKERS
 * f.denominator(); // [AGENCY_WORKERS, SOCIAL_WORKERS]
 * f.scale();       // 100.0
 * }</pre>
 *
 * @param numerator the count on top
 * @param denominator the counts summed underneath, at least one
 * @param scale 100 for a percentage, 1 otherwise
 */
public record Formula(Metric numerator, List<Metric> denominator, double scale) {

  /**
   * Checks and copies the parts.
   *
   * @param numerator the count on top
   * @param denominator the counts summed underneath, at least one
   * @param scale 100 for a percentage, 1 otherwise; positive and finite
   * @throws IllegalArgumentException if the denominator is empty or the scale is not positive
   *     and finite
   */
  public Formula {
    checkNotNull(numerator, "numerator is null");
    denominator = List.copyOf(checkNotNull(denominator, "denominator is null"));
    checkArgument(!denominator.isEmpty(), "a formula needs a denominator");
    checkArgument(scale > 0 && Double.isFinite(scale), "scale must be positive, got %s", scale);
  }

  /**
   * Applies the formula to summed parts.
   *
   * @param numeratorSum the numerator, summed over areas
   * @param denominatorSum the denominator, summed over areas
   * @return {@code scale × numeratorSum / denominatorSum}
   */
  public double apply(double numeratorSum, double denominatorSum) {
    return scale * numeratorSum / denominatorSum;
  }
}
