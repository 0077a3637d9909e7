package io.github.csww;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Aggregates one metric over snapshots: sums, or Σ numerator / Σ denominator with each total over
 * the areas a {@link Coverage} rule picks; a {@code low} counts as zero and widens the error bound.
 */
final class Aggregator {
  private Aggregator() {}

  /** Shares of a whole: a recomputed value above 100% is flagged. */
  private static final Set<Metric> SHARES = EnumSet.of(Metric.AGENCY_RATE,
      Metric.AGENCY_RATE_HEADCOUNT, Metric.VACANCY_RATE, Metric.AGENCY_COVER_RATE,
      Metric.VACANCY_AGENCY_COVER_RATE, Metric.ABSENCE_RATE);

  /** The formula a metric is recomputed with: its own, or the absence rate's day count. */
  static Optional<Formula> formula(Metric metric) {
    if (metric == Metric.ABSENCE_RATE) {
      return Optional.of(new Formula(Metric.DAYS_LOST, List.of(Metric.SOCIAL_WORKERS),
          100.0 / Aggregate.ABSENCE_WORKING_DAYS));
    }
    return metric.formula();
  }

  /** An aggregate over a chosen set of authorities (neighbours): both parts present. */
  static Aggregate aggregate(Metric metric, int year, List<Snapshot> rows,
      Optional<Value> published) {
    return aggregate(England.INSTANCE, metric, year, rows, published, Coverage.MATCHED);
  }

  static Aggregate aggregate(Area area, Metric metric, int year, List<Snapshot> rows,
      Optional<Value> published, Coverage coverage) {
    rows = withoutNestedRegions(rows);
    Optional<Formula> formula = formula(metric);
    List<LeftOut> topOut = new ArrayList<>();
    List<LeftOut> bottomOut = new ArrayList<>();
    Map<Area, LeftOut> anyOut = new LinkedHashMap<>();
    // Published figures are decimals: sum them as decimals, so 28,482.6 + ... is not 28483.1999.
    BigDecimal top = BigDecimal.ZERO;
    BigDecimal bottom = BigDecimal.ZERO;
    double topSlack = 0;
    double bottomSlack = 0;
    int covered = 0;
    for (Snapshot s : rows) {
      if (formula.isEmpty()) {
        Optional<LeftOut> m = missing(s, metric);
        if (m.isPresent()) {
          topOut.add(m.get());
          anyOut.put(s.area(), m.get());
        } else {
          top = top.add(dec(number(s, metric)));
          topSlack += slack(s, metric);
          covered++;
        }
        continue;
      }
      Formula f = formula.get();
      if (coverage.leavesOutLowReliability(metric) && s.value(metric).suppression()
          .filter(x -> x == Suppression.LOW_RELIABILITY).isPresent()) {
        LeftOut l = new LeftOut(s.area(), s.year(), metric, Optional.of(Suppression.LOW_RELIABILITY),
            metric.columnName() + " u (low reliability): left out of both totals");
        topOut.add(l);
        bottomOut.add(l);
        anyOut.put(s.area(), l);
        continue;
      }
      Optional<LeftOut> topMissing = missing(s, f.numerator());
      Optional<LeftOut> bottomMissing = Optional.empty();
      for (Metric d : f.denominator()) {
        bottomMissing = bottomMissing.or(() -> missing(s, d));
      }
      if (coverage.matches(metric) && (topMissing.isPresent() || bottomMissing.isPresent())) {
        LeftOut l = topMissing.isPresent() ? topMissing.get() : bottomMissing.orElseThrow();
        topOut.add(l);
        bottomOut.add(l);
        anyOut.put(s.area(), l);
        continue;
      }
      if (topMissing.isPresent()) {
        topOut.add(topMissing.get());
        anyOut.put(s.area(), topMissing.get());
      } else {
        top = top.add(dec(number(s, f.numerator())));
        topSlack += slack(s, f.numerator());
      }
      for (Metric d : f.denominator()) {
        Optional<LeftOut> m = missing(s, d);
        if (m.isPresent()) {
          bottomOut.add(m.get());
          anyOut.putIfAbsent(s.area(), m.get());
        } else {
          bottom = bottom.add(dec(number(s, d)));
          bottomSlack += slack(s, d);
        }
      }
      if (topMissing.isEmpty() && bottomMissing.isEmpty()) {
        covered++;
      }
    }
    Value value;
    double bound = 0;
    List<String> flags = new ArrayList<>();
    if (formula.isEmpty()) {
      value = covered == 0 ? Value.suppressed(Suppression.NOT_AVAILABLE) : Value.of(top.doubleValue());
      bound = topSlack;
    } else if (covered == 0 && (top.signum() == 0 || bottom.signum() == 0)) {
      value = Value.suppressed(Suppression.NOT_AVAILABLE);
    } else if (bottom.signum() == 0) {
      value = Value.suppressed(Suppression.NOT_APPLICABLE);
    } else {
      Formula f = formula.get();
      double n = top.doubleValue();
      double d = bottom.doubleValue();
      double r = f.apply(n, d);
      value = Value.of(r);
      bound = Math.max(f.apply(n + topSlack, d) - r, r - f.apply(n, d + bottomSlack));
      if (SHARES.contains(metric) && r > 100) {
        flags.add(metric.label() + " " + year + " recomputes to "
            + BigDecimal.valueOf(r).setScale(1, java.math.RoundingMode.HALF_UP)
            + "%, which a share cannot exceed: its totals cover different authorities ("
            + topOut.size() + " left out of the numerator, " + bottomOut.size()
            + " of the denominator)");
      }
    }
    return new Aggregate(area, metric, year, value, covered, ImmutableList.copyOf(anyOut.values()),
        published, coverage, bound, topOut, formula.isEmpty() ? List.of() : bottomOut, flags);
  }

  /** The number of a published figure; 0 for a {@code low}. */
  private static double number(Snapshot s, Metric m) {
    return s.has(m) ? s.number(m) : 0;
  }

  /** Half a unit of the last published digit for a {@code low}; 0 otherwise. */
  private static double slack(Snapshot s, Metric m) {
    return Measures.isLow(s.value(m)) ? 0.5 * Math.pow(10, -m.unit().decimals()) : 0;
  }

  /**
   * The rows without Inner and Outer London's regional rows when London's own row is there:
   * they sit inside it, and adding all three would count London twice.
   */
  private static List<Snapshot> withoutNestedRegions(List<Snapshot> rows) {
    Set<Area> present = new HashSet<>();
    for (Snapshot s : rows) {
      present.add(s.area());
    }
    List<Snapshot> out = new ArrayList<>(rows.size());
    for (Snapshot s : rows) {
      if (!(s.area() instanceof Region r) || r.isEnglishRegion()
          || !present.contains(r.englishRegion())) {
        out.add(s);
      }
    }
    return out;
  }

  private static BigDecimal dec(double d) {
    return BigDecimal.valueOf(d);
  }

  /** Why an area has no figure for a metric, or empty when it has one or a {@code low}. */
  private static Optional<LeftOut> missing(Snapshot s, Metric m) {
    if (s.has(m) || Measures.isLow(s.value(m))) {
      return Optional.empty();
    }
    return Optional.of(new LeftOut(s.area(), s.year(), m, s.value(m).suppression().orElseThrow()));
  }
}
