package io.github.csww;

import static io.github.csww.Checks.checkArgument;

/**
 * How a {@link Correlation} computes its p-value and confidence interval. Every random draw
 * comes from the seed, so the same options give the same result.
 *
 * <p>The p-value is a two-sided permutation test: exact over all n! orderings when there are at
 * most {@link #exactUpTo()} pairs, otherwise a Monte Carlo test of {@link #permutations()} random
 * permutations with the +1 correction, {@code p = (1 + #{|r*| ≥ |r|}) / (permutations + 1)},
 * which is never 0 and is a valid p-value. The interval is a percentile bootstrap over {@link
 * #resamples()} resamples of the pairs. The permutations are drawn with {@code new
 * SplittableRandom(seed)}, the resamples with {@code new SplittableRandom(seed ^
 * 0x9E3779B97F4A7C15L)}, so the two streams differ and both are reproducible.
 *
 * <pre>{@code
 * CorrelationOptions o = CorrelationOptions.defaults()   // seed 1, 9999 permutations,
 *     .withSeed(2024)                                    // 2000 resamples, 95%, exact up to 8
 *     .withLevel(0.90);
 * }</pre>
 *
 * @param seed the seed of every random draw
 * @param permutations random permutations for the Monte Carlo p-value, 99 to 10,000,000
 * @param resamples bootstrap resamples for the interval, 100 to 10,000,000
 * @param level the confidence level of the interval, strictly between 0 and 1
 * @param exactUpTo the largest number of pairs tested over every permutation, 0 to 10
 */
public record CorrelationOptions(
    long seed, int permutations, int resamples, double level, int exactUpTo) {

  private static final CorrelationOptions DEFAULTS =
      new CorrelationOptions(1, 9999, 2000, 0.95, 8);

  /**
   * Checks the parts.
   *
   * @param seed the seed
   * @param permutations 99 to 10,000,000
   * @param resamples 100 to 10,000,000
   * @param level strictly between 0 and 1
   * @param exactUpTo 0 to 10
   * @throws IllegalArgumentException naming the value out of range
   */
  public CorrelationOptions {
    checkArgument(permutations >= 99 && permutations <= 10_000_000,
        "permutations lie between 99 and 10000000, got %s", permutations);
    checkArgument(resamples >= 100 && resamples <= 10_000_000,
        "resamples lie between 100 and 10000000, got %s", resamples);
    checkArgument(level > 0 && level < 1,
        "a confidence level lies strictly between 0 and 1, got %s", level);
    checkArgument(exactUpTo >= 0 && exactUpTo <= 10,
        "exactUpTo lies between 0 and 10 (10! = 3628800 orderings), got %s", exactUpTo);
  }

  /**
   * Seed 1, 9999 permutations, 2000 resamples, a 95% interval, exact up to 8 pairs.
   *
   * @return the defaults
   */
  public static CorrelationOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The same options with another seed.
   *
   * @param seed the seed
   * @return new options
   */
  public CorrelationOptions withSeed(long seed) {
    return new CorrelationOptions(seed, permutations, resamples, level, exactUpTo);
  }

  /**
   * The same options with another number of permutations.
   *
   * @param permutations 99 to 10,000,000
   * @return new options
   * @throws IllegalArgumentException naming the value out of range
   */
  public CorrelationOptions withPermutations(int permutations) {
    return new CorrelationOptions(seed, permutations, resamples, level, exactUpTo);
  }

  /**
   * The same options with another number of bootstrap resamples.
   *
   * @param resamples 100 to 10,000,000
   * @return new options
   * @throws IllegalArgumentException naming the value out of range
   */
  public CorrelationOptions withResamples(int resamples) {
    return new CorrelationOptions(seed, permutations, resamples, level, exactUpTo);
  }

  /**
   * The same options with another confidence level.
   *
   * @param level strictly between 0 and 1, for example 0.9
   * @return new options
   * @throws IllegalArgumentException naming the value out of range
   */
  public CorrelationOptions withLevel(double level) {
    return new CorrelationOptions(seed, permutations, resamples, level, exactUpTo);
  }

  /**
   * The same options with another limit for the exact test.
   *
   * @param exactUpTo 0 to 10 pairs
   * @return new options
   * @throws IllegalArgumentException naming the value out of range
   */
  public CorrelationOptions withExactUpTo(int exactUpTo) {
    return new CorrelationOptions(seed, permutations, resamples, level, exactUpTo);
  }
}
