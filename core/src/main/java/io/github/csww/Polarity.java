package io.github.csww;

/**
 * Whether a higher value of a {@link Metric} is worse, better or neither.
 *
 * <p>Polarity decides which quartile band is best ({@link QuartileBands}). It does not change the
 * order of a {@link Ranking}, which is highest first unless {@link Ranking#ascending()}.
 *
 * <pre>{@code
 * Metric.CASELOAD.polarity();       // HIGHER_IS_WORSE
 * Metric.SOCIAL_WORKERS.polarity(); // NEUTRAL
 * }</pre>
 */
public enum Polarity {
  /** A higher value is worse: caseload, turnover, agency, vacancy and absence measures. */
  HIGHER_IS_WORSE,
  /** A higher value is better. */
  HIGHER_IS_BETTER,
  /** Neither: counts that mostly reflect the size of an area. */
  NEUTRAL
}
