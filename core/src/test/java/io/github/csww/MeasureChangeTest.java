package io.github.csww;

import static io.github.csww.Metric.TURNOVER_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureChangeTest {

  private static Authority la(int number, String name) {
    return Authority.of(Integer.toString(number), "E0800" + (1000 + number), name,
        Region.NORTH_WEST);
  }

  private static Snapshot turnover(Authority a, int year, double value) {
    return Snapshot.builder(a, year).set(TURNOVER_RATE, value).build();
  }

  @Test
  void change_ofPublishedDecimals_isExact_soEqualChangesTie() {
    Authority kent = la(886, "Kent");
    Authority leeds = la(383, "Leeds");
    Workforce wf = Workforce.of(List.of(turnover(kent, 2022, 15.9), turnover(kent, 2023, 19.4),
        turnover(leeds, 2022, 9.6), turnover(leeds, 2023, 13.1)));
    // in doubles, 19.4 - 15.9 is 3.4999999999999982 and 13.1 - 9.6 is 3.5
    assertThat(19.4 - 15.9).isNotEqualTo(13.1 - 9.6);

    Ranking r = wf.year(2023).rankBy(Measure.change(TURNOVER_RATE, 2022, 2023));

    assertThat(r.rows()).extracting(Ranked::value).containsExactly(3.5, 3.5);
    assertThat(r.rows()).extracting(Ranked::rank).containsExactly(1, 1);
    assertThat(r.top(1).rows()).hasSize(1);
    assertThat(r.topWithTies(1).rows()).hasSize(2);
  }

  @Test
  void change_isTheExactDifferenceOfAnyTwoOneDecimalFigures() {
    qt().forAll(integers().between(0, 100_000), integers().between(0, 100_000))
        .checkAssert((before, after) -> {
          double a = before / 10.0;
          double b = after / 10.0;
          Authority x = la(1, "X");
          Workforce wf = Workforce.of(List.of(turnover(x, 2022, a), turnover(x, 2023, b)));
          double change = wf.year(2023).rankBy(Measure.change(TURNOVER_RATE, 2022, 2023))
              .rows().get(0).value();
          assertThat(change).isEqualTo(
              BigDecimal.valueOf(after - before).movePointLeft(1).doubleValue());
        });
  }

  @Test
  void percentChange_equalRationalChanges_tieAndAreKeptAtTheCut() {
    // the reviewers' case: Derby 10.2 -> 23.1 and Greenwich 13.6 -> 30.8 leavers, both +43/34
    Authority derby = la(831, "Derby");
    Authority greenwich = la(203, "Greenwich");
    Workforce wf = Workforce.of(List.of(
        Snapshot.builder(derby, 2018).set(Metric.LEAVERS, 10.2).build(),
        Snapshot.builder(derby, 2021).set(Metric.LEAVERS, 23.1).build(),
        Snapshot.builder(greenwich, 2018).set(Metric.LEAVERS, 13.6).build(),
        Snapshot.builder(greenwich, 2021).set(Metric.LEAVERS, 30.8).build()));
    // in doubles, even of the exact differences, the two differ in the last bit
    assertThat(100 * 12.9 / 10.2).isNotEqualTo(100 * 17.2 / 13.6);

    Ranking r = wf.year(2021).rankBy(Measure.percentChange(Metric.LEAVERS, 2018, 2021));

    assertThat(r.rows()).extracting(Ranked::rank).containsExactly(1, 1);
    assertThat(r.rows().get(0).value()).isEqualTo(r.rows().get(1).value());
    assertThat(r.topWithTies(1).rows()).hasSize(2);
  }

  @Test
  void ratio_equalRationalValues_tie() {
    // Bracknell Forest 22.8 / 57 and Wandsworth 70.8 / 177 leavers a social worker: both 0.4
    Authority bracknell = la(867, "Bracknell Forest");
    Authority wandsworth = la(212, "Wandsworth");
    Workforce wf = Workforce.of(List.of(
        Snapshot.builder(bracknell, 2022).set(Metric.LEAVERS, 22.8)
            .set(Metric.SOCIAL_WORKERS_HEADCOUNT, 57).build(),
        Snapshot.builder(wandsworth, 2022).set(Metric.LEAVERS, 70.8)
            .set(Metric.SOCIAL_WORKERS_HEADCOUNT, 177).build()));
    assertThat(22.8 / 57).isNotEqualTo(70.8 / 177);

    Ranking r = wf.rankBy(Measure.ratio(Metric.LEAVERS, Metric.SOCIAL_WORKERS_HEADCOUNT));

    assertThat(r.rows()).extracting(Ranked::rank).containsExactly(1, 1);
    assertThat(r.rows()).extracting(Ranked::value).containsExactly(0.4, 0.4);
  }

  @Test
  void percentChange_thatIsAnExactDecimal_staysIt_soHalfUpDisplayRoundsUp() {
    // Newcastle agency rate 4.8 -> 9.9: +106.25%, shown 106.3
    Authority newcastle = la(391, "Newcastle upon Tyne");
    Workforce wf = Workforce.of(List.of(turnover(newcastle, 2022, 4.8),
        turnover(newcastle, 2023, 9.9)));

    Ranking r = wf.year(2023).rankBy(Measure.percentChange(TURNOVER_RATE, 2022, 2023));

    assertThat(r.rows().get(0).value()).isEqualTo(106.25);
    assertThat(r.table().format(Format.CSV)).contains("106.3");
  }

  @Test
  void quotient_ofEqualFractions_isOneNumber() {
    qt().forAll(integers().between(1, 5_000), integers().between(1, 5_000),
        integers().between(1, 9)).checkAssert((n, d, k) -> {
          // n/d and (k n)/(k d), both as one-decimal figures
          double a = Measures.quotient(n / 10.0, d / 10.0, true);
          double b = Measures.quotient(k * n / 10.0, k * d / 10.0, true);
          assertThat(a).isEqualTo(b);
        });
  }
}
