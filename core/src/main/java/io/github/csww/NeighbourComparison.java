package io.github.csww;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An authority against its statistical neighbours on one metric in one year: its value, each
 * neighbour's value, the neighbour mean and its rank among itself and its neighbours. Made by
 * {@link AuthorityView#againstNeighbours(Metric)}. Immutable.
 *
 * <p>The neighbour mean follows the rule for aggregates: for a ratio ({@link Metric#isRatio()},
 * caseload say) it is Σ numerator / Σ denominator over the compared neighbours whose parts are
 * published, not the mean of their ratios; for the absence rate it is Σ days lost / (Σ social
 * workers FTE × {@value Aggregate#ABSENCE_WORKING_DAYS} working days); for a count it is the plain
 * mean. {@link #covered()} says how many neighbours went in and
 * {@link #leftOut()} which did not. Neighbours the workforce does not hold, holds without
 * figures for the year, or holds with no figure for the metric ({@code x}, say) keep their row
 * with a {@link NeighbourValue.Status} saying why; only a neighbour with a figure is {@link
 * NeighbourValue.Status#COMPARED}.
 *
 * <p>The rank is a competition rank among the authority and its compared neighbours, highest
 * value first as in every {@link Ranking}; whether high is bad is the metric's {@link
 * Metric#polarity()}.
 *
 * <pre>{@code
 * NeighbourComparison c = workforce.withNeighbours(model)
 *     .authority("Staffordshire").againstNeighbours(Metric.CASELOAD);
 * c.value();     // Staffordshire's caseload in the latest year
 * c.mean();      // Σ cases / Σ case holders over its neighbours
 * c.rank();      // OptionalInt[4]: 4th highest of the 11
 * c.notCompared(); // neighbours reported rather than compared
 * System.out.print(c.format(Format.TEXT));
 * }</pre>
 */
public final class NeighbourComparison implements Result {
  private final Authority authority;
  private final int year;
  private final Metric metric;
  private final Value value;
  private final Optional<Judgement> judgement;
  private final NeighbourGroup group;
  private final String model;
  private final ImmutableList<NeighbourValue> neighbours;
  private final Value mean;
  private final int covered;
  private final ImmutableList<LeftOut> leftOut;
  private final Ranking ranking;

  private NeighbourComparison(Authority authority, int year, Metric metric, Value value,
      Optional<Judgement> judgement, NeighbourGroup group, String model,
      ImmutableList<NeighbourValue> neighbours, Value mean, int covered,
      ImmutableList<LeftOut> leftOut, Ranking ranking) {
    this.authority = authority;
    this.year = year;
    this.metric = metric;
    this.value = value;
    this.judgement = judgement;
    this.group = group;
    this.model = model;
    this.neighbours = neighbours;
    this.mean = mean;
    this.covered = covered;
    this.leftOut = leftOut;
    this.ranking = ranking;
  }

  /**
   * Compares an authority's snapshot with its neighbours' snapshots of the same year.
   *
   * @param workforce the workforce (whole, whatever the view selects) the neighbours come from
   * @param model the neighbour model
   * @param group the authority's group in the model
   * @param subject the authority's snapshot
   * @param metric the compared metric
   */
  static NeighbourComparison of(Workforce workforce, StatisticalNeighbours model,
      NeighbourGroup group, Snapshot subject, Metric metric) {
    Authority authority = (Authority) subject.area();
    int year = subject.year();
    Optional<Judgements> judgements = workforce.judgements();
    LocalDate census = subject.censusDate();
    ImmutableList.Builder<NeighbourValue> rows = ImmutableList.builder();
    List<Snapshot> compared = new ArrayList<>();
    Set<Authority> seen = new HashSet<>();
    for (Neighbour n : group.neighbours()) {
      Optional<Authority> held = workforce.authorityWithNumber(n.laNumber());
      MatchedNeighbour matched = new MatchedNeighbour(n, held);
      Optional<Snapshot> snapshot = held.flatMap(a -> workforce.find(a, year));
      NeighbourValue.Status status;
      if (held.isEmpty()) {
        status = NeighbourValue.Status.NOT_HELD;
      } else if (held.get().equals(authority)) {
        status = NeighbourValue.Status.SAME_AS_SUBJECT;
      } else if (snapshot.isEmpty()) {
        status = NeighbourValue.Status.NO_FIGURES;
      } else if (!seen.add(held.get())) {
        status = NeighbourValue.Status.SAME_AS_CLOSER;
      } else {
        Value own = snapshot.get().value(metric);
        status = own.isPresent() || Measures.isLow(own) ? NeighbourValue.Status.COMPARED
            : NeighbourValue.Status.NO_VALUE;
        // Into the mean and the ranking either way: both list a neighbour without a figure
        // among those they leave out.
        compared.add(snapshot.get());
      }
      Value v = snapshot.map(s -> s.value(metric))
          .orElse(Value.suppressed(Suppression.NOT_AVAILABLE));
      Optional<Judgement> j = snapshot.isEmpty() ? Optional.empty()
          : judgements.flatMap(js -> js.inForce(held.get(), census));
      rows.add(new NeighbourValue(matched, snapshot, v, status, j));
    }
    Aggregate agg = Aggregator.aggregate(metric, year, compared, Optional.empty());
    Value mean = agg.value();
    if (mean.isPresent() && metric.formula().isEmpty() && metric.weight().isEmpty()) {
      mean = Value.of(mean.doubleValue() / agg.covered());
    }
    List<Snapshot> ranked = new ArrayList<>(compared);
    ranked.add(0, subject);
    Ranking ranking = Ranking.of(metric, ranked, judgements);
    Optional<Judgement> own = judgements.flatMap(js -> js.inForce(authority, census));
    return new NeighbourComparison(authority, year, metric, subject.value(metric), own, group,
        model.source(), rows.build(), mean, agg.covered(), ImmutableList.copyOf(agg.leftOut()), ranking);
  }

  /**
   * The compared authority.
   *
   * @return the authority whose neighbours these are
   */
  public Authority authority() {
    return authority;
  }

  /**
   * The reporting year compared.
   *
   * @return the year of the authority's snapshot, for example {@code 2025}
   */
  public int year() {
    return year;
  }

  /**
   * The compared metric.
   *
   * @return the metric
   */
  public Metric metric() {
    return metric;
  }

  /**
   * The authority's own value.
   *
   * @return its published value: a number or a suppression
   */
  public Value value() {
    return value;
  }

  /**
   * The authority's judgement in force on the census date, where judgements are joined.
   *
   * @return the judgement, or empty when none was in force or no judgements are joined
   */
  public Optional<Judgement> judgement() {
    return judgement;
  }

  /**
   * The authority's group in the model (for a combined return, its first partner's).
   *
   * @return the group, as the model gives it
   */
  public NeighbourGroup group() {
    return group;
  }

  /**
   * Where the neighbour model comes from.
   *
   * @return the model's source, a file name
   */
  public String model() {
    return model;
  }

  /**
   * Every neighbour in the model's order, compared or not.
   *
   * @return one row per neighbour in the group, closest first
   */
  public List<NeighbourValue> neighbours() {
    return neighbours;
  }

  /**
   * The neighbours that were not compared, each with the reason: reported, not dropped.
   *
   * @return the rows of {@link #neighbours()} whose status is not {@link
   *     NeighbourValue.Status#COMPARED}, closest first; empty when every neighbour was compared
   */
  public List<NeighbourValue> notCompared() {
    ImmutableList.Builder<NeighbourValue> out = ImmutableList.builder();
    for (NeighbourValue n : neighbours) {
      if (!n.isCompared()) {
        out.add(n);
      }
    }
    return out.build();
  }

  /**
   * The neighbour mean: Σ numerator / Σ denominator for a ratio, Σ days lost / (Σ social workers
   * FTE × {@value Aggregate#ABSENCE_WORKING_DAYS}) for the absence rate, the plain mean for a count; {@code x} when no neighbour had the figures.
   * Not rounded; {@link #table()} and {@link #toString()} show it to one decimal place, as the
   * published figures are.
   *
   * @return the unrounded mean, or {@code x} when no neighbour had the figures
   */
  public Value mean() {
    return mean;
  }

  /**
   * How many neighbours went into the mean.
   *
   * @return the number of compared neighbours whose figures the mean covers
   */
  public int covered() {
    return covered;
  }

  /**
   * Neighbours with figures for the year left out of the mean because a value it needs is
   * suppressed: those with no figure for the metric ({@link NeighbourValue.Status#NO_VALUE}),
   * and compared ones with a figure whose parts are suppressed.
   *
   * @return the left-out neighbours, each with its reason; empty when none was left out
   */
  public List<LeftOut> leftOut() {
    return leftOut;
  }

  /**
   * The authority and its compared neighbours ranked by the metric, highest first.
   *
   * @return the ranking; suppressed values are left out of it, not ranked
   */
  public Ranking ranking() {
    return ranking;
  }

  /**
   * The authority's rank in {@link #ranking()}.
   *
   * @return its competition rank, 1 for the highest value; empty when its value is suppressed
   */
  public OptionalInt rank() {
    Optional<Ranked> r = ranking.rankOf(authority);
    return r.isPresent() ? OptionalInt.of(r.get().rank()) : OptionalInt.empty();
  }

  /**
   * The result as a table; render it with {@link #format(Format)}.
   *
   * @return the table
   */
  @Override
  public Table table() {
    return ResultTables.neighbours(this);
  }

  /** A recomputed mean to one decimal place, as the published figures are. */
  private static String rounded(Value v) {
    return v.isPresent() ? Value.of(Math.round(v.doubleValue() * 10) / 10.0).toString()
        : v.toString();
  }

  /** For example {@code Staffordshire (860) CASELOAD 2025: 18.4 vs neighbour mean 17.9, rank 3 of 11}. */
  @Override
  public String toString() {
    return authority + " " + metric + " " + year + ": " + value + " vs neighbour mean "
        + rounded(mean)
        + (rank().isPresent() ? ", rank " + rank().getAsInt() + " of " + ranking.size() : "");
  }
}
