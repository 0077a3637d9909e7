package io.github.csww;

import java.util.SortedMap;
import java.util.List;
import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;

/**
 * One authority's snapshots across the years of a view, found by {@link
 * Workforce#authority(String)}.
 *
 * <pre>{@code
 * AuthorityView somerset = workforce.authority("Somerset");
 * somerset.authority().codes();         // [E10000027, E06000066]: one series across the change
 * somerset.series(Metric.CASELOAD);     // {2017=..., ..., 2025=...}
 * }</pre>
 */
public final class AuthorityView {
  private final Authority authority;
  private final List<Snapshot> snapshots;
  /** The view this one was made from: neighbours and judgements come from it. */
  private final Workforce workforce;

  AuthorityView(Authority authority, List<Snapshot> snapshots, Workforce workforce) {
    this.authority = authority;
    this.snapshots = snapshots;
    this.workforce = workforce;
  }

  /**
   * The authority, with every code and name it has had.
   *
   * @return the workforce's own authority
   */
  public Authority authority() {
    return authority;
  }

  /**
   * Its snapshots in the view, oldest first, whatever code or name each year's row published.
   *
   * @return the snapshots; empty when the view holds none of the authority's years
   */
  public List<Snapshot> snapshots() {
    return snapshots;
  }

  /**
   * Its snapshot for a year, or empty when the view has none.
   *
   * @param year the reporting year, for example {@code 2017}
   * @return the snapshot
   */
  public Optional<Snapshot> snapshot(int year) {
    for (Snapshot s : snapshots) {
      if (s.year() == year) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * A metric's value in every year of the view, suppressions included, by year.
   *
   * @param metric the metric
   * @return the values as published, by reporting year; a year the authority has no row for is
   *     absent, not suppressed
   */
  public SortedMap<Integer, Value> series(Metric metric) {
    ImmutableSortedMap.Builder<Integer, Value> out = ImmutableSortedMap.naturalOrder();
    for (Snapshot s : snapshots) {
      out.put(s.year(), s.value(metric));
    }
    return out.buildOrThrow();
  }

  // ---------------------------------------------------------------- neighbours

  /**
   * The authority's statistical neighbours in the joined model, closest first, each with the
   * authority of the workforce that has its LA number, or none when the workforce does not hold
   * it (reported, not dropped). Empty when the model has no group for the authority; a combined
   * return uses its first partner's group.
   *
   * <pre>{@code
   * workforce.withNeighbours(model).authority("Staffordshire").neighbours();
   * // [1. East Riding of Yorkshire (811) (Very close), 2. ...]
   * }</pre>
   *
   * @return the neighbours, closest first; empty when the model has no group for the authority
   * @throws MissingJoinException if no neighbour model is joined ({@link
   *     Workforce#withNeighbours(StatisticalNeighbours)})
   */
  public List<MatchedNeighbour> neighbours() {
    Optional<NeighbourGroup> group = requireModel().group(authority);
    ImmutableList.Builder<MatchedNeighbour> out = ImmutableList.builder();
    if (group.isPresent()) {
      for (Neighbour n : group.get().neighbours()) {
        out.add(new MatchedNeighbour(n, workforce.authorityWithNumber(n.laNumber())));
      }
    }
    return out.build();
  }

  /**
   * The authority against its statistical neighbours on a metric, in the latest year of this
   * view that has its figures: its value, each neighbour's, the neighbour mean (Σ numerator /
   * Σ denominator for a ratio) and its rank among itself and its neighbours. Neighbours come from
   * the whole workforce, whatever region the view selects.
   *
   * <pre>{@code
   * NeighbourComparison c = workforce.withNeighbours(model)
   *     .authority("Staffordshire").againstNeighbours(Metric.CASELOAD);
   * System.out.print(c.format(Format.TEXT));
   * }</pre>
   *
   * @param metric the metric to compare on
   * @return the comparison with the neighbours
   * @throws MissingDataException if the view holds no figures for the authority, or the model has
   *     no group for it
   * @throws MissingJoinException if no neighbour model is joined ({@link
   *     Workforce#withNeighbours(StatisticalNeighbours)})
   */
  public NeighbourComparison againstNeighbours(Metric metric) {
    if (snapshots.isEmpty()) {
      throw new MissingDataException("the view holds no figures for " + authority);
    }
    return againstNeighbours(metric, snapshots.get(snapshots.size() - 1).year());
  }

  /**
   * The authority against its statistical neighbours on a metric in a given year.
   *
   * @param metric the metric to compare on
   * @param year the reporting year; the view must hold the authority's figures for it
   * @return the comparison with the neighbours
   * @throws MissingDataException if the view holds no figures for the authority that year (naming
   *     the years it does), or the model has no group for the authority
   * @throws MissingJoinException if no neighbour model is joined ({@link
   *     Workforce#withNeighbours(StatisticalNeighbours)})
   * @see #againstNeighbours(Metric)
   */
  public NeighbourComparison againstNeighbours(Metric metric, int year) {
    Checks.checkNotNull(metric, "metric is null");
    StatisticalNeighbours model = requireModel();
    Snapshot subject = snapshot(year).orElseThrow(() -> new MissingDataException(
        authority + " has no figures for " + year + " in this view; years: " + series(metric)
            .keySet()));
    NeighbourGroup group = model.group(authority).orElseThrow(() -> new MissingDataException(
        "the neighbour model " + model.source() + " has no neighbours for " + authority));
    return NeighbourComparison.of(workforce, model, group, subject, metric);
  }

  /**
   * The authority side by side with its statistical neighbours held by the workforce, their
   * regions and England, in the latest year of this view that has the authority's figures: a
   * {@link Comparison} to cut to the metrics wanted.
   *
   * <pre>{@code
   * workforce.withNeighbours(model).year(2025).authority("Staffordshire")
   *     .compareWithNeighbours().metrics(CASELOAD, TURNOVER_RATE, AGENCY_RATE);
   * }</pre>
   *
   * @return the comparison
   * @throws MissingJoinException if no neighbour model is joined
   * @throws UnsupportedViewException if the view holds no figures for the authority
   */
  public Comparison compareWithNeighbours() {
    requireModel();
    if (snapshots.isEmpty()) {
      throw new UnsupportedViewException("compareWithNeighbours() needs figures for " + authority
          + ", and the view holds none; use a view of a year it reported");
    }
    int year = snapshots.get(snapshots.size() - 1).year();
    List<Authority> areas = new java.util.ArrayList<>();
    areas.add(authority);
    for (MatchedNeighbour n : neighbours()) {
      n.authority().filter(a -> !areas.contains(a)).ifPresent(areas::add);
    }
    return workforce.year(year).compare(areas);
  }

  private StatisticalNeighbours requireModel() {
    return workforce.neighbours().orElseThrow(() -> new MissingJoinException(
        "a neighbour comparison", "withNeighbours"));
  }

  @Override
  public String toString() {
    return "AuthorityView[" + authority + ", " + snapshots.size() + " years]";
  }

  /**
   * A metric's series over every year of the view, with the change from each year to the next,
   * absolute and in percent, flagged where it spans a year the publisher says is not comparable
   * with the one before (see {@link Trend}). The series follows the authority's LA number, so it
   * runs across ONS code changes.
   *
   * <pre>{@code
   * Trend t = workforce.authority("Somerset").trend(Metric.CASELOAD); // E10000027, then E06000066
   * t.change(2023).map(Trend.Change::absolute);
   * }</pre>
   *
   * @param metric the metric
   * @return the trend over the years of the view the authority has a row for
   */
  public Trend trend(Metric metric) {
    Checks.checkNotNull(metric, "metric is null");
    return Trend.of(authority, metric, snapshots);
  }
}
