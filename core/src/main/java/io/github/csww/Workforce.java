package io.github.csww;

import java.util.SortedSet;
import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.github.csww.spi.WorkforceReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An immutable collection of {@link Snapshot}s, and every query on them: each narrowing step
 * returns a new view over the same data, without copying it, that can be stored and reused.
 *
 * <p>A view selects snapshots by year, level, region and predicates. Each step narrows the view it
 * is called on, so the steps commute: {@code year(2017).years(2016, 2018)} is 2017, {@code
 * region(LONDON).region(INNER_LONDON)} is Inner London, and two regions that do not overlap
 * select nothing. Where a query needs one year
 * or one level and the view does not say, it uses the latest year present and local authorities:
 * {@code workforce.rankBy(CASELOAD)} ranks the authorities of the latest year.
 *
 * <pre>{@code
 * Workforce wf = Workforce.load(Path.of("csww_indicators_2017_to_2025.csv"));
 * Ranking worst = wf.rankBy(CASELOAD).top(5);                // latest year, LAs, highest first
 * wf.year(2017).region(Region.LONDON).rankBy(AGENCY_RATE).bottom(3);
 * Aggregate england = wf.year(2017).aggregate(CASELOAD);      // Σ cases / Σ case holders
 * AuthorityView somerset = wf.authority("Somerset");          // across its code change
 * }</pre>
 */
public final class Workforce extends WorkforceQueries {

  private final Data data;
  private final ViewFilter filter;

  @Override
  Data data() {
    return data;
  }

  @Override
  ViewFilter filter() {
    return filter;
  }

  private Workforce(Data data, ViewFilter filter) {
    this.data = data;
    this.filter = filter;
  }

  /**
   * A workforce of the given snapshots. Snapshots of the same LA number(s) in different years are
   * joined into one {@link Authority} that keeps every code and name, oldest first. The report
   * says the snapshots were made in memory: as many kept as given, none skipped.
   *
   * @param snapshots the snapshots, of any areas, levels and years, in any order; none may be
   *     null
   * @return a workforce whose view selects every snapshot
   * @throws IllegalArgumentException if two snapshots are for the same area and year
   */
  public static Workforce of(Collection<Snapshot> snapshots) {
    checkNotNull(snapshots, "snapshots is null");
    return of(snapshots, LoadReport.inMemory(snapshots.size()));
  }

  /**
   * A workforce of the given snapshots with the report of the load that read them; for readers.
   *
   * @param snapshots the snapshots kept by the load, of any areas, levels and years, in any order;
   *     none may be null
   * @param report what the load read, kept and skipped, returned as it is by {@link #report()}
   * @return a workforce whose view selects every snapshot
   * @throws IllegalArgumentException if two snapshots are for the same area and year
   */
  public static Workforce of(Collection<Snapshot> snapshots, LoadReport report) {
    checkNotNull(snapshots, "snapshots is null");
    checkNotNull(report, "report is null");
    return new Workforce(Data.of(snapshots, report), ViewFilter.ALL);
  }

  /**
   * Reads a file through the first {@link WorkforceReader} on the class or module path that
   * accepts it (add {@code io.github.csww:csww-io} for the published CSV files and JSON). Strict:
   * the first bad cell refuses the file.
   *
   * @param path the file: an EES CSV in either column layout, or JSON written by csww-io
   * @return every snapshot of the file, joined across code changes; {@link #report()} says what
   *     was read
   * @throws LoadException naming the file, line and column when the data cannot be read; also when
   *     the file does not exist, is a directory, is over a {@link LoadLimits limit} or no
   *     installed reader accepts it
   * @throws IOException if the file cannot be read
   * @throws IllegalStateException if no reader is installed, naming the artifact to add
   */
  public static Workforce load(Path path) throws IOException {
    return load(path, LoadOptions.strict());
  }

  /**
   * Reads a file, strictly or leniently: a lenient load skips bad rows and lists every one in
   * {@link #report()}. A file over one of the options' {@link LoadLimits} is refused either way.
   *
   * @param path the file: an EES CSV in either column layout, or JSON written by csww-io
   * @param options strict or lenient, and the limits the file must keep within
   * @return the snapshots kept, joined across code changes, with the report of the load
   * @throws LoadException naming the file, line and column when the data cannot be read (in a
   *     lenient load, a fault that skipping rows cannot mend, such as a missing required column
   *     or a file over a limit); also when the file does not exist, is a directory or no
   *     installed reader accepts it
   * @throws IOException if the file cannot be read
   * @throws IllegalStateException if no reader is installed, naming the artifact to add
   * @see #load(Path)
   */
  public static Workforce load(Path path, LoadOptions options) throws IOException {
    return Readers.load(path, options);
  }

