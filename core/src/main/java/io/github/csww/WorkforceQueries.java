package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The query steps of a {@link Workforce} view: rank, aggregate, compare, band and follow areas.
 * {@link Workforce} holds the data set (loading, joins, look-ups and the narrowing steps); this
 * class holds what is asked of a view, so each file keeps one responsibility. It has no other
 * subclass, and every method here is called on a {@code Workforce}:
 *
 * <pre>{@code
 * Workforce wf = Workforce.load(Path.of("csww_indicators_2017_to_2025.csv"));
 * wf.year(2017).rankBy(Metric.CASELOAD).top(5);
 * wf.year(2017).compare("Staffordshire", "Shropshire");
 * wf.year(2025).bands(Metric.CASELOAD);
 * }</pre>
 */
public abstract sealed class WorkforceQueries permits WorkforceLookups {

  WorkforceQueries() {}

  /** The data set the view reads. */
  abstract Data data();

  /** What the view selects. */
  abstract ViewFilter filter();

  /** The view's data and filter, with the defaults a query applies. */
  final ViewDefaults defaults() {
    return new ViewDefaults(data(), filter());
  }

  /**
   * The years the view names, for look-ups by name; empty when it names none, which a look-up
   * reads as every year (a name two authorities have held then names both).
   */
  final Set<Integer> viewYears() {
    return defaults().viewYears();
  }

  /** The judgements joined, or a {@link MissingJoinException}. */
  abstract Judgements requireJudgements();

  /**
   * Every snapshot in the view, by year, level and name.
   *
   * @return the snapshots
   */
  public abstract List<Snapshot> snapshots();

  /**
   * The view narrowed to one reporting year.
   *
   * @param year the reporting year, for example {@code 2017} for 30 September 2017
   * @return the narrowed view
   * @throws UnsupportedViewException if the workforce has no figures for that year, naming the
   *     years it has
   */
  public abstract Workforce year(int year);

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
   *     excludes or the workforce does not hold
   */
  public Ranking rankBy(Measure measure) {
    checkNotNull(measure, "measure is null");
    return Ranking.of(measure, defaults().rankRows(measure), new Ranking.Context(data(), data(),
        data().joins.judgements, Optional.empty(), Optional.ofNullable(filter().region)));
  }

  /**
   * Aggregates a metric over the view's snapshots of one year (the latest, unless the view names
   * one) and one level (local authorities, unless the view names another): counts summed, ratios
   * as Σ numerator / Σ denominator, each total over the authorities that publish it by the
   * publisher's rule ({@link Coverage#PUBLISHER}). Regional rows for Inner
   * and Outer London are not added to London's when the view holds both.
   *
   * <pre>{@code
   * Aggregate england = workforce.year(2017).aggregate(Metric.CASELOAD);  // 316,647 / 17,841.1
   * }</pre>
   *
   * @param metric the metric to aggregate
   * @return the aggregate, with the areas it covers and those left out, and beside it the
   *     published figure of the area aggregated (the view's region, else England) when the view
   *     is all of that area's local authorities
   * @throws UnsupportedViewException if the view spans more than one year or more than one level,
   *     or names no year at all (a year step after another, as in {@code year(2017).year(2018)}),
   *     or the workforce holds no snapshots
   */
  public Aggregate aggregate(Metric metric) {
    return aggregate(metric, Coverage.PUBLISHER);
  }

