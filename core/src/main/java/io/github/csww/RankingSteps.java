package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The steps that cut and filter a {@link Ranking}: {@link #top}, {@link #bottom}, their
 * {@code WithTies} forms, {@link #best} and {@link #worst}, and the filters {@link #where},
 * {@link #grade}, {@link #aboveEngland()} and the rest. {@link Ranking} holds the rows, the
 * single-row look-ups, the judgements and the table; this class holds the steps, so each file
 * keeps one responsibility. It has no other subclass, and every method here is called on a
 * {@code Ranking}:
 *
 * <pre>{@code
 * workforce.rankBy(CASELOAD).top(5);          // the five highest, ties noted
 * workforce.rankBy(CASELOAD).worst(5);        // by polarity
 * joined.year(2023).rankBy(CASELOAD).grade(Grade.INADEQUATE).aboveEngland();
 * }</pre>
 */
public abstract sealed class RankingSteps permits Ranking {

  RankingSteps() {}

  /** Every ranked row, by year, each year in rank order. */
  abstract List<Ranked> all();

  /** Figures of other years, look-ups and joins. */
  abstract Ranking.Context context();

  /**
   * The same ranking with other rows and notes.
   *
   * @param reversed whether the rows run from the end of the ranking (after {@link #bottom})
   */
  abstract Ranking derive(List<Ranked> kept, List<String> withNotes, boolean reversed);

  /** True when the rows run from the end of the ranking: the last rank first. */
  abstract boolean reversed();

  /** The column the measure's value is shown in. */
  abstract Column valueColumn();

  /** Refuses a step that needs judgements on a ranking without them. */
  abstract void requireJudgements(String call);

  /**
   * The ranked measure.
   *
   * @return the measure
   */
  public abstract Measure measure();

  /**
   * The same areas with the lowest value first, ranked from 1 again; cuts and filters undone.
   *
   * @return the ascending ranking
   */
  public abstract Ranking ascending();

  /**
   * The same areas with the highest value first; cuts and filters undone.
   *
   * @return the descending ranking
   */
  public abstract Ranking descending();

  /**
   * The reporting years the ranking holds, ranked or left out.
   *
   * @return the years, in order
   */
  public abstract List<Integer> years();

  /**
   * The rows, in order: by year, each year in rank order.
   *
   * @return the rows
   */
  public abstract List<Ranked> rows();

  /**
   * What a reader needs to know about the rows: ties at a cut, filters applied.
   *
   * @return the notes
   */
  public abstract List<String> notes();

  // ------------------------------------------------------------------ cuts

  /**
   * The first {@code n} rows of each year, like SQL {@code FETCH FIRST n ROWS ONLY}. Rows tied
   * with the last one kept are cut, and {@link #notes()} and {@link #cutTies()} say so.
   *
   * @param n how many rows
   * @return the cut ranking
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public Ranking top(int n) {
    checkArgument(n > 0, "top(n) needs n > 0, got %s", n);
    return cut(n, false, false, "top");
  }

  /**
   * The first {@code n} rows of each year and every row tied with the {@code n}-th, like SQL
   * {@code FETCH FIRST n ROWS WITH TIES}.
   *
   * @param n how many rows before ties
   * @return the cut ranking
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public Ranking topWithTies(int n) {
    checkArgument(n > 0, "topWithTies(n) needs n > 0, got %s", n);
    return cut(n, false, true, "topWithTies");
  }

  /**
   * The last {@code n} rows of each year, the last first: for a descending ranking the lowest
   * values, lowest first. Each row keeps its rank; tied rows keep area-name order.
   *
   * @param n how many rows
   * @return the cut ranking
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public Ranking bottom(int n) {
    checkArgument(n > 0, "bottom(n) needs n > 0, got %s", n);
    return cut(n, true, false, "bottom");
  }

  /**
   * The last {@code n} rows of each year, the last first, and every row tied with the {@code
   * n}-th from the end.
   *
   * @param n how many rows before ties
   * @return the cut ranking
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public Ranking bottomWithTies(int n) {
    checkArgument(n > 0, "bottomWithTies(n) needs n > 0, got %s", n);
    return cut(n, true, true, "bottomWithTies");
  }

  /**
   * The {@code n} worst of each year by the measure's polarity, worst first, ranked so that 1 is
   * the worst: the highest caseloads, the lowest of a measure where higher is better.
   *
   * @param n how many rows
   * @return the cut ranking
   * @throws IllegalArgumentException if {@code n < 1}
   * @throws UnsupportedViewException if the measure has no better or worse direction
   */
  public Ranking worst(int n) {
    Polarity p = polarityFor("worst");
    Ranking r = p == Polarity.HIGHER_IS_WORSE ? descending() : ascending();
    return r.top(n).noted("Rank 1 is the worst " + measure().label().toLowerCase(java.util.Locale.ROOT)
        + (p == Polarity.HIGHER_IS_WORSE ? ": the highest." : ": the lowest."));
  }

  /**
   * The {@code n} best of each year by the measure's polarity, best first, ranked so that 1 is the
   * best: the lowest caseloads, the highest of a measure where higher is better.
   *
   * @param n how many rows
   * @return the cut ranking
   * @throws IllegalArgumentException if {@code n < 1}
   * @throws UnsupportedViewException if the measure has no better or worse direction
   */
  public Ranking best(int n) {
    Polarity p = polarityFor("best");
    Ranking r = p == Polarity.HIGHER_IS_WORSE ? ascending() : descending();
    return r.top(n).noted("Rank 1 is the best " + measure().label().toLowerCase(java.util.Locale.ROOT)
        + (p == Polarity.HIGHER_IS_WORSE ? ": the lowest." : ": the highest."));
  }

  /** Refuses a call that needs one year on a ranking that spans several. */
  void oneYear(String call) {
    List<Integer> years = years();
    if (years.size() > 1) {
      throw new UnsupportedViewException(call + " needs one year, the ranking spans "
          + years.get(0) + " to " + years.get(years.size() - 1) + "; rank year(y) instead");
    }
  }

  private Polarity polarityFor(String call) {
    Polarity p = measure().polarity();
    if (p == Polarity.NEUTRAL) {
      throw new UnsupportedViewException(call + "(n) follows a measure's polarity, and "
          + measure().label() + " is neither better nor worse when higher: use top(n) or bottom(n)");
    }
    return p;
  }

  /**
   * The rows a cut dropped although they tie with the last row it kept; empty when nothing was
   * cut or the cut kept ties.
   *
   * @return the tied rows cut
   */
  public List<Ranked> cutTies() {
    List<Ranked> out = new ArrayList<>();
    for (List<Ranked> year : byYear(rows())) {
      Ranked last = year.get(year.size() - 1);
      for (Ranked r : all()) {
        if (r.year() == last.year() && r.rank() == last.rank() && !year.contains(r)) {
          out.add(r);
        }
      }
    }
    return List.copyOf(out);
  }

  private Ranking cut(int n, boolean fromEnd, boolean withTies, String call) {
    List<Ranked> kept = new ArrayList<>();
    List<String> more = new ArrayList<>(notes());
    for (List<Ranked> year : byYear(rows())) {
      List<Ranked> order = fromEnd ? reverseKeepingTies(year) : year;
      int end = Math.min(n, order.size());
      int tied = end;
      while (tied < order.size() && order.get(tied).rank() == order.get(end - 1).rank()) {
        tied++;
      }
      if (withTies) {
        end = tied;
      } else if (tied > end) {
        List<String> names = new ArrayList<>();
        for (Ranked r : order.subList(end, tied)) {
          names.add(r.area().label());
        }
        int shown = 0;
        for (Ranked r : order.subList(0, end)) {
          shown += r.rank() == order.get(end - 1).rank() ? 1 : 0;
        }
        more.add((tied - end) + " more " + (tied - end == 1 ? "row ties" : "rows tie") + " at rank "
            + order.get(end - 1).rank() + (years().size() > 1 ? " in " + order.get(0).year() : "")
            + " with the " + (shown == 1 ? "last row" : shown + " last rows") + " shown ("
            + String.join(", ", names) + "): " + call + "WithTies(" + n + ") shows them.");
      }
      kept.addAll(order.subList(0, end));
    }
    return derive(kept, more, reversed() != fromEnd);
  }

  /** The rows in reverse order of rank, each tie kept in area-name order. */
  private static List<Ranked> reverseKeepingTies(List<Ranked> year) {
    List<Ranked> out = new ArrayList<>(year.size());
    int end = year.size();
    while (end > 0) {
      int start = end - 1;
      while (start > 0 && year.get(start - 1).rank() == year.get(end - 1).rank()) {
        start--;
      }
      out.addAll(year.subList(start, end));
      end = start;
    }
    return out;
  }

  private static List<List<Ranked>> byYear(List<Ranked> rows) {
    List<List<Ranked>> out = new ArrayList<>();
    for (Ranked r : rows) {
      if (out.isEmpty() || out.get(out.size() - 1).get(0).year() != r.year()) {
        out.add(new ArrayList<>());
      }
      out.get(out.size() - 1).add(r);
    }
    return out;
  }

  Ranking noted(String note) {
    List<String> more = new ArrayList<>(notes());
    more.add(note);
    return derive(rows(), more, reversed());
  }

  // ------------------------------------------------------------------ filters

  /**
   * The rows that satisfy a predicate; each keeps its rank.
   *
   * @param predicate the condition
   * @return the filtered ranking
   */
  public Ranking where(Predicate<Ranked> predicate) {
    checkNotNull(predicate, "predicate is null");
    return filtered(predicate, "Filtered by a condition; ranks are among all areas ranked.");
  }

  /**
   * The rows whose Ofsted judgement in force is one of the given grades; each keeps its rank.
   * Authorities with no judgement in force are left out, and {@link #notes()} says how many and
   * why where the joined judgements cannot say they had none: on a date before the earliest
   * judgement the file holds (Ofsted's workbook starts on 12 March 2018, so a 2017 ranking keeps
   * nothing), or judged under an older inspection published before it.
   *
   * <p>A combined return ({@code 314 / 318}, Kingston upon Thames with Richmond upon Thames) is
   * one set of figures for two councils that Ofsted inspects separately. It is kept only when
   * <em>every</em> partner has a judgement in force and each partner's grade is one of the
   * grades given: its figures are both councils', so they describe authorities of those grades
   * only when both councils are. So {@code grade(GOOD)} leaves out 314 / 318 in 2022
   * (Kingston upon Thames Outstanding, Richmond upon Thames Good) and {@code grade(OUTSTANDING,
   * GOOD)} keeps it; a partner with none in force leaves it out. A note names each combined
   * return ranked with a judgement in force, its partners' grades, and whether it was kept.
   *
   * @param first a grade
   * @param more further grades
   * @return the filtered ranking
   * @throws MissingJoinException if the workforce was not joined with judgements
   */
  public Ranking grade(Grade first, Grade... more) {
    checkNotNull(first, "first is null");
    checkNotNull(more, "more is null");
    requireJudgements("grade(...)");
    EnumSet<Grade> grades = EnumSet.of(first, more);
    List<String> labels = new ArrayList<>();
    grades.forEach(g -> labels.add(g.label()));
    Judgements judgements = context().judgements().orElseThrow();
    List<String> combined = new ArrayList<>();
    Predicate<Ranked> graded = r -> {
      if (r.judgement().isPresent() && r.area() instanceof Authority a && a.isCombined()) {
        PartnerJudgements p = PartnerJudgements.of(judgements, a,
            context().judgementDate().orElse(r.snapshot().censusDate()));
        boolean keep = p.allGraded(grades);
        combined.add(p.where() + " (" + partnerGrades(p) + ") " + (keep ? "kept" : "left out"));
        return keep;
      }
      return r.judgement().map(j -> grades.contains(j.overall())).orElse(false);
    };
    Ranking kept = filtered(graded, "Only areas judged " + String.join(" or ", labels)
        + " by Ofsted; ranks are among all areas ranked.");
    if (!combined.isEmpty()) {
      kept = kept.noted("Ofsted judges each council of a combined return separately; a combined "
          + "return is kept only when every council's judgement in force is "
          + (grades.size() == 1 ? labels.get(0) : "one of the grades asked for") + ": "
          + String.join("; ", combined) + ".");
    }
    // Say why authorities with no judgement in force were left out where the file cannot say
    // they had none: before its earliest judgement, or judged under an older inspection.
    JudgementNotes cover = new JudgementNotes(judgements);
    for (Ranked r : rows()) {
      if (r.area() instanceof Authority a) {
        cover.row(a, context().judgementDate().orElse(r.snapshot().censusDate()),
            r.judgement());
      }
    }
    for (String note : cover.gradeNotes()) {
      kept = kept.noted(note);
    }
    return kept;
  }

  /**
   * For example {@code Kingston upon Thames Outstanding, Richmond upon Thames Good}, or {@code
   * both Requires improvement to be good}.
   */
  private static String partnerGrades(PartnerJudgements p) {
    Optional<Grade> common = p.commonGrade();
    if (common.isPresent()) {
      return (p.partners().size() == 2 ? "both " : "all ") + common.get().label();
    }
    List<String> each = new ArrayList<>();
    for (PartnerJudgements.Partner x : p.partners()) {
      each.add(x.name() + " " + x.judgement().map(j -> j.overall().label())
          .orElse("none in force"));
    }
    return String.join(", ", each);
  }

  /**
   * The rows whose value is above England's in the same year (England's published figure for a
   * metric, the measure computed on England's row otherwise); each keeps its rank.
   *
   * @return the filtered ranking
   */
  public Ranking aboveEngland() {
    return against(false, true);
  }

  /**
   * The rows whose value is below England's in the same year; each keeps its rank.
   *
   * @return the filtered ranking
   */
  public Ranking belowEngland() {
    return against(false, false);
  }

  /**
   * The rows of authorities whose value is above their English region's in the same year (London
   * for Inner and Outer London boroughs); each keeps its rank.
   *
   * @return the filtered ranking
   */
  public Ranking aboveRegion() {
    return against(true, true);
  }

  /**
   * The rows of authorities whose value is below their English region's in the same year; each
   * keeps its rank.
   *
   * @return the filtered ranking
   */
  public Ranking belowRegion() {
    return against(true, false);
  }

  private Ranking against(boolean region, boolean above) {
    String word = above ? "above" : "below";
    String whose = region ? "their region's" : "England's";
    List<String> figures = new ArrayList<>();
    Predicate<Ranked> p = r -> {
      Optional<Area> ref = region
          ? (r.area() instanceof Authority a ? Optional.of(a.region().englishRegion())
              : Optional.empty())
          : Optional.of(England.INSTANCE);
      Optional<Double> v = ref.flatMap(a -> referenceValue(a, r.year()));
      if (!region && v.isPresent()) {
        String f = "England " + r.year() + ": " + Cell.of(v.get()).display(valueColumn());
        if (!figures.contains(f)) {
          figures.add(f);
        }
      }
      return v.isPresent() && (above ? r.value() > v.get() : r.value() < v.get());
    };
    Ranking filtered = filtered(p, "");
    String note = "Only areas " + word + " " + whose + " figure"
        + (figures.isEmpty() ? "" : " (" + String.join("; ", figures) + ")")
        + "; ranks are among all areas ranked.";
    return filtered.noted(note);
  }

  private Optional<Double> referenceValue(Area area, int year) {
    return context().finder().find(area, year)
        .map(s -> Measures.evaluate(measure(), s, context().finder()))
        .filter(Measures.Eval::ok).map(Measures.Eval::value);
  }

  private Ranking filtered(Predicate<Ranked> p, String note) {
    List<Ranked> kept = new ArrayList<>();
    for (Ranked r : rows()) {
      if (p.test(r)) {
        kept.add(r);
      }
    }
    List<String> more = new ArrayList<>(notes());
    if (!note.isEmpty()) {
      more.add(note);
    }
    return derive(kept, more, reversed());
  }
}
