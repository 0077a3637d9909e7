package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricFromNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"agency-rate", "AGENCY_RATE", "agency rate", " Agency-Rate "})
  void fromName_typedSpellings_findTheMetric(String typed) {
    assertThat(Metric.fromName(typed)).isEqualTo(Metric.AGENCY_RATE);
  }

  @Test
  void fromName_everyDisplayName_readsBack() {
    for (Metric m : Metric.values()) {
      assertThat(Metric.fromName(m.displayName())).isEqualTo(m);
    }
  }

  @Test
  void fromName_misspelt_namesClosestAndValid() {
    assertThatThrownBy(() -> Metric.fromName("caseloda"))
        .isInstanceOf(UnknownMetricException.class)
        .hasMessageStartingWith("unknown metric 'caseloda'; did you mean caseload? ")
        .hasMessageContaining("Valid metrics: social-workers, social-workers-headcount,")
        .hasMessageEndingWith("days-lost, absence-rate");
  }

  @Test
  void fromName_readsEveryMetricsLabelAndTableHeading_inAnyCase() {
    for (Metric m : Metric.values()) {
      assertThat(Metric.fromName(m.label())).isEqualTo(m);
      assertThat(Metric.fromName(m.label().toUpperCase(java.util.Locale.ROOT))).isEqualTo(m);
      String heading = Workforce.of(java.util.List.of(Snapshot.builder(
          Authority.of("860", "E10000028", "Staffordshire", Region.WEST_MIDLANDS), 2025)
          .set(m, 1).build())).rankBy(m).table().columns().stream()
          .filter(c -> c.name().equals(m.columnName())).findFirst().orElseThrow().heading();
      assertThat(Metric.fromName(heading)).as(heading).isEqualTo(m);
    }
    assertThat(Metric.fromName("Average caseload")).isEqualTo(Metric.CASELOAD);
    assertThat(Metric.fromName("average caseload (cases per FTE)")).isEqualTo(Metric.CASELOAD);
    assertThat(Metric.fromName("Agency worker rate")).isEqualTo(Metric.AGENCY_RATE);
  }

  @Test
  void fromName_nothingClose_saysSoInASentence_thenListsValid() {
    assertThatThrownBy(() -> Metric.fromName("xyzzy"))
        .isInstanceOf(UnknownMetricException.class)
        .hasMessageStartingWith("unknown metric 'xyzzy'. Valid metrics: social-workers, ")
        .satisfies(e -> assertThat(((UnknownMetricException) e).suggestions()).isEmpty());
  }
}