  /**
   * Aggregates a metric as {@link #aggregate(Metric)} does, with each total of a ratio summed
   * over the areas a coverage rule picks.
   *
   * <pre>{@code
   * workforce.year(2023).region(Region.NORTH_EAST).aggregate(AGENCY_RATE, Coverage.MATCHED);
   * }</pre>
   *
   * @param metric the metric
   * @param coverage which areas each total is summed over
   * @return the aggregate
   * @throws UnsupportedViewException if the view spans more than one year or more than one level,
   *     or names no year at all (a year step after another, as in {@code year(2017).year(2018)}),
   *     or the workforce holds no snapshots
   */
  public Aggregate aggregate(Metric metric, Coverage coverage) {
    checkNotNull(metric, "metric is null");
    checkNotNull(coverage, "coverage is null");
    ViewDefaults view = defaults();
    List<Snapshot> rows = view.aggregateRows(metric);
    int year = rows.isEmpty() ? view.yearOfEmpty("aggregate(...)") : rows.get(0).year();
    Aggregate a = Aggregator.aggregate(view.aggregated(), metric, year, rows,
        view.published(metric, year), coverage);
    return view.filtered() ? a.flagged("Only the " + a.covered() + " area(s) a condition (where) "
        + "kept, not all of " + view.aggregated().label() + "'s: no published figure is shown "
        + "beside it.") : a;
  }

  /**
   * Every published England and regional cell of every rate metric, in the view's years, beside
   * its recomputation from the local-authority rows under the publisher's coverage rule, with the
   * difference and, where they do not agree at 1 dp, the explanation (see {@link
   * Reconciliation}).
   *
   * <pre>{@code
   * System.out.print(workforce.reconcile().format(Format.CSV));
   * }</pre>
   *
   * @return the reconciliation
   */
  public Reconciliation reconcile() {
    return reconcile(Coverage.PUBLISHER);
  }