  /**
   * Reads a stream, for example a class-path resource; the caller closes it.
   *
   * @param in the bytes
   * @param sourceName a name for messages and for choosing a reader, for example {@code
   *     "sample.csv"}
   * @return every snapshot of the stream, joined across code changes
   * @throws LoadException naming the source, line and column when the data cannot be read, or
   *     when no installed reader accepts it
   * @throws IOException if the stream cannot be read
   * @throws IllegalStateException if no reader is installed, naming the artifact to add
   * @see #load(Path)
   */
  public static Workforce load(InputStream in, String sourceName) throws IOException {
    return load(in, sourceName, LoadOptions.strict());
  }

  /**
   * Reads a stream, strictly or leniently; the caller closes it.
   *
   * @param in the bytes
   * @param sourceName a name for messages and for choosing a reader, for example {@code
   *     "sample.csv"}
   * @param options strict or lenient, and the limits the data must keep within
   * @return the snapshots kept, joined across code changes, with the report of the load
   * @throws LoadException naming the source, line and column when the data cannot be read, or
   *     when no installed reader accepts it
   * @throws IOException if the stream cannot be read
   * @throws IllegalStateException if no reader is installed, naming the artifact to add
   * @see #load(InputStream, String)
   * @see #load(Path, LoadOptions)
   */
  public static Workforce load(InputStream in, String sourceName, LoadOptions options)
      throws IOException {
    return Readers.load(in, sourceName, options);
  }

  /**
   * Two releases side by side: every (area, year, metric) whose published value was revised,
   * with both values, and the area-years present in only one release (see {@link ReleaseDiff}).
   * Either EES layout may be on either side.
   *
   * <pre>{@code
   * ReleaseDiff d = Workforce.diff(Workforce.load(release2022), Workforce.load(release2025));
   * }</pre>
   *
   * @param older the older release
   * @param newer the newer release
   * @return the differences
   */
  public static ReleaseDiff diff(Workforce older, Workforce newer) {
    checkNotNull(older, "older is null");
    checkNotNull(newer, "newer is null");
    return ReleaseDiff.of(older, newer);
  }

  /**
   * The same workforce on a comparable geography: the authorities of each known {@link
   * Reorganisation} re-aggregated into one stable unit for every year (Cumbria = Cumbria to 2022,
   * Cumberland + Westmorland and Furness from 2023), counts summed and rates recomputed as Σ
   * numerator / Σ denominator, so a trend runs across the break. The units are derived figures,
   * not published ones, and their names say so; a unit's figure is {@code x} in a year where a
   * member's part is suppressed. Regional and national rows are unchanged.
   *
   * <pre>{@code
   * workforce.comparableGeography().trend("909", Metric.CASELOAD);   // 2017..2025
   * }</pre>
   *
   * @return the re-aggregated workforce
   */
  public Workforce comparableGeography() {
    return Workforce.of(ComparableGeography.of(snapshots()));
  }

  // ---------------------------------------------------------------- views

  /**
   * The view's snapshots of one reporting year (none if the view has excluded that year).
   *
   * @param year the reporting year, for example {@code 2017} for 30 September 2017
   * @return the narrowed view
   * @throws UnsupportedViewException if the workforce has no figures for that year, naming the
   *     years it has; {@link #years(int, int)} behaves the same for a range with no year present
   */
  @Override
  public Workforce year(int year) {
    if (!data.years.contains(year)) {
      throw new UnsupportedViewException("no figures for " + year + "; years present: "
          + data.yearsText());
    }
    return new Workforce(data, filter.andYears(year, year));
  }

  /**
   * The view's snapshots of the reporting years {@code from} to {@code to}, both included.
   *
   * @param from the first reporting year, for example {@code 2017}
   * @param to the last reporting year, not before {@code from}
   * @return the narrowed view
   * @throws IllegalArgumentException if {@code from > to}
   * @throws UnsupportedViewException if the workforce has no figures for any year of the range,
   *     naming the years it has
   */
  public Workforce years(int from, int to) {
    checkArgument(from <= to, "years(from, to) needs from <= to, got %s and %s", from, to);
    if (data.years.subSet(from, true, to, true).isEmpty()) {
      throw new UnsupportedViewException("no figures for " + (from == to ? from : from + " to "
          + to) + "; years present: " + data.yearsText());
    }
    return new Workforce(data, filter.andYears(from, to));
  }

