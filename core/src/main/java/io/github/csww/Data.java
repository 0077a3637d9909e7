package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/** The snapshots a workforce and all its views share, sorted, with an index by year. */
final class Data implements Measures.Finder, Ranking.Lookup {
  /** Unmodifiable; its sub-lists are too. */
  final List<Snapshot> all;
  final NavigableSet<Integer> years;
  final LoadReport report;
  /** For each year, the index of its first snapshot in {@link #all}. */
  private final Map<Integer, int[]> yearRange = new HashMap<>();
  /** Built on first use; shared with every copy made by {@link #withJoins}. */
  private final LazyDirectory directory;
  /** The neighbour model and judgements joined to the workforce; shared by its views. */
  final Joins joins;

  /**
   * The snapshots in year order: a view of the array, not a copy (a copy would hold a second
   * reference a row while the load's other arrays are still alive, at peak memory).
   */
  private Data(Snapshot[] sorted, LoadReport report) {
    this.all = Collections.unmodifiableList(java.util.Arrays.asList(sorted));
    this.report = report;
    this.joins = Joins.NONE;
    TreeSet<Integer> ys = new TreeSet<>();
    int i = 0;
    while (i < sorted.length) {
      int y = sorted[i].year();
      int start = i;
      while (i < sorted.length && sorted[i].year() == y) {
        i++;
      }
      yearRange.put(y, new int[] {start, i});
      ys.add(y);
    }
    this.years = Collections.unmodifiableNavigableSet(ys);
    this.directory = new LazyDirectory(all);
  }

  /** The same snapshots, index and directory, with other joins. */
  private Data(Data base, Joins joins) {
    this.all = base.all;
    this.report = base.report;
    this.years = base.years;
    this.yearRange.putAll(base.yearRange);
    this.directory = base.directory;
    this.joins = joins;
  }

  Data withJoins(Joins j) {
    return new Data(this, j);
  }

  /** The order of areas inside a year: level, name (ignoring case, then with it), code, LA number. */
  private static final Comparator<Area> AREA_ORDER =
      new Comparator<>() {
        @Override
        public int compare(Area a, Area b) {
          int c = a.level().compareTo(b.level());
          c = c != 0 ? c : String.CASE_INSENSITIVE_ORDER.compare(a.label(), b.label());
          c = c != 0 ? c : a.label().compareTo(b.label());
          c = c != 0 ? c : a.code().compareTo(b.code());
          return c != 0 ? c : compareLaNumbers(laNumbers(a), laNumbers(b));
        }
      };

  /**
   * Sorts the snapshots by year and area, gives every snapshot of an LA number the one merged
   * {@link Authority} (codes and names in year order), and refuses a second snapshot of an area
   * in a year. Work per row is a few identity look-ups and a place in a grid of years by areas
   * ({@link #byYearAndArea}); comparisons of names happen once per distinct area, not once per
   * row.
   */
  static Data of(Collection<Snapshot> snapshots, LoadReport report) {
    // A reader's list is read in place; any other collection is copied once.
    List<Snapshot> rows = snapshots instanceof java.util.RandomAccess
        && snapshots instanceof List<Snapshot> list ? list : new ArrayList<>(snapshots);
    for (int i = 0; i < rows.size(); i++) {
      checkNotNull(rows.get(i), "snapshots must not contain null");
    }
    // Distinct area instances (readers share them), in order of first appearance, with the
    // first year each appears in, and the years the rows span. Two identity look-ups a row in
    // all: here and for the grid.
    IdentityHashMap<Area, Slot> slots = new IdentityHashMap<>();
    List<Slot> variants = new ArrayList<>();
    int minYear = Integer.MAX_VALUE;
    int maxYear = Integer.MIN_VALUE;
    for (Snapshot s : rows) {
      minYear = Math.min(minYear, s.year());
      maxYear = Math.max(maxYear, s.year());
      Slot slot = slots.get(s.area());
      if (slot == null) {
        slot = new Slot(s.area(), s.year());
        slots.put(s.area(), slot);
        variants.add(slot);
      } else if (s.year() < slot.firstYear) {
        slot.firstYear = s.year();
      }
    }
    variants.sort(Slot.BY_FIRST_YEAR); // stable: ties keep order
    Map<List<Integer>, Authority> merged = new LinkedHashMap<>();
    for (Slot v : variants) {
      if (v.area instanceof Authority x) {
        Authority before = merged.get(x.laNumbers());
        merged.put(x.laNumbers(), before == null ? x : before.merge(x));
      }
    }
    // Each instance's canonical area, and each canonical area's rank in AREA_ORDER.
    IdentityHashMap<Area, Integer> rankOf = new IdentityHashMap<>();
    List<Area> distinct = new ArrayList<>();
    for (Slot v : variants) {
      Area a = v.area;
      v.canonical = a instanceof Authority x ? merged.get(x.laNumbers())
          : a instanceof England ? England.INSTANCE : a;
      if (rankOf.put(v.canonical, -1) == null) {
        distinct.add(v.canonical);
      }
    }
    distinct.sort(AREA_ORDER);
    checkArgument(distinct.size() < (1 << 21), "at most %s areas, got %s", 1 << 21,
        distinct.size());
    for (int i = 0; i < distinct.size(); i++) {
      rankOf.put(distinct.get(i), i);
    }
    for (Slot v : variants) {
      v.rank = rankOf.get(v.canonical);
    }
    return new Data(byYearAndArea(rows, slots, distinct, minYear, maxYear), report);
  }

