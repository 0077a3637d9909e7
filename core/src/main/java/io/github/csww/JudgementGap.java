package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import java.time.LocalDate;

/**
 * A date judgements are looked up on that falls outside the dates a {@link Judgements}
 * collection covers: before its first judgement was published, when a judgement then in force is
 * not in it, or after its last, when one published since may have replaced a judgement shown.
 * {@link Judgements#gap(LocalDate)} gives it; every result that looks the collection's judgements
 * up on the date carries {@link #note()} among its table's notes, verbatim, so a caller that
 * says it in other words can find the note by this value rather than by its text.
 *
 * <pre>{@code
 * Optional<JudgementGap> gap = ofsted.gap(LocalDate.of(2017, 9, 30));
 * gap.map(JudgementGap::side);       // Optional[BEFORE_FIRST]
 * gap.map(JudgementGap::boundary);   // Optional[2018-03-12], the first publication date
 * gap.map(JudgementGap::note);       // "Ofsted judgements on 2017-09-30: not covered by ..."
 * }</pre>
 *
 * @param date the date judgements are looked up on, for example a census date
 * @param side whether the date is before the collection's first judgement or after its last
 * @param boundary the collection's first publication date ({@link Side#BEFORE_FIRST}) or its last
 *     ({@link Side#AFTER_LAST})
 */
public record JudgementGap(LocalDate date, Side side, LocalDate boundary) {

  /** Which side of a collection's dates a date falls on. */
  public enum Side {
    /** Before the first judgement was published: a judgement then in force is not in it. */
    BEFORE_FIRST,
    /** After the last was published: one published since is not in it. */
    AFTER_LAST
  }

  /**
   * Checks the parts.
   *
   * @param date the date looked up on
   * @param side the side of the collection's dates
   * @param boundary the first or last publication date
   * @throws IllegalArgumentException if the date is not strictly before a {@code BEFORE_FIRST}
   *     boundary, or strictly after an {@code AFTER_LAST} one, naming both dates
   * @throws NullPointerException if a part is null
   */
  public JudgementGap {
    checkNotNull(date, "date is null");
    checkNotNull(side, "side is null");
    checkNotNull(boundary, "boundary is null");
    checkArgument(side == Side.BEFORE_FIRST ? date.isBefore(boundary) : date.isAfter(boundary),
        "%s must be %s the boundary %s for %s", date,
        side == Side.BEFORE_FIRST ? "before" : "after", boundary, side);
  }

  /**
   * What a result says about the gap, in the words every result's table uses (dates in ISO
   * form). Before the first judgement:
   *
   * <pre>{@code
   * Ofsted judgements on 2017-09-30: not covered by the judgements file, whose earliest judgement
   * was published on 2018-03-12; a judgement in force then is not in it, so an authority shown
   * with none in force may have had one.
   * }</pre>
   *
   * and after the last:
   *
   * <pre>{@code
   * Ofsted judgements on 2025-09-30: the file's latest judgement was published on 2025-05-14; any
   * published since then is not in it, so a judgement shown may have been replaced.
   * }</pre>
   *
   * @return the note
   */
  public String note() {
    if (side == Side.BEFORE_FIRST) {
      return "Ofsted judgements on " + date + ": not covered by the judgements file, whose "
          + "earliest judgement was published on " + boundary + "; a judgement in force then "
          + "is not in it, so an authority shown with none in force may have had one.";
    }
    return "Ofsted judgements on " + date + ": the file's latest judgement was published on "
        + boundary + "; any published since then is not in it, so a judgement shown may have "
        + "been replaced.";
  }
}
