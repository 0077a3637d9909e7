package io.github.csww;

import static io.github.csww.Metric.AGENCY_COVER;
import static io.github.csww.Metric.AGENCY_RATE;
import static io.github.csww.Metric.AGENCY_WORKERS;
import static io.github.csww.Metric.SOCIAL_WORKERS;
import static io.github.csww.Metric.VACANCIES;
import static io.github.csww.Metric.VACANCY_AGENCY_COVER_RATE;
import static io.github.csww.Suppression.NOT_AVAILABLE;
import static io.github.csww.Suppression.ROUNDS_TO_ZERO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LowAndCoverageTest {

  private static Authority la(int number, String name) {
    return Authority.of(Integer.toString(number), "E0600" + (1000 + number), name,
        Region.NORTH_EAST);
  }

  private static final Authority A = la(1, "Alpha");
  private static final Authority B = la(2, "Beta");
  private static final Authority C = la(3, "Gamma");
  private static final Authority D = la(4, "Delta");

  /** Agency FTE: A 10, B low, C 0, D x; in-post FTE 90, 100, 50, 60. */
  private static Workforce agency() {
    return Workforce.of(List.of(
        Snapshot.builder(A, 2023).set(AGENCY_WORKERS, 10).set(SOCIAL_WORKERS, 90)
            .set(AGENCY_RATE, 10).build(),
        Snapshot.builder(B, 2023).suppress(AGENCY_WORKERS, ROUNDS_TO_ZERO)
            .set(SOCIAL_WORKERS, 100).suppress(AGENCY_RATE, ROUNDS_TO_ZERO).build(),
        Snapshot.builder(C, 2023).set(AGENCY_WORKERS, 0).set(SOCIAL_WORKERS, 50)
            .set(AGENCY_RATE, 0).build(),
        Snapshot.builder(D, 2023).suppress(AGENCY_WORKERS, NOT_AVAILABLE)
            .set(SOCIAL_WORKERS, 60).suppress(AGENCY_RATE, NOT_AVAILABLE).build()));
  }

  @Test
  void rankBy_low_ranksBetweenZeroAndEveryPositiveFigure() {
    Ranking r = agency().rankBy(AGENCY_RATE);
    assertThat(r.rows()).extracting(Ranked::area).containsExactly(A, B, C);
    assertThat(r.rows()).extracting(Ranked::rank).containsExactly(1, 2, 3);
    assertThat(r.rows().get(1).isLow()).isTrue();
    assertThat(r.rows().get(2).isLow()).as("an exact zero is not low").isFalse();
    assertThat(r.rows().get(1).toString()).contains("low").doesNotContain("0.0");
    assertThat(r.table().format(Format.CSV)).contains("Beta").contains(",low");
    assertThat(r.leftOut()).extracting(LeftOut::area).containsExactly(D);
  }

  @Test
  void rankBy_twoLows_tie() {
    Workforce w = Workforce.of(List.of(
        Snapshot.builder(A, 2023).suppress(AGENCY_RATE, ROUNDS_TO_ZERO).build(),
        Snapshot.builder(B, 2023).suppress(AGENCY_RATE, ROUNDS_TO_ZERO).build(),
        Snapshot.builder(C, 2023).set(AGENCY_RATE, 0.1).build()));
    Ranking r = w.rankBy(AGENCY_RATE);
    assertThat(r.rows()).extracting(Ranked::rank).containsExactly(1, 2, 2);
    assertThat(r.ascending().rows()).extracting(Ranked::rank).containsExactly(1, 1, 3);
  }

  @Test
  void rankBy_low_sortsBetweenZeroAndTheSmallestPositive_forAnyFigures() {
    qt().forAll(integers().between(0, 20), doubles().between(0.1, 1000)).checkAssert((n, x) -> {
      List<Snapshot> rows = new ArrayList<>();
      rows.add(Snapshot.builder(la(900, "Zero"), 2023).set(AGENCY_RATE, 0).build());
      rows.add(Snapshot.builder(la(901, "Low"), 2023).suppress(AGENCY_RATE, ROUNDS_TO_ZERO)
          .build());
      for (int i = 0; i < n; i++) {
        rows.add(Snapshot.builder(la(i + 10, "P" + i), 2023).set(AGENCY_RATE, x + i).build());
      }
      List<Ranked> asc = Workforce.of(rows).rankBy(AGENCY_RATE).ascending().rows();
      assertThat(asc.get(0).area().label()).isEqualTo("Zero");
      assertThat(asc.get(1).area().label()).isEqualTo("Low");
      assertThat(asc.get(1).rank()).isEqualTo(2);
      assertThat(asc.subList(2, asc.size())).allSatisfy(r -> assertThat(r.rank()).isGreaterThan(2));
    });
  }

  @Test
  void aggregate_areaLackingBothPartsOfTheDenominator_isListedOnce_andTheNoteCountsAreas() {
    // agency rate = agency / (agency + social workers); Delta has neither, as an x row does
    Workforce wf = Workforce.of(List.of(
        Snapshot.builder(A, 2025).set(AGENCY_WORKERS, 10).set(SOCIAL_WORKERS, 90).build(),
        Snapshot.builder(B, 2025).set(AGENCY_WORKERS, 20).set(SOCIAL_WORKERS, 80).build(),
        Snapshot.builder(D, 2025).suppress(AGENCY_WORKERS, NOT_AVAILABLE)
            .suppress(SOCIAL_WORKERS, NOT_AVAILABLE).build()));
    Aggregate a = wf.aggregate(AGENCY_RATE);
    assertThat(a.value().doubleValue()).isCloseTo(100.0 * 30 / 200, within(1e-9));
    assertThat(a.numeratorLeftOut()).extracting(LeftOut::area).containsExactly(D);
    assertThat(a.denominatorLeftOut()).extracting(LeftOut::area).containsExactly(D);
    assertThat(a.leftOut()).hasSize(1);
    assertThat(a.table().notes()).anyMatch(n -> n.equals("Recomputed as Σ agency workers / (Σ "
        + "agency workers + Σ social workers), coverage PUBLISHER: 1 area left out of the "
        + "numerator; 1 area left out of the denominator."));
    assertThat(a.denominatorPartlyKept()).isEmpty();
  }

  @Test
  void aggregate_areasLackingOnlyAgencyWorkers_keepTheirSocialWorkers_andTheNoteSaysSo() {
    // as London 2024: two boroughs' agency workers are u and x, their social workers published
    Workforce wf = Workforce.of(List.of(
        Snapshot.builder(A, 2024).set(AGENCY_WORKERS, 10).set(SOCIAL_WORKERS, 90).build(),
        Snapshot.builder(B, 2024).suppress(AGENCY_WORKERS, Suppression.LOW_RELIABILITY)
            .set(SOCIAL_WORKERS, 182.9).build(),
        Snapshot.builder(C, 2024).suppress(AGENCY_WORKERS, NOT_AVAILABLE)
            .set(SOCIAL_WORKERS, 148.4).build()));
    Aggregate a = wf.aggregate(AGENCY_RATE);
    // the social workers of B and C stay in the denominator: 10 / (10 + 90 + 182.9 + 148.4)
    assertThat(a.value().doubleValue()).isCloseTo(100.0 * 10 / 431.3, within(1e-9));
    assertThat(a.numeratorLeftOut()).extracting(LeftOut::area).containsExactly(B, C);
    assertThat(a.denominatorLeftOut()).extracting(LeftOut::area).containsExactly(B, C);
    assertThat(a.denominatorPartlyKept()).extracting(LeftOut::area).containsExactly(B, C);
    assertThat(a.denominatorPartlyKept()).extracting(LeftOut::measure)
        .containsOnly(AGENCY_WORKERS);
    assertThat(a.table().notes()).contains("Recomputed as Σ agency workers / (Σ agency workers "
        + "+ Σ social workers), coverage PUBLISHER: 2 areas left out of the numerator; 2 areas' "
        + "agency workers left out of the denominator, their social workers kept.");
  }

  @Test
  void aggregate_oneAreaWhollyOut_oneAreaPartlyKept_areCountedApart() {
    Workforce wf = Workforce.of(List.of(
        Snapshot.builder(A, 2024).set(AGENCY_WORKERS, 10).set(SOCIAL_WORKERS, 90).build(),
        Snapshot.builder(C, 2024).suppress(AGENCY_WORKERS, NOT_AVAILABLE)
            .set(SOCIAL_WORKERS, 50).build(),
        Snapshot.builder(D, 2024).suppress(AGENCY_WORKERS, NOT_AVAILABLE)
            .suppress(SOCIAL_WORKERS, NOT_AVAILABLE).build()));
    Aggregate a = wf.aggregate(AGENCY_RATE);
    assertThat(a.value().doubleValue()).isCloseTo(100.0 * 10 / 150, within(1e-9));
    assertThat(a.table().notes()).anyMatch(n -> n.endsWith(": 2 areas left out of the "
        + "numerator; 1 area left out of all of the denominator; 1 area's agency workers left "
        + "out of the denominator, its social workers kept."));
  }

  @Test
  void aggregate_low_countsAsZeroAndReportsTheBound() {
    Aggregate a = agency().aggregate(AGENCY_RATE, Coverage.EACH_TOTAL);
    // 10 / (10 + 0 + 0 + 90 + 100 + 50 + 60): D's in-post FTE stays in the denominator.
    assertThat(a.value().doubleValue()).isCloseTo(100.0 * 10 / 310, within(1e-9));
    assertThat(a.numeratorLeftOut()).extracting(LeftOut::area).containsExactly(D);
    assertThat(a.denominatorLeftOut()).extracting(LeftOut::area).containsExactly(D);
    assertThat(a.denominatorLeftOut().get(0).measure()).isEqualTo(AGENCY_WORKERS);
    // one low of at most 0.05 FTE: 100 × 10.05 / 310 − 100 × 10 / 310
    assertThat(a.errorBound()).isCloseTo(100 * 0.05 / 310, within(1e-9));
    assertThat(a.table().notes()).anyMatch(n -> n.contains("low figures count as zero"));
  }

  @Test
  void aggregate_matched_dropsTheWholeAuthority() {
    Aggregate a = agency().aggregate(AGENCY_RATE, Coverage.MATCHED);
    assertThat(a.value().doubleValue()).isCloseTo(100.0 * 10 / 250, within(1e-9));
    assertThat(a.covered()).isEqualTo(3);
    assertThat(a.coverage()).isEqualTo(Coverage.MATCHED);
  }

  @Test
  void aggregate_withoutLows_hasNoBound() {
    Workforce w = Workforce.of(List.of(Snapshot.builder(A, 2023).set(AGENCY_WORKERS, 10)
        .set(SOCIAL_WORKERS, 90).build()));
    assertThat(w.aggregate(AGENCY_RATE).errorBound()).isZero();
  }

  @Test
  void aggregate_shareAbove100_isFlagged() {
    // A publishes cover but not vacancies; B publishes vacancies but not cover.
    Workforce w = Workforce.of(List.of(
        Snapshot.builder(A, 2019).set(AGENCY_COVER, 30).suppress(VACANCIES, NOT_AVAILABLE)
            .build(),
        Snapshot.builder(B, 2019).set(AGENCY_COVER, 10).set(VACANCIES, 20).build()));
    Aggregate a = w.aggregate(VACANCY_AGENCY_COVER_RATE);
    assertThat(a.value().doubleValue()).isCloseTo(200, within(1e-9));
    assertThat(a.flags()).singleElement().asString()
        .contains("recomputes to 200.0%").contains("a share cannot exceed");
    assertThat(a.table().notes()).anyMatch(n -> n.contains("a share cannot exceed"));
  }
}
