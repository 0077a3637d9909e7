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

  /** The sums behind an aggregate, and who was left out of each. */
  static final class Totals {
    BigDecimal top = BigDecimal.ZERO;
    BigDecimal bottom = BigDecimal.ZERO;
    double topSlack;
    double bottomSlack;
    int topFigures;
    int bottomFigures;
    int covered;
    final List<LeftOut> topOut = new ArrayList<>();
    final List<LeftOut> bottomOut = new ArrayList<>();
    /** Those of {@link #bottomOut} whose other denominator parts are summed. */
    final List<LeftOut> bottomPartlyKept = new ArrayList<>();
    final Map<Area, LeftOut> anyOut = new LinkedHashMap<>();
  }

  static Aggregate aggregate(Area area, Metric metric, int year, List<Snapshot> rows,
      Optional<Value> published, Coverage coverage) {
    Totals t = totals(metric, rows, coverage);
    Optional<Formula> formula = formula(metric);
    BigDecimal top = t.top;
    BigDecimal bottom = t.bottom;
    int covered = t.covered;
    List<LeftOut> topOut = t.topOut;
    List<LeftOut> bottomOut = t.bottomOut;
    Value value;
    double bound = 0;
    List<String> flags = new ArrayList<>();
    if (formula.isEmpty()) {
      value = covered == 0 ? Value.suppressed(Suppression.NOT_AVAILABLE) : Value.of(top.doubleValue());
      bound = t.topSlack;
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
      bound = Math.max(f.apply(n + t.topSlack, d) - r, r - f.apply(n, d + t.bottomSlack));
      if (SHARES.contains(metric) && r > 100) {
        flags.add(metric.label() + " " + year + " recomputes to "
            + BigDecimal.valueOf(r).setScale(1, java.math.RoundingMode.HALF_UP)
            + "%, which a share cannot exceed: " + overWhole(metric, rows, t));
      }
    }
    return new Aggregate(area, metric, year, value, covered, ImmutableList.copyOf(t.anyOut.values()),
        published, coverage, bound, topOut, formula.isEmpty() ? List.of() : bottomOut, flags,
        formula.isEmpty() ? List.of() : t.bottomPartlyKept);
  }

  /**
   * Why a share's totals give more than 100%: its totals cover different authorities, or, when
   * both cover the same, some authorities' parts exceed their wholes (agency workers covering
   * more posts than are vacant), named with their two figures.
   */
  static String overWhole(Metric metric, List<Snapshot> rows, Totals t) {
    if (!t.topOut.isEmpty() || !t.bottomOut.isEmpty()) {
      return "its totals cover different authorities (" + t.topOut.size()
          + " left out of the numerator, " + t.bottomOut.size() + " of the denominator)";
    }
    Formula f = formula(metric).orElseThrow();
    List<String> over = new ArrayList<>();
    for (Snapshot s : withoutNestedRegions(rows)) {
      Value n = s.value(f.numerator());
      BigDecimal whole = BigDecimal.ZERO;
      boolean all = n.isPresent();
      for (Metric d : f.denominator()) {
        Value v = s.value(d);
        all &= v.isPresent();
        whole = v.isPresent() ? whole.add(BigDecimal.valueOf(v.doubleValue())) : whole;
      }
      if (all && BigDecimal.valueOf(n.doubleValue()).compareTo(whole) > 0) {
        over.add(s.area().label() + " " + n + " against " + whole.stripTrailingZeros()
            .toPlainString());
      }
    }
    if (over.isEmpty()) {
      return "both totals cover the same authorities";
    }
    return "both totals cover the same authorities, but in " + over.size() + " of them "
        + f.numerator().columnName() + " exceeds " + String.join(" + ", f.denominator().stream()
            .map(Metric::columnName).toList()) + " (" + String.join(", ", over) + ")";
  }

  /** Sums the parts of a metric over the rows, each total over the areas the rule picks. */
  static Totals totals(Metric metric, List<Snapshot> rows, Coverage coverage) {
    rows = withoutNestedRegions(rows);
    Optional<Formula> formula = formula(metric);
    Totals t = new Totals();
    // Published figures are decimals: sum them as decimals, so 28,482.6 + ... is not 28483.1999.
    for (Snapshot s : rows) {
      if (formula.isEmpty()) {
        Optional<LeftOut> m = missing(s, metric);
        if (m.isPresent()) {
          t.topOut.add(m.get());
          t.anyOut.put(s.area(), m.get());
        } else {
          t.top = t.top.add(dec(number(s, metric)));
          t.topSlack += slack(s, metric);
          t.topFigures++;
          t.covered++;
        }
        continue;
      }
      Formula f = formula.get();
      if (coverage.leavesOutLowReliability(metric) && s.value(metric).suppression()
          .filter(x -> x == Suppression.LOW_RELIABILITY).isPresent()) {
        LeftOut l = new LeftOut(s.area(), s.year(), metric, Optional.of(Suppression.LOW_RELIABILITY),
            metric.columnName() + " u (low reliability): left out of both totals");
        t.topOut.add(l);
        t.bottomOut.add(l);
        t.anyOut.put(s.area(), l);
        continue;
      }
      Optional<LeftOut> topMissing = missing(s, f.numerator());
      Optional<LeftOut> bottomMissing = Optional.empty();
      for (Metric d : f.denominator()) {
        bottomMissing = bottomMissing.or(() -> missing(s, d));
      }
      if (coverage.matches(metric) && (topMissing.isPresent() || bottomMissing.isPresent())) {
        LeftOut l = topMissing.isPresent() ? topMissing.get() : bottomMissing.orElseThrow();
        t.topOut.add(l);
        t.bottomOut.add(l);
        t.anyOut.put(s.area(), l);
        continue;
      }
      if (topMissing.isPresent()) {
        t.topOut.add(topMissing.get());
        t.anyOut.put(s.area(), topMissing.get());
      } else {
        t.top = t.top.add(dec(number(s, f.numerator())));
        t.topSlack += slack(s, f.numerator());
        t.topFigures++;
      }
      LeftOut listed = null; // an area is listed once, by the first part it lacks
      boolean partKept = false;
      for (Metric d : f.denominator()) {
        Optional<LeftOut> m = missing(s, d);
        if (m.isPresent()) {
          if (listed == null) {
            listed = m.get();
            t.bottomOut.add(listed);
          }
          t.anyOut.putIfAbsent(s.area(), m.get());
        } else {
          t.bottom = t.bottom.add(dec(number(s, d)));
          t.bottomSlack += slack(s, d);
          t.bottomFigures++;
          partKept = true;
        }
      }
      if (listed != null && partKept) {
        t.bottomPartlyKept.add(listed);
      }
      if (topMissing.isEmpty() && bottomMissing.isEmpty()) {
        t.covered++;
      }
    }
    return t;
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