  /**
   * The reconciliation under a chosen coverage rule.
   *
   * @param coverage which authorities each total is summed over
   * @return the reconciliation
   */
  public Reconciliation reconcile(Coverage coverage) {
    checkNotNull(coverage, "coverage is null");
    List<Snapshot> published = data().select(filter().levels(
        EnumSet.of(Level.NATIONAL, Level.REGIONAL)));
    return Reconciler.of(published, p -> data().select(ViewFilter.ALL
        .andYears(p.year(), p.year()).andLevels(EnumSet.of(Level.LOCAL_AUTHORITY))
        .andRegion(p.area() instanceof Region r ? r : null)), coverage);
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

  /**
   * Authorities side by side in one year, with each one's English region and England: every
   * metric down, the areas across (see {@link Comparison}). The year is the view's only year, or
   * the latest year when the view names none; the cells come from the workforce's rows for that
   * year, the regions and England from the published regional and national rows.
   *
   * <pre>{@code
   * Comparison c = workforce.year(2017).compare("Staffordshire", "893");
   * System.out.print(c.metrics(Metric.CASELOAD, Metric.AGENCY_RATE).format(Format.TEXT));
   * }</pre>
   *
   * @param first a name, LA number or ONS code, as for {@link Workforce#authority(String)} but
   *     resolved by the year compared (as {@link Ranking#rankOf(String)} is): "Dorset" in a
   *     comparison of 2017 is Dorset (835), of 2019 or later Dorset (838); a region's name or
   *     code adds that region's column, and {@code England} adds nothing, since England is always
   *     the last column
   * @param more further authorities or regions
   * @return the comparison, with every metric
   * @throws UnknownAreaException if a query matches no area (naming the closest names) or several
   *     authorities
   * @throws IllegalArgumentException if two queries name the same authority, or no query names
   *     an authority or region
   * @throws UnsupportedViewException if the view holds no snapshots or spans several years
   */
  public Comparison compare(String first, String... more) {
    checkNotNull(first, "first");
    checkNotNull(more, "more");
    List<String> queries = new ArrayList<>();
    queries.add(first);
    for (String q : more) {
      queries.add(checkNotNull(q, "compare(...) was given a null name"));
    }
    // By the one year compared, as rankOf(String) does: the latest when the view names none.
    int year = defaults().oneYear("compare(...)");
    List<Area> areas = new ArrayList<>();
    for (String q : queries) {
      areas.add(data().directory().resolveArea(q, Set.of(year)));
    }
    return compareAreas(year, areas);
  }

  /**
   * Any area by what a person types: {@code England}, a region's name or code, or an
   * authority's name, LA number or ONS code (resolved by the years of the view; a view that
   * names no years covers every year, so a name two authorities have held names both).
   *
   * @param query the name, number or code
   * @return the area
   * @throws UnknownAreaException if nothing matches, or several authorities do
   */
  public Area area(String query) {
    checkNotNull(query, "query is null");
    return data().directory().resolveArea(query, viewYears());
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
    return Trend.of(area, metric, defaults().rowsOf(area));
  }

  /**
   * Authorities side by side in one year, with their regions and England.
   *
   * @param first an authority of this workforce, or any authority with the same LA number(s)
   * @param more further authorities
   * @return the comparison, with every metric
   * @throws UnknownAreaException if an authority is not in this workforce
   * @throws IllegalArgumentException if an authority is given twice
   * @throws UnsupportedViewException if the view holds no snapshots or spans several years
   * @see #compare(String, String...)
   */
  public Comparison compare(Authority first, Authority... more) {
    checkNotNull(first, "first");
    checkNotNull(more, "more");
    List<Authority> named = new ArrayList<>();
    named.add(first);
    named.addAll(Arrays.asList(more));
    return compare(named);
  }

  /**
   * Authorities side by side in one year, with their regions and England; for a list made by
   * code, such as an authority and its statistical neighbours.
   *
   * @param authorities the authorities, in the order of their columns; each of this workforce,
   *     or with the same LA number(s) as one of it
   * @return the comparison, with every metric
   * @throws UnknownAreaException if an authority is not in this workforce
   * @throws IllegalArgumentException if the list is empty or names an authority twice
   * @throws UnsupportedViewException if the view holds no snapshots or spans several years
   * @see #compare(String, String...)
   */
  public Comparison compare(Collection<Authority> authorities) {
    checkNotNull(authorities, "compare(...) was given null");
    List<Area> own = new ArrayList<>();
    for (Authority a : authorities) {
      checkNotNull(a, "compare(...) was given a null authority");
      own.add(data().directory().own(a));
    }
    checkArgument(!own.isEmpty(), "compare(...) needs at least one authority");
    return compareAreas(own);
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
   * @param metric the metric to band on; its polarity decides which quarter is band A
   * @return the bands, with the authorities left out and why
   * @throws UnsupportedViewException if the view holds no snapshots or spans several years
   */
  public QuartileBands bands(Metric metric) {
    checkNotNull(metric, "metric is null");
    int year = defaults().oneYear("bands(" + metric + ")");
    List<Snapshot> las = new ArrayList<>();
    for (Snapshot s : data().select(filter().years(year, year))) {
      if (s.area().level() == Level.LOCAL_AUTHORITY) {
        las.add(s);
      }
    }
    return QuartileBands.of(metric, year, List.copyOf(las))
        .withLookup(q -> data().directory().resolve(q, Set.of(year)))
        .withRegion(Optional.ofNullable(filter().region));
  }

  /** Authorities and regions side by side in the view's one year; England comes last. */
  private Comparison compareAreas(List<Area> areas) {
    return compareAreas(defaults().oneYear("compare(...)"), areas);
  }

  /** Areas side by side in the given year of the view; England comes last. */
  private Comparison compareAreas(int year, List<Area> areas) {
    return Comparisons.of(year, areas, area -> data().find(area, year), data().joins.judgements);
  }

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
   * System.out.print(jb.format(Format.TEXT));
   * }</pre>
   *
   * @param metric the metric to band on, as for {@link #bands(Metric)}
   * @return the cross-tab of judgement against band
   * @throws MissingJoinException if no judgements are joined ({@link Workforce#withJudgements})
   * @throws UnsupportedViewException if the view holds no snapshots or spans several years
   */
  public JudgementBands judgementsByBand(Metric metric) {
    checkNotNull(metric, "metric is null");
    Judgements joined = requireJudgements();
    return JudgementBands.of(bands(metric), joined);
  }
}