  /**
   * The rows in year order, then in the order of {@code distinct}, each with its canonical area;
   * refuses a second row of an area in a year. Each (year, area) holds at most one row, so when
   * the grid of years by areas has at most twice the rows' cells, and 64 more (the published
   * file: 9 years by 168 areas for 1,463 rows), each row is placed in its cell of the grid and
   * the grid read in order, in time linear in the rows; a sparser grid falls back to sorting
   * primitive keys. With more than one duplicate, the grid names the first in the order given,
   * the sort the earliest year and area: either way one of them.
   *
   * @param minYear the earliest year of the rows
   * @param maxYear the latest
   */
  private static Snapshot[] byYearAndArea(List<Snapshot> rows, IdentityHashMap<Area, Slot> slots,
      List<Area> distinct, int minYear, int maxYear) {
    int n = rows.size();
    if (n == 0) {
      return new Snapshot[0];
    }
    int areas = distinct.size();
    long grid = (long) (maxYear - minYear + 1) * areas;
    Snapshot[] sorted = new Snapshot[n];
    if (grid > 2L * n + 64 || grid > Integer.MAX_VALUE - 8) { // the second: no int array
      return sortedByKeys(rows, slots, distinct, sorted);
    }
    // The cell of each row, as its index + 1 (0: no row).
    int[] cells = new int[(int) grid];
    for (int i = 0; i < n; i++) {
      Snapshot s = rows.get(i);
      int rank = slots.get(s.area()).rank;
      int cell = (s.year() - minYear) * areas + rank;
      if (cells[cell] != 0) {
        throw twoSnapshots(distinct.get(rank), s.year());
      }
      cells[cell] = i + 1;
    }
    for (int[] pair : partnerPairs(distinct)) {
      for (int y = 0; y <= maxYear - minYear; y++) {
        if (cells[y * areas + pair[0]] != 0 && cells[y * areas + pair[1]] != 0) {
          throw countedTwice(distinct.get(pair[1]), distinct.get(pair[0]), minYear + y);
        }
      }
    }
    int k = 0;
    for (int cell = 0; cell < cells.length; cell += areas) {
      for (int rank = 0; rank < areas; rank++) {
        int row = cells[cell + rank];
        if (row != 0) {
          sorted[k++] = rows.get(row - 1).withArea(distinct.get(rank));
        }
      }
    }
    return sorted;
  }

  /** {@link #byYearAndArea} for a sparse grid: a sort of year, area rank and row index keys. */
  private static Snapshot[] sortedByKeys(List<Snapshot> rows, IdentityHashMap<Area, Slot> slots,
      List<Area> distinct, Snapshot[] sorted) {
    // Sort keys: year (11 bits from 1900), area rank (21 bits), row index (31 bits).
    long[] keys = new long[rows.size()];
    for (int i = 0; i < keys.length; i++) {
      Snapshot s = rows.get(i);
      keys[i] = ((long) (s.year() - 1900) << 52) | ((long) slots.get(s.area()).rank << 31) | i;
    }
    java.util.Arrays.sort(keys);
    List<int[]> pairs = partnerPairs(distinct);
    if (!pairs.isEmpty()) {
      java.util.Set<Long> yearAndRank = new java.util.HashSet<>();
      for (long k : keys) {
        yearAndRank.add(k >>> 31);
      }
      for (long k : keys) {
        int rank = (int) ((k >>> 31) & ((1 << 21) - 1));
        long year = k >>> 52;
        for (int[] pair : pairs) {
          if (pair[0] == rank && yearAndRank.contains((year << 21) | pair[1])) {
            throw countedTwice(distinct.get(pair[1]), distinct.get(rank), (int) year + 1900);
          }
        }
      }
    }
    for (int i = 0; i < keys.length; i++) {
      Area canonical = distinct.get((int) ((keys[i] >>> 31) & ((1 << 21) - 1)));
      Snapshot s = rows.get((int) (keys[i] & 0x7fffffffL));
      if (i > 0 && (keys[i] >>> 31) == (keys[i - 1] >>> 31)) {
        throw twoSnapshots(canonical, s.year());
      }
      sorted[i] = s.withArea(canonical);
    }
    return sorted;
  }

