package io.github.csww;

import java.util.ArrayList;
import java.util.List;

/** Small workforces built in tests for comparisons, trends and quartile bands. */
final class CompareFixtures {
  static final Authority STAFFORDSHIRE =
      Authority.of("860", "E10000028", "Staffordshire", Region.WEST_MIDLANDS);
  static final Authority SHROPSHIRE =
      Authority.of("893", "E06000051", "Shropshire", Region.WEST_MIDLANDS);
  static final Authority CAMDEN = Authority.of("202", "E09000007", "Camden", Region.INNER_LONDON);
  static final Authority CUMBRIA = Authority.of("909", "E10000006", "Cumbria", Region.NORTH_WEST);

  private CompareFixtures() {}

  /**
   * A snapshot with the given metric and value pairs: {@code snapshot(a, 2017, CASELOAD, 26.4)};
   * a value may be a {@link Suppression}.
   */
  static Snapshot snapshot(Area area, int year, Object... metricsAndValues) {
    Snapshot.Builder b = Snapshot.builder(area, year);
    for (int i = 0; i < metricsAndValues.length; i += 2) {
      Metric m = (Metric) metricsAndValues[i];
      Object v = metricsAndValues[i + 1];
      if (v instanceof Suppression s) {
        b.suppress(m, s);
      } else {
        b.set(m, ((Number) v).doubleValue());
      }
    }
    return b.build();
  }

  /** The n-th made-up authority, LA number 100 + n, in the North East. */
  static Authority authority(int n) {
    return Authority.of(Integer.toString(100 + n), String.format("E0690%04d", n),
        "Authority " + n, Region.NORTH_EAST);
  }

  /** One snapshot per value for made-up authorities 0, 1, ...; null values are suppressed (x). */
  static List<Snapshot> authorities(int year, Metric metric, List<Double> values) {
    List<Snapshot> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Double v = values.get(i);
      out.add(snapshot(authority(i), year, metric, v == null ? Suppression.NOT_AVAILABLE : v));
    }
    return out;
  }
}
