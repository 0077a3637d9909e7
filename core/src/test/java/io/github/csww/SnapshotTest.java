package io.github.csww;

import static io.github.csww.Issue2.STAFFORDSHIRE;
import static io.github.csww.Metric.CASELOAD;
import static io.github.csww.Metric.CASES;
import static io.github.csww.Metric.CASE_HOLDERS;
import static io.github.csww.Metric.SOCIAL_WORKERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnapshotTest {

  @ParameterizedTest
  @ValueSource(doubles = {0, 0.1, 0.2, 0.3, 0.05, 1.0 / 3, 26.4, 1e9, 1e10, 123456789.123,
      123456789.1, 214748364.7, 214748364.8, -214748364.8, -214748363.2, -214748363.3, -0.5,
      -26.4, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 4.9e15, 1.7e308})
  void set_anyFiniteNumber_readsBackExactly(double d) {
    Snapshot s = Snapshot.builder(STAFFORDSHIRE, 2017).set(CASELOAD, d).build();
    assertThat(s.has(CASELOAD)).isTrue();
    assertThat(Double.doubleToLongBits(s.number(CASELOAD))).isEqualTo(Double.doubleToLongBits(d));
    assertThat(s.value(CASELOAD)).isEqualTo(Value.of(d));
    assertThat(s.values().get(CASELOAD)).isEqualTo(Value.of(d));
  }

  @Test
  void set_negativeZero_readsBackAsZero() {
    Snapshot s = Snapshot.builder(STAFFORDSHIRE, 2017).set(CASELOAD, -0.0).build();
    assertThat(Double.doubleToRawLongBits(s.number(CASELOAD))).isZero();
    assertThat(s).isEqualTo(Snapshot.builder(STAFFORDSHIRE, 2017).set(CASELOAD, 0.0).build());
  }

  @Test
  void builder_everyMetricStartsNotAvailable() {
    Snapshot s = Snapshot.builder(STAFFORDSHIRE, 2017).build();
    for (Metric m : Metric.values()) {
      assertThat(s.has(m)).as("%s", m).isFalse();
      assertThat(s.value(m)).isEqualTo(Value.suppressed(Suppression.NOT_AVAILABLE));
    }
    assertThat(s.values()).hasSize(Metric.values().length);
  }

  @Test
  void suppress_keepsTheReason() {
    Snapshot s = Snapshot.builder(STAFFORDSHIRE, 2017)
        .set(CASES, 5)
        .suppress(CASES, Suppression.LOW_RELIABILITY)
        .set(CASELOAD, Value.suppressed(Suppression.ROUNDS_TO_ZERO))
        .set(CASE_HOLDERS, Value.of(199.4))
        .build();
    assertThat(s.value(CASES)).isEqualTo(Value.suppressed(Suppression.LOW_RELIABILITY));
    assertThat(s.value(CASELOAD).suppression()).contains(Suppression.ROUNDS_TO_ZERO);
    assertThat(s.value(CASE_HOLDERS)).isEqualTo(Value.of(199.4));
  }

  @Test
  void set_overwritesASuppression() {
    Snapshot s = Snapshot.builder(STAFFORDSHIRE, 2017)
        .suppress(CASES, Suppression.CONFIDENTIAL)
        .set(CASES, 1e10)
        .build();
    assertThat(s.number(CASES)).isEqualTo(1e10);
  }

  @Test
  void number_suppressed_throwsNamingAreaYearAndReason() {
    Snapshot s = Snapshot.builder(STAFFORDSHIRE, 2017).build();
    assertThatThrownBy(() -> s.number(CASES))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("CASES of Staffordshire in 2017 is suppressed: x (not available)");
  }

  @Test
  void set_nonFinite_throwsNamingTheMetric() {
    Snapshot.Builder b = Snapshot.builder(STAFFORDSHIRE, 2017);
    assertThatThrownBy(() -> b.set(CASELOAD, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CASELOAD must be a finite number, got NaN");
    assertThatThrownBy(() -> b.set(CASELOAD, Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CASELOAD must be a finite number, got -Infinity");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 17, 1899, 3000, -2017, Integer.MAX_VALUE})
  void builder_yearOutOfRange_throws(int year) {
    assertThatThrownBy(() -> Snapshot.builder(STAFFORDSHIRE, year))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a reporting year such as 2017, got " + year);
  }

  @Test
  void builder_buildTwice_givesIndependentSnapshots() {
    Snapshot.Builder b = Snapshot.builder(STAFFORDSHIRE, 2017).set(CASELOAD, 26.4);
    Snapshot first = b.build();
    b.set(CASELOAD, 1.5).set(CASES, 0.123);
    Snapshot second = b.build();
    assertThat(first.value(CASELOAD)).isEqualTo(Value.of(26.4));
    assertThat(first.has(CASES)).isFalse();
    assertThat(second.value(CASELOAD)).isEqualTo(Value.of(1.5));
    assertThat(second.value(CASES)).isEqualTo(Value.of(0.123));
  }

  @Test
  void of_map_setsThoseMetrics() {
    Snapshot s = Snapshot.of(STAFFORDSHIRE, 2017, Map.of(CASELOAD, Value.of(26.4),
        CASES, Value.suppressed(Suppression.CONFIDENTIAL)));
    assertThat(s.area()).isEqualTo(STAFFORDSHIRE);
    assertThat(s.year()).isEqualTo(2017);
    assertThat(s.value(CASELOAD)).isEqualTo(Value.of(26.4));
    assertThat(s.value(CASES)).isEqualTo(Value.suppressed(Suppression.CONFIDENTIAL));
    assertThat(s.value(SOCIAL_WORKERS)).isEqualTo(Value.suppressed(Suppression.NOT_AVAILABLE));
  }

  @Test
  void values_areInMetricOrder() {
    Snapshot s = Issue2.LA_2017.get(5);
    assertThat(s.values().keySet()).containsExactly(Metric.values());
    assertThat(s.values().get(CASELOAD)).isEqualTo(Value.of(26.4));
  }

  @Test
  void censusDate_is30September() {
    assertThat(Issue2.ENGLAND_2017.censusDate()).isEqualTo(LocalDate.of(2017, 9, 30));
  }

  @Test
  void toString_listsNumbersOnly() {
    assertThat(Issue2.LA_2017.get(5))
        .hasToString("Staffordshire (860) 2017 {CASE_HOLDERS=199.4, CASELOAD=26.4}");
    assertThat(Snapshot.builder(England.INSTANCE, 2016).build()).hasToString("England 2016 {}");
  }

  @Test
  void builderReset_startsAgainForAnotherAreaAndYear() {
    Authority a = Authority.of("860", "E10000028", "Staffordshire", Region.WEST_MIDLANDS);
    Authority b = Authority.of("893", "E06000051", "Shropshire", Region.WEST_MIDLANDS);
    Snapshot.Builder builder = Snapshot.builder(a, 2017).set(Metric.CASELOAD, 26.4)
        .set(Metric.CASES, 0.123456);
    Snapshot first = builder.build();

    Snapshot second = builder.reset(b, 2018).set(Metric.CASE_HOLDERS, 77.7).build();

    assertThat(first.value(Metric.CASELOAD)).isEqualTo(Value.of(26.4));
    assertThat(first.value(Metric.CASES)).isEqualTo(Value.of(0.123456));
    assertThat(second.area()).isEqualTo(b);
    assertThat(second.year()).isEqualTo(2018);
    assertThat(second.value(Metric.CASELOAD)).isEqualTo(Value.suppressed(Suppression.NOT_AVAILABLE));
    assertThat(second.value(Metric.CASES)).isEqualTo(Value.suppressed(Suppression.NOT_AVAILABLE));
    assertThat(second.value(Metric.CASE_HOLDERS)).isEqualTo(Value.of(77.7));
  }
}