  /**
   * The view's snapshots at the given geographic levels: {@link Level#NATIONAL} for England,
   * {@link Level#REGIONAL} for the regions (Inner and Outer London among them), {@link
   * Level#LOCAL_AUTHORITY} for the authorities. Queries that need one level and are not told use
   * local authorities.
   *
   * @param first a level
   * @param more further levels
   * @return the narrowed view
   */
  public Workforce level(Level first, Level... more) {
    checkNotNull(first, "first is null");
    checkNotNull(more, "more is null");
    EnumSet<Level> levels = EnumSet.of(first, more);
    return new Workforce(data, filter.andLevels(levels));
  }

  /**
   * The view's snapshots of areas in a region: its authorities and its regional rows. {@link
   * Region#LONDON} includes Inner and Outer London. England is not in any region.
   *
   * @param region the region, one of the nine English regions or Inner or Outer London
   * @return the narrowed view
   */
  public Workforce region(Region region) {
    checkNotNull(region, "region is null");
    return new Workforce(data, filter.andRegion(region));
  }

  /**
   * The view's snapshots of areas in a region named as a person types it: its name ({@code "West
   * Midlands"}, any case and punctuation) or its ONS code ({@code E12000005}).
   *
   * @param nameOrCode the region's name or code
   * @return the narrowed view
   * @throws UnknownAreaException if no region has that name or code, with the closest names
   */
  public Workforce region(String nameOrCode) {
    checkNotNull(nameOrCode, "nameOrCode is null");
    Optional<Region> r = Region.fromName(nameOrCode).or(() -> Region.fromCode(nameOrCode));
    if (r.isPresent()) {
      return region(r.get());
    }
    String q = Names.normalise(nameOrCode);
    List<Region> near = new ArrayList<>();
    for (Region x : Region.values()) {
      if (Names.close(q, Names.distance(q, Names.normalise(x.label())))) {
        near.add(x);
      }
    }
    near.sort(Comparator.comparingInt(x -> Names.distance(q, Names.normalise(x.label()))));
    List<String> close = new ArrayList<>();
    near.forEach(x -> close.add(x.label()));
    List<String> all = new ArrayList<>();
    for (Region x : Region.values()) {
      all.add(x.label());
    }
    throw new UnknownAreaException("no region '" + nameOrCode + "'"
        + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?")
        + " Regions: " + String.join(", ", all), nameOrCode, close, false);
  }

  /**
   * The snapshots that satisfy a predicate, as well as the view's other conditions.
   *
   * <pre>{@code
   * wf.where(s -> s.has(Metric.STARTERS)).years();   // the years that publish starters
   * }</pre>
   *
   * @param predicate a condition on a snapshot; it should not depend on anything but the snapshot,
   *     since the view may test it again
   * @return the narrowed view
   */
  public Workforce where(Predicate<Snapshot> predicate) {
    checkNotNull(predicate, "predicate is null");
    return new Workforce(data, filter.where(predicate));
  }

  // ---------------------------------------------------------------- reading the view

  /** Every snapshot in the view (no defaults applied), by year, level and name. */
  @Override
  public List<Snapshot> snapshots() {
    return data.select(filter);
  }

