package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A partner council's own snapshot beside its combined return's in one year is refused. */
class CombinedReturnRowsTest {
  private static final Authority KINGSTON = Authority.of("314", "E09000021",
      "Kingston upon Thames", Region.OUTER_LONDON);
  private static final Authority COMBINED = new Authority(List.of(314, 318),
      List.of("E09000021 / E09000027"), List.of("Kingston upon Thames / Richmond upon Thames"),
      Region.OUTER_LONDON);

  private static Snapshot cases(Area a, int year, int n) {
    return Snapshot.builder(a, year).set(Metric.CASES, n).build();
  }

  @Test
  void of_partnerAndCombinedReturnInOneYear_isRefusedNamingBoth() {
    assertThatThrownBy(() -> Workforce.of(List.of(cases(COMBINED, 2023, 1900),
        cases(KINGSTON, 2023, 1000))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Kingston upon Thames")
        .hasMessageContaining("and the combined return ")
        .hasMessageContaining("both have a snapshot in 2023: the partner would be counted twice");
  }

  @Test
  void of_partnerAndCombinedReturnInOneYear_isRefusedWhenTheYearsAreSparseToo() {
    // years 1950 and 2023: too sparse for the grid, so the sort of keys checks it
    List<Snapshot> rows = new ArrayList<>(List.of(cases(KINGSTON, 1950, 1),
        cases(COMBINED, 2023, 1900), cases(KINGSTON, 2023, 1000)));
    assertThatThrownBy(() -> Workforce.of(rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both have a snapshot in 2023");
  }

  @Test
  void of_partnerAndCombinedReturnInDifferentYears_areKept() {
    Workforce wf = Workforce.of(List.of(cases(KINGSTON, 2016, 900), cases(COMBINED, 2023, 1900)));

    assertThat(wf.snapshots()).hasSize(2);
  }
}
