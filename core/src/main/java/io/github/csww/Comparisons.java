package io.github.csww;

import static io.github.csww.Checks.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How a {@link Comparison} is made: its columns from the areas named, a snapshot per column, the
 * cell of each metric and the judgement in force for each authority.
 */
final class Comparisons {
  private static final ImmutableList<Metric> ALL_METRICS = ImmutableList.copyOf(Metric.values());

  private Comparisons() {}

  /**
   * A comparison in one year of the authorities and regions named, in order, with every metric.
   * England, if named, is skipped: it is always the last column.
   *
   * @param find the snapshot of an area in that year, or empty
   * @param joined the judgements joined to the workforce, or empty
   * @throws IllegalArgumentException if no authority or region is named or an authority is
   *     named twice
   */
  static Comparison of(int year, List<? extends Area> named,
      Function<Area, Optional<Snapshot>> find, Optional<Judgements> joined) {
    List<Authority> authorities = new ArrayList<>();
    Set<Region> namedRegions = new LinkedHashSet<>();
    for (Area a : named) {
      if (a instanceof Authority au) {
        authorities.add(au);
      } else if (a instanceof Region r) {
        namedRegions.add(r);
      }
    }
    checkArgument(!authorities.isEmpty() || !namedRegions.isEmpty(),
        "compare(...) needs at least one authority or region");
    Set<List<Integer>> seen = new LinkedHashSet<>();
    Set<Region> regions = new LinkedHashSet<>();
    for (Authority a : authorities) {
      checkArgument(seen.add(a.laNumbers()), "compare(...) names %s more than once", a);
      regions.add(a.region().englishRegion());
    }
    regions.addAll(namedRegions);
    ImmutableList<Area> columns = ImmutableList.<Area>builder().addAll(authorities)
        .addAll(regions).add(England.INSTANCE).build();
    ImmutableMap.Builder<Area, Snapshot> found = ImmutableMap.builder();
    for (Area a : columns) {
      find.apply(a).ifPresent(s -> {
        checkArgument(s.year() == year && s.area().equals(a), "expected %s in %s, got %s", a,
            year, s);
        found.put(a, s);
      });
    }
    ImmutableMap<Area, Snapshot> snapshots = found.buildOrThrow();
    Judgements source = joined.orElse(null);
    return new Comparison(year, ImmutableList.copyOf(authorities), ImmutableList.copyOf(regions),
        columns, snapshots, ALL_METRICS, source != null,
        inForce(authorities, snapshots, source, LocalDate.of(year, 9, 30)), source, null);
  }

  /**
   * Each authority's judgement in force on a date: empty when no judgements are joined
   * ({@code source} null) or the authority has no row that year.
   */
  static ImmutableList<Optional<Judgement>> inForce(List<Authority> authorities,
      Map<Area, Snapshot> found, Judgements source, LocalDate date) {
    ImmutableList.Builder<Optional<Judgement>> out = ImmutableList.builder();
    for (Authority a : authorities) {
      out.add(source == null || !found.containsKey(a) ? Optional.empty()
          : source.inForce(a, date));
    }
    return out.build();
  }

  /**
   * A row per metric with a value per column: the column's published value, or {@code z} for
   * an authority that did not exist that year, else {@code x} when the column has no row.
   */
  static ImmutableList<ComparisonRow> rows(int year, List<Area> columns,
      Map<Area, Snapshot> found, List<Metric> metrics) {
    ImmutableList.Builder<ComparisonRow> out = ImmutableList.builder();
    for (Metric m : metrics) {
      ImmutableList.Builder<Value> values = ImmutableList.builder();
      for (Area a : columns) {
        Snapshot s = found.get(a);
        values.add(s != null ? s.value(m) : Value.suppressed(a instanceof Authority au
            && Reorganisation.notExisting(au, year).isPresent() ? Suppression.NOT_APPLICABLE
                : Suppression.NOT_AVAILABLE));
      }
      out.add(new ComparisonRow(m, values.build()));
    }
    return out.build();
  }
}
