package io.github.csww.io.internal;

import io.github.csww.Authority;
import io.github.csww.Metric;
import io.github.csww.Snapshot;
import io.github.csww.Suppression;
import io.github.csww.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Combined returns as the 2022 layout stores them: a lead row and a row of z for the partner. */
final class CombinedReturns {
  /** Partner LA number to lead LA number of the combined returns the 2022 layout splits. */
  private static final Map<Integer, Integer> COMBINED_PARTNERS = Map.of(941, 940, 318, 314);

  private CombinedReturns() {}

  /** True for a single authority whose rows {@link #fold} may fold: a partner or a lead. */
  static boolean mayFold(Authority a) {
    return !a.isCombined() && (COMBINED_PARTNERS.containsKey(a.laNumbers().get(0))
        || COMBINED_PARTNERS.containsValue(a.laNumbers().get(0)));
  }

  /**
   * The 2022 layout stores a combined return as the lead authority's row plus a row of {@code z}
   * for the partner (940 North Northamptonshire with 941 West Northamptonshire, 314 Kingston
   * upon Thames with 318 Richmond upon Thames). Folds each such pair into one snapshot of the
   * combined unit, {@code 940 / 941} as the 2025 layout publishes it, so look-ups by either
   * number, the combined form or any code find the same unit in both layouts. The lead's rows of
   * years with no partner row (Kingston's, 2017 to 2020, which the 2025 release republished as
   * {@code 314 / 318}) join the same unit, so that its series does not break where the partner
   * rows begin.
   *
   * @param kept the rows read, in file order; folded in place
   * @param candidates the indexes in {@code kept} of the rows of authorities for which {@link
   *     #mayFold} is true, ascending
   * @return how many partner rows were folded into their lead's snapshot
   */
  static int fold(List<Snapshot> kept, List<Integer> candidates) {
    // Only the rows the reader marked (mayFold) are looked at: no pass over every row.
    Map<Long, Integer> index = new HashMap<>();
    for (int i : candidates) {
      if (kept.get(i).area() instanceof Authority a && !a.isCombined()
          && COMBINED_PARTNERS.containsValue(a.laNumbers().get(0))) {
        index.put(((long) kept.get(i).year() << 32) | a.laNumbers().get(0), i);
      }
    }
    List<Integer> drop = new ArrayList<>();
    // The years in which a partner has a row of its own, folded or not, by lead: a lead's row of
    // such a year stays as it is unless it was folded.
    Set<Long> partnerYears = new HashSet<>();
    Map<Integer, Authority> units = new HashMap<>();
    for (int i : candidates) {
      if (kept.get(i).area() instanceof Authority a && !a.isCombined()
          && COMBINED_PARTNERS.containsKey(a.laNumbers().get(0))) {
        partnerYears.add(((long) kept.get(i).year() << 32)
            | COMBINED_PARTNERS.get(a.laNumbers().get(0)));
      }
    }
    for (Map.Entry<Integer, Integer> pair : COMBINED_PARTNERS.entrySet()) {
      for (int i : candidates) {
        Snapshot p = kept.get(i);
        if (!(p.area() instanceof Authority pa) || pa.isCombined()
            || pa.laNumbers().get(0) != pair.getKey().intValue() || !allZ(p)) {
          continue;
        }
        Integer lead = index.get(((long) p.year() << 32) | pair.getValue());
        if (lead == null) {
          continue;
        }
        Snapshot l = kept.get(lead);
        Authority la = (Authority) l.area();
        Authority unit = Authority.of(la.laNumber() + " / " + pa.laNumber(),
            la.code() + " / " + pa.code(), la.name() + " / " + pa.name(), la.region());
        kept.set(lead, Snapshot.of(unit, l.year(), l.values()));
        units.putIfAbsent(pair.getValue(), unit);
        drop.add(i);
      }
    }
    for (int i : candidates) {
      Snapshot s = kept.get(i);
      if (s.area() instanceof Authority a && !a.isCombined()) {
        Authority unit = units.get(a.laNumbers().get(0));
        if (unit != null && !partnerYears.contains(((long) s.year() << 32)
            | a.laNumbers().get(0))) {
          kept.set(i, Snapshot.of(unit, s.year(), s.values()));
        }
      }
    }
    drop.sort(null);
    for (int k = drop.size() - 1; k >= 0; k--) {
      kept.remove((int) drop.get(k));
    }
    return drop.size();
  }

  private static boolean allZ(Snapshot s) {
    for (Metric m : Metric.values()) {
      Value v = s.value(m);
      if (v.isPresent() || v.suppression().filter(x -> x == Suppression.NOT_APPLICABLE
          || x == Suppression.NOT_AVAILABLE).isEmpty()) {
        return false;
      }
    }
    return s.values().values().stream().anyMatch(v -> v.suppression()
        .filter(x -> x == Suppression.NOT_APPLICABLE).isPresent());
  }
}
