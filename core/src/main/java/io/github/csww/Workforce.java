package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import io.github.csww.spi.WorkforceReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
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
public final class Workforce extends WorkforceLookups {

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
   *     installed reader accepts it (an {@link UnrecognisedFileException}, which says whether the
   *     file is empty or a zip archive such as a spreadsheet)
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
   *     installed reader accepts it ({@link UnrecognisedFileException})
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
   *     when no installed reader accepts it ({@link UnrecognisedFileException})
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
   *     when no installed reader accepts it ({@link UnrecognisedFileException})
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
   * <p>The result keeps this workforce's {@link #report()} (what the load read) and its joins:
   * the judgements of {@link #withJudgements(Judgements)} and the model of {@link
   * #withNeighbours(StatisticalNeighbours)}, for every view made from it. Every authority that is
   * not reorganised keeps its judgements and its neighbours. A derived unit has no judgement of
   * its own: Ofsted judges each authority, the unit's code ({@code derived-2023}) is no ONS code,
   * and no one member's judgement stands for the others, so it shows none in force, a {@code
   * grade(...)} filter leaves it out, and the notes on judgements do not count it among the
   * authorities without one. A derived unit holds the LA numbers of all its members, so a
   * neighbour the model names by a member's number (Cumbria's 909, Cumberland's 942) is found as
   * the unit, once; the unit's own neighbours are those of the first of its numbers the model
   * has a group for, as for a combined return.
   *
   * <pre>{@code
   * workforce.comparableGeography().trend("909", Metric.CASELOAD);   // 2017..2025
   * workforce.withJudgements(ofsted).comparableGeography().rankBy(CASELOAD)
   *     .grade(Grade.INADEQUATE);                                   // judgements kept
   * }</pre>
   *
   * @return the re-aggregated workforce, with this one's load report and joins
   */
  public Workforce comparableGeography() {
    return new Workforce(Data.of(ComparableGeography.of(snapshots()), data.report)
        .withJoins(data.joins), ViewFilter.ALL);
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
    return region(Directory.region(nameOrCode));
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

  /** The same view of the same snapshots with other joins. */
  @Override
  Workforce withJoins(Joins joins) {
    return new Workforce(data.withJoins(joins), filter);
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

}
