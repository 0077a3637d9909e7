package io.github.csww;

import static io.github.csww.CompareFixtures.STAFFORDSHIRE;
import static io.github.csww.CompareFixtures.snapshot;
import static io.github.csww.Metric.CASELOAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of trends over random series with gaps, suppressions and the 2017 break. */
class TrendPropertiesTest {
  private static final int FIRST_YEAR = 2013;

  /**
   * Builds a series from codes, one per year from 2013: -2 is no row that year, -1 a suppressed
   * value, otherwise the value in tenths.
   */
  private static Workforce series(List<Integer> codes) {
    List<Snapshot> rows = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      int c = codes.get(i);
      if (c == -1) {
        rows.add(snapshot(STAFFORDSHIRE, FIRST_YEAR + i, CASELOAD, Suppression.LOW_RELIABILITY));
      } else if (c >= 0) {
        rows.add(snapshot(STAFFORDSHIRE, FIRST_YEAR + i, CASELOAD, c / 10.0));
      }
    }
    rows.add(snapshot(CompareFixtures.SHROPSHIRE, FIRST_YEAR, CASELOAD, 1)); // never empty
    return Workforce.of(rows);
  }

  @Test
  void trend_changesEqualTheDifferenceOfConsecutiveNumericPoints() {
    qt().forAll(lists().of(integers().between(-2, 400)).ofSizeBetween(0, 14)).checkAssert(codes -> {
      Workforce wf = series(codes);
      if (codes.stream().allMatch(c -> c == -2)) {
        assertThatThrownBy(() -> wf.authority(STAFFORDSHIRE))
            .isInstanceOf(UnknownAreaException.class)
            .hasMessageStartingWith("no authority matches '860'");
        return;
      }
      Trend t = wf.authority(STAFFORDSHIRE).trend(CASELOAD);
      List<Trend.Point> points = t.points();
      assertThat(points).hasSize((int) codes.stream().filter(c -> c != -2).count());
      int expectedChanges = 0;
      for (int i = 1; i < points.size(); i++) {
        Trend.Point from = points.get(i - 1);
        Trend.Point to = points.get(i);
        if (!from.value().isPresent() || !to.value().isPresent()) {
          assertThat(t.change(to.year())).isEmpty();
          continue;
        }
        expectedChanges++;
        Trend.Change c = t.change(to.year()).orElseThrow();
        double a = from.value().doubleValue();
        double b = to.value().doubleValue();
        assertThat(c.fromYear()).isEqualTo(from.year());
        assertThat(c.from()).isEqualTo(a);
        assertThat(c.to()).isEqualTo(b);
        assertThat(c.absolute()).isCloseTo(b - a, within(1e-9));
        if (a == 0) {
          assertThat(c.relative()).isEqualTo(Value.suppressed(Suppression.NOT_APPLICABLE));
        } else {
          assertThat(c.relative().doubleValue()).isCloseTo(100 * (b - a) / a, within(1e-9));
        }
        assertThat(c.comparable()).isEqualTo(!(from.year() < 2017 && to.year() >= 2017));
      }
      assertThat(t.changes()).hasSize(expectedChanges);
    });
  }
}
