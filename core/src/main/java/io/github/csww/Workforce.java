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
 * List<Ranked> worst = wf.rankBy(CASELOAD).top(5);           // latest year, LAs, highest first
 * wf.year(2017).region(Region.LONDON).rankBy(AGENCY_RATE).bottom(3);
 * Aggregate england = wf.year(2017).aggregate(CASELOAD);      // Σ cases / Σ case holders
 * AuthorityView somerset = wf.authority("Somerset");          // across its code change
 * }</pre>
 */
public final class Workforce {

  private final Data data;
  private final Filter filter;

  private Workforce(Data data, Filter filter) {
    this.data = data;
    this.filter = filter;
  }

  /**
   * A workforce of the given snapshots. Snapshots of the same LA number(s) in different years are
   * joined into one {@link Authority} that keeps every code and name, oldest first.
   *
   * @throws IllegalArgumentException if two snapshots are for the same area and year
   */
  public static Workforce of(Collection<Snapshot> snapshots) {
    checkNotNull(snapshots, "snapshots is null");
    return of(snapshots, LoadReport.inMemory(snapshots.size()));
  }

  /**
   * A workforce of the given snapshots with the report of the load that read them; for readers.
   *
   * @throws IllegalArgumentException if two snapshots are for the same area and year
   */
  public static Workforce of(Collection<Snapshot> snapshots, LoadReport report) {
    checkNotNull(snapshots, "snapshots is null");
    checkNotNull(report, "report is null");
    return new Workforce(Data.of(snapshots, report), Filter.ALL);
  }

  /**
   * Reads a file through the first {@link WorkforceReader} on the class or module path that
   * accepts it (add {@code io.github.csww:csww-io} for the published CSV files and JSON). Strict:
   * the first bad cell refuses the file.
   *
   * @throws LoadException naming the file, line and column when the data cannot be read
   * @throws IOException if the file cannot be read
   * @throws IllegalStateException if no reader is installed, naming the artifact to add
   */
  public static Workforce load(Path path) throws IOException {
    return load(path, LoadOptions.strict());
  }

  /**
   * Reads a file, strictly or leniently.
   *
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
   * @see #load(Path)
   */
  public static Workforce load(InputStream in, String sourceName) throws IOException {
    return load(in, sourceName, LoadOptions.strict());
  }

  /**
   * Reads a stream, strictly or leniently; the caller closes it.
   *
   * @see #load(InputStream, String)
   */
  public static Workforce load(InputStream in, String sourceName, LoadOptions options)
      throws IOException {
    return Readers.load(in, sourceName, options);
  }

  // ---------------------------------------------------------------- views

  /**
   * The view's snapshots of one reporting year (none if the view has excluded that year).
   *
   * @throws IllegalArgumentException if the workforce has no figures for that year
   */
  public Workforce year(int year) {
    checkArgument(data.years.contains(year), "no figures for %s; years present: %s", year,
        data.yearsText());
    return new Workforce(data, filter.andYears(year, year));
  }

  /**
   * The view's snapshots of the reporting years {@code from} to {@code to}, both included.
   *
   * @throws IllegalArgumentException if {@code from > to}
   */
  public Workforce years(int from, int to) {
    checkArgument(from <= to, "years(from, to) needs from <= to, got %s and %s", from, to);
    return new Workforce(data, filter.andYears(from, to));
  }

  /** The view's snapshots at the given geographic levels. */
  public Workforce level(Level first, Level... more) {
    checkNotNull(first, "first is null");
    checkNotNull(more, "more is null");
    EnumSet<Level> levels = EnumSet.of(first, more);
    return new Workforce(data, filter.andLevels(levels));
  }

