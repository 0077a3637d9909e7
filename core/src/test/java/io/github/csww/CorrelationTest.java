package io.github.csww;

import static io.github.csww.IndicatorsTest.CAMDEN;
import static io.github.csww.IndicatorsTest.KINGSTON_RICHMOND;
import static io.github.csww.IndicatorsTest.STAFFORDSHIRE;
import static io.github.csww.Metric.CASELOAD;
import static io.github.csww.Metric.TURNOVER_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Correlations over small workforces and indicator tables built in memory. */
class CorrelationTest {
  private static final CorrelationOptions OPTIONS =
      CorrelationOptions.defaults().withPermutations(999).withResamples(500);

  /** Authorities 0..9 with caseload 10 + i and turnover 20 - i (rank-reversed), 2023. */
  private static Workforce workforce() {
    List<Snapshot> s = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      s.add(CompareFixtures.snapshot(CompareFixtures.authority(i), 2023, CASELOAD, 10 + i,
          TURNOVER_RATE, 20 - i));
    }
    s.add(CompareFixtures.snapshot(CAMDEN, 2023, CASELOAD, 15, TURNOVER_RATE,
        Suppression.NOT_AVAILABLE));
    s.add(CompareFixtures.snapshot(STAFFORDSHIRE, 2023, CASELOAD, Suppression.NOT_AVAILABLE,
        TURNOVER_RATE, 12));
    s.add(CompareFixtures.snapshot(KINGSTON_RICHMOND, 2023, CASELOAD, 12.5, TURNOVER_RATE,
        17.5));
    s.add(CompareFixtures.snapshot(England.INSTANCE, 2023, CASELOAD, 17, TURNOVER_RATE, 15));
    s.add(CompareFixtures.snapshot(CompareFixtures.authority(0), 2022, CASELOAD, 1,
        TURNOVER_RATE, 1));
    return Workforce.of(s);
  }

  /** Indicator y = (i - 4.5)² for authority i in time_period 2024: rho with caseload known. */
  private static Indicators indicators() {
    Indicators.Builder b = IndicatorsTest.builder();
    for (int i = 0; i < 10; i++) {
      double y = (i - 4.5) * (i - 4.5) + i / 100.0;
      b.row(IndicatorsTest.row(CompareFixtures.authority(i), 2024, 100, 10, y, 0));
    }
    b.row(IndicatorsTest.row(IndicatorsTest.KINGSTON, 2024, 1543, 201, 13, 0));
    return b.build();
  }

  @Test
  void spearman_metricVsMetric_reversedRankingIsMinusOne() {
    Correlation c = Correlation.spearman(workforce().year(2023), CASELOAD, TURNOVER_RATE,
        OPTIONS);

    assertThat(c.n()).isEqualTo(11); // 10 made-up + Kingston / Richmond
    assertThat(c.rho()).isCloseTo(-1.0, within(1e-12));
    assertThat(c.pValue()).isEqualTo(1 / 1000.0);
    assertThat(c.alignment()).isEmpty();
    assertThat(c.aligned()).isEqualTo("both from the workforce census 30 September 2023");
    assertThat(c.leftOut()).extracting(Exclusion::toString).containsExactly(
        "Camden (202): turnover-rate x (not available)",
        "Staffordshire (860): caseload x (not available)");
  }

  @Test
  void spearman_withIndicator_usesAlignmentAndListsEveryoneLeftOut() {
    Correlation c = Correlation.spearman(workforce().year(2023), CASELOAD, indicators(),
        "rereferral_percent", PeriodAlignment.childrenInNeedYear(), OPTIONS);

    double[] x = new double[10];
    double[] y = new double[10];
    for (int i = 0; i < 10; i++) {
      x[i] = 10 + i;
      y[i] = (i - 4.5) * (i - 4.5) + i / 100.0;
    }
    assertThat(c.n()).isEqualTo(10);
    assertThat(c.rho()).isCloseTo(RankStats.spearman(x, y), within(1e-12));
    assertThat(c.year()).isEqualTo(2023);
    assertThat(c.alignment()).contains(PeriodAlignment.childrenInNeedYear());
    assertThat(c.aligned()).isEqualTo("workforce census 30 September 2023 \u2194 children in "
        + "need year to 31 March 2024 (time_period 2024)");
    assertThat(c.x()).isEqualTo("caseload");
    assertThat(c.y()).isEqualTo(
        "rereferral_percent (c1.csv, category = Referrals and Re-referrals)");
    assertThat(c.leftOut()).extracting(Exclusion::toString).containsExactlyInAnyOrder(
        "Camden (202): rereferral_percent: not in the indicator file for time_period 2024",
        "Staffordshire (860): caseload x (not available); rereferral_percent: not in the "
            + "indicator file for time_period 2024",
        "Kingston upon Thames / Richmond upon Thames (314 / 318): rereferral_percent: combined "
            + "return 314 / 318: 318 not in the indicator file for time_period 2024");
    assertThat(c.interval().level()).isEqualTo(0.95);
    assertThat(c.interval().resamples()).isEqualTo(500);
    assertThat(c.interval().lower()).isLessThanOrEqualTo(c.interval().upper());
    assertThat(c.format()).contains("n = 10", "period: workforce census 30 September 2023",
        "left out: 3:", "95% CI [");
  }

  @Test
  void spearman_sameSeed_sameResult_otherSeed_otherInterval() {
    Workforce wf = workforce().year(2023);
    Correlation a = Correlation.spearman(wf, CASELOAD, indicators(), "rereferral_percent",
        PeriodAlignment.childrenInNeedYear(), OPTIONS);
    Correlation b = Correlation.spearman(wf, CASELOAD, indicators(), "rereferral_percent",
        PeriodAlignment.childrenInNeedYear(), OPTIONS);
    Correlation c = Correlation.spearman(wf, CASELOAD, indicators(), "rereferral_percent",
        PeriodAlignment.childrenInNeedYear(), OPTIONS.withSeed(99));

    assertThat(a).isEqualTo(b);
    assertThat(c.rho()).isEqualTo(a.rho());
    assertThat(c.interval().seed()).isEqualTo(99);
  }

  @Test
  void pearson_withIndicator_isPearsonOfTheValues() {
    Correlation c = Correlation.pearson(workforce().year(2023), CASELOAD, indicators(),
        "rereferral_percent", PeriodAlignment.childrenInNeedYear(), OPTIONS);

    double[] x = new double[10];
    double[] y = new double[10];
    for (int i = 0; i < 10; i++) {
      x[i] = 10 + i;
      y[i] = (i - 4.5) * (i - 4.5) + i / 100.0;
    }
    assertThat(c.method()).isEqualTo(CorrelationMethod.PEARSON);
    assertThat(c.rho()).isCloseTo(RankStats.pearson(x, y), within(1e-12));
    assertThat(c.toString()).startsWith("Pearson correlation caseload vs rereferral_percent");
  }

  @Test
  void spearman_smallSample_usesTheExactTest() {
    List<Snapshot> s = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      s.add(CompareFixtures.snapshot(CompareFixtures.authority(i), 2023, CASELOAD, i,
          TURNOVER_RATE, i));
    }
    Correlation c = Correlation.spearman(Workforce.of(s), CASELOAD, TURNOVER_RATE, OPTIONS);

    assertThat(c.rho()).isCloseTo(1.0, within(1e-12));
    assertThat(c.pValue()).isCloseTo(2 / 120.0, within(1e-12));
    assertThat(c.pValueMethod()).startsWith("exact permutation test over all 120 orderings");
  }

  @Test
  void spearman_viewNamingNoYear_isTakenAtItsLatestYear_asOtherQueries() {
    Correlation all = Correlation.spearman(workforce(), CASELOAD, TURNOVER_RATE, OPTIONS);
    Correlation latest = Correlation.spearman(workforce().year(2023), CASELOAD, TURNOVER_RATE,
        OPTIONS);
    assertThat(all.year()).isEqualTo(2023);
    assertThat(all).isEqualTo(latest);
  }

  @Test
  void spearman_viewNamingSeveralYears_isRefusedNamingThem() {
    assertThatThrownBy(() -> Correlation.spearman(workforce().years(2022, 2023), CASELOAD,
        TURNOVER_RATE, OPTIONS))
        .isInstanceOf(UnsupportedViewException.class)
        .hasMessage("a correlation needs one year, the view spans 2022 to 2023; call year(y) "
            + "first");
  }

  @Test
  void spearman_emptyView_isRefused() {
    assertThatThrownBy(() -> Correlation.spearman(workforce().where(s -> false), CASELOAD,
        TURNOVER_RATE, OPTIONS))
        .isInstanceOf(UnsupportedViewException.class)
        .hasMessageStartingWith("a correlation needs a year, but the view holds no snapshots");
  }

  @Test
  void spearman_periodNotInTheFile_isRefusedNamingThePeriods() {
    assertThatThrownBy(() -> Correlation.spearman(workforce().year(2023), CASELOAD,
        indicators(), "rereferral_percent", PeriodAlignment.offset(0), OPTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("time_period 2023 (workforce census 30 September 2023 \u2194 time_period "
            + "2023) is not in c1.csv, which holds time_periods [2024]");
  }

  @Test
  void spearman_unknownIndicator_isRefusedNamingIt() {
    assertThatThrownBy(() -> Correlation.spearman(workforce().year(2023), CASELOAD,
        indicators(), "nope", PeriodAlignment.childrenInNeedYear(), OPTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown indicator 'nope' in c1.csv; indicators: [");
  }

  @Test
  void spearman_fewerThanThreePairs_isRefusedListingWhoWasLeftOut() {
    Workforce wf = Workforce.of(List.of(
        CompareFixtures.snapshot(CAMDEN, 2023, CASELOAD, 1, TURNOVER_RATE, 1),
        CompareFixtures.snapshot(STAFFORDSHIRE, 2023, CASELOAD, 2, TURNOVER_RATE, 2),
        CompareFixtures.snapshot(CompareFixtures.authority(1), 2023, CASELOAD, 2,
            TURNOVER_RATE, Suppression.CONFIDENTIAL)));

    assertThatThrownBy(() -> Correlation.spearman(wf, CASELOAD, TURNOVER_RATE, OPTIONS))
        .isInstanceOf(MissingDataException.class)
        .hasMessage("Spearman rank correlation of caseload with turnover-rate in 2023: only 2 "
            + "authorities have both values, and a correlation needs at least 3; 1 left out: "
            + "Authority 1 (101): turnover-rate c (confidential)");
  }

  @Test
  void spearman_fewerThanThreePairsAndManyLeftOut_namesTheFirstFiveAndCountsTheRest() {
    Indicators one = IndicatorsTest.builder()
        .row(IndicatorsTest.row(CompareFixtures.authority(0), 2024, 100, 10, 10, 0)).build();

    assertThatThrownBy(() -> Correlation.spearman(workforce().year(2023), CASELOAD, one,
        "rereferral_percent", PeriodAlignment.childrenInNeedYear(), OPTIONS))
        .isInstanceOf(MissingDataException.class)
        .hasMessageStartingWith("Spearman rank correlation of caseload with rereferral_percent "
            + "(c1.csv, category = Referrals and Re-referrals) in 2023: only 1 authority has "
            + "both values, and a correlation needs at least 3; 12 left out: Authority 1 (101): "
            + "rereferral_percent: not in the indicator file for time_period 2024; ")
        .hasMessageEndingWith("; and 7 more");
    assertThatThrownBy(() -> Correlation.spearman(workforce().where(s -> s.year() == 2022),
        CASELOAD, TURNOVER_RATE, OPTIONS))
        .isInstanceOf(MissingDataException.class)
        .hasMessage("Spearman rank correlation of caseload with turnover-rate in 2022: only 1 "
            + "authority has both values, and a correlation needs at least 3; the view holds no "
            + "other authority");
  }

  @Test
  void spearman_combinedReturnFromPartnersRows_isPooledAndSaysHow() {
    Indicators both = IndicatorsTest.builder()
        .row(IndicatorsTest.row(IndicatorsTest.KINGSTON, 2024, 1543, 201, 13, 0))
        .row(IndicatorsTest.row(IndicatorsTest.RICHMOND, 2024, 1299, 199, 15.3, 0))
        .row(IndicatorsTest.row(CompareFixtures.authority(0), 2024, 100, 10, 10, 0))
        .row(IndicatorsTest.row(CompareFixtures.authority(1), 2024, 100, 20, 20, 0))
        .build();

    Correlation c = Correlation.spearman(workforce().year(2023), CASELOAD, both,
        "rereferral_percent", PeriodAlignment.childrenInNeedYear(), OPTIONS);

    assertThat(c.n()).isEqualTo(3);
    assertThat(c.pooled()).containsExactly("Kingston upon Thames / Richmond upon Thames "
        + "(314 / 318): rereferral_percent = (201 + 199) / (1543 + 1299) \u00d7 100");
  }

  @Test
  void spearman_constantVariable_isRefused() {
    List<Snapshot> s = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      s.add(CompareFixtures.snapshot(CompareFixtures.authority(i), 2023, CASELOAD, 7,
          TURNOVER_RATE, i));
    }
    assertThatThrownBy(() -> Correlation.spearman(Workforce.of(s), CASELOAD, TURNOVER_RATE,
        OPTIONS))
        .isInstanceOf(MissingDataException.class)
        .hasMessage("caseload is 7.0 for every one of the 5 authorities: no correlation");
  }

  @Test
  void eachYear_emptyView_isRefused() {
    assertThatThrownBy(() -> Correlation.eachYear(CorrelationMethod.SPEARMAN,
        workforce().where(s -> false), CASELOAD, indicators(), "rereferral_percent",
        PeriodAlignment.childrenInNeedYear(), OPTIONS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the workforce view is empty: expected a year");
  }

  @Test
  void eachYear_oneYear_isTheSameAsTheOneYearCall() {
    Workforce wf = workforce().year(2023);

    assertThat(Correlation.eachYear(CorrelationMethod.SPEARMAN, wf, CASELOAD, indicators(),
        "rereferral_percent", PeriodAlignment.childrenInNeedYear(), OPTIONS))
        .containsExactly(Correlation.spearman(wf, CASELOAD, indicators(), "rereferral_percent",
            PeriodAlignment.childrenInNeedYear(), OPTIONS));
  }

  @Test
  void options_outOfRange_areNamed() {
    CorrelationOptions d = CorrelationOptions.defaults();
    assertThatThrownBy(() -> d.withPermutations(10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("permutations lie between 99 and 10000000, got 10");
    assertThatThrownBy(() -> d.withResamples(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resamples lie between 100 and 10000000, got 5");
    assertThatThrownBy(() -> d.withLevel(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a confidence level lies strictly between 0 and 1, got 1.0");
    assertThatThrownBy(() -> d.withExactUpTo(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exactUpTo lies between 0 and 10 (10! = 3628800 orderings), got 11");
    assertThat(d).isEqualTo(new CorrelationOptions(1, 9999, 2000, 0.95, 8));
  }

  @Test
  void valueTypes_outOfRange_areNamed() {
    assertThatThrownBy(() -> new ConfidenceInterval(0.5, 0.2, 0.95, 10, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an interval lies within [-1, 1] with lower <= upper, got [0.5, 0.2]");
    assertThatThrownBy(() -> new CorrelationPair(CAMDEN, Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a pair holds finite numbers, got (NaN, 1.0) for Camden (202)");
    assertThatThrownBy(() -> new Exclusion(CAMDEN, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an exclusion needs a reason");
    assertThat(new ConfidenceInterval(-0.1, 0.3, 0.95, 2000, 1, 0).toString())
        .isEqualTo("95% CI [-0.100, 0.300] (percentile bootstrap, 2000 resamples, seed 1)");
  }
}