  /**
   * The reporting years present in the view.
   *
   * @return the years, in ascending order; empty when the view holds no snapshots
   */
  public SortedSet<Integer> years() {
    ImmutableSortedSet.Builder<Integer> out = ImmutableSortedSet.naturalOrder();
    for (Snapshot s : snapshots()) {
      out.add(s.year());
    }
    return out.build();
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
      throw new IllegalStateException("the view holds no snapshots" + data.emptyHint());
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
    for (Snapshot s : defaultYear(data.select(filter.levels(null)))) {
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
    return ImmutableSet.copyOf(data.directory().authorities());
  }

  /**
   * Finds an authority by name (ignoring case and punctuation: "Kingston upon Hull" finds
   * "Kingston upon Hull, City of"), LA number ({@code "860"}, {@code "314 / 318"}) or any ONS
   * code it has had.
   *
   * @param query a name, LA number or ONS code
   * @return the authority, or empty when none or several match
   */
  public Optional<Authority> find(String query) {
    checkNotNull(query, "query is null");
    return data.directory().find(query);
  }

  /**
   * An authority's snapshots across the years of the view.
   *
   * @param query a name, LA number or ONS code, as for {@link #find(String)}; a name that several
   *     authorities have held ("Dorset") means the one that reported in the view's years
   * @return the authority's view, its snapshots oldest first
   * @throws UnknownAreaException if no authority matches, naming the closest names, or if
   *     several do, naming each
   */
  public AuthorityView authority(String query) {
    checkNotNull(query, "query is null");
    return authority(data.directory().resolve(query, viewYears()));
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
    Authority own = data.directory().resolve(authority.laNumber());
    ImmutableList.Builder<Snapshot> out = ImmutableList.builder();
    for (Snapshot s : data.select(filter.levels(null))) {
      if (s.area().equals(own)) {
        out.add(s);
      }
    }
    return new AuthorityView(own, out.build(), this);
  }

  /**
   * What the load that made this workforce read, kept and skipped: rows read = rows kept + rows
   * skipped, each skipped row with its line and reason.
   *
   * @return the report; for a workforce made by {@link #of(Collection)}, one of that many rows
   *     kept and none skipped
   */
  public LoadReport report() {
    return data.report;
  }

  // ---------------------------------------------------------------- defaults

  /** The years a view names, for look-ups by name; empty when it names none. */
  @Override
  Set<Integer> viewYears() {
    if (!filter.hasYears()) {
      return Set.of();
    }
    return Set.copyOf(data.years.subSet(Math.max(filter.yearFrom, 1900), true,
        Math.min(filter.yearTo, 2999), true));
  }

  /** The view with the query defaults applied: one level and the latest year unless named. */
  @Override
  ImmutableList<Snapshot> rankable() {
    ViewFilter f = filter.levels == null ? filter.levels(EnumSet.of(Level.LOCAL_AUTHORITY)) : filter;
    return defaultYear(data.select(f));
  }

  private ImmutableList<Snapshot> defaultYear(ImmutableList<Snapshot> rows) {
    if (filter.hasYears() || rows.isEmpty()) {
      return rows;
    }
    int latest = rows.get(rows.size() - 1).year();
    int from = rows.size() - 1;
    while (from > 0 && rows.get(from - 1).year() == latest) {
      from--;
    }
    return rows.subList(from, rows.size());
  }

  @Override
  int defaultYearValue() {
    return filter.hasYears() ? filter.yearFrom : data.latestYear();
  }

  /** Equal when the views hold equal snapshots. */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Workforce w && snapshots().equals(w.snapshots()));
  }

  @Override
  public int hashCode() {
    return snapshots().hashCode();
  }

  /** For example {@code Workforce[1463 snapshots, 2017-2025]}. */
  @Override
  public String toString() {
    List<Snapshot> all = snapshots();
    return "Workforce[" + all.size() + " snapshots"
        + (all.isEmpty() ? "" : ", " + all.get(0).year() + "-" + all.get(all.size() - 1).year())
        + "]";
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
    return new Workforce(data.withJoins(data.joins.withNeighbours(neighbours)), filter);
  }

  /**
   * The same view joined with Ofsted judgements: every {@link Ranked} row of {@link
   * #rankBy(Metric)} then carries the judgement in force for its authority on its census date
   * (30 September of its year; {@link Ranking#judgementsAt(java.time.LocalDate)} for another
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
    return new Workforce(data.withJoins(data.joins.withJudgements(judgements)), filter);
  }

  /**
   * The statistical neighbour model joined by {@link #withNeighbours}, or empty.
   *
   * @return the model
   */
  public Optional<StatisticalNeighbours> neighbours() {
    return data.joins.neighbours;
  }

  /**
   * The judgements joined by {@link #withJudgements}, or empty.
   *
   * @return the judgements
   */
  public Optional<Judgements> judgements() {
    return data.joins.judgements;
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
    return judgementAt(authority, java.time.LocalDate.of(latestYear(), 9, 30));
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
  public Optional<Judgement> judgementAt(Authority authority, java.time.LocalDate date) {
    checkNotNull(authority, "authority is null");
    checkNotNull(date, "date is null");
    return requireJudgements().inForce(authority, date);
  }

  @Override
  Judgements requireJudgements() {
    return data.joins.judgements.orElseThrow(() -> new MissingJoinException(
        "this query", "withJudgements"));
  }

  /** The snapshot of an area in a year in the whole workforce, whatever the view selects. */
  Optional<Snapshot> find(Area area, int year) {
    return data.find(area, year);
  }

  /** The authority of the whole workforce with the given LA number among its numbers. */
  Optional<Authority> authorityWithNumber(int laNumber) {
    Authority partOf = null;
    for (Authority a : data.directory().authorities()) {
      if (a.laNumbers().size() == 1 && a.laNumbers().get(0) == laNumber) {
        return Optional.of(a);
      }
      if (partOf == null && a.laNumbers().contains(laNumber)) {
        partOf = a;
      }
    }
    return Optional.ofNullable(partOf);
  }

  // ---------------------------------------------------------------- comparisons and bands

  // ---------------------------------------------------------------- judgements by band

}
