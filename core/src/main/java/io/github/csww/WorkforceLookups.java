package io.github.csww;

import static io.github.csww.Checks.checkNotNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The look-ups of a {@link Workforce} view: the years and snapshots it holds, its authorities, and
 * the statistical neighbour model and Ofsted judgements it is joined with. Package-private, so its
 * public methods are documented and called as {@code Workforce}'s (as {@code StringBuilder}'s
 * come from {@code AbstractStringBuilder}); {@link Workforce} keeps loading and the narrowing
 * steps, {@link WorkforceQueries} the queries.
 */
abstract sealed class WorkforceLookups extends WorkforceQueries permits Workforce {

  WorkforceLookups() {}

  /** The same view of the same snapshots with other joins. */
  abstract Workforce withJoins(Joins joins);

  // ---------------------------------------------------------------- reading the view

  /**
   * The reporting years present in the view.
   *
   * @return the years, in ascending order; empty when the view holds no snapshots
   */
  public SortedSet<Integer> years() {
    TreeSet<Integer> out = new TreeSet<>();
    for (Snapshot s : snapshots()) {
      out.add(s.year());
    }
    return Collections.unmodifiableSortedSet(out);
  }

  /**
   * The latest reporting year in the view.
   *
   * @return the year, for example {@code 2025}
   * @throws IllegalStateException if the view is empty
   */
  public int latestYear() {
    List<Snapshot> all = snapshots();
    if (all.isEmpty()) {
      throw new IllegalStateException("the view holds no snapshots" + data().emptyHint());
    }
    return all.get(all.size() - 1).year();
  }

