package io.github.csww;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a result that looks judgements up by date says about the joined {@link Judgements}' cover
 * of its dates. Ofsted's outcomes workbook holds the ILACS inspections published from March
 * 2018: before its earliest judgement nothing is in force, and for a while after it an authority
 * whose judgement came from an older inspection has none in force either. Both read as "no
 * judgement" unless a note says why. Dates are in ISO form ({@link LocalDate#toString()}).
 *
 * <p>A tally: each date looked up on, and each authority row shown with the judgement found for
 * it. Derived units ({@link ComparableGeography}) count for their date only: they are several
 * authorities and never have a judgement of their own.
 */
final class JudgementNotes {
  private final Judgements judgements;
  /** For each date: authorities shown without a judgement in force, authorities shown. */
  private final Map<LocalDate, int[]> byDate = new TreeMap<>();

  JudgementNotes(Judgements judgements) {
    this.judgements = judgements;
  }

  /** A date the result looks judgements up on, whether or not a row shows one. */
  JudgementNotes date(LocalDate date) {
    byDate.computeIfAbsent(date, d -> new int[2]);
    return this;
  }

  /** An authority row shown, with the judgement found for it on the date. */
  JudgementNotes row(Authority authority, LocalDate date, Optional<Judgement> judgement) {
    int[] counts = byDate.computeIfAbsent(date, d -> new int[2]);
    if (!ComparableGeography.isDerived(authority)) {
      counts[1]++;
      counts[0] += judgement.isEmpty() ? 1 : 0;
    }
    return this;
  }

  /**
   * For each date outside the judgements' dates, {@link Judgements#coverageNote(LocalDate)}; for
   * a date inside them where authorities shown have none in force, a note that one published
   * before the earliest is not in the file.
   */
  List<String> notes() {
    List<String> out = new ArrayList<>();
    Optional<LocalDate> first = judgements.firstPublished();
    for (Map.Entry<LocalDate, int[]> e : byDate.entrySet()) {
      LocalDate on = e.getKey();
      judgements.coverageNote(on).ifPresent(out::add);
      int without = e.getValue()[0];
      if (first.isPresent() && !on.isBefore(first.get()) && without > 0) {
        out.add("Ofsted judgements on " + on + ": " + without + " of " + e.getValue()[1]
            + " authorities shown " + (without == 1 ? "has" : "have") + " none in force in the "
            + "judgements file, whose earliest judgement was published on " + first.get()
            + "; one published before then (an older inspection still in force) is not in it, "
            + "so " + (without == 1 ? "it" : "they") + " may have had one.");
      }
    }
    return out;
  }

  /**
   * For a filter on grades ({@link RankingSteps#grade}): why the authorities with no judgement in
   * force were left out, for each date where the file cannot say they had none.
   */
  List<String> gradeNotes() {
    List<String> out = new ArrayList<>();
    Optional<LocalDate> first = judgements.firstPublished();
    if (first.isEmpty()) {
      return out;
    }
    for (Map.Entry<LocalDate, int[]> e : byDate.entrySet()) {
      LocalDate on = e.getKey();
      int without = e.getValue()[0];
      if (without == 0) {
        continue;
      }
      String who = without + (without == 1 ? " authority" : " authorities")
          + " with no judgement in force on " + on + (without == 1 ? " is" : " are")
          + " left out";
      out.add(on.isBefore(first.get())
          ? who + ": the judgements file does not cover that date (its earliest judgement was "
              + "published on " + first.get() + "), so the grade in force then is not known."
          : who + ": the judgements file's earliest judgement was published on " + first.get()
              + ", and one published before then (an older inspection still in force) is not "
              + "in it.");
    }
    return out;
  }
}
