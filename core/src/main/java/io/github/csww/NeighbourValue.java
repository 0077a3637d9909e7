package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import java.util.Optional;

/**
 * One neighbour's row in a {@link NeighbourComparison}: the neighbour, its snapshot and value in
 * the compared year, whether it was compared and, where judgements are joined, the Ofsted
 * judgement in force on the census date.
 *
 * <p>Nothing is dropped: a neighbour that could not be compared keeps its row with a {@link
 * Status} saying why.
 *
 * <pre>{@code
 * for (NeighbourValue n : comparison.neighbours()) {
 *   System.out.println(n.neighbour() + ": " + n.value() + " " + n.status());
 * }
 * }</pre>
 *
 * @param neighbour the neighbour and its matched authority
 * @param snapshot the neighbour's snapshot in the compared year, or empty
 * @param value its value of the metric; {@code x} when it has no snapshot
 * @param status whether it was compared, and if not why
 * @param judgement the judgement in force on the census date, where judgements are joined and the
 *     neighbour has figures for the year
 */
public record NeighbourValue(
    MatchedNeighbour neighbour,
    Optional<Snapshot> snapshot,
    Value value,
    NeighbourValue.Status status,
    Optional<Judgement> judgement) {

  /** Whether a neighbour entered the comparison, and if not why. */
  public enum Status {
    /** Compared: in the mean when its parts are published, ranked when its value is. */
    COMPARED("compared"),
    /** The workforce holds no authority with the neighbour's LA number. */
    NOT_HELD("LA number not in the workforce"),
    /** The authority is held but has no figures for the year (reorganised, say). */
    NO_FIGURES("no figures for the year"),
    /**
     * The authority has figures for the year but no figure for the metric: its value is {@code
     * x}, {@code c} or another suppression (a value published as low, rounding to zero, is still
     * compared). It is not ranked and not in the mean; {@link NeighbourComparison#leftOut()}
     * lists it.
     */
    NO_VALUE("no figure for the metric"),
    /** The same reporting unit as a closer neighbour (two partners of one combined return). */
    SAME_AS_CLOSER("same reporting unit as a closer neighbour"),
    /** The compared authority's own reporting unit (a partner of its combined return). */
    SAME_AS_SUBJECT("part of the compared authority's own return");

    private final String meaning;

    Status(String meaning) {
      this.meaning = meaning;
    }

    /**
     * What the status means, in a few words.
     *
     * @return the meaning, for example {@code "no figures for the year"}
     */
    public String meaning() {
      return meaning;
    }
  }

  /**
   * Checks the parts.
   *
   * @param neighbour the neighbour and its matched authority
   * @param snapshot the neighbour's snapshot in the compared year, or empty
   * @param value its value of the metric; {@code x} when it has no snapshot
   * @param status whether it was compared, and if not why
   * @param judgement the judgement in force on the census date, or empty
   * @throws IllegalArgumentException if the status is {@link Status#COMPARED} and there is no
   *     snapshot
   */
  public NeighbourValue {
    checkNotNull(neighbour, "neighbour is null");
    checkNotNull(snapshot, "snapshot is null: use Optional.empty()");
    checkNotNull(value, "value is null");
    checkNotNull(status, "status is null");
    checkNotNull(judgement, "judgement is null: use Optional.empty()");
    checkArgument(status != Status.COMPARED || snapshot.isPresent(),
        "a compared neighbour needs a snapshot");
  }

  /**
   * Whether the neighbour entered the comparison.
   *
   * @return true when the status is {@link Status#COMPARED}
   */
  public boolean isCompared() {
    return status == Status.COMPARED;
  }

  /** For example {@code 1. Derbyshire (830) (Extremely close): 17.2}. */
  @Override
  public String toString() {
    return neighbour + ": " + value + (isCompared() ? "" : " [" + status.meaning() + "]");
  }
}
