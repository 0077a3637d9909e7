package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One area's series for one metric: a point for every year present, and the change from each
 * point to the next where both are numbers, flagged when it spans a year the publisher says is
 * not comparable with the one before ({@link SeriesBreak}).
 *
 * <p>An authority is keyed by its LA number, so its series runs across ONS code changes: Somerset
 * (933) is one series from 2017 (E10000027) to 2025 (E06000066). A year the view holds no row for
 * has no point; a change then runs between the two years either side of the gap. A suppressed
 * value is a point with its {@link Suppression} and has no change to or from it.
 *
 * <pre>{@code
 * Trend t = workforce.authority("Somerset").trend(Metric.CASELOAD);
 * t.points();                          // [2017 13.3, 2018 15.3, ..., 2025 15.2]
 * Trend.Change c = t.change(2018).orElseThrow();
 * c.absolute();                        // 2.0: 15.3 - 13.3
 * c.relative();                        // 15.037...: percent of 13.3
 * c.comparable();                      // true
 * System.out.print(t.format(Format.TEXT));
 * }</pre>
 */
public final class Trend implements Result {
  private final Area area;
  private final Metric metric;
  private final ImmutableList<Point> points;
  private final ImmutableList<Change> changes;
  /** The area as each point's row published it (its code and name that year), by point. */
  private final ImmutableList<Area> published;

  private Trend(Area area, Metric metric, ImmutableList<Point> points,
      ImmutableList<Change> changes, ImmutableList<Area> published) {
    this.area = area;
    this.metric = metric;
    this.points = points;
    this.changes = changes;
    this.published = published;
  }

  /**
   * The trend of one area's snapshots.
   *
   * @param snapshots the area's snapshots, one per year, in any order
   * @throws IllegalArgumentException if a snapshot is for another area or two share a year
   */
  static Trend of(Area area, Metric metric, List<Snapshot> snapshots) {
    checkNotNull(area, "area is null");
    checkNotNull(metric, "metric is null");
    List<Snapshot> sorted = new ArrayList<>(snapshots);
    sorted.sort((a, b) -> Integer.compare(a.year(), b.year()));
    ImmutableList.Builder<Point> points = ImmutableList.builder();
    ImmutableList.Builder<Change> changes = ImmutableList.builder();
    ImmutableList.Builder<Area> published = ImmutableList.builder();
    Snapshot previous = null;
    for (Snapshot s : sorted) {
      checkArgument(s.area().equals(area), "a trend of %s was given a snapshot of %s", area,
          s.area());
      checkArgument(previous == null || previous.year() != s.year(),
          "a trend of %s was given two snapshots for %s", area, s.year());
      points.add(new Point(s.year(), s.value(metric)));
      published.add(s.publishedArea());
      if (previous != null && previous.has(metric) && s.has(metric)) {
        changes.add(Change.between(previous.year(), previous.number(metric), s.year(),
            s.number(metric)));
      }
      previous = s;
    }
    return new Trend(area, metric, points.build(), changes.build(), published.build());
  }

  /**
   * The area as the row of a point's year published it: Somerset is E10000027 in 2017 and
   * E06000066 in 2023. The table's area columns show it, as a ranking's do.
   *
   * @param index the point's index in {@link #points()}
   */
  Area publishedArea(int index) {
    return published.get(index);
  }

  /**
   * The area the series is for.
   *
   * @return the authority, region or England
   */
  public Area area() {
    return area;
  }

  /**
   * The metric the series is of.
   *
   * @return the metric
   */
  public Metric metric() {
    return metric;
  }

  /**
   * One point per year present, oldest first; suppressed values included.
   *
   * @return the points; empty when the view holds no row for the area
   */
  public List<Point> points() {
    return points;
  }

  /**
   * The change between each pair of consecutive points where both are numbers, oldest first.
   * There is none to or from a suppressed point.
   *
   * @return the changes; empty when fewer than two consecutive points are numbers
   */
  public List<Change> changes() {
    return changes;
  }

