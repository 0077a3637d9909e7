package io.github.csww;

import static io.github.csww.Metric.ABSENCE_RATE;
import static io.github.csww.Metric.AGENCY_RATE;
import static io.github.csww.Metric.AGENCY_WORKERS;
import static io.github.csww.Metric.CASELOAD;
import static io.github.csww.Metric.CASES;
import static io.github.csww.Metric.CASE_HOLDERS;
import static io.github.csww.Metric.DAYS_LOST;
import static io.github.csww.Metric.SOCIAL_WORKERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AggregateTest {

  private static Authority la(int number, String name, Region region) {
    return Authority.of(Integer.toString(number), "E0600" + (1000 + number), name, region);
  }

  private static final Authority A = la(1, "Alpha", Region.NORTH_EAST);
  private static final Authority B = la(2, "Beta", Region.NORTH_EAST);
  private static final Authority C = la(3, "Gamma", Region.NORTH_WEST);
  private static final Authority D = la(4, "Delta", Region.NORTH_WEST);

  /** A: 100 cases / 10 FTE = 10; B: 900 / 30 = 30; C: cases x; D: case holders u. */
  private static Workforce caseloads() {
    return Workforce.of(List.of(
        Snapshot.builder(A, 2017).set(CASES, 100).set(CASE_HOLDERS, 10).set(CASELOAD, 10)
            .build(),
        Snapshot.builder(B, 2017).set(CASES, 900).set(CASE_HOLDERS, 30).set(CASELOAD, 30)
            .build(),
        Snapshot.builder(C, 2017).set(CASE_HOLDERS, 5).set(CASELOAD, 12).build(),
        Snapshot.builder(D, 2017).set(CASES, 50).suppress(CASE_HOLDERS, Suppression.LOW_RELIABILITY)
            .build(),
        Snapshot.builder(England.INSTANCE, 2017).set(CASELOAD, 24.9).build(),
        Snapshot.builder(Region.NORTH_EAST, 2017).set(CASELOAD, 25.1).build()));
  }

  @Test
  void aggregate_ratio_byDefault_sumsEachTotalOverTheAuthoritiesThatPublishIt() {
    Aggregate a = caseloads().aggregate(CASELOAD);
    // C's case holders and D's cases stay in: (100 + 900 + 50) / (10 + 30 + 5)
    assertThat(a.value().doubleValue()).isCloseTo(1050.0 / 45, within(1e-9));
    assertThat(a.coverage()).isEqualTo(Coverage.PUBLISHER);
    assertThat(a.numeratorLeftOut()).extracting(LeftOut::area).containsExactly(C);
    assertThat(a.denominatorLeftOut()).extracting(LeftOut::area).containsExactly(D);
  }

  @Test
  void aggregate_emptyView_isRefused_notGivenAnotherYearsPublishedFigure() {
    // year(2017).year(2018) selects nothing; the published England figure of 2018 is not its
    Workforce twoYears = Workforce.of(List.of(
        Snapshot.builder(A, 2017).set(CASES, 100).set(CASE_HOLDERS, 10).build(),
        Snapshot.builder(A, 2018).set(CASES, 120).set(CASE_HOLDERS, 10).build(),
        Snapshot.builder(England.INSTANCE, 2018).set(CASELOAD, 12).build()));
    assertThatThrownBy(() -> twoYears.year(2017).year(2018).aggregate(CASELOAD))
        .isInstanceOf(UnsupportedViewException.class)
        .hasMessageStartingWith("aggregate(...) needs a year, but the view's year steps leave "
            + "none (2017 and 2018 do not overlap)");
    assertThatThrownBy(() -> Workforce.of(List.of()).aggregate(CASELOAD))
        .isInstanceOf(UnsupportedViewException.class)
        .hasMessage("aggregate(...) needs a year, but the workforce holds no snapshots");
  }

  @Test
  void aggregate_ratio_isSumOverSum_notTheMeanOfRatios() {
    Aggregate a = caseloads().aggregate(CASELOAD, Coverage.MATCHED);
    double meanOfCovered = (10.0 + 30.0) / 2;
    assertThat(a.value().doubleValue()).isEqualTo(1000.0 / 40).isNotEqualTo(meanOfCovered);
    assertThat(a.metric()).isEqualTo(CASELOAD);
    assertThat(a.year()).isEqualTo(2017);
    assertThat(a.covered()).isEqualTo(2);
    assertThat(a.leftOut()).containsExactly(
        new LeftOut(D, 2017, CASE_HOLDERS, Suppression.LOW_RELIABILITY),
        new LeftOut(C, 2017, CASES, Suppression.NOT_AVAILABLE));
    assertThat(a.published()).contains(Value.of(24.9));
    assertThat(a).hasToString(
        "CASELOAD 2017: 25.0 over 2 areas (2 left out), published 24.9");
  }

  @Test
  void aggregate_ofARegion_givesTheRegionsPublishedFigureBeside() {
    Aggregate a = caseloads().region(Region.NORTH_EAST).aggregate(CASELOAD);
    assertThat(a.value()).isEqualTo(Value.of(25.0));
    assertThat(a.covered()).isEqualTo(2);
    assertThat(a.leftOut()).isEmpty();
    assertThat(a.published()).contains(Value.of(25.1));
    assertThat(caseloads().region(Region.NORTH_WEST).aggregate(CASELOAD).published()).isEmpty();
  }

  @Test
  void aggregate_ofAViewThatIsNoPublishedArea_hasNoPublishedFigure() {
    assertThat(caseloads().where(s -> true).aggregate(CASELOAD).published()).isEmpty();
    assertThat(caseloads().level(Level.NATIONAL).aggregate(CASELOAD).published()).isEmpty();
    assertThat(caseloads().level(Level.LOCAL_AUTHORITY).aggregate(CASELOAD).published())
        .contains(Value.of(24.9));
  }

  @Test
  void aggregate_agencyRate_sumsEveryDenominatorPart() {
    // A: 10 / (10 + 90) = 10%; B: 60 / (60 + 240) = 20%; together 70 / 400 = 17.5%, not 15%.
    Workforce w = Workforce.of(List.of(
        Snapshot.builder(A, 2017).set(AGENCY_WORKERS, 10).set(SOCIAL_WORKERS, 90).build(),
        Snapshot.builder(B, 2017).set(AGENCY_WORKERS, 60).set(SOCIAL_WORKERS, 240).build()));
    assertThat(w.aggregate(AGENCY_RATE).value().doubleValue()).isCloseTo(17.5, within(1e-9));
  }

  @Test
  void aggregate_absenceRate_isDaysLostOverFteTimesWorkingDays() {
    // A: 506 days over 100 FTE; B: 3,795 days over 300 FTE; (506 + 3795) / (400 × 253) = 4.25%.
    Workforce w = Workforce.of(List.of(
        Snapshot.builder(A, 2017).set(ABSENCE_RATE, 2).set(DAYS_LOST, 506)
            .set(SOCIAL_WORKERS, 100).build(),
        Snapshot.builder(B, 2017).set(ABSENCE_RATE, 5).set(DAYS_LOST, 3795)
            .set(SOCIAL_WORKERS, 300).build(),
        Snapshot.builder(C, 2017).set(ABSENCE_RATE, 9).set(SOCIAL_WORKERS, 50).build()));
    Aggregate a = w.aggregate(ABSENCE_RATE);
    assertThat(a.value().doubleValue()).isCloseTo(4.25, within(1e-9));
    assertThat(Aggregate.ABSENCE_WORKING_DAYS).isEqualTo(253);
    assertThat(a.leftOut()).containsExactly(
        new LeftOut(C, 2017, DAYS_LOST, Suppression.NOT_AVAILABLE));
    assertThat(a.denominatorLeftOut()).as("matched: C's FTE goes too")
        .containsExactly(new LeftOut(C, 2017, DAYS_LOST, Suppression.NOT_AVAILABLE));
  }

  @Test
  void aggregate_count_isSummed() {
    Aggregate a = Issue2.workforce().aggregate(CASE_HOLDERS);
    double sum = 0;
    for (Snapshot s : Issue2.LA_2017) {
      sum += s.number(CASE_HOLDERS);
    }
    assertThat(a.value().doubleValue()).isCloseTo(sum, within(1e-9));
    assertThat(a.value().doubleValue()).isCloseTo(1054.4, within(1e-9));
    assertThat(a.covered()).isEqualTo(10);
    assertThat(a.leftOut()).isEmpty();
    assertThat(a.published()).contains(Value.suppressed(Suppression.NOT_AVAILABLE));
  }

  @Test
  void aggregate_issue2Caseload_withoutCases_coversNothing_andShowsThePublishedFigure() {
    Aggregate a = Issue2.workforce().aggregate(CASELOAD);
    assertThat(a.value()).isEqualTo(Value.suppressed(Suppression.NOT_AVAILABLE));
    assertThat(a.covered()).isZero();
    assertThat(a.leftOut()).hasSize(10)
        .allSatisfy(l -> {
          assertThat(l.measure()).isEqualTo(CASES);
          assertThat(l.suppression()).contains(Suppression.NOT_AVAILABLE);
          assertThat(l.year()).isEqualTo(2017);
        });
    assertThat(a.published()).contains(Value.of(17.8));
    assertThat(Issue2.workforce().year(2016).level(Level.NATIONAL).aggregate(CASELOAD)
        .published()).isEmpty();
  }

  @Test
  void aggregate_zeroDenominator_isNotApplicable() {
    Workforce w = Workforce.of(List.of(
        Snapshot.builder(A, 2017).set(CASES, 0).set(CASE_HOLDERS, 0).build()));
    Aggregate a = w.aggregate(CASELOAD);
    assertThat(a.value()).isEqualTo(Value.suppressed(Suppression.NOT_APPLICABLE));
    assertThat(a.covered()).isEqualTo(1);
  }

  @Test
  void aggregate_emptyView_isNotAvailable() {
    Aggregate a = caseloads().region(Region.SOUTH_WEST).aggregate(CASELOAD);
    assertThat(a.value()).isEqualTo(Value.suppressed(Suppression.NOT_AVAILABLE));
    assertThat(a.covered()).isZero();
    assertThat(a.leftOut()).isEmpty();
    assertThat(a.year()).isEqualTo(2017);
  }

  @Test
  void aggregate_severalYears_throws() {
    assertThatThrownBy(() -> Issue2.workforce().years(2016, 2017).level(Level.NATIONAL)
        .aggregate(CASELOAD))
        .isInstanceOf(UnsupportedViewException.class)
        .hasMessage("aggregate(CASELOAD) needs one year, the view spans 2016 and 2017; "
            + "call year(y) first");
  }

  @Test
  void aggregate_severalLevels_throws() {
    // Regression: England, regions and authorities were added together.
    assertThatThrownBy(() -> caseloads().level(Level.NATIONAL, Level.LOCAL_AUTHORITY)
        .aggregate(CASES))
        .isInstanceOf(UnsupportedViewException.class)
        .hasMessage("aggregate(CASES) needs one level, the view holds National and "
            + "Local authority rows; call level(l) first");
  }

  @Test
  void aggregate_regionalRows_countLondonOnce() {
    // Regression: London, Inner London and Outer London rows were all added.
    List<Snapshot> rows = new ArrayList<>();
    rows.add(Snapshot.builder(Region.LONDON, 2017).set(SOCIAL_WORKERS, 100).build());
    rows.add(Snapshot.builder(Region.INNER_LONDON, 2017).set(SOCIAL_WORKERS, 40).build());
    rows.add(Snapshot.builder(Region.OUTER_LONDON, 2017).set(SOCIAL_WORKERS, 60).build());
    rows.add(Snapshot.builder(Region.NORTH_EAST, 2017).set(SOCIAL_WORKERS, 50).build());
    Workforce w = Workforce.of(rows);
    Aggregate all = w.level(Level.REGIONAL).aggregate(SOCIAL_WORKERS);
    assertThat(all.value()).isEqualTo(Value.of(150));
    assertThat(all.covered()).isEqualTo(2);
    assertThat(w.level(Level.REGIONAL).region(Region.LONDON).aggregate(SOCIAL_WORKERS).value())
        .isEqualTo(Value.of(100));
    // Without London's own row, Inner and Outer London make up London.
    Workforce parts = Workforce.of(rows.subList(1, 4));
    assertThat(parts.level(Level.REGIONAL).aggregate(SOCIAL_WORKERS).value())
        .isEqualTo(Value.of(150));
  }

  @Test
  void aggregate_badParts_throw() {
    assertThatThrownBy(() -> new Aggregate(CASES, 2017, Value.of(1), -1, ImmutableList.of(),
        Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("covered must not be negative, got -1");
  }

  @Test
  void leftOut_toString_namesAreaYearMetricAndReason() {
    assertThat(new LeftOut(A, 2017, CASES, Suppression.CONFIDENTIAL))
        .hasToString("Alpha (1) 2017: CASES c (confidential)");
  }

  @Test
  void aggregate_shareAboveAHundredPercentOverTheSameAuthorities_namesThoseWhosePartExceedsTheWhole() {
    // East Midlands 2019: agency cover above vacancies in Leicestershire (51.5 against 22)
    Authority leics = la(855, "Leicestershire", Region.EAST_MIDLANDS);
    Authority derby = la(831, "Derby", Region.EAST_MIDLANDS);
    Workforce wf = Workforce.of(List.of(
        Snapshot.builder(leics, 2019).set(Metric.AGENCY_COVER, 51.5).set(Metric.VACANCIES, 22)
            .build(),
        Snapshot.builder(derby, 2019).set(Metric.AGENCY_COVER, 10).set(Metric.VACANCIES, 20)
            .build()));

    Aggregate a = wf.year(2019).aggregate(Metric.VACANCY_AGENCY_COVER_RATE);

    assertThat(a.flags()).singleElement().asString()
        .contains("recomputes to 146.4%, which a share cannot exceed: both totals cover the same "
            + "authorities, but in 1 of them agency_cover_fte exceeds vacancy_fte "
            + "(Leicestershire 51.5 against 22)")
        .doesNotContain("different authorities");
  }

  @Test
  void aggregate_ofAWhereView_saysItIsOnlyTheAreasTheConditionKept() {
    Authority leics = la(855, "Leicestershire", Region.EAST_MIDLANDS);
    Authority derby = la(831, "Derby", Region.EAST_MIDLANDS);
    Workforce wf = Workforce.of(List.of(
        Snapshot.builder(leics, 2019).set(Metric.CASES, 500).build(),
        Snapshot.builder(derby, 2019).set(Metric.CASES, 300).build()));

    Aggregate a = wf.year(2019).where(s -> s.area().label().startsWith("L"))
        .aggregate(Metric.CASES);

    assertThat(a.value()).isEqualTo(Value.of(500));
    assertThat(a.published()).isEmpty();
    assertThat(a.flags()).containsExactly("Only the 1 area(s) a condition (where) kept, not all "
        + "of England's: no published figure is shown beside it.");
    assertThat(wf.year(2019).aggregate(Metric.CASES).flags()).isEmpty();
  }
}
