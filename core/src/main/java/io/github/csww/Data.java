package io.github.csww;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The snapshots a workforce and all its views share, sorted, with an index by year. */
final class Data {
  static final Comparator<Snapshot> CANONICAL =
      Comparator.comparingInt(Snapshot::year)
          .thenComparing(s -> s.area().level())
          .thenComparing(s -> s.area().name(), String.CASE_INSENSITIVE_ORDER)
          .thenComparing(s -> s.area().name())
          .thenComparing(s -> s.area().code())
          .thenComparing(Data::laNumbers, Data::compareLaNumbers);

  final ImmutableList<Snapshot> all;
  final ImmutableSortedSet<Integer> years;
  final LoadReport report;
  /** For each year, the index of its first snapshot in {@link #all}. */
  private final Map<Integer, int[]> yearRange = new HashMap<>();
  private final Supplier<Directory> directory;
  /** The neighbour model and judgements joined to the workforce; shared by its views. */
  final Joins joins;

  private Data(ImmutableList<Snapshot> all, LoadReport report) {
    this.all = all;
    this.report = report;
    this.joins = Joins.NONE;
    ImmutableSortedSet.Builder<Integer> ys = ImmutableSortedSet.naturalOrder();
    int i = 0;
    while (i < all.size()) {
      int y = all.get(i).year();
      int start = i;
      while (i < all.size() && all.get(i).year() == y) {
        i++;
      }
      yearRange.put(y, new int[] {start, i});
      ys.add(y);
    }
    this.years = ys.build();
    this.directory = Suppliers.memoize(this::buildDirectory);
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

  static Data of(Collection<Snapshot> snapshots, LoadReport report) {
    List<Snapshot> sorted = new ArrayList<>(snapshots.size());
    for (Snapshot s : snapshots) {
      checkNotNull(s, "snapshots must not contain null");
      sorted.add(s);
    }
    // One Authority per LA number(s), with its codes and names in year order.
    sorted.sort(Comparator.comparingInt(Snapshot::year));
    Map<List<Integer>, Authority> merged = new LinkedHashMap<>();
    for (Snapshot s : sorted) {
      if (s.area() instanceof Authority a) {
        merged.merge(a.laNumbers(), a, Authority::merge);
      }
    }
    for (int i = 0; i < sorted.size(); i++) {
      Snapshot s = sorted.get(i);
      if (s.area() instanceof Authority a) {
        sorted.set(i, s.withArea(merged.get(a.laNumbers())));
      }
    }
    sorted.sort(CANONICAL);
    // Equal areas need not be neighbours (two authorities may share a name and code), so
    // look for duplicates within each year rather than between neighbours.
    Set<Area> seen = new HashSet<>();
    for (int i = 0; i < sorted.size(); i++) {
      Snapshot b = sorted.get(i);
      if (i > 0 && sorted.get(i - 1).year() != b.year()) {
        seen.clear();
      }
      if (!seen.add(b.area())) {
        throw new IllegalArgumentException(
            "two snapshots for " + b.area() + " in " + b.year() + ": each area has one per year");
      }
    }
    return new Data(ImmutableList.copyOf(sorted), report);
  }

  private static List<Integer> laNumbers(Snapshot s) {
    return s.area() instanceof Authority a ? a.laNumbers() : List.of();
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

  ImmutableList<Snapshot> select(Workforce.Filter filter) {
    List<Snapshot> range = all;
    if (filter.yearFrom > filter.yearTo) {
      return ImmutableList.of();
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
        return ImmutableList.of();
      }
      range = all.subList(from, to);
    }
    if (filter.levels == null && filter.region == null && filter.predicates.isEmpty()) {
      return range instanceof ImmutableList<Snapshot> l ? l : ImmutableList.copyOf(range);
    }
    ImmutableList.Builder<Snapshot> out = ImmutableList.builder();
    for (Snapshot s : range) {
      if (filter.test(s)) {
        out.add(s);
      }
    }
    return out.build();
  }

  Optional<Snapshot> find(Area area, int year) {
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

  private Directory buildDirectory() {
    Map<List<Integer>, Authority> byKey = new LinkedHashMap<>();
    Map<Authority, Integer> lastYear = new HashMap<>();
    for (Snapshot s : all) {
      if (s.area() instanceof Authority a) {
        byKey.putIfAbsent(a.laNumbers(), a);
        lastYear.merge(a, s.year(), Math::max);
      }
    }
    List<Authority> list = new ArrayList<>(byKey.values());
    list.sort(Comparator.comparing(Authority::name, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(Authority::laNumber));
    return new Directory(list, lastYear);
  }
}