  /**
   * The snapshot of an area in the view's year (the latest year present when the view does not
   * name one), or empty. Any level is searched, whatever levels the view selects.
   *
   * @param area England, a region or an authority
   * @return the snapshot, or empty when the area has no row that year or the view's region or
   *     predicates exclude it
   */
  public Optional<Snapshot> snapshot(Area area) {
    checkNotNull(area, "area is null");
    ViewDefaults view = defaults();
    for (Snapshot s : view.latestYearOf(data().select(filter().levels(null)))) {
      if (s.area().equals(area)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The England snapshot of the view's year (the latest year when it names none), or empty.
   *
   * @return the published national row, or empty when the file has none that year or the view
   *     selects a region (England is in none) or a predicate England's row fails
   */
  public Optional<Snapshot> england() {
    return snapshot(England.INSTANCE);
  }

  // ---------------------------------------------------------------- authorities

  /**
   * Every authority in the whole workforce, by name, whatever the view selects.
   *
   * @return the authorities, each with every code and name it has had
   */
  public Set<Authority> authorities() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(data().directory().authorities()));
  }

  /**
   * Finds an authority by name (ignoring case and punctuation: "Kingston upon Hull" finds
   * "Kingston upon Hull, City of"; either partner's name finds a combined return; whole words of
   * one authority's names alone find it, "Richmond" the return of Kingston upon Thames and Richmond
   * upon Thames), LA number ({@code "860"}, {@code "314 / 318"}) or any ONS code it has had, in the
   * whole workforce, whatever the view selects.
   *
   * @param query a name, LA number or ONS code
   * @return the authority, or empty when none or several match (a name two authorities of the
   *     workforce have held, such as "Dorset" in a file of 2017 to 2025, matches both: use its LA
   *     number or ONS code, or {@link #authority(String)} on a view of the years it reported)
   */
  public Optional<Authority> find(String query) {
    checkNotNull(query, "query is null");
    return data().directory().find(query);
  }

  /**
   * An authority's snapshots across the years of the view.
   *
   * @param query a name, LA number or ONS code, as for {@link #find(String)}; a name that several
   *     authorities have held ("Dorset") means the one that reported in the view's years: Dorset
   *     (835) in a view of 2017, Dorset (838) in a view of 2019 on; a view that covers both
   *     (years 2017 to 2019, or a view that names no years, which covers every year) names both
   * @return the authority's view, its snapshots oldest first
   * @throws UnknownAreaException if no authority matches, naming the closest names, or if
   *     several do, naming each ({@link UnknownAreaException#isAmbiguous()})
   */
  public AuthorityView authority(String query) {
    checkNotNull(query, "query is null");
    return authority(data().directory().resolve(query, viewYears()));
  }

  /**
   * An authority's snapshots across the years of the view. The authority is matched by LA
   * number(s), so a copy with a shorter code history finds the workforce's own.
   *
   * @param authority an authority, of this workforce or another
   * @return the view of the workforce's own authority, its snapshots oldest first
   * @throws UnknownAreaException if the workforce holds no authority with its LA number(s)
   */
  public AuthorityView authority(Authority authority) {
    checkNotNull(authority, "authority is null");
    Authority own = data().directory().resolve(authority.laNumber());
    return new AuthorityView(own, defaults().rowsOf(own), (Workforce) this);
  }

  /**
   * What the load that made this workforce read, kept and skipped: rows read = rows kept + rows
   * skipped, each skipped row with its line and reason.
   *
   * @return the report; for a workforce made by {@link Workforce#of(java.util.Collection)}, one of that many rows
   *     kept and none skipped
   */
  public LoadReport report() {
    return data().report;
  }

  // ---------------------------------------------------------------- neighbours and judgements

  /**
   * The same view joined with DfE's statistical neighbour model: {@link
   * AuthorityView#neighbours()} and {@link AuthorityView#againstNeighbours(Metric)} use it, and
   * every view made from the result keeps it. Replaces a model joined before.
   *
   * <pre>{@code
   * Workforce wf = Workforce.load(csv)
   *     .withNeighbours(StatisticalNeighboursReader.read(Path.of("sn_model_2025_wide.csv")));
   * wf.authority("Staffordshire").againstNeighbours(Metric.CASELOAD);
   * }</pre>
   *
   * @param neighbours the model, as {@code StatisticalNeighboursReader} reads it
   * @return the same view with the model joined
   */
  public Workforce withNeighbours(StatisticalNeighbours neighbours) {
    checkNotNull(neighbours, "neighbours is null");
    return withJoins(data().joins.withNeighbours(neighbours));
  }

  /**
   * The same view joined with Ofsted judgements: every {@link Ranked} row of {@link
   * #rankBy(Metric)} then carries the judgement in force for its authority on its census date
   * (30 September of its year; {@link Ranking#judgementsAt(LocalDate)} for another
   * date), and so do neighbour comparisons. Every view made from the result keeps them. Replaces
   * judgements joined before. Judgements whose ONS code no authority holds are listed by {@link
   * Judgements#unmatched(Workforce)}.
   *
   * <pre>{@code
   * Workforce wf = workforce.withJudgements(OfstedReader.read(ods));
   * for (Ranked r : wf.year(2025).rankBy(Metric.CASELOAD).top(5)) {
   *   System.out.println(r + " " + r.judgement().map(j -> j.overall().label()).orElse("none"));
   * }
   * }</pre>
   *
   * @param judgements the judgements, as {@code OfstedReader} reads them
   * @return the same view with the judgements joined
   */
  public Workforce withJudgements(Judgements judgements) {
    checkNotNull(judgements, "judgements is null");
    return withJoins(data().joins.withJudgements(judgements));
  }

  /**
   * The statistical neighbour model joined by {@link #withNeighbours}, or empty.
   *
   * @return the model
   */
  public Optional<StatisticalNeighbours> neighbours() {
    return data().joins.neighbours;
  }

  /**
   * The judgements joined by {@link #withJudgements}, or empty.
   *
   * @return the judgements
   */
  public Optional<Judgements> judgements() {
    return data().joins.judgements;
  }

  /**
   * The judgement in force for an authority on the census date of the view's year (30
   * September of the latest year in the view): the latest one published on or before it.
   *
   * @param authority the authority, matched through every ONS code it has had
   * @return the judgement, or empty when none was published by that date
   * @throws MissingJoinException if no judgements are joined
   * @throws IllegalStateException if the view is empty
   */
  public Optional<Judgement> judgement(Authority authority) {
    checkNotNull(authority, "authority is null");
    return judgementAt(authority, LocalDate.of(latestYear(), 9, 30));
  }

  /**
   * The judgement in force for an authority at a date: the latest one published on or before
   * it, matched through every ONS code the authority has had.
   *
   * @param authority the authority
   * @param date the date, for example a census date or the day a report was written
   * @return the judgement, or empty when none was published by that date
   * @throws MissingJoinException if no judgements are joined
   */
  public Optional<Judgement> judgementAt(Authority authority, LocalDate date) {
    checkNotNull(authority, "authority is null");
    checkNotNull(date, "date is null");
    return requireJudgements().inForce(authority, date);
  }

  @Override
  Judgements requireJudgements() {
    return data().joins.judgements.orElseThrow(() -> new MissingJoinException(
        "this query", "withJudgements"));
  }

  /** The snapshot of an area in a year in the whole workforce, whatever the view selects. */
  Optional<Snapshot> find(Area area, int year) {
    return data().find(area, year);
  }

  /** The authority of the whole workforce with the given LA number among its numbers. */
  Optional<Authority> authorityWithNumber(int laNumber) {
    return data().directory().withNumber(laNumber);
  }
}
