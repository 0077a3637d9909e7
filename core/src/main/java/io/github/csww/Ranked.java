package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * One row of a {@link Ranking}: its rank within its year, the snapshot it comes from and the
 * ranked number.
 *
 * <p>Ranks are standard competition ranks: tied values share the best rank of the tie and the
 * next rank skips (1, 2, 2, 4).
 *
 * <pre>{@code
 * for (Ranked r : workforce.rankBy(Metric.CASELOAD).top(5)) {
 *   System.out.printf("%d %s %.1f%n", r.rank(), r.area().name(), r.value());
 * }
 * }</pre>
 *
 * @param rank the 1-based competition rank within the row's year
 * @param snapshot the area and year the value comes from
 * @param measure the ranked measure
 * @param value the ranked number, exact (tables round it for display)
 * @param judgement the Ofsted judgement in force for the area, when the workforce was joined with
 *     judgements ({@link Workforce#withJudgements(Judgements)}): by default on the snapshot's
 *     census date, or on the date given to {@link Ranking#judgementsAt(java.time.LocalDate)};
 *     empty when none was in force, for regions and England, and without judgements. For a
 *     combined return ({@code 314 / 318}) it is the latest of its partners' judgements ({@link
 *     Judgements#inForce}); Ofsted judges each council separately, and {@link
 *     Judgements#inForceByCode} gives each partner's, as the ranking's table and {@link
 *     Ranking#grade} use them
 */
public record Ranked(int rank, Snapshot snapshot, Measure measure, double value,
    Optional<Judgement> judgement) {

  /**
   * Checks the parts.
   *
   * @param rank the rank
   * @param snapshot the snapshot
   * @param measure the measure
   * @param value the value
   * @param judgement the judgement, or empty
   * @throws IllegalArgumentException if the rank is below 1 or the value not finite
   */
  public Ranked {
    checkNotNull(snapshot, "snapshot is null");
    checkNotNull(measure, "measure is null");
    checkNotNull(judgement, "judgement is null: use Optional.empty()");
    checkArgument(rank >= 1, "ranks start at 1, got %s", rank);
    checkArgument(Double.isFinite(value), "a ranked value is finite, got %s", value);
  }

  /**
   * A ranked row without a judgement.
   *
   * @param rank the rank
   * @param snapshot the snapshot
   * @param measure the measure
   * @param value the value
   */
  public Ranked(int rank, Snapshot snapshot, Measure measure, double value) {
    this(rank, snapshot, measure, value, Optional.empty());
  }

  /**
   * The ranked area.
   *
   * @return the area
   */
  public Area area() {
    return snapshot.area();
  }

  /**
   * The reporting year of the value.
   *
   * @return the year
   */
  public int year() {
    return snapshot.year();
  }

  /**
   * True when the ranked number stands for a published {@code low}: a positive amount that rounds
   * to zero at the published precision. Such a row ranks above an exact zero, below every
   * positive figure and level with every other {@code low}; its {@link #value()} is {@link
   * Double#MIN_VALUE}, and tables and {@link #toString()} show it as {@code low}.
   *
   * @return whether the value is a {@code low}
   */
  public boolean isLow() {
    return value == Measures.LOW;
  }

  /** For example {@code 1. Staffordshire (860) 2017: 26.4 cases per FTE}. */
  @Override
  public String toString() {
    List<Column> columns = Measures.columns(measure);
    return rank + ". " + area() + " " + year() + ": "
        + (isLow() ? "low" : Cell.of(value).display(columns.get(columns.size() - 1)))
        + " " + measure.unit().symbol();
  }
}
