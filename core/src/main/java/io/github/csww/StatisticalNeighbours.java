package io.github.csww;

import java.util.SortedSet;
import java.util.List;
import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeMap;

/**
 * DfE's statistical neighbour model: for each LA number, its neighbours in order with their
 * closeness band. Immutable.
 *
 * <p>Read one with {@code StatisticalNeighboursReader} of {@code csww-io} (both published
 * layouts), then join it to a workforce with {@link Workforce#withNeighbours(StatisticalNeighbours)}.
 * The model is keyed by LA number, like {@link Authority}; an LA number the workforce does not
 * hold (an authority reorganised away) is reported by the comparisons, never dropped.
 *
 * <pre>{@code
 * StatisticalNeighbours model = StatisticalNeighboursReader.read(Path.of("sn_model_2025_wide.csv"));
 * model.group(860).orElseThrow().laNumbers(); // [811, 884, 893, 815, 933, 830, 877, 891, 943, 888]
 * Workforce wf = workforce.withNeighbours(model);
 * wf.authority("Staffordshire").againstNeighbours(Metric.CASELOAD);
 * }</pre>
 */
public final class StatisticalNeighbours {
  private final String source;
  private final ImmutableSortedMap<Integer, NeighbourGroup> groups;

  private StatisticalNeighbours(String source, ImmutableSortedMap<Integer, NeighbourGroup> groups) {
    this.source = source;
    this.groups = groups;
  }

  /**
   * A model of the given groups.
   *
   * @param source where the model comes from, for messages: a file name; not blank
   * @param groups one group per LA number, in any order; none {@code null}
   * @return the model, its groups ordered by LA number
   * @throws IllegalArgumentException if the source is blank or two groups share an LA number
   */
  public static StatisticalNeighbours of(String source, Collection<NeighbourGroup> groups) {
    checkNotNull(source, "source is null");
    checkArgument(!source.isBlank(), "source is blank");
    checkNotNull(groups, "groups is null");
    TreeMap<Integer, NeighbourGroup> map = new TreeMap<>();
    for (NeighbourGroup g : groups) {
      checkNotNull(g, "groups must not contain null");
      NeighbourGroup old = map.put(g.laNumber(), g);
      checkArgument(old == null, "two neighbour groups for LA number %s: %s and %s",
          g.laNumber(), old == null ? "" : old.name(), g.name());
    }
    return new StatisticalNeighbours(source, ImmutableSortedMap.copyOfSorted(map));
  }

  /**
   * Where the model comes from.
   *
   * @return the source given when the model was made, for example {@code sn_model_2025_wide.csv}
   */
  public String source() {
    return source;
  }

  /**
   * The group of an LA number.
   *
   * @param laNumber a DfE LA number, for example {@code 860}
   * @return the authority's neighbours, or empty when the model has no group for the number
   */
  public Optional<NeighbourGroup> group(int laNumber) {
    return Optional.ofNullable(groups.get(laNumber));
  }

  /**
   * The group of an authority: that of its first LA number the model has (for a combined return
   * such as {@code 314 / 318}, Kingston upon Thames's), or empty.
   *
   * @param authority the authority, keyed by its LA number(s)
   * @return the group, or empty when the model has none for any of its LA numbers
   */
  public Optional<NeighbourGroup> group(Authority authority) {
    checkNotNull(authority, "authority is null");
    for (int n : authority.laNumbers()) {
      NeighbourGroup g = groups.get(n);
      if (g != null) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /**
   * Every group, by LA number.
   *
   * @return the groups in ascending LA number order; an immutable list
   */
  public List<NeighbourGroup> groups() {
    return groups.values().asList();
  }

  /**
   * The LA numbers that have a group.
   *
   * @return the LA numbers, ascending; an immutable set
   */
  public SortedSet<Integer> laNumbers() {
    return groups.keySet();
  }

  /**
   * How many groups there are.
   *
   * @return the number of authorities the model gives neighbours for
   */
  public int size() {
    return groups.size();
  }

  /** Equal when the groups are equal (the source is not compared). */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof StatisticalNeighbours s && groups.equals(s.groups));
  }

  /** The hash of the groups. */
  @Override
  public int hashCode() {
    return groups.hashCode();
  }

  /** For example {@code StatisticalNeighbours[sn_model_2025_wide.csv, 153 authorities]}. */
  @Override
  public String toString() {
    return "StatisticalNeighbours[" + source + ", " + groups.size() + " authorities]";
  }
}
