package io.github.csww;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The snapshots of a view ordered by one metric: highest value first unless {@link #ascending()}.
 *
 * <p>Ranks are standard competition ranks (1, 2, 2, 4). Inside a tie, rows are ordered by area
 * name ignoring case (then, for names that differ only in case, with case), then ONS code, then
 * year, so the order is the same on every run, and {@link #ascending()} orders ties the same
 * way. {@link #bottom(int)} reads the ranking from its end, so inside a tie its rows come in the
 * reverse of that order; for the lowest values with ties in name order use {@code
 * ascending().top(n)}. Areas
 * whose value is suppressed never enter the ranking; they are listed by {@link #leftOut()} with
 * the reason. A ranking is immutable: {@link #ascending()} returns a new one.
 *
 * <pre>{@code
 * Ranking r = workforce.year(2017).rankBy(Metric.CASELOAD);
 * List<Ranked> highest = r.top(5);           // highest caseload first
 * List<Ranked> lowest = r.bottom(5);         // lowest first, each keeps its rank
 * List<Ranked> withTies = r.topWithTies(5);  // and every row tied with the fifth
 * Optional<Ranked> staffs = r.rankOf(staffordshire);
 * }</pre>
 */
public final class Ranking {
  private static final Comparator<Snapshot> TIE_ORDER =
      Comparator.<Snapshot, String>comparing(s -> s.area().name(), String.CASE_INSENSITIVE_ORDER)
          .thenComparing(s -> s.area().name())
          .thenComparing(s -> s.area().code())
          .thenComparingInt(Snapshot::year);

  private final Metric metric;
  private final boolean ascending;
  private final ImmutableList<Ranked> rows;
  private final ImmutableList<LeftOut> leftOut;
  private final ImmutableList<Snapshot> ranked;
  /** Judgements joined to the workforce, and the date to look them up at (empty: census date). */
  private final Optional<Judgements> judgements;
  private final Optional<LocalDate> judgementDate;

  private Ranking(Metric metric, boolean ascending, ImmutableList<Snapshot> ranked,
      ImmutableList<LeftOut> leftOut) {
    this(metric, ascending, ranked, leftOut, Optional.empty(), Optional.empty());
  }

  private Ranking(Metric metric, boolean ascending, ImmutableList<Snapshot> ranked,
      ImmutableList<LeftOut> leftOut, Optional<Judgements> judgements,
      Optional<LocalDate> judgementDate) {
    this.metric = metric;
    this.ascending = ascending;
    this.ranked = ranked;
    this.leftOut = leftOut;
    this.judgements = judgements;
    this.judgementDate = judgementDate;
    this.rows = rank(metric, ascending, ranked, judgements, judgementDate);
  }

  /** Ranks the given snapshots; those whose value is suppressed are left out. */
  static Ranking of(Metric metric, List<Snapshot> snapshots) {
    ImmutableList.Builder<Snapshot> in = ImmutableList.builder();
    ImmutableList.Builder<LeftOut> out = ImmutableList.builder();
    for (Snapshot s : snapshots) {
      if (s.has(metric)) {
        in.add(s);
      } else {
        out.add(new LeftOut(s.area(), s.year(), metric,
            s.value(metric).suppression().orElseThrow()));
      }
    }
    return new Ranking(metric, false, in.build(), out.build());
  }

  private static ImmutableList<Ranked> rank(Metric metric, boolean ascending,
      List<Snapshot> snapshots, Optional<Judgements> judgements,
      Optional<LocalDate> judgementDate) {
    // Read each value once: a snapshot unpacks its cells on every read.
    record Keyed(double value, Snapshot snapshot) {}
    List<Keyed> keyed = new ArrayList<>(snapshots.size());
    for (Snapshot s : snapshots) {
      keyed.add(new Keyed(s.number(metric), s));
    }
    Comparator<Keyed> byValue = Comparator.comparingDouble(Keyed::value);
    if (!ascending) {
      byValue = byValue.reversed();
    }
    keyed.sort(byValue.thenComparing(Keyed::snapshot, TIE_ORDER));
    List<Snapshot> sorted = new ArrayList<>(keyed.size());
    for (Keyed k : keyed) {
      sorted.add(k.snapshot());
    }
    ImmutableList.Builder<Ranked> out = ImmutableList.builderWithExpectedSize(sorted.size());
    int rank = 0;
    double previous = Double.NaN;
    for (int i = 0; i < sorted.size(); i++) {
      double v = sorted.get(i).number(metric);
      if (i == 0 || Double.compare(v, previous) != 0) {
        rank = i + 1;
        previous = v;
      }
      out.add(new Ranked(rank, sorted.get(i), metric, v,
          judgementOf(sorted.get(i), judgements, judgementDate)));
    }
    return out.build();
  }

  /** The ranked metric. */
  public Metric metric() {
    return metric;
  }

  /** True when the lowest value comes first. */
  public boolean isAscending() {
    return ascending;
  }

  /** The same rows with the lowest value first, ranked from 1 again. */
  public Ranking ascending() {
    return ascending ? this
        : new Ranking(metric, true, ranked, leftOut, judgements, judgementDate);
  }

  /** The same rows with the highest value first (the default). */
  public Ranking descending() {
    return ascending
        ? new Ranking(metric, false, ranked, leftOut, judgements, judgementDate) : this;
  }

  /** Every ranked row, in order. */
  public List<Ranked> rows() {
    return rows;
  }

  /** How many rows are ranked (suppressed ones are not counted). */
  public int size() {
    return rows.size();
  }

  /**
   * The first {@code n} rows, or all of them when there are fewer.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public List<Ranked> top(int n) {
    checkArgument(n > 0, "top(n) needs n > 0, got %s", n);
    return rows.subList(0, Math.min(n, rows.size()));
  }

  /**
   * The first {@code n} rows and every further row tied with the {@code n}-th, like SQL {@code
   * FETCH FIRST n ROWS WITH TIES}.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public List<Ranked> topWithTies(int n) {
    checkArgument(n > 0, "topWithTies(n) needs n > 0, got %s", n);
    if (n >= rows.size()) {
      return rows;
    }
    int end = n;
    double last = rows.get(n - 1).value();
    while (end < rows.size() && Double.compare(rows.get(end).value(), last) == 0) {
      end++;
    }
    return rows.subList(0, end);
  }

  /**
   * The last {@code n} rows, the last first: for a descending ranking, the lowest values,
   * lowest first. Each row keeps its rank in this ranking. This is the exact reverse of the end
   * of {@link #rows()}, so tied rows come in reverse tie order.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public List<Ranked> bottom(int n) {
    checkArgument(n > 0, "bottom(n) needs n > 0, got %s", n);
    return rows.reverse().subList(0, Math.min(n, rows.size()));
  }

  /**
   * The last {@code n} rows, the last first, and every further row tied with the {@code n}-th
   * from the end.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public List<Ranked> bottomWithTies(int n) {
    checkArgument(n > 0, "bottomWithTies(n) needs n > 0, got %s", n);
    ImmutableList<Ranked> reversed = rows.reverse();
    if (n >= reversed.size()) {
      return reversed;
    }
    int end = n;
    double last = reversed.get(n - 1).value();
    while (end < reversed.size() && Double.compare(reversed.get(end).value(), last) == 0) {
      end++;
    }
    return reversed.subList(0, end);
  }

  /** The first row, or empty when nothing was ranked. */
  public Optional<Ranked> first() {
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /**
   * The only row.
   *
   * @throws IllegalStateException if there are no rows or more than one
   */
  public Ranked single() {
    if (rows.size() != 1) {
      throw new IllegalStateException("single() expects exactly one ranked row, found "
          + rows.size());
    }
    return rows.get(0);
  }

  /**
   * The row of an area; when the ranking spans several years, its best-placed row. Empty when the
   * area is not ranked (absent, or its value suppressed: see {@link #leftOut()}). Authorities are
   * matched by LA number(s).
   */
  public Optional<Ranked> rankOf(Area area) {
    checkNotNull(area, "area is null");
    for (Ranked r : rows) {
      if (Areas.same(r.area(), area)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The areas left out because their value is suppressed, each with its reason. */
  public List<LeftOut> leftOut() {
    return leftOut;
  }

  /**
   * The whole ranking as an aligned text table: rank, area, year, value and unit, and, when the
   * workforce was joined with judgements, each row's judgement and its publication date.
   */
  public String table() {
    return judgements.isPresent() ? TextTable.rankingWithJudgements(rows)
        : TextTable.ranking(rows);
  }

  // ---------------------------------------------------------------- judgements

  /**
   * The same ranking with each row's {@link Ranked#judgement()} the judgement in force on the
   * given date rather than on the row's census date: for example the judgements in force when a
   * report was written.
   *
   * <pre>{@code
   * workforce.withJudgements(ofsted).year(2025).rankBy(Metric.CASELOAD)
   *     .judgementsAt(LocalDate.of(2025, 3, 31)).top(10);
   * }</pre>
   *
   * @throws IllegalStateException if the workforce was not joined with judgements ({@link
   *     Workforce#withJudgements(Judgements)})
   */
  public Ranking judgementsAt(LocalDate date) {
    checkNotNull(date, "date is null");
    if (judgements.isEmpty()) {
      throw new IllegalStateException("this ranking has no Ofsted judgements: rank a workforce "
          + "made by withJudgements(...)");
    }
    return new Ranking(metric, ascending, ranked, leftOut, judgements, Optional.of(date));
  }

  /** True when the rows carry the judgements joined to the workforce. */
  public boolean hasJudgements() {
    return judgements.isPresent();
  }

  /**
   * The date judgements are looked up at, when {@link #judgementsAt(LocalDate)} set one; empty
   * when each row uses its census date (30 September of its year) or there are no judgements.
   */
  public Optional<LocalDate> judgementDate() {
    return judgementDate;
  }

  /** The same ranking whose rows carry the judgements in force on their census dates. */
  Ranking withJudgements(Optional<Judgements> joined) {
    return joined.isEmpty() && judgements.isEmpty() ? this
        : new Ranking(metric, ascending, ranked, leftOut, joined, Optional.empty());
  }

  private static Optional<Judgement> judgementOf(Snapshot s, Optional<Judgements> judgements,
      Optional<LocalDate> date) {
    if (judgements.isEmpty() || !(s.area() instanceof Authority a)) {
      return Optional.empty();
    }
    return judgements.get().inForce(a, date.orElse(s.censusDate()));
  }

  /** For example {@code Ranking[CASELOAD descending, 151 ranked, 2 left out]}. */
  @Override
  public String toString() {
    return "Ranking[" + metric + (ascending ? " ascending, " : " descending, ") + rows.size()
        + " ranked, " + leftOut.size() + " left out]";
  }
}
