package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/** Gathers the pairs of a {@link Correlation} and computes it. Package-private. */
final class Correlator {
  /** Mixed into the seed for the bootstrap, so its draws differ from the permutation test's. */
  private static final long BOOTSTRAP_STREAM = 0x9E3779B97F4A7C15L;

  private Correlator() {}

  static Correlation withIndicator(CorrelationMethod method, Workforce view, Metric x,
      Indicators indicators, String indicator, PeriodAlignment alignment,
      CorrelationOptions options) {
    checkNotNull(method, "method is null");
    checkNotNull(view, "view is null");
    checkNotNull(x, "x is null");
    checkNotNull(indicators, "indicators is null");
    checkNotNull(indicator, "indicator is null");
    checkNotNull(alignment, "alignment is null");
    checkNotNull(options, "options is null");
    checkArgument(indicators.names().contains(indicator),
        "unknown indicator '%s' in %s; indicators: %s", indicator, indicators.source(),
        indicators.names());
    view = oneYear(view);
    int year = view.years().first();
    int period = checkPeriod(indicators, alignment, year);
    List<CorrelationPair> pairs = new ArrayList<>();
    List<Exclusion> left = new ArrayList<>();
    List<String> pooled = new ArrayList<>();
    for (Snapshot s : view.snapshots()) {
      if (!(s.area() instanceof Authority a)) {
        continue;
      }
      Value vx = s.value(x);
      IndicatorValue vy = indicators.resolve(a, period, indicator);
      List<String> why = new ArrayList<>();
      if (!vx.isPresent()) {
        why.add(x.displayName() + " " + vx.suppression().orElseThrow().describe());
      }
      if (!vy.isPresent()) {
        String w = vy.whyMissing();
        why.add(w.startsWith(indicator) ? w : indicator + ": " + w);
      }
      if (why.isEmpty()) {
        pairs.add(new CorrelationPair(a, vx.doubleValue(), vy.value().orElseThrow()
            .doubleValue()));
        // partners' rows pooled, not a published row
        vy.pooling().ifPresent(how -> pooled.add(a + ": " + indicator + " = " + how));
      } else {
        left.add(new Exclusion(a, String.join("; ", why)));
      }
    }
    StringBuilder yName = new StringBuilder(indicator).append(" (")
        .append(fileName(indicators.source()));
    for (Map.Entry<String, String> f : indicators.filters().entrySet()) {
      yName.append(", ").append(f.getKey()).append(" = ").append(f.getValue());
    }
    yName.append(')');
    return compute(method, x.displayName(), yName.toString(), year, Optional.of(alignment),
        alignment.describe(year), pairs, left, pooled, options);
  }

  /** The aligned period of a year, checked to be in the table. */
  static int checkPeriod(Indicators indicators, PeriodAlignment alignment, int year) {
    int period = alignment.period(year);
    SortedSet<Integer> periods = indicators.periods();
    checkArgument(periods.contains(period),
        "time_period %s (%s) is not in %s, which holds time_periods %s", period,
        alignment.describe(year), indicators.source(), periods);
    return period;
  }

  static Correlation withMetric(CorrelationMethod method, Workforce view, Metric x, Metric y,
      CorrelationOptions options) {
    checkNotNull(method, "method is null");
    checkNotNull(view, "view is null");
    checkNotNull(x, "x is null");
    checkNotNull(y, "y is null");
    checkNotNull(options, "options is null");
    view = oneYear(view);
    int year = view.years().first();
    List<CorrelationPair> pairs = new ArrayList<>();
    List<Exclusion> left = new ArrayList<>();
    for (Snapshot s : view.snapshots()) {
      if (!(s.area() instanceof Authority a)) {
        continue;
      }
      Value vx = s.value(x);
      Value vy = s.value(y);
      List<String> why = new ArrayList<>();
      for (Value v : List.of(vx, vy)) {
        if (!v.isPresent()) {
          why.add((v == vx ? x : y).displayName() + " "
              + v.suppression().orElseThrow().describe());
        }
      }
      if (why.isEmpty()) {
        pairs.add(new CorrelationPair(a, vx.doubleValue(), vy.doubleValue()));
      } else {
        left.add(new Exclusion(a, String.join("; ", why)));
      }
    }
    return compute(method, x.displayName(), y.displayName(), year, Optional.empty(),
        "both from the workforce census 30 September " + year, pairs, left, List.of(),
        options);
  }

  /**
   * The view's one year, as other one-year queries take it: the view's only year, or the latest
   * when the view names none.
   *
   * @throws UnsupportedViewException if the view is empty or names several years
   */
  private static Workforce oneYear(Workforce view) {
    int year = view.defaults().oneYear("a correlation");
    return view.years().size() == 1 ? view : view.year(year);
  }

  private static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }

  private static Correlation compute(CorrelationMethod method, String xName, String yName,
      int year, Optional<PeriodAlignment> alignment, String aligned, List<CorrelationPair> pairs,
      List<Exclusion> left, List<String> pooled, CorrelationOptions options) {
    int n = pairs.size();
    if (n < 3) {
      throw new MissingDataException(method.label() + " of " + xName + " with " + yName + " in "
          + year + ": " + (n == 0 ? "no authority has" : "only " + n + (n == 1 ? " authority has"
          : " authorities have")) + " both values, and a correlation needs at least 3"
          + leftOut(left));
    }
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = pairs.get(i).x();
      ys[i] = pairs.get(i).y();
    }
    if (constant(xs) || constant(ys)) {
      throw new MissingDataException((constant(xs) ? xName + " is " + xs[0] : yName + " is "
          + ys[0]) + " for every one of the " + n + " authorities: no correlation");
    }
    double[] tx = method == CorrelationMethod.SPEARMAN ? RankStats.ranks(xs) : xs;
    double[] ty = method == CorrelationMethod.SPEARMAN ? RankStats.ranks(ys) : ys;
    double rho = RankStats.pearson(tx, ty);
    RankStats.PValue p = RankStats.permutationP(tx, ty, options.permutations(),
        options.exactUpTo(), options.seed());
    double tp = RankStats.tApproximationP(rho, n);
    RankStats.Interval iv = RankStats.bootstrap(method, xs, ys, options.resamples(),
        options.level(), options.seed() ^ BOOTSTRAP_STREAM);
    ConfidenceInterval ci = new ConfidenceInterval(iv.lower(), iv.upper(), options.level(),
        options.resamples(), options.seed(), iv.degenerate());
    return new Correlation(method, xName, yName, year, alignment, aligned, rho, p.p(),
        p.method(), tp, ci, pairs, left, pooled);
  }

  /** {@code "; 1 left out: Westminster (213): caseload x (not available)"}, the first five. */
  private static String leftOut(List<Exclusion> left) {
    if (left.isEmpty()) {
      return "; the view holds no other authority";
    }
    List<String> shown = new ArrayList<>();
    for (Exclusion e : left.subList(0, Math.min(5, left.size()))) {
      shown.add(e.toString());
    }
    return "; " + left.size() + " left out: " + String.join("; ", shown)
        + (left.size() > 5 ? "; and " + (left.size() - 5) + " more" : "");
  }

  private static boolean constant(double[] v) {
    for (double d : v) {
      if (d != v[0]) {
        return false;
      }
    }
    return true;
  }
}
