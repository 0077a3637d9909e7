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
}
