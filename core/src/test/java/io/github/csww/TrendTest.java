package io.github.csww;

import static io.github.csww.CompareFixtures.STAFFORDSHIRE;
import static io.github.csww.CompareFixtures.snapshot;
import static io.github.csww.Metric.CASELOAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendTest {
  private static final Authority SOMERSET_OLD =
      Authority.of("933", "E10000027", "Somerset", Region.SOUTH_WEST);
  private static final Authority SOMERSET_NEW =
      Authority.of("933", "E06000066", "Somerset", Region.SOUTH_WEST);

  /** Somerset's caseloads as published, 2017 to 2025; the ONS code changed in 2023. */
  private static final double[] SOMERSET_CASELOAD =
      {13.3, 15.3, 13.7, 13.9, 11.8, 13.5, 15, 16.4, 15.2};

  private static Workforce somerset() {
    List<Snapshot> rows = new ArrayList<>();
    for (int i = 0; i < SOMERSET_CASELOAD.length; i++) {
      int year = 2017 + i;
      rows.add(snapshot(year < 2023 ? SOMERSET_OLD : SOMERSET_NEW, year, CASELOAD,
          SOMERSET_CASELOAD[i]));
    }
    return Workforce.of(rows);
  }

  @Test
  void trend_acrossOnsCodeChange_isOneSeriesKeyedByLaNumber() {
    Workforce wf = somerset();

    Trend byOldCode = wf.authority("E10000027").trend(CASELOAD);
    Trend byNewCode = wf.authority("E06000066").trend(CASELOAD);

    assertThat(byOldCode).isEqualTo(byNewCode).isEqualTo(wf.authority("933").trend(CASELOAD));
    assertThat(byOldCode.points()).hasSize(SOMERSET_CASELOAD.length);
    assertThat(byOldCode.points()).extracting(Trend.Point::year)
        .containsExactly(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
    assertThat(byOldCode.changes()).hasSize(SOMERSET_CASELOAD.length - 1);
    Trend.Change acrossChange = byOldCode.change(2023).orElseThrow();
    assertThat(acrossChange.fromYear()).isEqualTo(2022);
    assertThat(acrossChange.from()).isEqualTo(SOMERSET_CASELOAD[5]);
    assertThat(acrossChange.to()).isEqualTo(SOMERSET_CASELOAD[6]);
    assertThat(acrossChange.comparable()).isTrue();
    assertThat(((Authority) byOldCode.area()).codes()).containsExactly("E10000027", "E06000066");
  }

  @Test
  void trendTable_showsEachYearsPublishedCode_asARankingDoes() {
    Workforce wf = somerset();
    Trend t = wf.authority("Somerset").trend(CASELOAD);

    String csv = t.format(Format.CSV);

    List<String> lines = csv.lines().toList();
    assertThat(lines).filteredOn(l -> l.startsWith("2017,")).singleElement().satisfies(l ->
        assertThat(l).contains(",933,E10000027,Somerset,").doesNotContain("E06000066"));
    assertThat(lines).filteredOn(l -> l.startsWith("2022,")).singleElement().satisfies(l ->
        assertThat(l).contains(",E10000027,"));
    assertThat(lines).filteredOn(l -> l.startsWith("2023,")).singleElement().satisfies(l ->
        assertThat(l).contains(",933,E06000066,Somerset,").doesNotContain("E10000027"));
    assertThat(wf.year(2017).rankBy(CASELOAD).format(Format.CSV)).contains(",E10000027,");
    assertThat(wf.trend("Somerset", CASELOAD).format(Format.CSV)).isEqualTo(csv);
    String json = t.format(Format.JSON);
    assertThat(json).contains("E10000027", "E06000066");
    assertThat(json.indexOf("E10000027")).isLessThan(json.indexOf("E06000066"));
  }

  @Test
  void trend_consecutiveNumbers_changeIsDecimalDifferenceAndPercentOfEarlier() {
    Trend t = somerset().authority("Somerset").trend(CASELOAD);

    Trend.Change c = t.change(2018).orElseThrow();

    assertThat(c.absolute()).isEqualTo(2.0); // 15.3 - 13.3, without binary rounding noise
    assertThat(c.relative().doubleValue()).isCloseTo(100 * 2.0 / 13.3, within(1e-9));
    Trend.Change down = t.change(2021).orElseThrow();
    assertThat(down.absolute()).isEqualTo(-2.1); // 11.8 - 13.9
    assertThat(down.relative().doubleValue()).isCloseTo(100 * -2.1 / 13.9, within(1e-9));
  }

  @Test
  void trend_suppressedYear_isAPointWithNoChangeToOrFromIt() {
    Workforce wf = Workforce.of(List.of(
        snapshot(STAFFORDSHIRE, 2017, CASELOAD, 26.4),
        snapshot(STAFFORDSHIRE, 2018, CASELOAD, Suppression.LOW_RELIABILITY),
        snapshot(STAFFORDSHIRE, 2019, CASELOAD, 18.2),
        snapshot(STAFFORDSHIRE, 2020, CASELOAD, 18.1)));

    Trend t = wf.authority("Staffordshire").trend(CASELOAD);

    assertThat(t.points()).containsExactly(new Trend.Point(2017, Value.of(26.4)),
        new Trend.Point(2018, Value.suppressed(Suppression.LOW_RELIABILITY)),
        new Trend.Point(2019, Value.of(18.2)), new Trend.Point(2020, Value.of(18.1)));
    assertThat(t.changes()).extracting(Trend.Change::toYear).containsExactly(2020);
    assertThat(t.change(2018)).isEmpty();
    assertThat(t.change(2019)).isEmpty();
    assertThat(t.change(2017)).isEmpty();
  }

  @Test
  void trend_2016To2017_flaggedNotComparableAnd2017To2018Not() {
    Workforce wf = Workforce.of(List.of(
        snapshot(STAFFORDSHIRE, 2016, CASELOAD, 24),
        snapshot(STAFFORDSHIRE, 2017, CASELOAD, 26.4),
        snapshot(STAFFORDSHIRE, 2018, CASELOAD, 19)));

    Trend t = wf.authority("Staffordshire").trend(CASELOAD);

    Trend.Change into2017 = t.change(2017).orElseThrow();
    assertThat(into2017.comparable()).isFalse();
    assertThat(into2017.breaks()).containsExactly(SeriesBreak.known().get(0));
    assertThat(into2017.breaks().get(0).year()).isEqualTo(2017);
    assertThat(t.change(2018).orElseThrow().comparable()).isTrue();
  }

  @Test
  void trend_gapInYears_changeRunsAcrossTheGapAndIsFlaggedWhenItSpansABreak() {
    Workforce wf = Workforce.of(List.of(
        snapshot(STAFFORDSHIRE, 2015, CASELOAD, 20),
        snapshot(STAFFORDSHIRE, 2018, CASELOAD, 19),
        snapshot(STAFFORDSHIRE, 2021, CASELOAD, 16.8)));

    Trend t = wf.authority("Staffordshire").trend(CASELOAD);

    assertThat(t.changes()).extracting(Trend.Change::fromYear).containsExactly(2015, 2018);
    assertThat(t.change(2018).orElseThrow().comparable()).isFalse();
    assertThat(t.change(2021).orElseThrow().comparable()).isTrue();
    assertThat(t.change(2021).orElseThrow().absolute()).isEqualTo(-2.2);
  }

  @Test
  void trend_fromZero_relativeChangeIsNotApplicable() {
    Workforce wf = Workforce.of(List.of(
        snapshot(STAFFORDSHIRE, 2017, Metric.VACANCIES, 0),
        snapshot(STAFFORDSHIRE, 2018, Metric.VACANCIES, 3.5)));

    Trend.Change c = wf.authority("Staffordshire").trend(Metric.VACANCIES).change(2018)
        .orElseThrow();

    assertThat(c.absolute()).isEqualTo(3.5);
    assertThat(c.relative()).isEqualTo(Value.suppressed(Suppression.NOT_APPLICABLE));
  }

  @Test
  void trend_viewOfSomeYears_coversOnlyThoseYears() {
    Trend t = somerset().years(2018, 2020).authority("Somerset").trend(CASELOAD);

    assertThat(t.points()).extracting(Trend.Point::year).containsExactly(2018, 2019, 2020);
    assertThat(t.point(2017)).isEmpty();
    assertThat(t.point(2019)).contains(new Trend.Point(2019, Value.of(13.7)));
  }

  @Test
  void trend_noSnapshotsInView_isEmpty() {
    Trend t = somerset().where(s -> false).authority("933").trend(CASELOAD);

    assertThat(t.isEmpty()).isTrue();
    assertThat(t.changes()).isEmpty();
    assertThat(t).hasToString("Trend[Somerset (933) CASELOAD, 0 points, 0 changes]");
  }

  @Test
  void trend_nullMetric_fails() {
    AuthorityView v = somerset().authority("Somerset");

    assertThatThrownBy(() -> v.trend(null))
        .isInstanceOf(NullPointerException.class).hasMessage("metric is null");
  }

  @Test
  void table_showsChangesAndTheBreakNote() {
    Workforce wf = Workforce.of(List.of(
        snapshot(STAFFORDSHIRE, 2016, CASELOAD, 24),
        snapshot(STAFFORDSHIRE, 2017, CASELOAD, 26.4),
        snapshot(STAFFORDSHIRE, 2018, CASELOAD, Suppression.NOT_AVAILABLE),
        snapshot(STAFFORDSHIRE, 2019, CASELOAD, 18.2),
        snapshot(STAFFORDSHIRE, 2020, CASELOAD, 18.2)));

    String table = wf.authority("Staffordshire").trend(CASELOAD).format(Format.TEXT);

    assertThat(table).isEqualTo(""
        + "Average caseload, Staffordshire\n"
        + "Year  Average caseload (cases per FTE)  Change (cases per FTE)  Change (%)  Note\n"
        + "2016                              24.0\n"
        + "2017                              26.4                     2.4        10.0  not comparable: series break in 2017\n"
        + "2018                                 x\n"
        + "2019                              18.2\n"
        + "2020                              18.2                     0.0         0.0\n");
  }

  @Test
  void toString_namesAreaMetricYearsAndCounts() {
    assertThat(somerset().authority("Somerset").trend(CASELOAD))
        .hasToString("Trend[Somerset (933) CASELOAD, 2017-2025, 9 points, 8 changes]");
    assertThat(somerset().authority("Somerset").trend(CASELOAD).change(2018).orElseThrow())
        .hasToString("2017-2018: 13.3 -> 15.3 (+2, +15.0%)");
  }

  @Test
  void change_runningBackwards_fails() {
    assertThatThrownBy(() -> new Trend.Change(2018, 2018, 1, 2, 1, Value.of(100),
        ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a change runs forward, got 2018 to 2018");
    assertThatThrownBy(() -> new Trend.Change(2017, 2018, 1, 2, 1, null, ImmutableList.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a change needs a relative value");
    assertThatThrownBy(() -> new Trend.Point(2017, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a trend point needs a value");
  }

  @Test
  void change_equalityByValue() {
    Trend.Change a = new Trend.Change(2017, 2018, 1, 2, 1, Value.of(100), ImmutableList.of());
    Trend.Change b = new Trend.Change(2017, 2018, 1, 2, 1, Value.of(100), ImmutableList.of());

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b)
        .isNotEqualTo(new Trend.Change(2016, 2018, 1, 2, 1, Value.of(100), ImmutableList.of()));
  }

  @Test
  void seriesBreak_between_spansYearsAfterFromUpToTo() {
    SeriesBreak b2017 = SeriesBreak.known().get(0);

    assertThat(SeriesBreak.known()).extracting(SeriesBreak::year).containsExactly(2017);
    assertThat(SeriesBreak.between(2016, 2017)).containsExactly(b2017);
    assertThat(SeriesBreak.between(2013, 2025)).containsExactly(b2017);
    assertThat(SeriesBreak.between(2017, 2018)).isEmpty();
    assertThat(SeriesBreak.between(2014, 2016)).isEmpty();
    assertThatThrownBy(() -> SeriesBreak.between(2018, 2017))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("between(from, to) needs from < to, got 2018 and 2017");
  }

  @Test
  void seriesBreak_checksReasonAndComparesByValue() {
    assertThat(new SeriesBreak(2017, "a")).isEqualTo(new SeriesBreak(2017, "a"))
        .isNotEqualTo(new SeriesBreak(2018, "a"));
    assertThatThrownBy(() -> new SeriesBreak(2017, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a series break needs a reason");
    assertThatThrownBy(() -> new SeriesBreak(2017, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a series break needs a reason");
  }
}