  /**
   * The point for a year.
   *
   * @param year the reporting year, for example {@code 2017}
   * @return the point, a number or a suppression; empty when the series has none for the year
   */
  public Optional<Point> point(int year) {
    for (Point p : points) {
      if (p.year() == year) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The change into a year from the point before it, or empty when the year has no point, is the
   * first, or either value is suppressed.
   *
   * @param toYear the later year of the change
   * @return the change into that year, or empty
   */
  public Optional<Change> change(int toYear) {
    for (Change c : changes) {
      if (c.toYear() == toYear) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the series is empty.
   *
   * @return true when the series has no points
   */
  public boolean isEmpty() {
    return points.isEmpty();
  }

  /**
   * The result as a table; render it with {@link #format(Format)}.
   *
   * @return the table
   */
  @Override
  public Table table() {
    return ResultTables.trend(this);
  }

  private static String signed(double d) {
    String s = Value.of(d).toString();
    return d > 0 ? "+" + s : s;
  }

  /** Equal when the area, metric and points are equal. */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Trend t && area.equals(t.area) && metric == t.metric
        && points.equals(t.points));
  }

  /** A hash of the area, metric and points. */
  @Override
  public int hashCode() {
    return (area.hashCode() * 31 + metric.hashCode()) * 31 + points.hashCode();
  }

  /** For example {@code Trend[Somerset (933) CASELOAD, 2017-2025, 9 points, 8 changes]}. */
  @Override
  public String toString() {
    return "Trend[" + area + " " + metric
        + (points.isEmpty() ? "" : ", " + points.get(0).year() + "-"
            + points.get(points.size() - 1).year())
        + ", " + points.size() + " points, " + changes.size() + " changes]";
  }

  /**
   * One year of a {@link Trend}.
   *
   * <pre>{@code
   * for (Trend.Point p : trend.points()) {
   *   System.out.println(p.year() + ": " + p.value());
   * }
   * }</pre>
   *
   * @param year the reporting year
   * @param value the published value, a number or a suppression
   */
  public record Point(int year, Value value) {
    /**
     * Checks the parts.
     *
     * @param year the reporting year
     * @param value the published value, a number or a suppression
     */
    public Point {
      checkNotNull(value, "a trend point needs a value");
    }

    /** For example {@code 2017 26.4}. */
    @Override
    public String toString() {
      return year + " " + value;
    }
  }

  /**
   * The change from one point of a {@link Trend} to the next, where both are numbers.
   *
   * <p>The absolute change is the decimal difference of the two published figures ({@code 15.3 -
   * 13.3} is {@code 2.0}, not {@code 1.9999999999999998}); the relative change is the absolute
   * change in percent of the earlier figure, {@link Suppression#NOT_APPLICABLE} when the earlier
   * figure is zero. The absolute change is in the metric's unit, except for a percentage, whose
   * change is in percentage points: the table's {@code change} column says so ({@code Change
   * (percentage points)}), and its {@code change_percent} column is in per cent.
   *
   * <pre>{@code
   * Trend.Change c = trend.change(2018).orElseThrow();
   * if (!c.comparable()) {
   *   System.out.println("spans " + c.breaks());
   * }
   * }</pre>
   *
   * @param fromYear the earlier point's year
   * @param toYear the later point's year, after {@code fromYear}
   * @param from the earlier figure
   * @param to the later figure
   * @param absolute {@code to - from}
   * @param relative {@code 100 × absolute / from}, or {@code z} when {@code from} is zero
   * @param breaks the series breaks the change spans: years after {@code fromYear}, up to {@code
   *     toYear}, that the publisher says are not comparable with the year before
   */
  public record Change(int fromYear, int toYear, double from, double to, double absolute,
      Value relative, List<SeriesBreak> breaks) {

    /**
     * Checks and copies the parts.
     *
     * @param fromYear the earlier point's year
     * @param toYear the later point's year, after {@code fromYear}
     * @param from the earlier figure, finite
     * @param to the later figure, finite
     * @param absolute {@code to - from}, finite
     * @param relative {@code 100 × absolute / from}, or {@code z} when {@code from} is zero
     * @param breaks the series breaks the change spans; empty when it spans none
     * @throws IllegalArgumentException if {@code fromYear} is not before {@code toYear} or a
     *     figure is not finite
     */
    public Change {
      checkArgument(fromYear < toYear, "a change runs forward, got %s to %s", fromYear, toYear);
      checkArgument(Double.isFinite(from) && Double.isFinite(to) && Double.isFinite(absolute),
          "a change needs finite numbers, got %s, %s and %s", from, to, absolute);
      checkNotNull(relative, "a change needs a relative value");
      breaks = ImmutableList.copyOf(breaks);
    }

    /** The change between two published figures, with the breaks it spans. */
    static Change between(int fromYear, double from, int toYear, double to) {
      double absolute = BigDecimal.valueOf(to).subtract(BigDecimal.valueOf(from)).doubleValue();
      Value relative = from == 0 ? Value.suppressed(Suppression.NOT_APPLICABLE)
          : Value.of(100 * absolute / from);
      return new Change(fromYear, toYear, from, to, absolute, relative,
          SeriesBreak.between(fromYear, toYear));
    }

    /**
     * Whether the two figures are comparable.
     *
     * @return true when the change spans no series break
     */
    public boolean comparable() {
      return breaks.isEmpty();
    }

    /** For example {@code 2017-2018: 13.3 -> 15.3 (+2, +15.0%)}. */
    @Override
    public String toString() {
      String rel = relative.isPresent()
          ? String.format(Locale.ROOT, "%+.1f%%", relative.doubleValue()) : relative.toString();
      return fromYear + "-" + toYear + ": " + Value.of(from) + " -> " + Value.of(to) + " ("
          + signed(absolute) + ", " + rel + ")" + (comparable() ? "" : ", not comparable");
    }
  }
}