  /**
   * The view's snapshots of areas in a region: its authorities and its regional rows. {@link
   * Region#LONDON} includes Inner and Outer London. England is not in any region.
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
      if (Names.distance(q, Names.normalise(x.name())) <= Math.max(2, q.length() / 3)) {
        near.add(x);
      }
    }
    near.sort(Comparator.comparingInt(x -> Names.distance(q, Names.normalise(x.name()))));
    List<String> close = new ArrayList<>();
    near.forEach(x -> close.add(x.name()));
    List<String> all = new ArrayList<>();
    Region.values().forEach(x -> all.add(x.name()));
    throw new UnknownAreaException("no region '" + nameOrCode + "'"
        + (close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?")
        + " Regions: " + String.join(", ", all), nameOrCode, close, false);
  }

  /** The snapshots that satisfy a predicate, as well as the view's other conditions. */
  public Workforce where(Predicate<Snapshot> predicate) {
    checkNotNull(predicate, "predicate is null");
    return new Workforce(data, filter.where(predicate));
  }

  // ---------------------------------------------------------------- reading the view

  /** Every snapshot in the view (no defaults applied), by year, level and name. */
  public List<Snapshot> snapshots() {
    return data.select(filter);
  }

  /** The reporting years present in the view. */
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
   * name one), or empty.
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

  /** The England snapshot of the view's year (the latest year when it names none), or empty. */
  public Optional<Snapshot> england() {
    return snapshot(England.INSTANCE);
  }

  /**
   * Ranks the view's areas by a measure, highest first: a {@link Metric}, the change in one
   * between two years, or a ratio of two ({@link Measure}). Without a year the latest year is
   * ranked (for a change, its later year); without a level, local authorities. A view of several
   * years ranks each year on its own. Areas without a number are left out and listed by {@link
   * Ranking#leftOut()} with the reason.
   *
   * @param measure what to rank by
   * @return the ranking
   * @throws UnsupportedViewException if the measure is a change whose later year the view
   *     excludes
   */
  public Ranking rankBy(Measure measure) {
    checkNotNull(measure, "measure is null");
    List<Snapshot> rows;
    Optional<Integer> year = Measures.year(measure);
    if (year.isPresent()) {
      int y = year.get();
      if (filter.hasYears() && (y < filter.yearFrom || y > filter.yearTo)) {
        throw new UnsupportedViewException("rankBy(" + measure + ") ranks " + y
            + ", which this view excludes; rank a view that includes " + y);
      }
      requireYear(y, "rankBy(" + measure + ")");
      Filter f = filter.levels == null ? filter.levels(EnumSet.of(Level.LOCAL_AUTHORITY)) : filter;
      rows = data.select(f.years(y, y));
    } else {
      rows = rankable();
    }
    return Ranking.of(measure, rows, rankingContext());
  }

  Ranking.Context rankingContext() {
    return new Ranking.Context(data::find, (q, years) -> data.directory().resolveArea(q, years),
        data.joins.judgements, Optional.empty());
  }

  private void requireYear(int year, String call) {
    if (!data.years.contains(year)) {
      throw new UnsupportedViewException(call + " needs figures for " + year
          + ", which the workforce does not hold; years present: " + data.yearsText());
    }
  }

  /**
   * Aggregates a metric over the view's snapshots of one year (the latest, unless the view names
   * one) and one level (local authorities, unless the view names another): counts summed, ratios
   * as Σ numerator / Σ denominator over the areas where both are present. Regional rows for Inner
   * and Outer London are not added to London's when the view holds both.
   *
   * @throws IllegalStateException if the view spans more than one year or more than one level
   */
  public Aggregate aggregate(Metric metric) {
    checkNotNull(metric, "metric is null");
    List<Snapshot> rows = rankable();
    int year = rows.isEmpty() ? defaultYearValue() : rows.get(0).year();
    for (Snapshot s : rows) {
      if (s.year() != year) {
        throw new IllegalStateException("aggregate(" + metric + ") needs one year, the view spans "
            + year + " and " + s.year() + "; call year(y) first");
      }
      Level level = rows.get(0).area().level();
      if (s.area().level() != level) {
        throw new IllegalStateException("aggregate(" + metric + ") needs one level, the view holds "
            + level.label() + " and " + s.area().level().label() + " rows; call level(l) first");
      }
    }
    return Aggregator.aggregate(filter.region == null ? England.INSTANCE : filter.region, metric,
        year, rows, published(metric, year));
  }

  /** The published figure for the areas the view aggregates, when the view is one of those. */
  private Optional<Value> published(Metric metric, int year) {
    if (!filter.predicates.isEmpty() || (filter.levels != null
        && !filter.levels.equals(EnumSet.of(Level.LOCAL_AUTHORITY)))) {
      return Optional.empty();
    }
    Area area = filter.region == null ? England.INSTANCE : filter.region;
    return data.find(area, year).map(s -> s.value(metric));
  }

  // ---------------------------------------------------------------- authorities

  /** Every authority in the whole workforce, by name. */
  public Set<Authority> authorities() {
    return ImmutableSet.copyOf(data.directory().authorities());
  }

  /**
   * Finds an authority by name (ignoring case and punctuation: "Kingston upon Hull" finds
   * "Kingston upon Hull, City of"), LA number ({@code "860"}, {@code "314 / 318"}) or any ONS
   * code it has had.
   *
   * @return the authority, or empty when none or several match
   */
  public Optional<Authority> find(String query) {
    checkNotNull(query, "query is null");
    return data.directory().find(query);
  }

  /**
   * An authority's snapshots across the years of the view.
   *
   * @param query a name, LA number or ONS code, as for {@link #find(String)}
   * @throws IllegalArgumentException if no authority matches, naming the closest names, or if
   *     several do
   */
  public AuthorityView authority(String query) {
    checkNotNull(query, "query is null");
    return authority(data.directory().resolve(query, viewYears()));
  }

  /**
   * An authority's snapshots across the years of the view. The authority is matched by LA
   * number(s), so a copy with a shorter code history finds the workforce's own.
   *
   * @throws IllegalArgumentException if the workforce holds no authority with its LA number(s)
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

  /** What the load that made this workforce read, kept and skipped. */
  public LoadReport report() {
    return data.report;
  }

  /**
   * The view's snapshots as a table of the given metrics: a row per snapshot (year, area) and a
   * column per metric, values as published.
   *
   * <pre>{@code
   * System.out.print(workforce.year(2017).table(CASE_HOLDERS, CASELOAD).format(Format.TEXT));
   * }</pre>
   *
   * @param first a metric
   * @param more further metrics
   * @return the table
   */
  public Table table(Metric first, Metric... more) {
    checkNotNull(first, "first is null");
    checkNotNull(more, "more is null");
    List<Metric> metrics = new ArrayList<>();
    metrics.add(first);
    metrics.addAll(List.of(more));
    return ResultTables.snapshots(snapshots(), metrics);
  }

  // ---------------------------------------------------------------- defaults

  /** The years a view names, for look-ups by name; empty when it names none. */
  private Set<Integer> viewYears() {
    if (!filter.hasYears()) {
      return Set.of();
    }
    return Set.copyOf(data.years.subSet(Math.max(filter.yearFrom, 1900), true,
        Math.min(filter.yearTo, 2999), true));
  }

  /** The view with the query defaults applied: one level and the latest year unless named. */
  private ImmutableList<Snapshot> rankable() {
    Filter f = filter.levels == null ? filter.levels(EnumSet.of(Level.LOCAL_AUTHORITY)) : filter;
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

  private int defaultYearValue() {
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
   */
  public Workforce withJudgements(Judgements judgements) {
    checkNotNull(judgements, "judgements is null");
    return new Workforce(data.withJoins(data.joins.withJudgements(judgements)), filter);
  }

  /** The statistical neighbour model joined by {@link #withNeighbours}, or empty. */
  public Optional<StatisticalNeighbours> neighbours() {
    return data.joins.neighbours;
  }

  /** The judgements joined by {@link #withJudgements}, or empty. */
  public Optional<Judgements> judgements() {
    return data.joins.judgements;
  }

  /**
   * The judgement in force for an authority on the census date of the view's year (30
   * September of the latest year in the view): the latest one published on or before it.
   *
   * @throws IllegalStateException if no judgements are joined, or the view is empty
   */
  public Optional<Judgement> judgement(Authority authority) {
    checkNotNull(authority, "authority is null");
    return judgementAt(authority, java.time.LocalDate.of(latestYear(), 9, 30));
  }

  /**
   * The judgement in force for an authority at a date: the latest one published on or before
   * it, matched through every ONS code the authority has had.
   *
   * @throws IllegalStateException if no judgements are joined
   */
  public Optional<Judgement> judgementAt(Authority authority, java.time.LocalDate date) {
    checkNotNull(authority, "authority is null");
    checkNotNull(date, "date is null");
    return requireJudgements().inForce(authority, date);
  }

  Judgements requireJudgements() {
    return data.joins.judgements.orElseThrow(() -> new IllegalStateException(
        "no Ofsted judgements are joined to this workforce: call withJudgements(...) first"));
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

  // ---------------------------------------------------------------- internals

  /** What a view selects. Immutable. */
  static final class Filter {
    static final Filter ALL = new Filter(Integer.MIN_VALUE, Integer.MAX_VALUE, null, null,
        ImmutableList.of());
    private static final Predicate<Snapshot> NOTHING = s -> false;

    final int yearFrom;
    final int yearTo;
    final Set<Level> levels;
    final Region region;
    final ImmutableList<Predicate<Snapshot>> predicates;

    private Filter(int yearFrom, int yearTo, Set<Level> levels, Region region,
        ImmutableList<Predicate<Snapshot>> predicates) {
      this.yearFrom = yearFrom;
      this.yearTo = yearTo;
      this.levels = levels == null ? null : ImmutableSet.copyOf(levels);
      this.region = region;
      this.predicates = predicates;
    }

    boolean hasYears() {
      return yearFrom != Integer.MIN_VALUE || yearTo != Integer.MAX_VALUE;
    }

    /** This filter narrowed to the years {@code from..to} (empty when they do not overlap). */
    Filter andYears(int from, int to) {
      return years(Math.max(yearFrom, from), Math.min(yearTo, to));
    }

    /** This filter narrowed to the given levels. */
    Filter andLevels(Set<Level> l) {
      if (levels == null) {
        return levels(l);
      }
      EnumSet<Level> both = EnumSet.noneOf(Level.class);
      both.addAll(levels);
      both.retainAll(l);
      return levels(both);
    }

    /** This filter narrowed to a region: the inner of two nested regions, else nothing. */
    Filter andRegion(Region r) {
      if (region == null || r.within(region)) {
        return region(r);
      }
      return region.within(r) ? this : where(NOTHING);
    }

    Filter years(int from, int to) {
      return new Filter(from, to, levels, region, predicates);
    }

    Filter levels(Set<Level> l) {
      return new Filter(yearFrom, yearTo, l, region, predicates);
    }

    Filter region(Region r) {
      return new Filter(yearFrom, yearTo, levels, r, predicates);
    }

    Filter where(Predicate<Snapshot> p) {
      return new Filter(yearFrom, yearTo, levels, region,
          ImmutableList.<Predicate<Snapshot>>builder().addAll(predicates).add(p).build());
    }

    boolean test(Snapshot s) {
      if (levels != null && !levels.contains(s.area().level())) {
        return false;
      }
      if (region != null && !inRegion(s.area(), region)) {
        return false;
      }
      for (Predicate<Snapshot> p : predicates) {
        if (!p.test(s)) {
          return false;
        }
      }
      return true;
    }

    private static boolean inRegion(Area area, Region region) {
      if (area instanceof Authority a) {
        return a.region().within(region);
      }
      if (area instanceof Region r) {
        return r.within(region);
      }
      return false;
    }
  }

  // ---------------------------------------------------------------- comparisons and bands

  /**
   * Authorities side by side in one year, with each one's English region and England: every
   * metric down, the areas across (see {@link Comparison}). The year is the view's only year, or
   * the latest year when the view names none; the cells come from the workforce's rows for that
   * year, the regions and England from the published regional and national rows.
   *
   * <pre>{@code
   * Comparison c = workforce.year(2017).compare("Staffordshire", "893");
   * System.out.print(c.metrics(Metric.CASELOAD, Metric.AGENCY_RATE).table());
   * }</pre>
   *
   * @param first a name, LA number or ONS code, as for {@link #authority(String)}
   * @param more further authorities
   * @throws IllegalArgumentException if a query matches no authority (naming the closest names) or
   *     several, or two name the same authority
   * @throws IllegalStateException if the view holds no snapshots or spans several years
   */
  public Comparison compare(String first, String... more) {
    checkNotNull(first, "first");
    checkNotNull(more, "more");
    List<String> queries = new ArrayList<>();
    queries.add(first);
    for (String q : more) {
      queries.add(checkNotNull(q, "compare(...) was given a null name"));
    }
    List<Authority> named = new ArrayList<>();
    List<Region> regions = new ArrayList<>();
    for (String q : queries) {
      Area a = data.directory().resolveArea(q, viewYears());
      if (a instanceof Authority au) {
        named.add(au);
      } else if (a instanceof Region r && !regions.contains(r)) {
        regions.add(r);
      } // England is always the last column
    }
    int year = oneYear("compare(...)");
    return Comparison.of(year, named, regions, area -> data.find(area, year),
        data.joins.judgements);
  }

  /**
   * Any area by what a person types: {@code England}, a region's name or code, or an
   * authority's name, LA number or ONS code (resolved by the years of the view).
   *
   * @param query the name, number or code
   * @return the area
   * @throws UnknownAreaException if nothing matches, or several authorities do
   */
  public Area area(String query) {
    checkNotNull(query, "query is null");
    return data.directory().resolveArea(query, viewYears());
  }

  /**
   * An area's series of a metric over the years of the view, with the change from year to year
   * (see {@link Trend}): England, a region or an authority, by name, number or code.
   *
   * <pre>{@code
   * workforce.trend("England", Metric.CASELOAD);
   * workforce.years(2019, 2025).trend("West Midlands", Metric.TURNOVER_RATE);
   * }</pre>
   *
   * @param query England, a region or an authority
   * @param metric the metric
   * @return the trend
   * @throws UnknownAreaException if nothing matches, or several authorities do
   */
  public Trend trend(String query, Metric metric) {
    checkNotNull(metric, "metric is null");
    Area area = area(query);
    List<Snapshot> rows = new ArrayList<>();
    for (Snapshot s : data.select(filter.levels(null))) {
      if (s.area().equals(area)) {
        rows.add(s);
      }
    }
    return Trend.of(area, metric, rows);
  }

  /**
   * Authorities side by side in one year, with their regions and England.
   *
   * @see #compare(String, String...)
   * @throws IllegalArgumentException if an authority is not in this workforce or is given twice
   */
  public Comparison compare(Authority first, Authority... more) {
    checkNotNull(first, "first");
    checkNotNull(more, "more");
    List<Authority> named = new ArrayList<>();
    named.add(first);
    for (Authority a : more) {
      named.add(a);
    }
    return compare(named);
  }

  /**
   * Authorities side by side in one year, with their regions and England; for a list made by
   * code, such as an authority and its statistical neighbours.
   *
   * @see #compare(String, String...)
   * @throws IllegalArgumentException if the list is empty, or an authority is not in this
   *     workforce or is given twice
   */
  public Comparison compare(Collection<Authority> authorities) {
    checkNotNull(authorities, "compare(...) was given null");
    List<Authority> own = new ArrayList<>();
    for (Authority a : authorities) {
      checkNotNull(a, "compare(...) was given a null authority");
      own.add(ownAuthority(a));
    }
    return compareAuthorities(own);
  }

  /**
   * The view's local authorities in one year split into quartile bands on a metric, band A the
   * best quarter by the metric's polarity (see {@link QuartileBands} for the method). The year is
   * the view's only year, or the latest year when the view names none. Authorities whose value is
   * suppressed are left out and listed with the reason.
   *
   * <pre>{@code
   * QuartileBands bands = workforce.year(2025).bands(Metric.CASELOAD);
   * Optional<QuartileBand> b = bands.bandOf(workforce.find("Staffordshire").orElseThrow());
   * }</pre>
   *
   * @throws IllegalStateException if the view holds no snapshots or spans several years
   */
  public QuartileBands bands(Metric metric) {
    checkNotNull(metric, "metric is null");
    int year = oneYear("bands(" + metric + ")");
    ImmutableList.Builder<Snapshot> las = ImmutableList.builder();
    for (Snapshot s : data.select(filter.years(year, year))) {
      if (s.area().level() == Level.LOCAL_AUTHORITY) {
        las.add(s);
      }
    }
    return QuartileBands.of(metric, year, las.build());
  }

  private Comparison compareAuthorities(List<Authority> authorities) {
    checkArgument(!authorities.isEmpty(), "compare(...) needs at least one authority");
    int year = oneYear("compare(...)");
    return Comparison.of(year, authorities, area -> data.find(area, year),
        data.joins.judgements);
  }

  /** The workforce's own authority with the same LA numbers as the given one. */
  private Authority ownAuthority(Authority a) {
    for (Authority own : data.directory().authorities()) {
      if (own.laNumbers().equals(a.laNumbers())) {
        return own;
      }
    }
    throw new IllegalArgumentException(a + " is not in this workforce; it holds "
        + data.directory().authorities().size() + " authorities");
  }

  /**
   * The one year a query works on: the view's only year, or the latest when the view names none.
   *
   * @throws IllegalStateException if the view is empty or spans several years
   */
  private int oneYear(String what) {
    List<Snapshot> view = snapshots(); // sorted by year
    if (view.isEmpty()) {
      throw new IllegalStateException(what + " needs a year, but the view holds no snapshots"
          + data.emptyHint());
    }
    int first = view.get(0).year();
    int last = view.get(view.size() - 1).year();
    if (first != last && filter.hasYears()) {
      throw new IllegalStateException(what + " needs one year, the view spans " + first + " to "
          + last + "; call year(y) first");
    }
    return last;
  }

  // ---------------------------------------------------------------- judgements by band

  /**
   * The cross-tab of Ofsted judgement against quartile band for a metric in one year: how many of
   * the view's banded local authorities with each judgement in force on the census date (or none)
   * fall in each band (see {@link JudgementBands}). The year is the view's only year, or the
   * latest year when the view names none; the bands are those of {@link #bands(Metric)}.
   *
   * <pre>{@code
   * JudgementBands jb = workforce.withJudgements(ofsted).year(2025)
   *     .judgementsByBand(Metric.CASELOAD);
   * jb.count(Grade.INADEQUATE, QuartileBand.D);
   * System.out.print(jb.table());
   * }</pre>
   *
   * @throws IllegalStateException if no judgements are joined ({@link #withJudgements}), or the
   *     view holds no snapshots or spans several years
   */
  public JudgementBands judgementsByBand(Metric metric) {
    checkNotNull(metric, "metric is null");
    Judgements joined = requireJudgements();
    return JudgementBands.of(bands(metric), joined);
  }
}
