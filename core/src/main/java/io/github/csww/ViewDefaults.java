package io.github.csww;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A view's data and filter with the defaults a query applies to them: local authorities unless
 * the view names a level, the latest year unless it names years, one year where a query needs
 * one. Made afresh for each query; holds nothing of its own.
 */
record ViewDefaults(Data data, ViewFilter filter) {

  /** The filter with local authorities as its level unless it names levels. */
  ViewFilter withDefaultLevel() {
    return filter.levels == null ? filter.levels(EnumSet.of(Level.LOCAL_AUTHORITY)) : filter;
  }

  /** The view with the query defaults applied: one level and the latest year unless named. */
  List<Snapshot> rankable() {
    return latestYearOf(data.select(withDefaultLevel()));
  }

  /** The rows of the latest year among the given sorted rows, unless the view names years. */
  List<Snapshot> latestYearOf(List<Snapshot> rows) {
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

  /** Every row of an area in the view's years, at any level, oldest first. */
  List<Snapshot> rowsOf(Area area) {
    List<Snapshot> out = new ArrayList<>();
    for (Snapshot s : data.select(filter.levels(null))) {
      if (s.area().equals(area)) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  /** The years a view names, for look-ups by name; empty (every year) when it names none. */
  Set<Integer> viewYears() {
    if (!filter.hasYears()) {
      return Set.of();
    }
    return Set.copyOf(data.years.subSet(Math.max(filter.yearFrom, 1900), true,
        Math.min(filter.yearTo, 2999), true));
  }

  /** The year a query uses when the view is empty. */
  int defaultYear() {
    return filter.hasYears() ? filter.yearFrom : data.latestYear();
  }

  /**
   * The year of a query whose view holds no rows for it (a region without authorities, say): the
   * year the view names, else the latest.
   *
   * @throws UnsupportedViewException if the view's year steps leave no year (as {@code
   *     year(2017).year(2018)} does), or the workforce holds no snapshots
   */
  int yearOfEmpty(String what) {
    if (filter.hasYears() && filter.yearFrom > filter.yearTo) {
      throw new UnsupportedViewException(what + " needs a year, but the view's year steps leave "
          + "none (" + filter.yearTo + " and " + filter.yearFrom + " do not overlap)"
          + data.emptyHint());
    }
    if (data.all.isEmpty()) {
      throw new UnsupportedViewException(what + " needs a year, but the workforce holds no "
          + "snapshots");
    }
    return defaultYear();
  }

  /**
   * The one year a query works on: the view's only year, or the latest when the view names none.
   *
   * @throws UnsupportedViewException if the view is empty or spans several years
   */
  int oneYear(String what) {
    List<Snapshot> view = data.select(filter); // sorted by year
    if (view.isEmpty()) {
      throw new UnsupportedViewException(what + " needs a year, but the view holds no snapshots"
          + data.emptyHint());
    }
    int first = view.get(0).year();
    int last = view.get(view.size() - 1).year();
    if (first != last && filter.hasYears()) {
      throw new UnsupportedViewException(what + " needs one year, the view spans " + first + " to "
          + last + "; call year(y) first");
    }
    return last;
  }

  /**
   * The rows a ranking by a measure ranks: those of the measure's later year for a change, else
   * {@link #rankable()}.
   *
   * @throws UnsupportedViewException if the measure's year is excluded or not held
   */
  List<Snapshot> rankRows(Measure measure) {
    Optional<Integer> year = Measures.year(measure);
    if (year.isEmpty()) {
      return rankable();
    }
    int y = year.get();
    if (filter.hasYears() && (y < filter.yearFrom || y > filter.yearTo)) {
      throw new UnsupportedViewException("rankBy(" + measure + ") ranks " + y
          + ", which this view excludes; rank a view that includes " + y);
    }
    if (!data.years.contains(y)) {
      throw new UnsupportedViewException("rankBy(" + measure + ") needs figures for " + y
          + ", which the workforce does not hold; years present: " + data.yearsText());
    }
    return data.select(withDefaultLevel().years(y, y));
  }

  /**
   * The rows {@code aggregate(metric)} sums: {@link #rankable()}, checked to be of one year.
   *
   * @throws UnsupportedViewException if they span several years or levels
   */
  List<Snapshot> aggregateRows(Metric metric) {
    List<Snapshot> rows = rankable();
    if (rows.isEmpty()) {
      return rows;
    }
    int year = rows.get(0).year();
    Level level = rows.get(0).area().level();
    for (Snapshot s : rows) {
      if (s.year() != year) {
        throw new UnsupportedViewException("aggregate(" + metric + ") needs one year, the view "
            + "spans " + year + " and " + s.year() + "; call year(y) first");
      }
      if (s.area().level() != level) {
        throw new UnsupportedViewException("aggregate(" + metric + ") needs one level, the view "
            + "holds " + level.label() + " and " + s.area().level().label()
            + " rows; call level(l) first");
      }
    }
    return rows;
  }

  /** The area a view aggregates: its region, else England. */
  Area aggregated() {
    return filter.region == null ? England.INSTANCE : filter.region;
  }

  /** Whether a condition ({@code where}) picks the view's rows. */
  boolean filtered() {
    return !filter.predicates.isEmpty();
  }

  /** The published figure for the areas the view aggregates, when the view is one of those. */
  Optional<Value> published(Metric metric, int year) {
    if (!filter.predicates.isEmpty() || (filter.levels != null
        && !filter.levels.equals(EnumSet.of(Level.LOCAL_AUTHORITY)))) {
      return Optional.empty();
    }
    return data.find(aggregated(), year).map(s -> s.value(metric));
  }
}
