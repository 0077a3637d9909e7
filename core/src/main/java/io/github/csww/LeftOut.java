package io.github.csww;

import static io.github.csww.Checks.checkNotNull;

import java.util.Optional;

/**
 * An area left out of a result, with the reason: its value is suppressed ({@code x}, {@code c},
 * ...), or a figure the measure needs is missing, for example the earlier year of a change.
 * Nothing is dropped in silence.
 *
 * <pre>{@code
 * for (LeftOut l : workforce.rankBy(Metric.CASELOAD).leftOut()) {
 *   System.out.println(l.area().name() + ": " + l.reason());
 * }
 * }</pre>
 *
 * @param area the area left out
 * @param year the reporting year
 * @param measure the measure that has no number
 * @param suppression the publisher's marker, when a suppressed value is the reason
 * @param reason the reason in words, for example {@code x (not available)}
 */
public record LeftOut(Area area, int year, Measure measure, Optional<Suppression> suppression,
    String reason) {

  /**
   * Checks the parts.
   *
   * @param area the area
   * @param year the year
   * @param measure the measure
   * @param suppression the marker, or empty
   * @param reason the reason
   */
  public LeftOut {
    checkNotNull(area, "area is null");
    checkNotNull(measure, "measure is null");
    checkNotNull(suppression, "suppression is null: use Optional.empty()");
    checkNotNull(reason, "reason is null");
  }

  /**
   * An area left out because its value is suppressed.
   *
   * @param area the area
   * @param year the year
   * @param measure the measure
   * @param suppression the marker
   */
  public LeftOut(Area area, int year, Measure measure, Suppression suppression) {
    this(area, year, measure, Optional.of(suppression), suppression.describe());
  }

  /** For example {@code Rutland (857) 2017: CASELOAD x (not available)}. */
  @Override
  public String toString() {
    return area + " " + year + ": " + measure + " " + reason;
  }
}
