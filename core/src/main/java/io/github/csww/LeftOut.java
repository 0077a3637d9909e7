package io.github.csww;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An area left out of a {@link Ranking} or {@link Aggregate} because a value it needs is
 * suppressed, with the reason.
 *
 * <pre>{@code
 * for (LeftOut l : workforce.rankBy(Metric.CASELOAD).leftOut()) {
 *   System.out.println(l.area().name() + ": " + l.reason().meaning());
 * }
 * }</pre>
 *
 * @param area the area left out
 * @param year the reporting year
 * @param metric the metric whose value is suppressed
 * @param reason why the value is suppressed
 */
public record LeftOut(Area area, int year, Metric metric, Suppression reason) {

  /** Checks the parts. */
  public LeftOut {
    checkNotNull(area, "area is null");
    checkNotNull(metric, "metric is null");
    checkNotNull(reason, "reason is null");
  }

  /** For example {@code Rutland (857) 2017: CASELOAD x (not available)}. */
  @Override
  public String toString() {
    return area + " " + year + ": " + metric + " " + reason.describe();
  }
}
