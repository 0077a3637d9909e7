package io.github.csww;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;

/** Small builders shared by the tests. */
final class Fixtures {
  private Fixtures() {}

  static Authority authority(String number, String code, String name) {
    return Authority.of(number, code, name, Region.WEST_MIDLANDS);
  }

  /** A snapshot with cases, case holders and the caseload computed from them. */
  static Snapshot caseload(Authority a, int year, double cases, double holders) {
    return Snapshot.builder(a, year)
        .set(Metric.CASES, cases)
        .set(Metric.CASE_HOLDERS, holders)
        .set(Metric.CASELOAD, cases / holders)
        .set(Metric.SOCIAL_WORKERS, holders + 10)
        .build();
  }

  static Judgement judgement(String code, String name, Grade grade, LocalDate published) {
    return new Judgement(code, name, grade, ImmutableMap.of(), published.minusDays(50),
        Optional.empty(), published, "ILACS", Optional.empty());
  }

  static Neighbour neighbour(int position, int laNumber) {
    return new Neighbour(position, laNumber, Closeness.VERY_CLOSE);
  }

  static NeighbourGroup group(int laNumber, int... neighbours) {
    ImmutableList.Builder<Neighbour> b = ImmutableList.builder();
    for (int i = 0; i < neighbours.length; i++) {
      b.add(new Neighbour(i + 1, neighbours[i],
          i == 0 ? Closeness.EXTREMELY_CLOSE : Closeness.VERY_CLOSE));
    }
    return new NeighbourGroup(laNumber, "LA " + laNumber, b.build());
  }
}
