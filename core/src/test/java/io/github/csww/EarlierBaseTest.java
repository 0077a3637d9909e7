package io.github.csww;

import static io.github.csww.Metric.LEAVERS;
import static io.github.csww.Metric.SOCIAL_WORKERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EarlierBaseTest {
  private static final Authority A = Authority.of("1", "E06001001", "Alpha", Region.NORTH_EAST);
  private static final Authority B = Authority.of("2", "E06001002", "Beta", Region.NORTH_EAST);

  /** A: 80 FTE in 2017, 100 in 2018 with 20 leavers; B: only 2018. */
  private static Workforce workforce() {
    return Workforce.of(List.of(
        Snapshot.builder(A, 2017).set(SOCIAL_WORKERS, 80).set(LEAVERS, 10).build(),
        Snapshot.builder(A, 2018).set(SOCIAL_WORKERS, 100).set(LEAVERS, 20).build(),
        Snapshot.builder(B, 2018).set(SOCIAL_WORKERS, 50).set(LEAVERS, 5).build()));
  }

  @Test
  void rankBy_turnoverOnEarlierBase_dividesByTheYearBefore() {
    Ranking r = workforce().year(2018).rankBy(Measure.turnoverOnEarlierBase());
    assertThat(r.rows()).singleElement().satisfies(x -> {
      assertThat(x.area()).isEqualTo(A);
      assertThat(x.value()).isCloseTo(25.0, within(1e-9)); // 20 / 80, published base gives 20
    });
    assertThat(r.leftOut()).singleElement().satisfies(l -> {
      assertThat(l.area()).isEqualTo(B);
      assertThat(l.reason()).isEqualTo("no figures for 2017");
    });
  }

  @Test
  void turnoverOnEarlierBase_isMarkedDerived() {
    Measure m = Measure.turnoverOnEarlierBase();
    assertThat(m.label()).isEqualTo("Turnover rate on the earlier base (derived)");
    assertThat(m.columnName()).isEqualTo("turnover_rate_fte_earlier_base");
    assertThat(m.unit()).isEqualTo(Unit.PERCENT);
    assertThat(m.polarity()).isEqualTo(Polarity.HIGHER_IS_WORSE);
  }

  @Test
  void table_showsLeaversAndTheYearBeforesFte() {
    String csv = workforce().year(2018).rankBy(Measure.turnoverOnEarlierBase()).format(Format.CSV);
    assertThat(csv.lines().findFirst().orElseThrow())
        .contains("leavers_fte,inpost_fte_previous_year,turnover_rate_fte_earlier_base");
    assertThat(csv).contains(",20.0,80.0,25.0");
  }
}
