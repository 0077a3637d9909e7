package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The look-ups of an {@link Indicators} table: its rows by area and period, and the values it
 * derives from them, a combined return's from its partners' rows ({@link Indicators#resolve})
 * and a region's or England's from its authorities' ({@link Indicators#aggregate}). Immutable.
 */
final class IndicatorIndex {
  private final String source;
  private final List<String> names;
  private final List<IndicatorPair> pairs;
  private final List<IndicatorRow> rows;
  /** Rows by area key and period. */
  private final Map<String, IndicatorRow> byKey;
  /** For each single LA number, the LA numbers of the row(s) that hold it. */
  private final Map<Integer, List<Integer>> rowOfLaNumber = new HashMap<>();

  IndicatorIndex(String source, List<String> names, List<IndicatorPair> pairs,
      List<IndicatorRow> rows, Map<String, IndicatorRow> byKey) {
    this.source = source;
    this.names = names;
    this.pairs = pairs;
    this.rows = rows;
    this.byKey = new HashMap<>(byKey);
    for (IndicatorRow r : rows) {
      if (r.area() instanceof Authority a) {
        for (int n : a.laNumbers()) {
          rowOfLaNumber.putIfAbsent(n, a.laNumbers());
        }
      }
    }
  }

  /** The pair whose rate is the given column, or empty. */
  Optional<IndicatorPair> pair(String rate) {
    for (IndicatorPair p : pairs) {
      if (p.rate().equals(rate)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The row published for exactly this area and period, or empty. */
  Optional<IndicatorRow> row(Area area, int period) {
    return Optional.ofNullable(byKey.get(key(area, period)));
  }

  /** See {@link Indicators#resolve}. */
  IndicatorValue resolve(Area area, int period, String indicator) {
    checkNotNull(area, "area is null");
    checkIndicator(indicator);
    IndicatorRow row = byKey.get(key(area, period));
    if (row != null) {
      return new IndicatorValue(area, period, indicator, row.value(indicator), "published");
    }
    if (!(area instanceof Authority a)) {
      return absent(area, period, indicator,
          "not in the indicator file for time_period " + period);
    }
    List<Integer> numbers = a.laNumbers();
    if (numbers.size() == 1) {
      List<Integer> holder = rowOfLaNumber.get(numbers.get(0));
      if (holder != null && holder.size() > 1 && byKey.containsKey(key(holder, period))) {
        return absent(area, period, indicator, "published only within the combined return "
            + laNumber(holder) + " for time_period " + period);
      }
      return absent(area, period, indicator,
          "not in the indicator file for time_period " + period);
    }
    List<String> missing = new ArrayList<>();
    for (int n : numbers) {
      if (!byKey.containsKey(key(List.of(n), period))) {
        missing.add(String.valueOf(n));
      }
    }
    if (missing.size() == numbers.size()) {
      return absent(area, period, indicator,
          "not in the indicator file for time_period " + period);
    }
    if (!missing.isEmpty()) {
      return absent(area, period, indicator, "combined return " + a.laNumber() + ": "
          + String.join(", ", missing) + " not in the indicator file for time_period " + period);
    }
    return combine(area, period, indicator, numbers, "combined return " + a.laNumber());
  }
  private IndicatorValue combine(Area area, int period, String indicator, List<Integer> numbers,
      String what) {
    Optional<IndicatorPair> pair = pair(indicator);
    if (pair.isPresent()) {
      IndicatorPair p = pair.get();
      StringBuilder num = new StringBuilder();
      StringBuilder den = new StringBuilder();
      double sumNum = 0;
      double sumDen = 0;
      for (int n : numbers) {
        IndicatorRow r = byKey.get(key(List.of(n), period));
        Value vn = r.value(p.numerator()).orElseThrow();
        Value vd = r.value(p.denominator()).orElseThrow();
        for (Value v : List.of(vn, vd)) {
          if (!v.isPresent()) {
            String col = v == vn ? p.numerator() : p.denominator();
            return new IndicatorValue(area, period, indicator, Optional.of(v), what + ": " + col
                + " of " + n + " is " + v.suppression().orElseThrow().describe());
          }
        }
        sumNum += vn.doubleValue();
        sumDen += vd.doubleValue();
        num.append(num.length() > 0 ? " + " : "").append(vn);
        den.append(den.length() > 0 ? " + " : "").append(vd);
      }
      if (sumDen <= 0) {
        return absent(area, period, indicator, what + ": " + p.denominator() + " sums to "
            + Value.of(sumDen) + ", so " + indicator + " has no value");
      }
      String how = "(" + num + ") / (" + den + ") \u00d7 " + Value.of(p.scale());
      return new IndicatorValue(area, period, indicator,
          Optional.of(Value.of(p.recompute(sumNum, sumDen))), what + ": " + how,
          Optional.of(how));
    }
    if (!isCount(indicator)) {
      return absent(area, period, indicator, what + ": partners published separately and "
          + indicator + " is neither a count nor a rate with known counts; declare its "
          + "numerator and denominator to combine it");
    }
    double sum = 0;
    StringBuilder parts = new StringBuilder();
    for (int n : numbers) {
      Value v = byKey.get(key(List.of(n), period)).value(indicator).orElseThrow();
      if (!v.isPresent()) {
        return new IndicatorValue(area, period, indicator, Optional.of(v), what + ": "
            + indicator + " of " + n + " is " + v.suppression().orElseThrow().describe());
      }
      sum += v.doubleValue();
      parts.append(parts.length() > 0 ? " + " : "").append(v);
    }
    return new IndicatorValue(area, period, indicator, Optional.of(Value.of(sum)),
        what + ": " + parts, Optional.of(parts.toString()));
  }

  /** See {@link Indicators#aggregate}. */
  IndicatorValue aggregate(String indicator, int period, Area area) {
    checkIndicator(indicator);
    checkNotNull(area, "area is null");
    checkArgument(!(area instanceof Authority),
        "aggregate over England or a region, got the authority %s", area);
    Optional<IndicatorPair> pair = pair(indicator);
    checkArgument(pair.isPresent() || isCount(indicator),
        "'%s' is neither a count nor a rate with known counts; declare its pair to aggregate it",
        indicator);
    String num = pair.map(IndicatorPair::numerator).orElse(indicator);
    String den = pair.map(IndicatorPair::denominator).orElse(null);
    double sumNum = 0;
    double sumDen = 0;
    int covered = 0;
    List<String> left = new ArrayList<>();
    for (IndicatorRow r : rows) {
      if (r.period() != period || !(r.area() instanceof Authority a)) {
        continue;
      }
      if (area instanceof Region region && !a.region().within(region)) {
        continue;
      }
      Value vn = r.value(num).orElseThrow();
      Value vd = den == null ? Value.of(1) : r.value(den).orElseThrow();
      if (!vn.isPresent() || !vd.isPresent()) {
        Value bad = vn.isPresent() ? vd : vn;
        left.add(a.laNumber() + " (" + (bad == vn ? num : den) + " "
            + bad.suppression().orElseThrow().marker() + ")");
        continue;
      }
      covered++;
      sumNum += vn.doubleValue();
      sumDen += vd.doubleValue();
    }
    String coverage = "sum over " + covered + " of " + (covered + left.size())
        + " authorities" + (left.isEmpty() ? "" : "; left out: " + String.join(", ", left));
    if (covered == 0) {
      return absent(area, period, indicator, "no authority publishes " + indicator
          + " for time_period " + period + (left.isEmpty() ? "" : "; left out: "
          + String.join(", ", left)));
    }
    if (pair.isEmpty()) {
      return new IndicatorValue(area, period, indicator, Optional.of(Value.of(sumNum)),
          coverage);
    }
    if (sumDen <= 0) {
      return absent(area, period, indicator, den + " sums to 0; " + coverage);
    }
    return new IndicatorValue(area, period, indicator,
        Optional.of(Value.of(pair.get().recompute(sumNum, sumDen))),
        "\u03a3" + num + " / \u03a3" + den + " = " + Value.of(sumNum) + " / "
            + Value.of(sumDen) + ", " + coverage);
  }
  /** A count: the numerator or denominator of a pair, or a column named {@code *_count}. */
  private boolean isCount(String indicator) {
    if (indicator.endsWith("_count")) {
      return true;
    }
    for (IndicatorPair p : pairs) {
      if (p.numerator().equals(indicator) || p.denominator().equals(indicator)) {
        return true;
      }
    }
    return false;
  }

  private void checkIndicator(String indicator) {
    checkNotNull(indicator, "indicator is null");
    checkArgument(names.contains(indicator), "unknown indicator '%s' in %s; indicators: %s",
        indicator, source, names);
  }

  private static IndicatorValue absent(Area area, int period, String indicator, String why) {
    return new IndicatorValue(area, period, indicator, Optional.empty(), why);
  }

  private static String laNumber(List<Integer> numbers) {
    StringBuilder sb = new StringBuilder();
    for (int n : numbers) {
      sb.append(sb.length() > 0 ? " / " : "").append(n);
    }
    return sb.toString();
  }

  /** The key of an area's row in a period: by LA numbers, region code or England. */
  static String key(Area area, int period) {
    if (area instanceof Authority a) {
      return key(a.laNumbers(), period);
    }
    if (area instanceof Region r) {
      return "R" + r.code() + "@" + period;
    }
    return "N@" + period;
  }

  private static String key(List<Integer> laNumbers, int period) {
    return "A" + laNumbers + "@" + period;
  }
}
