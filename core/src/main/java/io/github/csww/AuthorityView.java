package io.github.csww;

import static com.google.common.base.Preconditions.checkNotNull;

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
  private final ImmutableList<Snapshot> snapshots;

  AuthorityView(Authority authority, ImmutableList<Snapshot> snapshots) {
    this.authority = authority;
    this.snapshots = snapshots;
  }

  /** The authority, with every code and name it has had. */
  public Authority authority() {
    return authority;
  }

  /** Its snapshots in the view, oldest first. */
  public ImmutableList<Snapshot> snapshots() {
    return snapshots;
  }

  /** Its snapshot for a year, or empty when the view has none. */
  public Optional<Snapshot> snapshot(int year) {
    for (Snapshot s : snapshots) {
      if (s.year() == year) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** A metric's value in every year of the view, suppressions included, by year. */
  public ImmutableSortedMap<Integer, Value> series(Metric metric) {
    ImmutableSortedMap.Builder<Integer, Value> out = ImmutableSortedMap.naturalOrder();
    for (Snapshot s : snapshots) {
      out.put(s.year(), s.value(metric));
    }
    return out.buildOrThrow();
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
   */
  public Trend trend(Metric metric) {
    com.google.common.base.Preconditions.checkNotNull(metric, "metric is null");
    return Trend.of(authority, metric, snapshots);
  }
}
