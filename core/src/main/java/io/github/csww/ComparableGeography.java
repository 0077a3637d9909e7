package io.github.csww;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-aggregates the authorities of each known {@link Reorganisation} into one stable unit per
 * reorganisation, so a series runs across the break: counts summed, rates recomputed as Σ
 * numerator / Σ denominator. The units are derived, and say so in their names. A unit is the
 * whole event, every {@link Reorganisation#predecessors() predecessor} before and every {@link
 * Reorganisation#successors() successor} after, not one authority's {@linkplain
 * Reorganisation#links() links}: Dorset (838) alone is not comparable with Dorset (835), which also
 * held Christchurch.
 */
final class ComparableGeography {
  /** The start of a derived unit's code: {@code derived-2023} for the Cumbria unit. */
  private static final String DERIVED = "derived-";

  private ComparableGeography() {}

  /**
   * Whether an authority is a derived unit of several reorganised authorities: such a unit has
   * no ONS code, so no Ofsted judgement of its own.
   */
  static boolean isDerived(Authority a) {
    return a.code().startsWith(DERIVED);
  }

  /** The name of the stable unit a reorganisation's authorities form. */
  static String unitName(Reorganisation r) {
    return switch (r.year()) {
      case 2019 -> "Dorset, Bournemouth and Poole (derived: 835, 836, 837 to 2018; 838, 839 from "
          + "2019)";
      case 2021 -> "Northamptonshire (derived: 928 to 2020; 940 / 941 from 2021)";
      case 2023 -> "Cumbria (derived: 909 to 2022; Cumberland 942 + Westmorland and Furness 943 "
          + "from 2023)";
      default -> "Reorganised authorities of " + r.year() + " (derived)";
    };
  }

  static List<Snapshot> of(List<Snapshot> snapshots) {
    List<Reorganisation> known = Reorganisation.known();
    List<Snapshot> out = new ArrayList<>();
    // (reorganisation index, year) -> member snapshots
    Map<Long, List<Snapshot>> groups = new LinkedHashMap<>();
    for (Snapshot s : snapshots) {
      Optional<Integer> unit = s.area() instanceof Authority a ? unitOf(a, known)
          : Optional.empty();
      if (unit.isEmpty()) {
        out.add(s);
      } else {
        groups.computeIfAbsent(((long) unit.get() << 32) | s.year(), k -> new ArrayList<>())
            .add(s);
      }
    }
    for (Map.Entry<Long, List<Snapshot>> g : groups.entrySet()) {
      Reorganisation r = known.get((int) (g.getKey() >> 32));
      int year = (int) (long) g.getKey();
      List<Snapshot> members = g.getValue();
      Authority first = (Authority) members.get(0).area();
      List<String> numbers = new ArrayList<>();
      r.predecessors().forEach(n -> numbers.add(n.toString()));
      r.successors().forEach(n -> numbers.add(n.toString()));
      Authority unit = Authority.of(String.join(" / ", numbers), DERIVED + r.year(),
          unitName(r), first.region());
      Map<Metric, Value> values = new EnumMap<>(Metric.class);
      for (Metric m : Metric.values()) {
        Aggregate a = Aggregator.aggregate(unit, m, year, members, Optional.empty(),
            Coverage.MATCHED);
        values.put(m, a.leftOut().isEmpty() || m.isRatio() && a.covered() == members.size()
            ? a.value() : Value.suppressed(Suppression.NOT_AVAILABLE));
      }
      out.add(Snapshot.of(unit, year, values));
    }
    return out;
  }

  private static Optional<Integer> unitOf(Authority a, List<Reorganisation> known) {
    for (int i = 0; i < known.size(); i++) {
      Reorganisation r = known.get(i);
      for (int n : a.laNumbers()) {
        if (r.predecessors().contains(n) || r.successors().contains(n)) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }
}
