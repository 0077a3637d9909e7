package io.github.csww;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Builds a {@link Reconciliation}: each published rate cell beside its recomputation. */
final class Reconciler {
  /** How an explanation starts when no cause was found. */
  static final String UNEXPLAINED = "unexplained";

  private static final MathContext MC = MathContext.DECIMAL64;
  private static final BigDecimal HALF_DP = new BigDecimal("0.05");

  private Reconciler() {}

  static Reconciliation of(List<Snapshot> published, Function<Snapshot, List<Snapshot>> members,
      Coverage coverage) {
    List<ReconciledCell> cells = new ArrayList<>();
    List<String> flags = new ArrayList<>();
    for (Snapshot p : published) {
      List<Snapshot> rows = members.apply(p);
      for (Metric m : Metric.values()) {
        if (!m.isRatio()) {
          continue;
        }
        Aggregator.Totals t = Aggregator.totals(m, rows, coverage);
        Optional<BigDecimal> r = exact(m, t);
        Value v = p.value(m);
        if (!v.isPresent()) {
          if (r.isPresent() && r.get().compareTo(BigDecimal.valueOf(100)) > 0
              && m.unit() == Unit.PERCENT && m != Metric.TURNOVER_RATE
              && m != Metric.TURNOVER_RATE_HEADCOUNT) {
            flags.add(p.area().label() + " " + p.year() + " " + m.columnName() + " recomputes to "
                + r.get().setScale(1, RoundingMode.HALF_UP) + "%, above 100%, where the published "
                + "cell is " + v + ": " + Aggregator.overWhole(m, rows, t) + ".");
          }
          continue;
        }
        BigDecimal pub = BigDecimal.valueOf(v.doubleValue());
        boolean reproduced = r.isPresent()
            && r.get().setScale(1, RoundingMode.HALF_UP).compareTo(pub.setScale(1,
                RoundingMode.HALF_UP)) == 0;
        String why = reproduced ? "" : explain(m, t, r, pub, rows);
        cells.add(new ReconciledCell(p.year(), p.area(), m, v.doubleValue(),
            r.map(x -> Value.of(x.doubleValue())).orElse(Value.suppressed(
                Suppression.NOT_AVAILABLE)), reproduced, why));
      }
    }
    return new Reconciliation(coverage, cells, flags);
  }

  /** The recomputed rate, exactly as the publisher's decimals allow; empty without a base. */
  private static Optional<BigDecimal> exact(Metric m, Aggregator.Totals t) {
    // no authority publishes a total: nothing to recompute, not 0 (Σ of nothing)
    if (t.topFigures == 0 || t.bottomFigures == 0 || t.bottom.signum() == 0) {
      return Optional.empty();
    }
    if (m == Metric.ABSENCE_RATE) {
      return Optional.of(t.top.multiply(BigDecimal.valueOf(100)).divide(
          t.bottom.multiply(BigDecimal.valueOf(Aggregate.ABSENCE_WORKING_DAYS)), MC));
    }
    Formula f = m.formula().orElseThrow();
    return Optional.of(t.top.multiply(BigDecimal.valueOf(f.scale())).divide(t.bottom, MC));
  }

  private static String explain(Metric m, Aggregator.Totals t, Optional<BigDecimal> r,
      BigDecimal pub, List<Snapshot> rows) {
    List<String> why = new ArrayList<>();
    Formula f = Aggregator.formula(m).orElseThrow();
    if (r.isPresent()) {
      // each LA figure is within half a unit of its last digit
      double a = t.topFigures * half(f.numerator());
      double b = t.bottomFigures * half(f.denominator().get(0));
      double n = t.top.doubleValue();
      double d = t.bottom.doubleValue();
      double hi = d - b > 0 ? f.apply(n + a, d - b) : Double.POSITIVE_INFINITY;
      double lo = f.apply(Math.max(0, n - a), d + b);
      if (lo <= pub.doubleValue() + 0.05 && hi >= pub.doubleValue() - 0.05) {
        why.add("rounding of the LA figures: " + (t.topFigures + t.bottomFigures)
            + " figures, each within half a unit of its last digit, put the rate between "
            + dp(lo) + " and " + dp(hi));
      }
    }
    Map<String, Set<String>> byArea = new LinkedHashMap<>();
    for (List<LeftOut> side : List.of(t.topOut, t.bottomOut)) {
      for (LeftOut l : side) {
        if (l.suppression().filter(s -> s == Suppression.LOW_RELIABILITY).isEmpty()
            || !l.measure().equals(m)) {
          byArea.computeIfAbsent(l.area().label(), k -> new LinkedHashSet<>()).add(
              l.measure().columnName() + " " + l.suppression().map(Suppression::marker)
                  .orElse("?"));
        }
      }
    }
    Set<String> named = new LinkedHashSet<>();
    byArea.forEach((area, parts) -> named.add(area + " (" + String.join(", ", parts) + ")"));
    if (!named.isEmpty()) {
      why.add("suppressed at LA level but counted by the publisher: " + list(named));
    }
    Set<String> u = new LinkedHashSet<>();
    for (Snapshot s : rows) {
      if (s.value(m).suppression().filter(x -> x == Suppression.LOW_RELIABILITY).isPresent()) {
        u.add(s.area().label());
      }
    }
    if (!u.isEmpty()) {
      why.add("u (low reliability) rows at LA level: " + list(u));
    }
    if (m == Metric.ABSENCE_RATE && t.bottom.signum() > 0) {
      double n = t.top.doubleValue();
      double d = t.bottom.doubleValue();
      double p = pub.doubleValue();
      why.add("the absence day count: the published " + pub + " implies "
          + dp(100 * n / (d * (p + 0.05))) + " to " + (p > 0.05 ? dp(100 * n / (d * (p - 0.05)))
              : "any number of") + " working days, not " + Aggregate.ABSENCE_WORKING_DAYS);
    }
    if (t.topFigures == 0) {
      why.add("no authority publishes the numerator (" + f.numerator().columnName() + ")");
    }
    if (t.bottomFigures == 0) {
      List<String> parts = new ArrayList<>();
      f.denominator().forEach(d -> parts.add(d.columnName()));
      why.add("no authority publishes the denominator (" + String.join(" + ", parts) + ")");
    } else if (r.isEmpty() && t.topFigures > 0) {
      why.add("the denominator sums to 0");
    }
    return why.isEmpty() ? UNEXPLAINED + ": no authority is suppressed and the difference is "
        + "larger than the rounding of the LA figures allows" : String.join("; ", why);
  }

  private static double half(Metric m) {
    return 0.5 * Math.pow(10, -m.unit().decimals());
  }

  private static String dp(double d) {
    return BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  private static String list(Set<String> names) {
    List<String> all = new ArrayList<>(names);
    if (all.size() <= 8) {
      return String.join(", ", all);
    }
    return String.join(", ", all.subList(0, 8)) + " and " + (all.size() - 8) + " more";
  }
}
