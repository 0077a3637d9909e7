package io.github.csww;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which authorities each total of a recomputed ratio is summed over, in {@link
 * Workforce#aggregate(Metric, Coverage)} and reconciliation.
 *
 * <p>A {@code low} always counts as zero, and the aggregate reports the bound of the error it
 * makes ({@link Aggregate#errorBound()}). The rules differ on authorities where one part of the
 * ratio is missing ({@code x}, {@code c}, {@code u}) or where the published rate is {@code u}.
 * Measured on every published England and regional rate cell (1 dp) of the two published files,
 * {@link #PUBLISHER} reproduces 908 of 971 cells of the 2025 release and 621 of 648 of the 2022
 * release; {@link #EACH_TOTAL} 885 and 620; {@link #MATCHED} 895 and 614.
 *
 * <pre>{@code
 * workforce.year(2023).region(Region.NORTH_EAST).aggregate(Metric.AGENCY_RATE);  // PUBLISHER
 * workforce.year(2023).aggregate(Metric.AGENCY_RATE, Coverage.MATCHED);
 * }</pre>
 */
public enum Coverage {
  /**
   * The publisher's rule, as inferred from the published files (the default): each total is
   * summed over the authorities that publish it, except that an authority whose own turnover or
   * agency rate is {@code u} is left out of both totals of that rate, and the agency cover and
   * absence rates count only authorities that publish both parts.
   */
  PUBLISHER,
  /**
   * Each total summed over the authorities that publish it: an {@code x} agency FTE does not
   * remove that authority's in-post FTE from the denominator.
   */
  EACH_TOTAL,
  /** An authority counts only where every part of the ratio is published. */
  MATCHED;

  private static final Set<Metric> LEAVES_OUT_U = EnumSet.of(Metric.TURNOVER_RATE,
      Metric.TURNOVER_RATE_HEADCOUNT, Metric.AGENCY_RATE, Metric.AGENCY_RATE_HEADCOUNT);
  private static final Set<Metric> MATCHES = EnumSet.of(Metric.AGENCY_COVER_RATE,
      Metric.ABSENCE_RATE);

  /** True when an authority whose own rate is {@code u} is left out of both totals. */
  boolean leavesOutLowReliability(Metric metric) {
    return this == PUBLISHER && LEAVES_OUT_U.contains(metric);
  }

  /** True when an authority counts only where every part is published. */
  boolean matches(Metric metric) {
    return this == MATCHED || (this == PUBLISHER && MATCHES.contains(metric));
  }
}
