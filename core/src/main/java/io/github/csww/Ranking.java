package io.github.csww;

import static io.github.csww.Checks.checkNotNull;

import io.github.csww.RankOrder.Entry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The areas of a view ordered by a {@link Measure}, highest first unless {@link #ascending()}:
 * a result that can be cut ({@link #top}, {@link #bottom}, {@link #best}, {@link #worst}),
 * filtered ({@link #grade}, {@link #aboveEngland()}, {@link #where}) and exported as it is
 * ({@link #format(Format)}). Immutable: every step returns a new ranking.
 *
 * <p>Ranks are standard competition ranks (1, 2, 2, 4) within each reporting year, like SQL's
 * {@code RANK() OVER (PARTITION BY year ORDER BY value DESC)}: a view of several years ranks each
 * year on its own and every row carries its year. Cuts and filters keep each row's rank. Inside a
 * tie, rows are in area-name order (ignoring case, then with case, then code), in both
 * directions, so the order is the same on every run. Areas without a number are never ranked;
 * {@link #leftOut()} lists each with its reason.
 *
 * <pre>{@code
 * Ranking r = workforce.year(2017).rankBy(Metric.CASELOAD);
 * r.top(5);                      // the five highest; knows who ties with the fifth
 * r.topWithTies(5);              // and every row tied with the fifth
 * r.bottom(5);                   // the five lowest, lowest first, each keeps its rank
 * r.worst(5);                    // by polarity: the highest caseloads, rank 1 the worst
 * r.rankOf("Staffordshire");     // by name, LA number, ONS code or authority
 * String csv = r.top(10).format(Format.CSV);
 * }</pre>
 */
public final class Ranking extends RankingSteps implements Result, Iterable<Ranked> {
  /**
   * What a ranking needs from its workforce: figures of other years, look-ups, joins, and the
   * region its view is narrowed to, which the table's title names (ranks are within it).
   */
  record Context(Measures.Finder finder, Lookup lookup, Optional<Judgements> judgements,
      Optional<LocalDate> judgementDate, Optional<Region> region) {}

  /** Resolves what a caller names to an area of the workforce. */
  @FunctionalInterface
  interface Lookup {
    Area resolve(String query, Set<Integer> years);
  }

  private final Measure measure;
  private final boolean ascending;
  private final List<Entry> entries;
  private final List<LeftOut> leftOut;
  private final Context context;
  /** Every ranked row, by year, each year in rank order. */
  private final List<Ranked> all;
  /** The rows kept by cuts and filters. */
  private final List<Ranked> rows;
  private final List<String> notes;
  /** Whether {@link #rows} run from the end of the ranking, as after {@link #bottom}. */
  private final boolean reversed;

  private Ranking(Measure measure, boolean ascending, List<Entry> entries, List<LeftOut> leftOut,
      Context context) {
    this.measure = measure;
    this.ascending = ascending;
    this.entries = entries;
    this.leftOut = leftOut;
    this.context = context;
    this.all = RankOrder.rank(measure, ascending, entries, context);
    this.rows = all;
    this.notes = List.of();
    this.reversed = false;
  }

  @Override
  List<Ranked> all() {
    return all;
  }

  @Override
  Context context() {
    return context;
  }

  @Override
  Ranking derive(List<Ranked> kept, List<String> withNotes, boolean reversed) {
    return new Ranking(this, kept, withNotes, reversed);
  }

  @Override
  boolean reversed() {
    return reversed;
  }

  private Ranking(Ranking base, List<Ranked> rows, List<String> notes, boolean reversed) {
    this.measure = base.measure;
    this.ascending = base.ascending;
    this.entries = base.entries;
    this.leftOut = base.leftOut;
    this.context = base.context;
    this.all = base.all;
    this.rows = List.copyOf(rows); // all itself when given all: ascending() tests rows == all
    this.notes = List.copyOf(notes);
    this.reversed = reversed;
  }

  /** Ranks the given snapshots by a measure; those without a number are left out. */
  static Ranking of(Measure measure, List<Snapshot> snapshots, Context context) {
    List<Entry> in = new ArrayList<>(snapshots.size());
    List<LeftOut> out = new ArrayList<>();
    for (Snapshot s : snapshots) {
      Measures.Eval e = Measures.evaluate(measure, s, context.finder());
      if (e.ok()) {
        in.add(new Entry(s, e.value()));
      } else {
        out.add(new LeftOut(s.area(), s.year(), measure, e.suppression(), e.reason()));
      }
    }
    return new Ranking(measure, false, List.copyOf(in), List.copyOf(out), context);
  }

  /** Ranks snapshots of one metric with no workforce around them (neighbours, bands). */
  static Ranking of(Metric metric, List<Snapshot> snapshots) {
    return of(metric, snapshots, Optional.empty());
  }

  /** Ranks snapshots of one metric, with judgements, with no other years to look at. */
  static Ranking of(Metric metric, List<Snapshot> snapshots, Optional<Judgements> judgements) {
    return of(metric, snapshots, new Context((a, y) -> Optional.empty(), (q, y) -> {
      throw new IllegalStateException("this ranking cannot look areas up by name");
    }, judgements, Optional.empty(), Optional.empty()));
  }

  // ------------------------------------------------------------------ what it is

  /**
   * The ranked measure.
   *
   * @return the measure
   */
  @Override
  public Measure measure() {
    return measure;
  }

  /**
   * True when the lowest value comes first.
   *
   * @return whether the ranking is ascending
   */
  public boolean isAscending() {
    return ascending;
  }

  /**
   * The same areas with the lowest value first, ranked from 1 again; cuts and filters are undone.
   *
   * @return the ascending ranking
   */
  @Override
  public Ranking ascending() {
    return ascending && rows == all ? this : new Ranking(measure, true, entries, leftOut, context);
  }

  /**
   * The same areas with the highest value first (the default); cuts and filters are undone.
   *
   * @return the descending ranking
   */
  @Override
  public Ranking descending() {
    return !ascending && rows == all ? this
        : new Ranking(measure, false, entries, leftOut, context);
  }

  /**
   * The reporting years the ranking holds, ranked or left out.
   *
   * @return the years, in order
   */
  @Override
  public List<Integer> years() {
    Set<Integer> years = new TreeSet<>();
    entries.forEach(e -> years.add(e.snapshot().year()));
    leftOut.forEach(l -> years.add(l.year()));
    return List.copyOf(years);
  }

  /**
   * The rows, in order: by year, each year in rank order.
   *
   * @return the rows
   */
  @Override
  public List<Ranked> rows() {
    return rows;
  }

  @Override
  public Iterator<Ranked> iterator() {
    return rows.iterator();
  }

  /**
   * How many rows there are.
   *
   * @return the count
   */
  public int size() {
    return rows.size();
  }

  /**
   * The areas left out because the measure has no number for them, each with its reason.
   *
   * @return the left-out areas
   */
  public List<LeftOut> leftOut() {
    return leftOut;
  }

  /**
   * What a reader needs to know about the rows: ties at a cut, filters applied.
   *
   * @return the notes
   */
  @Override
  public List<String> notes() {
    return notes;
  }

  // ------------------------------------------------------------------ single rows

  /**
   * The first row, or empty when there is none.
   *
   * @return the first row
   * @throws UnsupportedViewException if the ranking spans several years
   */
  public Optional<Ranked> first() {
    oneYear("first()");
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /**
   * The only row.
   *
   * @return the row
   * @throws IllegalStateException if there are no rows or more than one
   */
  public Ranked single() {
    if (rows.size() != 1) {
      throw new IllegalStateException("single() expects exactly one row, found " + rows.size());
    }
    return rows.get(0);
  }

  /**
   * The row of an area, by any form a look-up accepts: a name, an LA number or an ONS code.
   * Empty when the area is not among the rows (left out, filtered or cut).
   *
   * @param query a name, LA number or ONS code
   * @return the row
   * @throws UnknownAreaException if nothing, or more than one area, matches
   * @throws UnsupportedViewException if the ranking spans several years
   * @throws IllegalStateException if the ranking was not made by {@link
   *     Workforce#rankBy(Measure)} and so has no workforce to look names up in (the ranking of a
   *     {@link NeighbourComparison#ranking() neighbour comparison}): use {@link #rankOf(Area)}
   */
  public Optional<Ranked> rankOf(String query) {
    checkNotNull(query, "query is null");
    oneYear("rankOf(...)");
    return rankOf(context.lookup().resolve(query, Set.copyOf(years())));
  }

  /**
   * The row of an area. Empty when the area is not among the rows (left out, filtered or cut).
   *
   * @param area the area
   * @return the row
   * @throws UnsupportedViewException if the ranking spans several years
   */
  public Optional<Ranked> rankOf(Area area) {
    checkNotNull(area, "area is null");
    oneYear("rankOf(...)");
    for (Ranked r : rows) {
      if (r.area().equals(area)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ judgements

  /**
   * The same ranking with each row's judgement the one in force on a date rather than on the
   * row's census date, for example the judgements in force when a report was written.
   *
   * @param date the date
   * @return the ranking, with cuts and filters undone
   * @throws MissingJoinException if the workforce was not joined with judgements
   */
  public Ranking judgementsAt(LocalDate date) {
    checkNotNull(date, "date is null");
    requireJudgements("judgementsAt(...)");
    return new Ranking(measure, ascending, entries, leftOut, new Context(context.finder(),
        context.lookup(), context.judgements(), Optional.of(date), context.region()));
  }

  /**
   * True when the rows carry the judgements joined to the workforce.
   *
   * @return whether judgements are joined
   */
  public boolean hasJudgements() {
    return context.judgements().isPresent();
  }

  /**
   * The date judgements are looked up at, when {@link #judgementsAt(LocalDate)} set one; empty
   * when each row uses its census date or there are no judgements.
   *
   * @return the date
   */
  public Optional<LocalDate> judgementDate() {
    return context.judgementDate();
  }

  /** The judgements joined, to say what they cover; call only when {@link #hasJudgements()}. */
  Judgements joinedJudgements() {
    return context.judgements().orElseThrow();
  }

  @Override
  void requireJudgements(String call) {
    if (context.judgements().isEmpty()) {
      throw new MissingJoinException(call, "withJudgements");
    }
  }

  // ------------------------------------------------------------------ the table

  @Override
  Column valueColumn() {
    List<Column> c = Measures.columns(measure);
    return c.get(c.size() - 1);
  }

  /**
   * The ranking as a table: rank, year, area, region, the measure (and the figures it is computed
   * from), and the judgement where joined; left-out areas as rows with their reason. The title
   * names the measure, the region of a view narrowed to one ({@code Average caseload (cases per
   * FTE), London, 2025, highest first}, with a note that ranks are within it), the years and the
   * order.
   *
   * @return the table
   */
  @Override
  public Table table() {
    return RankingTable.of(this, measure, rows, leftOut, notes, context);
  }

  /** For example {@code Ranking[CASELOAD descending, 151 rows, 2 left out]}. */
  @Override
  public String toString() {
    return "Ranking[" + measure + (ascending ? " ascending, " : " descending, ") + rows.size()
        + " rows, " + leftOut.size() + " left out]";
  }
}
