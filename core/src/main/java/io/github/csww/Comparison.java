package io.github.csww;

import java.util.Map;
import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Authorities side by side for one year, with their regions and England: metrics down, areas
 * across. Made by {@link Workforce#compare(String, String...)}.
 *
 * <p>The columns are the authorities in the order named, then the English region of each (once,
 * in order of first appearance), then any region named in {@code compare(...)} that is not among
 * them, then England. The region and England columns hold the
 * <em>published</em> regional and national rows of the same workforce, never a recomputed
 * aggregate. A London borough's region column is {@link Region#LONDON}, not the Inner or Outer
 * London sub-region it is published with: the nine English regions are what every other
 * authority is set against, and the published London row covers both halves (ask the workforce
 * for {@code snapshot(Region.INNER_LONDON)} where the finer comparison is wanted). A cell whose
 * area has no row that year (an authority before it was created or after it was reorganised, or a
 * region row the file lacks) reads {@link Suppression#NOT_AVAILABLE}, or {@link
 * Suppression#NOT_APPLICABLE} for an authority that did not exist that year ({@link
 * Reorganisation#notExisting}), and the area is listed by {@link #absent()}.
 *
 * <p>Where the workforce was joined with Ofsted judgements ({@link
 * Workforce#withJudgements(Judgements)}), {@link #judgement(Authority)} gives each authority's
 * judgement in force on the census date, 30 September of the year, and {@link #table()} shows it.
 *
 * <p>A comparison is immutable; {@link #metrics(Metric, Metric...)} returns a new one. Its {@link
 * #columns()} and {@link #rows()} are a plain structure for writers (CSV, JSON). Its table shows
 * each figure at its metric's published precision in every format ({@code 12.0} %, {@code 93.0}
 * FTE), as every other result does, though each row is another metric; full precision ({@link
 * Format#withFullPrecision()}) writes them exactly.
 *
 * <pre>{@code
 * Comparison c = workforce.year(2017).compare("Staffordshire", "Shropshire")
 *     .metrics(Metric.CASELOAD, Metric.TURNOVER_RATE);
 * c.columns();                                          // [Staffordshire, Shropshire, West Midlands, England]
 * c.value(Metric.CASELOAD, England.INSTANCE);           // 17.7
 * System.out.print(c.format(Format.TEXT));
 * // Metric (2017)                     Staffordshire  Shropshire  West Midlands  England
 * // Average caseload (cases per FTE)            26.4        25.1           18.5     17.7
 * // Turnover rate (%)                           15.0        11.8           14.0     13.4
 * }</pre>
 */
public final class Comparison implements Result {
  private final int year;
  private final ImmutableList<Authority> authorities;
  private final ImmutableList<Region> regions;
  private final ImmutableList<Area> columns;
  private final ImmutableMap<Area, Snapshot> found;
  private final ImmutableList<Metric> metrics;
  private final ImmutableList<ComparisonRow> rows;
  /** Whether the workforce was joined with judgements. */
  private final boolean judged;
  /** Per authority, in order, the judgement in force on the census date. */
  private final ImmutableList<Optional<Judgement>> judgements;
  /** The judgements joined, to look them up again at another date; null when not joined. */
  private final Judgements source;
  /** The date judgements are looked up on; null for the census date. */
  private final LocalDate judgementDate;

  /** Made by {@link Comparisons#of}; {@code judgementDate} null for the census date. */
  Comparison(int year, ImmutableList<Authority> authorities, ImmutableList<Region> regions,
      ImmutableList<Area> columns, ImmutableMap<Area, Snapshot> found,
      ImmutableList<Metric> metrics, boolean judged,
      ImmutableList<Optional<Judgement>> judgements, Judgements source,
      LocalDate judgementDate) {
    this.source = source;
    this.judgementDate = judgementDate;
    this.year = year;
    this.authorities = authorities;
    this.regions = regions;
    this.columns = columns;
    this.found = found;
    this.metrics = metrics;
    this.judged = judged;
    this.judgements = judgements;
    this.rows = Comparisons.rows(year, columns, found, metrics);
  }

  /**
   * The reporting year compared.
   *
   * @return the year, for example {@code 2017}
   */
  public int year() {
    return year;
  }

  /**
   * The authorities compared, in the order named.
   *
   * @return the authorities; empty when only regions were named
   */
  public List<Authority> authorities() {
    return authorities;
  }

  /**
   * The English regions of the authorities, once each, in order of first appearance, then any
   * region named in {@code compare(...)} that is not among them.
   *
   * @return the region columns, in column order
   */
  public List<Region> regions() {
    return regions;
  }

  /**
   * Every column: the authorities, then their regions (and any region named), then {@link
   * England}.
   *
   * @return the columns' areas, in column order
   */
  public List<Area> columns() {
    return columns;
  }

  /**
   * The metrics shown, in order: every {@link Metric} unless chosen with {@code metrics(...)}.
   *
   * @return the metrics, one per row
   */
  public List<Metric> metrics() {
    return metrics;
  }

  /**
   * The same comparison showing only the given metrics, in the given order.
   *
   * @param first the first metric to show
   * @param more the further metrics to show, in order
   * @return a comparison with one row per given metric; this one when the metrics are already
   *     those shown
   * @throws IllegalArgumentException if a metric is given twice
   * @throws NullPointerException if a metric is null
   */
  public Comparison metrics(Metric first, Metric... more) {
    checkNotNull(more, "metrics(...) was given a null array");
    List<Metric> chosen = new ArrayList<>();
    chosen.add(first);
    chosen.addAll(Arrays.asList(more));
    return metrics(chosen);
  }

  /**
   * The same comparison showing only the given metrics, in the given order.
   *
   * @param chosen the metrics to show, in order, at least one
   * @return a comparison with one row per chosen metric; this one when the metrics are already
   *     those shown
   * @throws IllegalArgumentException if there are none, or a metric is given twice
   * @throws NullPointerException if a metric is null
   */
  public Comparison metrics(Collection<Metric> chosen) {
    checkNotNull(chosen, "chosen is null");
    checkArgument(!chosen.isEmpty(), "metrics(...) needs at least one metric");
    Set<Metric> seen = new LinkedHashSet<>();
    for (Metric m : chosen) {
      checkNotNull(m, "metrics(...) was given a null metric");
      checkArgument(seen.add(m), "metrics(...) names %s more than once", m);
    }
    ImmutableList<Metric> list = ImmutableList.copyOf(seen);
    return list.equals(metrics) ? this
        : new Comparison(year, authorities, regions, columns, found, list, judged, judgements,
            source, judgementDate);
  }

  /**
   * The same comparison with each authority's judgement in force on another date than the census
   * date: the latest published on or before it.
   *
   * <pre>{@code
   * wf.withJudgements(ofsted).year(2017).compare("Staffordshire", "Shropshire")
   *     .judgementsAt(LocalDate.of(2018, 2, 28));
   * }</pre>
   *
   * @param date the date to look judgements up on
   * @return a comparison whose {@link #judgement(Authority)} and {@link #judgementDate()} use
   *     that date
   * @throws MissingJoinException if the workforce compared was not joined with judgements
   */
  public Comparison judgementsAt(LocalDate date) {
    checkNotNull(date, "date is null");
    if (source == null) {
      throw new MissingJoinException("judgementsAt(" + date + ")", "withJudgements");
    }
    return new Comparison(year, authorities, regions, columns, found, metrics, judged,
        Comparisons.inForce(authorities, found, source, date), source, date);
  }

  /**
   * The date judgements are looked up on: the census date, 30 September of the year, unless
   * {@link #judgementsAt(LocalDate)} named another; empty without judgements.
   *
   * @return the look-up date, or empty when the workforce was not joined with judgements
   */
  public Optional<LocalDate> judgementDate() {
    if (!judged) {
      return Optional.empty();
    }
    return Optional.of(judgementDate != null ? judgementDate : LocalDate.of(year, 9, 30));
  }

  /**
   * One row per metric, each with a value per column.
   *
   * @return the rows, in the order of {@link #metrics()}
   */
  public List<ComparisonRow> rows() {
    return rows;
  }

  /**
   * The row of a metric.
   *
   * @param metric one of the shown metrics
   * @return the metric's row, a value per column
   * @throws IllegalArgumentException if the metric is not shown
   */
  public ComparisonRow row(Metric metric) {
    return rows.get(metricIndex(metric));
  }

  /**
   * One cell.
   *
   * @param area a column: one of the authorities (matched by LA number), a region or {@link
   *     England#INSTANCE}
   * @param metric one of the shown metrics
   * @return the cell's value; {@code x} when the area has no row that year
   * @throws IllegalArgumentException if the metric is not shown or the area is not a column
   */
  public Value value(Metric metric, Area area) {
    return rows.get(metricIndex(metric)).values().get(columnIndex(area));
  }

  /**
   * Every shown metric's value for one column, in metric order.
   *
   * @param area a column: one of the authorities (matched by LA number), a region or {@link
   *     England#INSTANCE}
   * @return the column's values keyed by metric, in the order of {@link #metrics()}
   * @throws IllegalArgumentException if the area is not a column
   */
  public Map<Metric, Value> column(Area area) {
    int c = columnIndex(area);
    ImmutableMap.Builder<Metric, Value> out = ImmutableMap.builder();
    for (ComparisonRow r : rows) {
      out.put(r.metric(), r.values().get(c));
    }
    return out.buildOrThrow();
  }

  /**
   * The snapshot behind a column, or empty when its area has no row that year.
   *
   * @param area a column: one of the authorities (matched by LA number), a region or {@link
   *     England#INSTANCE}
   * @return the column's snapshot, or empty
   * @throws IllegalArgumentException if the area is not a column
   */
  public Optional<Snapshot> snapshot(Area area) {
    return Optional.ofNullable(found.get(columns.get(columnIndex(area))));
  }

  /**
   * The Ofsted judgement in force for a compared authority on the comparison's census date (30
   * September of its year): the latest one published on or before it, matched through every ONS
   * code the authority has had. Empty when none was in force, when the authority has no row that
   * year, or when the workforce was not joined with judgements ({@link #hasJudgements()}). For a
   * combined return ({@code 314 / 318}) it is the latest of its partners' judgements; Ofsted
   * judges each council separately, and the comparison's tables name each partner's ({@link
   * Judgements#inForceByCode} gives them).
   *
   * <pre>{@code
   * Comparison c = workforce.withJudgements(ofsted).year(2025).compare("Staffordshire");
   * c.judgement(c.authorities().get(0)).map(j -> j.overall().label()); // Optional[Good]
   * }</pre>
   *
   * @param authority one of the compared authorities, matched by LA number
   * @return the judgement in force, or empty
   * @throws IllegalArgumentException if the authority is not compared
   */
  public Optional<Judgement> judgement(Authority authority) {
    checkNotNull(authority, "authority is null");
    int i = columnIndex(authority);
    return judgements.get(i);
  }

  /** The judgements joined, to say what they cover; empty when not joined. */
  Optional<Judgements> joinedJudgements() {
    return Optional.ofNullable(source);
  }

  /**
   * True when the workforce compared was joined with judgements ({@link
   * Workforce#withJudgements(Judgements)}): {@link #table()} then shows an "Ofsted judgement"
   * line and writers a judgement per authority.
   *
   * @return true when judgements are joined
   */
  public boolean hasJudgements() {
    return judged;
  }

  /**
   * The columns whose area has no row in the year: all their cells read {@code x}.
   *
   * @return the absent areas, in column order; empty when every column has a row
   */
  public List<Area> absent() {
    ImmutableList.Builder<Area> out = ImmutableList.builder();
    for (Area a : columns) {
      if (!found.containsKey(a)) {
        out.add(a);
      }
    }
    return out.build();
  }

  /**
   * The result as a table; render it with {@link #format(Format)}.
   *
   * @return the table
   */
  @Override
  public Table table() {
    return ResultTables.comparison(this);
  }

  /**
   * The comparison with one row per area (the authorities, their regions, England) and a column
   * per metric: the shape every other result's rows have, for analysis and export.
   *
   * @return the table
   */
  public Table byArea() {
    return ResultTables.comparisonByArea(this);
  }

  private int metricIndex(Metric metric) {
    checkNotNull(metric, "metric is null");
    int i = metrics.indexOf(metric);
    checkArgument(i >= 0, "%s is not shown in this comparison; metrics: %s", metric, metrics);
    return i;
  }

  private int columnIndex(Area area) {
    checkNotNull(area, "area is null");
    for (int i = 0; i < columns.size(); i++) {
      Area c = columns.get(i);
      if (c.equals(area)) {
        return i;
      }
    }
    throw new IllegalArgumentException(area + " is not a column of this comparison; columns: "
        + columns);
  }

  /** Equal when the year, columns, metrics, every cell and the judgements are equal. */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Comparison c && year == c.year && columns.equals(c.columns)
        && rows.equals(c.rows) && judged == c.judged && judgements.equals(c.judgements)
        && java.util.Objects.equals(source, c.source)
        && java.util.Objects.equals(judgementDate, c.judgementDate));
  }

  /**
   * A hash of the year, columns, cells and judgements, and the judgements joined and their date
   * (a combined return's partners are looked up in them for the table).
   */
  @Override
  public int hashCode() {
    return (((year * 31 + columns.hashCode()) * 31 + rows.hashCode()) * 31
        + judgements.hashCode()) * 31 + java.util.Objects.hash(source, judgementDate);
  }

  /**
   * For example {@code Comparison[2017: Staffordshire (860), Shropshire (893), West Midlands,
   * England; 24 metrics]}.
   */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    for (Area a : columns) {
      names.add(a.toString());
    }
    return "Comparison[" + year + ": " + String.join(", ", names) + "; " + metrics.size()
        + " metrics]";
  }
}
