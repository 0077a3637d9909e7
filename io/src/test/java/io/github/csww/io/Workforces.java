package io.github.csww.io;

import com.google.common.collect.ImmutableList;
import io.github.csww.Area;
import io.github.csww.Authority;
import io.github.csww.England;
import io.github.csww.Metric;
import io.github.csww.Region;
import io.github.csww.Snapshot;
import io.github.csww.Suppression;
import io.github.csww.Workforce;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** QuickTheories generators of workforces for round-trip properties. */
final class Workforces {
  /** Pieces of names: commas, quotes, non-ASCII letters (one outside the BMP), formula starts. */
  private static final String[] NAME_PARTS = {
      "Kingston", "upon", "Hull", ",", "\"", "City", "of", "St", "Helens", "\u00e9", "\u00f6",
      "\u0142\u00f3d\u017a", "\u00c6ther", "Caf\u00e9", "\u65e5\u672c", "\uD835\uDCB3", "-", "&",
      "'", "=", "+", "@", "O'Neil", "\u2019s", ";", "\t", "\n", "(", ")", "/"};
  private static final Suppression[] SUPPRESSIONS = Suppression.values();
  private static final Metric[] METRICS = Metric.values();

  private Workforces() {}

  /**
   * Workforces of England, regions and authorities over a few years.
   *
   * @param history whether authorities may have several codes and names (what JSON can hold);
   *     otherwise one code and name (what one CSV row per year can hold); values are never
   *     negative, as neither reader accepts a negative figure
   */
  static Gen<Workforce> workforces(boolean history) {
    return in -> generate(in, history);
  }

  private static long pick(RandomnessSource in, long min, long max) {
    return in.next(Constraint.between(min, max));
  }

  private static Workforce generate(RandomnessSource in, boolean history) {
    List<Authority> authorities = new ArrayList<>();
    Set<Integer> numbers = new HashSet<>();
    int n = (int) pick(in, 0, 6);
    for (int i = 0; i < n; i++) {
      List<Integer> la = new ArrayList<>();
      int parts = pick(in, 0, 4) == 0 ? 2 : 1;
      while (la.size() < parts) {
        int number = (int) pick(in, 1, 999);
        if (numbers.add(number)) {
          la.add(number);
        }
      }
      int codes = history ? (int) pick(in, 1, 3) : 1;
      List<String> codeList = new ArrayList<>();
      while (codeList.size() < codes) {
        String c = String.format("E%02d%06d", pick(in, 6, 10), pick(in, 0, 999_999));
        if (!codeList.contains(c)) {
          codeList.add(parts == 2 && !history ? c + " / " + c.substring(0, 3) + "999999" : c);
        }
      }
      int names = history ? (int) pick(in, 1, 3) : 1;
      List<String> nameList = new ArrayList<>();
      while (nameList.size() < names) {
        String name = name(in);
        if (!nameList.contains(name)) {
          nameList.add(name);
        }
      }
      Region region = Region.values()[(int) pick(in, 0, Region.values().length - 1)];
      authorities.add(new Authority(ImmutableList.copyOf(la), ImmutableList.copyOf(codeList),
          ImmutableList.copyOf(nameList), region));
    }
    List<Snapshot> snapshots = new ArrayList<>();
    for (int year = 2016; year <= 2025; year++) {
      if (pick(in, 0, 2) == 0) {
        continue;
      }
      if (pick(in, 0, 1) == 0) {
        snapshots.add(snapshot(in, England.INSTANCE, year, history));
      }
      for (Region r : Region.values()) {
        if (pick(in, 0, 4) == 0) {
          snapshots.add(snapshot(in, r, year, history));
        }
      }
      for (Authority a : authorities) {
        if (pick(in, 0, 3) > 0) {
          snapshots.add(snapshot(in, a, year, history));
        }
      }
    }
    return Workforce.of(snapshots);
  }

  private static String name(RandomnessSource in) {
    StringBuilder sb = new StringBuilder("A");
    int parts = (int) pick(in, 0, 6);
    for (int i = 0; i < parts; i++) {
      if (pick(in, 0, 1) == 0) {
        sb.append(' ');
      }
      sb.append(NAME_PARTS[(int) pick(in, 0, NAME_PARTS.length - 1)]);
    }
    return sb.append('z').toString();
  }

  private static Snapshot snapshot(RandomnessSource in, Area area, int year, boolean history) {
    Snapshot.Builder b = Snapshot.builder(area, year);
    for (Metric m : METRICS) {
      switch ((int) pick(in, 0, 5)) {
        case 0 -> b.suppress(m, SUPPRESSIONS[(int) pick(in, 0, SUPPRESSIONS.length - 1)]);
        case 1 -> b.set(m, pick(in, 0, 400_000));
        case 2 -> b.set(m, pick(in, 0, 1_000_000) / 100.0);
        case 3 -> {
          // Any finite double: exercises numbers that are not a whole number of tenths.
          double d = Double.longBitsToDouble(pick(in, 0, 0x7FEF_FFFF_FFFF_FFFFL));
          b.set(m, d);
        }
        case 4 -> b.set(m, pick(in, 0, 1000) / 10.0);
        default -> { } // not set: x
      }
    }
    return b.build();
  }
}