  /**
   * The ranks of each combined return ({@code 314 / 318}) and of each authority among its
   * partners that has snapshots of its own, as {@code {combined, partner}}: both in one year
   * would count the partner twice.
   */
  private static List<int[]> partnerPairs(List<Area> distinct) {
    List<int[]> pairs = new ArrayList<>();
    Map<Integer, Integer> single = null;
    for (int i = 0; i < distinct.size(); i++) {
      if (distinct.get(i) instanceof Authority a && a.isCombined()) {
        if (single == null) {
          single = new HashMap<>();
          for (int j = 0; j < distinct.size(); j++) {
            if (distinct.get(j) instanceof Authority b && !b.isCombined()) {
              single.put(b.laNumbers().get(0), j);
            }
          }
        }
        for (Integer number : a.laNumbers()) {
          Integer j = single.get(number);
          if (j != null) {
            pairs.add(new int[] {i, j});
          }
        }
      }
    }
    return pairs;
  }

  private static IllegalArgumentException countedTwice(Area partner, Area combined, int year) {
    return new IllegalArgumentException(partner + " and the combined return " + combined
        + " both have a snapshot in " + year + ": the partner would be counted twice; expected "
        + "the partner inside the combined return only");
  }

  private static IllegalArgumentException twoSnapshots(Area canonical, int year) {
    return new IllegalArgumentException("two snapshots for " + canonical + " in " + year
        + ": each area has one per year");
  }

  /** One distinct area instance of the snapshots given to {@link #of}. */
  private static final class Slot {
    static final Comparator<Slot> BY_FIRST_YEAR = new Comparator<>() {
      @Override
      public int compare(Slot a, Slot b) {
        return Integer.compare(a.firstYear, b.firstYear);
      }
    };
    final Area area;
    int firstYear;
    Area canonical;
    int rank;

    Slot(Area area, int firstYear) {
      this.area = area;
      this.firstYear = firstYear;
    }
  }

  private static List<Integer> laNumbers(Area a) {
    return a instanceof Authority x ? x.laNumbers() : List.of();
  }

  private static int compareLaNumbers(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** The snapshots a filter selects, in order; an unmodifiable list. */
  List<Snapshot> select(ViewFilter filter) {
    List<Snapshot> range = all;
    if (filter.yearFrom > filter.yearTo) {
      return List.of();
    }
    if (filter.hasYears()) {
      int from = Integer.MAX_VALUE;
      int to = Integer.MIN_VALUE;
      for (int y : years.subSet(filter.yearFrom, true, filter.yearTo, true)) {
        int[] r = yearRange.get(y);
        from = Math.min(from, r[0]);
        to = Math.max(to, r[1]);
      }
      if (from > to) {
        return List.of();
      }
      range = all.subList(from, to);
    }
    if (filter.levels == null && filter.region == null && filter.predicates.isEmpty()) {
      return range; // all, or a sub-list of it: unmodifiable either way
    }
    List<Snapshot> out = new ArrayList<>();
    for (Snapshot s : range) {
      if (filter.test(s)) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  /** Resolves what a caller names to an area, by the given years (for rankings). */
  @Override
  public Area resolve(String query, java.util.Set<Integer> years) {
    return directory().resolveArea(query, years);
  }

  @Override
  public Optional<Snapshot> find(Area area, int year) {
    int[] r = yearRange.get(year);
    if (r == null) {
      return Optional.empty();
    }
    for (int i = r[0]; i < r[1]; i++) {
      if (all.get(i).area().equals(area)) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  int latestYear() {
    if (years.isEmpty()) {
      throw new IllegalStateException("the workforce holds no snapshots");
    }
    return years.last();
  }

  String yearsText() {
    if (years.isEmpty()) {
      return "none";
    }
    return years.size() == 1 ? years.first().toString() : years.first() + " to " + years.last();
  }

  String emptyHint() {
    return all.isEmpty() ? " (the workforce is empty)" : "; the workforce holds " + yearsText();
  }

  Directory directory() {
    return directory.get();
  }

  /** The directory of a data set's snapshots, built once on first use (thread-safe). */
  private static final class LazyDirectory {
    private final List<Snapshot> all;
    private volatile Directory value;

    LazyDirectory(List<Snapshot> all) {
      this.all = all;
    }

    Directory get() {
      Directory d = value;
      if (d == null) {
        synchronized (this) {
          d = value;
          if (d == null) {
            d = buildDirectory(all);
            value = d;
          }
        }
      }
      return d;
    }
  }

  private static Directory buildDirectory(List<Snapshot> all) {
    Map<List<Integer>, Authority> byKey = new LinkedHashMap<>();
    Map<Authority, java.util.SortedSet<Integer>> yearsOf = new HashMap<>();
    for (Snapshot s : all) {
      if (s.area() instanceof Authority a) {
        byKey.putIfAbsent(a.laNumbers(), a);
        yearsOf.computeIfAbsent(a, k -> new java.util.TreeSet<>()).add(s.year());
      }
    }
    List<Authority> list = new ArrayList<>(byKey.values());
    list.sort(Comparator.comparing(Authority::name, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(Authority::laNumber));
    return new Directory(list, yearsOf);
  }
}
