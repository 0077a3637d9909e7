package io.github.csww;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The arithmetic of {@link Correlation}: average ranks, Pearson's r, permutation p-values,
 * Student's t approximation and percentile bootstrap intervals. Package-private; all arrays are
 * left unchanged.
 */
final class RankStats {
  /** Relative tolerance when comparing a permuted statistic with the observed one. */
  private static final double TIE_TOLERANCE = 1e-9;

  private RankStats() {}

  /** 1-based ranks; tied values share the average of the ranks they span. */
  static double[] ranks(double[] v) {
    int n = v.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
    double[] r = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      double avg = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        r[order[k]] = avg;
      }
      i = j + 1;
    }
    return r;
  }

  /** Pearson's r, clamped to [-1, 1]; NaN when either variable is constant. */
  static double pearson(double[] x, double[] y) {
    int n = x.length;
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    if (sxx == 0 || syy == 0) {
      return Double.NaN;
    }
    double r = sxy / Math.sqrt(sxx * syy);
    return Math.max(-1, Math.min(1, r));
  }

  /** Spearman's rho: Pearson's r of the average ranks. */
  static double spearman(double[] x, double[] y) {
    return pearson(ranks(x), ranks(y));
  }

  static double statistic(CorrelationMethod method, double[] x, double[] y) {
    return method == CorrelationMethod.SPEARMAN ? spearman(x, y) : pearson(x, y);
  }

  static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  /** A p-value with how it was computed. */
  record PValue(double p, String method) {}

  /**
   * Two-sided permutation p-value for the correlation of {@code x} and {@code y} (already ranked
   * for Spearman): every permutation of {@code y} when there are at most {@code exactUpTo}
   * pairs, otherwise {@code permutations} random ones drawn with the seed and the +1 correction
   * {@code (1 + #{|r*| ≥ |r|}) / (permutations + 1)}.
   */
  static PValue permutationP(double[] x, double[] y, int permutations, int exactUpTo,
      long seed) {
    int n = x.length;
    double mx = mean(x);
    double my = mean(y);
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = x[i] - mx;
      b[i] = y[i] - my;
    }
    double observed = Math.abs(dot(a, b));
    double threshold = observed - TIE_TOLERANCE * Math.max(1, observed);
    if (n <= exactUpTo) {
      long[] counts = new long[2];
      permute(a, b.clone(), n, threshold, counts);
      return new PValue((double) counts[0] / counts[1],
          "exact permutation test over all " + counts[1] + " orderings, two-sided");
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] p = b.clone();
    long extreme = 0;
    for (int k = 0; k < permutations; k++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        double t = p[i];
        p[i] = p[j];
        p[j] = t;
      }
      if (Math.abs(dot(a, p)) >= threshold) {
        extreme++;
      }
    }
    return new PValue((extreme + 1.0) / (permutations + 1.0),
        "Monte Carlo permutation test, " + permutations + " permutations, seed " + seed
            + ", two-sided, p = (1 + #{|r*| \u2265 |r|}) / (" + permutations + " + 1)");
  }

  /** Heap's algorithm over the first {@code k} elements of {@code b}. */
  private static void permute(double[] a, double[] b, int k, double threshold, long[] counts) {
    if (k <= 1) {
      counts[1]++;
      if (Math.abs(dot(a, b)) >= threshold) {
        counts[0]++;
      }
      return;
    }
    for (int i = 0; i < k - 1; i++) {
      permute(a, b, k - 1, threshold, counts);
      int j = k % 2 == 0 ? i : 0;
      double t = b[j];
      b[j] = b[k - 1];
      b[k - 1] = t;
    }
    permute(a, b, k - 1, threshold, counts);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /**
   * Two-sided p-value of r under Student's t with n - 2 degrees of freedom, {@code t = r √((n -
   * 2) / (1 - r²))}: exact for Pearson's r of normal data, an approximation for Spearman's rho.
   */
  static double tApproximationP(double r, int n) {
    double df = n - 2;
    if (df <= 0) {
      return 1;
    }
    double r2 = r * r;
    if (r2 >= 1) {
      return 0;
    }
    double t2 = r2 * df / (1 - r2);
    return regularizedBeta(df / (df + t2), df / 2, 0.5);
  }

  /** The regularized incomplete beta function I_x(a, b), by Lentz's continued fraction. */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double lnFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x)
        + b * Math.log1p(-x);
    if (x < (a + 1) / (a + b + 2)) {
      return Math.exp(lnFront) * betaFraction(x, a, b) / a;
    }
    return 1 - Math.exp(lnFront) * betaFraction(1 - x, b, a) / b;
  }

  private static double betaFraction(double x, double a, double b) {
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = 1 / awayFromZero(1 - qab * x / qap);
    double h = d;
    for (int m = 1; m <= 300; m++) {
      int m2 = 2 * m;
      // Each m takes an even step and an odd step of the continued fraction.
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 / awayFromZero(1 + aa * d);
      c = awayFromZero(1 + aa / c);
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 / awayFromZero(1 + aa * d);
      c = awayFromZero(1 + aa / c);
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < 1e-15) {
        break;
      }
    }
    return h;
  }

  /** The value, or a tiny positive number in its place when it is nearly zero (Lentz's method). */
  private static double awayFromZero(double v) {
    return Math.abs(v) < 1e-300 ? 1e-300 : v;
  }

  /** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9). */
  static double logGamma(double x) {
    final double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7};
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    x -= 1;
    double s = g[0];
    for (int i = 1; i < 9; i++) {
      s += g[i] / (x + i);
    }
    double t = x + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(s);
  }

  /** A percentile bootstrap interval. */
  record Interval(double lower, double upper, int degenerate) {}

  /**
   * Percentile bootstrap: {@code resamples} samples of n pairs drawn with replacement with the
   * seed, the statistic recomputed on each (re-ranked for Spearman); samples where a variable is
   * constant have no statistic and are counted, not used. The bounds are the (1 - level) / 2
   * and (1 + level) / 2 quantiles of the rest, interpolated linearly between order statistics
   * (type 7). With no usable sample the interval is [-1, 1].
   */
  static Interval bootstrap(CorrelationMethod method, double[] x, double[] y, int resamples,
      double level, long seed) {
    int n = x.length;
    SplittableRandom random = new SplittableRandom(seed);
    double[] stats = new double[resamples];
    int used = 0;
    double[] bx = new double[n];
    double[] by = new double[n];
    for (int k = 0; k < resamples; k++) {
      for (int i = 0; i < n; i++) {
        int j = random.nextInt(n);
        bx[i] = x[j];
        by[i] = y[j];
      }
      double r = statistic(method, bx, by);
      if (!Double.isNaN(r)) {
        stats[used++] = r;
      }
    }
    if (used == 0) {
      return new Interval(-1, 1, resamples);
    }
    double[] s = Arrays.copyOf(stats, used);
    Arrays.sort(s);
    double alpha = (1 - level) / 2;
    return new Interval(quantile(s, alpha), quantile(s, 1 - alpha), resamples - used);
  }

  /** Type 7 quantile of sorted values. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
