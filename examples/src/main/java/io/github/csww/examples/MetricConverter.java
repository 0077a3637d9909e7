package io.github.csww.examples;

import io.github.csww.Metric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a metric name as typed on the command line: {@code caseload}, {@code CASELOAD}, {@code
 * agency-rate}. A misspelt one is answered with the closest names and the valid ones.
 */
final class MetricConverter implements ITypeConverter<Metric> {

  @Override
  public Metric convert(String text) {
    return parse(text);
  }

  static Metric parse(String text) {
    String key = key(text);
    for (Metric m : Metric.values()) {
      if (key(m.name()).equals(key)) {
        return m;
      }
    }
    List<Metric> closest = new ArrayList<>(List.of(Metric.values()));
    closest.sort(Comparator.comparingInt((Metric m) -> distance(key, key(m.name())))
        .thenComparing(Metric::name));
    throw new TypeConversionException("unknown metric '" + text + "'; did you mean "
        + name(closest.get(0)) + " or " + name(closest.get(1)) + "? Valid metrics: "
        + validNames());
  }

  static String validNames() {
    List<String> names = new ArrayList<>();
    for (Metric m : Metric.values()) {
      names.add(name(m));
    }
    return String.join(", ", names);
  }

  static String name(Metric m) {
    return m.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
