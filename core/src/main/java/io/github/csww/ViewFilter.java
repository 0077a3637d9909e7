package io.github.csww;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** What a view of a {@link Workforce} selects. Immutable. */
final class ViewFilter {
  static final ViewFilter ALL = new ViewFilter(Integer.MIN_VALUE, Integer.MAX_VALUE, null, null,
      List.of());
  /** Selects nothing (a class, not a lambda: no lambda is spun on the load path). */
  private static final Predicate<Snapshot> NOTHING = new Predicate<>() {
    @Override
    public boolean test(Snapshot s) {
      return false;
    }
  };

  final int yearFrom;
  final int yearTo;
  final Set<Level> levels;
  final Region region;
  /** Unmodifiable. */
  final List<Predicate<Snapshot>> predicates;

  private ViewFilter(int yearFrom, int yearTo, Set<Level> levels, Region region,
      List<Predicate<Snapshot>> predicates) {
    this.yearFrom = yearFrom;
    this.yearTo = yearTo;
    this.levels = levels == null ? null : copyOf(levels);
    this.region = region;
    this.predicates = predicates;
  }

  /** An unmodifiable copy, in {@link Level} order; a null level throws. */
  private static Set<Level> copyOf(Set<Level> levels) {
    EnumSet<Level> copy = EnumSet.noneOf(Level.class);
    for (Level l : levels) {
      copy.add(l);
    }
    return Collections.unmodifiableSet(copy);
  }

  boolean hasYears() {
    return yearFrom != Integer.MIN_VALUE || yearTo != Integer.MAX_VALUE;
  }

  /** This filter narrowed to the years {@code from..to} (empty when they do not overlap). */
  ViewFilter andYears(int from, int to) {
    return years(Math.max(yearFrom, from), Math.min(yearTo, to));
  }

  /** This filter narrowed to the given levels. */
  ViewFilter andLevels(Set<Level> l) {
    if (levels == null) {
      return levels(l);
    }
    EnumSet<Level> both = EnumSet.noneOf(Level.class);
    both.addAll(levels);
    both.retainAll(l);
    return levels(both);
  }

  /** This filter narrowed to a region: the inner of two nested regions, else nothing. */
  ViewFilter andRegion(Region r) {
    if (region == null || r.within(region)) {
      return region(r);
    }
    return region.within(r) ? this : where(NOTHING);
  }

  ViewFilter years(int from, int to) {
    return new ViewFilter(from, to, levels, region, predicates);
  }

  ViewFilter levels(Set<Level> l) {
    return new ViewFilter(yearFrom, yearTo, l, region, predicates);
  }

  ViewFilter region(Region r) {
    return new ViewFilter(yearFrom, yearTo, levels, r, predicates);
  }

  ViewFilter where(Predicate<Snapshot> p) {
    List<Predicate<Snapshot>> more = new ArrayList<>(predicates);
    more.add(p);
    return new ViewFilter(yearFrom, yearTo, levels, region, List.copyOf(more));
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
