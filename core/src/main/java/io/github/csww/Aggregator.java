package io.github.csww;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Aggregates one metric over snapshots: sums, Σ numerator / Σ denominator, or weighted means. */
final class Aggregator {
  private Aggregator() {}

  static Aggregate aggregate(Metric metric, int year, List<Snapshot> rows,
      Optional<Value> published) {
    return aggregate(England.INSTANCE, metric, year, rows, published);
  }

  static Aggregate aggregate(Area area, Metric metric, int year, List<Snapshot> rows,
      Optional<Value> published) {
    rows = withoutNestedRegions(rows);
    Optional<Formula> formula = metric.formula();
    Optional<Metric> weight = metric.weight();
    ImmutableList.Builder<LeftOut> leftOut = ImmutableList.builder();
    // Published figures are decimals: sum them as decimals, so 28,482.6 + ... is not 28483.1999.
    BigDecimal top = BigDecimal.ZERO;
    BigDecimal bottom = BigDecimal.ZERO;
    int covered = 0;
    for (Snapshot s : rows) {
      Optional<LeftOut> missing;
      if (formula.isPresent()) {
        Formula f = formula.get();
        missing = missing(s, f.numerator());
        for (Metric d : f.denominator()) {
          missing = missing.or(() -> missing(s, d));
        }
        if (missing.isEmpty()) {
          top = top.add(dec(s.number(f.numerator())));
          for (Metric d : f.denominator()) {
            bottom = bottom.add(dec(s.number(d)));
          }
        }
      } else if (weight.isPresent()) {
        missing = missing(s, metric).or(() -> missing(s, weight.get()));
        if (missing.isEmpty()) {
          double w = s.number(weight.get());
          top = top.add(dec(s.number(metric)).multiply(dec(w)));
          bottom = bottom.add(dec(w));
        }
      } else {
        missing = missing(s, metric);
        if (missing.isEmpty()) {
          top = top.add(dec(s.number(metric)));
        }
      }
      if (missing.isPresent()) {
        leftOut.add(missing.get());
      } else {
        covered++;
      }
    }
    Value value;
    if (covered == 0) {
      value = Value.suppressed(Suppression.NOT_AVAILABLE);
    } else if (formula.isPresent()) {
      value = bottom.signum() == 0 ? Value.suppressed(Suppression.NOT_APPLICABLE)
          : Value.of(formula.get().apply(top.doubleValue(), bottom.doubleValue()));
    } else if (weight.isPresent()) {
      value = bottom.signum() == 0 ? Value.suppressed(Suppression.NOT_APPLICABLE)
          : Value.of(top.doubleValue() / bottom.doubleValue());
    } else {
      value = Value.of(top.doubleValue());
    }
    return new Aggregate(area, metric, year, value, covered, leftOut.build(), published);
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

  private static Optional<LeftOut> missing(Snapshot s, Metric m) {
    if (s.has(m)) {
      return Optional.empty();
    }
    return Optional.of(new LeftOut(s.area(), s.year(), m, s.value(m).suppression().orElseThrow()));
  }
}
