package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.csww.Authority;
import io.github.csww.Metric;
import io.github.csww.Snapshot;
import io.github.csww.Trend;
import io.github.csww.Workforce;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Stable units across reorganisations, on the published 2025 file. */
class ComparableGeographyIntegrationTest {

  @Test
  void comparableGeography_cumbria_runs2017to2025AsADerivedUnit() throws IOException {
    Workforce w = Workforce.load(SharedData.file("csww_indicators_2017_to_2025.csv"));
    Workforce stable = w.comparableGeography();
    Authority cumbria = stable.find("942").orElseThrow();
    assertThat(cumbria).isEqualTo(stable.find("909").orElseThrow());
    assertThat(cumbria.name()).startsWith("Cumbria (derived");
    Trend t = stable.trend("909", Metric.CASELOAD);
    assertThat(t.points()).extracting(Trend.Point::year)
        .containsExactly(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
    // 2023: (cases 942 + 943) / (case holders 942 + 943)
    Snapshot c = w.year(2023).authority("942").snapshot(2023).orElseThrow();
    Snapshot wf = w.year(2023).authority("943").snapshot(2023).orElseThrow();
    double expected = (c.number(Metric.CASES) + wf.number(Metric.CASES))
        / (c.number(Metric.CASE_HOLDERS) + wf.number(Metric.CASE_HOLDERS));
    assertThat(t.point(2023).orElseThrow().value().doubleValue()).isCloseTo(expected,
        within(1e-9));
    // 2017 is Cumbria's own cases over its own case holders
    Snapshot old = w.year(2017).authority("909").snapshot(2017).orElseThrow();
    assertThat(t.point(2017).orElseThrow().value().doubleValue()).isCloseTo(
        old.number(Metric.CASES) / old.number(Metric.CASE_HOLDERS), within(1e-9));
    // 835, 836, 837, 838, 839; 928, 940 / 941; 909, 942, 943 become three units
    assertThat(stable.authorities()).hasSize(w.authorities().size() - 10 + 3);
  }

  @Test
  void comparableGeography_dorset_sumsTheWholeEventNotOneAuthoritysLinks() throws IOException {
    Workforce w = Workforce.load(SharedData.file("csww_indicators_2017_to_2025.csv"));
    Workforce stable = w.comparableGeography();
    // Poole's own successor is BCP alone, but the stable unit is the whole 2019 event
    Authority unit = stable.find("836").orElseThrow();
    for (String n : java.util.List.of("835", "837", "838", "839")) {
      assertThat(stable.find(n)).contains(unit);
    }
    assertThat(unit.laNumbers()).containsExactly(835, 836, 837, 838, 839);
    assertThat(unit.name()).startsWith("Dorset, Bournemouth and Poole (derived");
    Trend t = stable.trend("836", Metric.CASELOAD);
    assertThat(t.points()).extracting(Trend.Point::year)
        .containsExactly(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
    assertThat(t.point(2018).orElseThrow().value().doubleValue()).isCloseTo(
        caseload(w, 2018, "835", "836", "837"), within(1e-9));
    assertThat(t.point(2019).orElseThrow().value().doubleValue()).isCloseTo(
        caseload(w, 2019, "838", "839"), within(1e-9));
  }

  /** Σ cases / Σ case holders over the authorities in the year. */
  private static double caseload(Workforce w, int year, String... laNumbers) {
    double cases = 0;
    double holders = 0;
    for (String n : laNumbers) {
      Snapshot s = w.year(year).authority(n).snapshot(year).orElseThrow();
      cases += s.number(Metric.CASES);
      holders += s.number(Metric.CASE_HOLDERS);
    }
    return cases / holders;
  }
}
