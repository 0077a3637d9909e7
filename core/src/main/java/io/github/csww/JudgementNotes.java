package io.github.csww;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 *
 * <p>A combined return ({@code 314 / 318}) is looked up partner by partner ({@link
 * PartnerJudgements}): it counts as having none in force only when no partner has one, and a
 * note says which combined returns shown had partners judged alike (one judgement shown) and
 * which differently (each partner's judgement named in the cell, the date cells blank).
 */
final class JudgementNotes {
  private final Judgements judgements;
  /** For each date looked up on, how many authorities are shown. */
  private final Map<LocalDate, Integer> shownByDate = new TreeMap<>();
  /** For each date, the authorities shown without a judgement in force. */
  private final Map<LocalDate, List<Authority>> withoutByDate = new TreeMap<>();
  /**
   * Combined returns shown whose partners' judgements differ: the dates, by return and its
   * partners' judgements ({@code 314 / 318 Kingston upon Thames / Richmond upon Thames} and
   * {@link PartnerJudgements#inWords()}).
   */
  private final Map<List<String>, Set<LocalDate>> differ = new LinkedHashMap<>();
  /** Combined returns shown whose partners share one judgement: the dates, likewise. */
  private final Map<List<String>, Set<LocalDate>> agree = new LinkedHashMap<>();

  JudgementNotes(Judgements judgements) {
    this.judgements = judgements;
  }

  /** A date the result looks judgements up on, whether or not a row shows one. */
  JudgementNotes date(LocalDate date) {
    shownByDate.putIfAbsent(date, 0);
    return this;
  }

  /**
   * An authority row shown, with the judgement found for it on the date. A combined return's
   * partners are looked up here, each on its own ({@link PartnerJudgements}), whatever the
   * judgement given.
   */
  JudgementNotes row(Authority authority, LocalDate date, Optional<Judgement> judgement) {
    shownByDate.putIfAbsent(date, 0);
    if (!ComparableGeography.isDerived(authority)) {
      boolean none = judgement.isEmpty();
      if (authority.isCombined()) {
        PartnerJudgements p = PartnerJudgements.of(judgements, authority, date);
        none = p.noneInForce();
        if (!none) {
          (p.differ() ? differ : agree).computeIfAbsent(
              List.of(authority.laNumber() + " " + authority.name(), p.inWords()),
              k -> new LinkedHashSet<>()).add(date);
        }
      }
      shownByDate.merge(date, 1, Integer::sum);
      if (none) {
        withoutByDate.computeIfAbsent(date, d -> new ArrayList<>()).add(authority);
      }
    }
    return this;
  }

  /**
   * For each date outside the judgements' dates, the {@link JudgementGap#note()} of {@link
   * Judgements#gap(LocalDate)} (verbatim: callers find it by that value); for
   * a date inside them where authorities shown have none in force, a note that one published
   * before the earliest is not in the file.
   */
  List<String> notes() {
    List<String> out = new ArrayList<>();
    Optional<LocalDate> first = judgements.firstPublished();
    for (LocalDate on : shownByDate.keySet()) {
      judgements.gap(on).ifPresent(g -> out.add(g.note()));
      if (first.isEmpty() || on.isBefore(first.get())) {
        continue;
      }
      Gap g = gap(on, first.get());
      if (!g.created().isEmpty()) {
        out.add("Ofsted judgements on " + on + ": " + names(g.created()) + " "
            + (g.created().size() == 1 ? "has" : "have") + " none in force in the judgements "
            + "file: created by a reorganisation after the file's earliest judgement ("
            + first.get() + "), " + (g.created().size() == 1 ? "it has" : "they have") + " no "
            + "judgement published by then in it.");
      }
      int without = g.older();
      if (without > 0) {
        out.add("Ofsted judgements on " + on + ": " + without + " of " + shownByDate.get(on)
            + " authorities shown " + (without == 1 ? "has" : "have") + " none in force in the "
            + "judgements file, whose earliest judgement was published on " + first.get()
            + "; one published before then (an older inspection still in force) is not in it, "
            + "so " + (without == 1 ? "it" : "they") + " may have had one.");
      }
    }
    return out;
  }

  /**
   * For a table with judgement cells, about the combined returns shown with a judgement in
   * force: Ofsted judges each partner council separately; which were judged alike and which
   * differently, with each partner's dates (not part of {@link #notes()}: a cross-tab has no
   * such cells). For example
   *
   * <pre>{@code
   * Ofsted inspects each council of a combined return separately. Where the councils'
   * judgements differ, the Ofsted judgement cell names each council's grade (or, when they share
   * a grade on different dates, gives it once, as "Good (both councils)") and the Inspected
   * and Published cells are blank: 314 / 318 Kingston upon Thames / Richmond upon Thames on
   * 2022-09-30: Kingston upon Thames Outstanding (inspected 2019-10-21, published 2019-12-19),
   * Richmond upon Thames Good (inspected 2022-01-31, published 2022-03-18).
   * }</pre>
   */
  Optional<String> combinedNote() {
    if (differ.isEmpty() && agree.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder(
        "Ofsted inspects each council of a combined return separately.");
    if (!differ.isEmpty()) {
      sb.append(" Where the councils' judgements differ, the Ofsted judgement cell names each "
          + "council's grade (or, when they share a grade on different dates, gives it once, as "
          + "\"Good (both councils)\") and the Inspected and Published cells are blank: ")
          .append(list(differ)).append('.');
    }
    if (!agree.isEmpty()) {
      sb.append(" Where they are the same judgement (grade, inspection and publication dates), "
          + "it is shown once: ").append(list(agree)).append('.');
    }
    return Optional.of(sb.toString());
  }

  /** For example {@code 940 / 941 North Northamptonshire / West Northamptonshire on 2024-09-30
   * and 2025-09-30: both Requires improvement to be good (inspected 2022-10-03, published
   * 2022-11-25)}. */
  private static String list(Map<List<String>, Set<LocalDate>> byReturn) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<List<String>, Set<LocalDate>> e : byReturn.entrySet()) {
      List<String> dates = new ArrayList<>();
      e.getValue().stream().sorted().forEach(d -> dates.add(d.toString()));
      String on = Names.andList(dates);
      out.add(e.getKey().get(0) + " on " + on + ": " + e.getKey().get(1));
    }
    return String.join("; ", out);
  }

  /**
   * The authorities shown on a date with no judgement in force: those a reorganisation created
   * after the file's earliest judgement, and how many others.
   */
  private record Gap(List<Authority> created, int older) {}

  private Gap gap(LocalDate on, LocalDate first) {
    List<Authority> created = on.isBefore(first) ? List.of() : createdSince(on, first);
    return new Gap(created, withoutByDate.getOrDefault(on, List.of()).size() - created.size());
  }

  /**
   * The authorities shown without a judgement in force on the date that a known {@link
   * Reorganisation} created after the file's earliest judgement (Cumberland and Westmorland and
   * Furness, April 2023): no older inspection of theirs can be missing from the file.
   */
  private List<Authority> createdSince(LocalDate on, LocalDate first) {
    List<Authority> out = new ArrayList<>();
    for (Authority a : withoutByDate.getOrDefault(on, List.of())) {
      for (Reorganisation r : Reorganisation.involving(a)) {
        if (r.successors().containsAll(a.laNumbers())
            && LocalDate.of(r.year(), 4, 1).isAfter(first) && r.year() <= on.getYear()) {
          out.add(a);
          break;
        }
      }
    }
    return out;
  }

  /** "Cumberland (942) and Westmorland and Furness (943)". */
  private static String names(List<Authority> authorities) {
    List<String> out = new ArrayList<>();
    for (Authority a : authorities) {
      out.add(a.name() + " (" + a.laNumber() + ")");
    }
    return Names.andList(out);
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
    for (LocalDate on : shownByDate.keySet()) {
      Gap g = gap(on, first.get());
      if (!g.created().isEmpty()) {
        out.add(names(g.created()) + " (no judgement in force on " + on + ") "
            + (g.created().size() == 1 ? "is" : "are") + " left out: created by a reorganisation "
            + "after the judgements file's earliest judgement (" + first.get() + "), "
            + (g.created().size() == 1 ? "it has" : "they have") + " no judgement published by "
            + "then in it.");
      }
      int without = g.older();
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
