package io.github.csww.examples.chart;

import io.github.csww.examples.chart.ScatterChart.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics behind {@link ScatterChart}: the least-squares line of y on x, Pearson's r, and
 * the outlier rule described there. The means are summed as {@code x / n} over the points, as
 * {@link ScatterChart#fit()} documents.
 */
final class LeastSquares {
  private LeastSquares() {}

  /** The means and the sums of squares and products about them, of at least one point. */
  private record Moments(double mx, double my, double sxx, double syy, double sxy) {
    static Moments of(List<Point> points) {
      int n = points.size();
      double mx = 0;
      double my = 0;
      for (Point p : points) {
        mx += p.x() / n;
        my += p.y() / n;
      }
      double sxx = 0;
      double syy = 0;
      double sxy = 0;
      for (Point p : points) {
        sxx += (p.x() - mx) * (p.x() - mx);
        syy += (p.y() - my) * (p.y() - my);
        sxy += (p.x() - mx) * (p.y() - my);
      }
      return new Moments(mx, my, sxx, syy, sxy);
    }
  }

  /** {@code [intercept, slope]}, or an empty array with fewer than two distinct x values. */
  static double[] fit(List<Point> points) {
    if (points.size() < 2) {
      return new double[0];
    }
    Moments m = Moments.of(points);
    if (m.sxx() == 0) {
      return new double[0];
    }
    double slope = m.sxy() / m.sxx();
    return new double[] {m.my() - slope * m.mx(), slope};
  }

  /** Pearson's r, or NaN when x or y does not vary. */
  static double correlation(List<Point> points) {
    Moments m = Moments.of(points);
    return m.sxx() == 0 || m.syy() == 0 ? Double.NaN : m.sxy() / Math.sqrt(m.sxx() * m.syy());
  }

  /**
   * The points whose standardised residual exceeds {@code threshold} or whose x is more than
   * {@code xExtreme} standard deviations from the mean of x, in order; none with fewer than three
   * points or no line.
   */
  static List<Point> outliers(List<Point> points, double threshold, double xExtreme) {
    int n = points.size();
    double[] fit = fit(points);
    if (n < 3 || fit.length == 0) {
      return List.of();
    }
    double ss = 0;
    for (Point p : points) {
      double e = p.y() - (fit[0] + fit[1] * p.x());
      ss += e * e;
    }
    double s = Math.sqrt(ss / (n - 2));
    double mx = Moments.of(points).mx();
    double vx = 0;
    for (Point p : points) {
      vx += (p.x() - mx) * (p.x() - mx) / (n - 1);
    }
    double sx = Math.sqrt(vx);
    List<Point> out = new ArrayList<>();
    for (Point p : points) {
      double e = p.y() - (fit[0] + fit[1] * p.x());
      boolean residual = s > 0 && Math.abs(e) / s > threshold;
      boolean extreme = sx > 0 && Math.abs(p.x() - mx) / sx > xExtreme;
      if (residual || extreme) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }
}
