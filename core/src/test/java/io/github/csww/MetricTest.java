package io.github.csww;

import static io.github.csww.Metric.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MetricTest {

  @Test
  void formula_ofEachRatio_isTheDesignFormula() {
    assertThat(CASELOAD.formula()).contains(new Formula(CASES, ImmutableList.of(CASE_HOLDERS), 1));
    assertThat(TURNOVER_RATE.formula())
        .contains(new Formula(LEAVERS, ImmutableList.of(SOCIAL_WORKERS), 100));
    assertThat(TURNOVER_RATE_HEADCOUNT.formula()).contains(new Formula(LEAVERS_HEADCOUNT,
        ImmutableList.of(SOCIAL_WORKERS_HEADCOUNT), 100));
    assertThat(AGENCY_RATE.formula()).contains(new Formula(AGENCY_WORKERS,
        ImmutableList.of(AGENCY_WORKERS, SOCIAL_WORKERS), 100));
    assertThat(AGENCY_RATE_HEADCOUNT.formula()).contains(new Formula(AGENCY_WORKERS_HEADCOUNT,
        ImmutableList.of(AGENCY_WORKERS_HEADCOUNT, SOCIAL_WORKERS_HEADCOUNT), 100));
    assertThat(VACANCY_RATE.formula()).contains(new Formula(VACANCIES,
        ImmutableList.of(VACANCIES, SOCIAL_WORKERS), 100));
    assertThat(AGENCY_COVER_RATE.formula())
        .contains(new Formula(AGENCY_COVER, ImmutableList.of(AGENCY_WORKERS), 100));
    assertThat(VACANCY_AGENCY_COVER_RATE.formula())
        .contains(new Formula(AGENCY_COVER, ImmutableList.of(VACANCIES), 100));
  }

  @Test
  void absenceRate_hasNoFormula_andIsWeightedBySocialWorkers() {
    assertThat(ABSENCE_RATE.formula()).isEmpty();
    assertThat(ABSENCE_RATE.weight()).contains(SOCIAL_WORKERS);
    assertThat(ABSENCE_RATE.isRatio()).isTrue();
  }

  @Test
  void ratios_areThePercentagesAndTheCaseload_andAllButAbsenceHaveAFormula() {
    Set<Metric> ratios = Arrays.stream(values()).filter(Metric::isRatio)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Metric.class)));
    assertThat(ratios).containsExactlyInAnyOrder(TURNOVER_RATE, TURNOVER_RATE_HEADCOUNT,
        AGENCY_RATE, AGENCY_RATE_HEADCOUNT, AGENCY_COVER_RATE, VACANCY_RATE,
        VACANCY_AGENCY_COVER_RATE, CASELOAD, ABSENCE_RATE);
    for (Metric m : values()) {
      assertThat(m.formula().isPresent()).as("%s has a formula", m)
          .isEqualTo(m.isRatio() && m != ABSENCE_RATE);
      assertThat(m.weight().isPresent()).as("%s has a weight", m).isEqualTo(m == ABSENCE_RATE);
      for (Metric part : m.formula().map(f -> ImmutableList.<Metric>builder()
          .add(f.numerator()).addAll(f.denominator()).build()).orElse(ImmutableList.of())) {
        assertThat(part.isRatio()).as("%s, part of %s, is a count", part, m).isFalse();
      }
    }
  }

  @Test
  void polarity_higherIsWorseForCaseloadTurnoverAgencyVacancyAndAbsence() {
    assertThat(Arrays.stream(values()).filter(Metric::higherIsWorse))
        .containsExactlyInAnyOrder(LEAVERS, LEAVERS_HEADCOUNT, TURNOVER_RATE,
            TURNOVER_RATE_HEADCOUNT, AGENCY_WORKERS, AGENCY_WORKERS_HEADCOUNT, AGENCY_RATE,
            AGENCY_RATE_HEADCOUNT, VACANCIES, VACANCY_RATE, CASELOAD, DAYS_LOST, ABSENCE_RATE);
    for (Metric m : values()) {
      assertThat(m.polarity()).isEqualTo(m.higherIsWorse() ? Polarity.HIGHER_IS_WORSE
          : Polarity.NEUTRAL);
    }
  }

  @Test
  void unit_ofEachMetric() {
    for (Metric m : values()) {
      Unit expected;
      if (m == CASELOAD) {
        expected = Unit.CASES_PER_FTE;
      } else if (m == CASES) {
        expected = Unit.CASES;
      } else if (m == DAYS_LOST) {
        expected = Unit.DAYS;
      } else if (m.name().endsWith("_RATE") || m.name().endsWith("_RATE_HEADCOUNT")) {
        expected = Unit.PERCENT;
      } else if (m.name().endsWith("_HEADCOUNT")) {
        expected = Unit.HEADCOUNT;
      } else {
        expected = Unit.FTE;
      }
      assertThat(m.unit()).as("%s", m).isEqualTo(expected);
    }
    assertThat(Arrays.stream(Unit.values()).map(Unit::symbol))
        .containsExactly("FTE", "headcount", "%", "cases", "cases per FTE", "days",
            "percentage points", "ratio");
    assertThat(Arrays.stream(Unit.values()).map(Unit::decimals))
        .containsExactly(1, 0, 1, 0, 1, 1, 1, 2);
  }

  @Test
  void metrics_coverBothPublishedLayouts() {
    assertThat(values()).contains(SOCIAL_WORKERS, SOCIAL_WORKERS_HEADCOUNT, STARTERS,
        STARTERS_HEADCOUNT, LEAVERS, LEAVERS_HEADCOUNT, TURNOVER_RATE, TURNOVER_RATE_HEADCOUNT,
        AGENCY_WORKERS, AGENCY_WORKERS_HEADCOUNT, AGENCY_RATE, AGENCY_RATE_HEADCOUNT,
        AGENCY_COVER, AGENCY_COVER_RATE, VACANCIES, VACANCY_RATE, VACANCY_AGENCY_COVER_RATE,
        CASE_HOLDERS, CASES, CASELOAD, DAYS_LOST, ABSENCE_RATE);
  }

  @Test
  void labels_areDistinctAndReadable() {
    List<String> labels = Arrays.stream(values()).map(Metric::label).toList();
    assertThat(labels).doesNotHaveDuplicates().allSatisfy(l -> assertThat(l).isNotBlank());
    assertThat(CASELOAD.label()).isEqualTo("Average caseload");
  }

  @Test
  void formulaApply_isScaleTimesQuotient() {
    // 2017: 316,647 cases over 17,841.1 case-holder FTE (DESIGN.md).
    assertThat(CASELOAD.formula().orElseThrow().apply(316_647, 17_841.1))
        .isCloseTo(17.748, within(0.0005));
    // England 2017 (issue 2): 5,330 agency FTE, 28,500 social workers FTE.
    assertThat(AGENCY_RATE.formula().orElseThrow().apply(5_330, 5_330 + 28_500))
        .isCloseTo(15.755, within(0.0005));
  }

  @Test
  void formula_badParts_throw() {
    assertThatThrownBy(() -> new Formula(CASES, ImmutableList.of(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a formula needs a denominator");
    assertThatThrownBy(() -> new Formula(CASES, ImmutableList.of(CASE_HOLDERS), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must be positive, got 0.0");
    assertThatThrownBy(() -> new Formula(CASES, ImmutableList.of(CASE_HOLDERS), Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale must be positive, got NaN");
  }
}
