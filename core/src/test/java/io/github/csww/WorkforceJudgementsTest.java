package io.github.csww;

import static io.github.csww.Fixtures.authority;
import static io.github.csww.Fixtures.caseload;
import static io.github.csww.Fixtures.judgement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkforceJudgementsTest {
  private static final Authority A = authority("100", "E06000100", "Alpha");
  private static final Authority B = authority("101", "E06000101", "Beta");
  private static final Authority C = authority("102", "E06000102", "Gamma");

  private static final Judgement A_2019 =
      judgement("E06000100", "Alpha", Grade.GOOD, LocalDate.of(2019, 5, 1));
  /** Published on the 2025 census date itself: in force on it. */
  private static final Judgement A_2025 =
      judgement("E06000100", "Alpha", Grade.INADEQUATE, LocalDate.of(2025, 9, 30));
  /** Published the day after the 2025 census date: not in force on it. */
  private static final Judgement B_2025 =
      judgement("E06000101", "Beta", Grade.OUTSTANDING, LocalDate.of(2025, 10, 1));
  private static final Judgements OFSTED = Judgements.of(List.of(A_2019, A_2025, B_2025));

  private static Workforce workforce() {
    Snapshot england = Snapshot.builder(England.INSTANCE, 2025).set(Metric.CASELOAD, 15).build();
    return Workforce.of(List.of(caseload(A, 2025, 300, 15), caseload(B, 2025, 200, 10),
        caseload(C, 2025, 450, 30), caseload(A, 2024, 280, 10), england));
  }

  @Test
  void rankBy_rowsCarryTheJudgementInForceOnTheCensusDate() {
    Ranking r = workforce().withJudgements(OFSTED).rankBy(Metric.CASELOAD);

    assertThat(r.hasJudgements()).isTrue();
    assertThat(r.rankOf(A).orElseThrow().judgement()).contains(A_2025);
    assertThat(r.rankOf(B).orElseThrow().judgement()).isEmpty();
    assertThat(r.rankOf(C).orElseThrow().judgement()).isEmpty();
  }

  @Test
  void rankBy_eachYearUsesItsOwnCensusDate() {
    Ranking r = workforce().withJudgements(OFSTED).years(2024, 2025).rankBy(Metric.CASELOAD);

    assertThat(r.rows()).filteredOn(x -> x.area().equals(A) && x.year() == 2024)
        .singleElement().extracting(Ranked::judgement).isEqualTo(Optional.of(A_2019));
  }

  @Test
  void judgementsAt_usesTheGivenDateAndSurvivesAscending() {
    Ranking r = workforce().withJudgements(OFSTED).rankBy(Metric.CASELOAD)
        .judgementsAt(LocalDate.of(2025, 12, 31)).ascending();

    assertThat(r.judgementDate()).contains(LocalDate.of(2025, 12, 31));
    assertThat(r.rankOf(B).orElseThrow().judgement()).contains(B_2025);
    assertThat(r.descending().rankOf(A).orElseThrow().judgement()).contains(A_2025);
    assertThat(r.judgementsAt(LocalDate.of(2020, 1, 1)).rankOf(A).orElseThrow().judgement())
        .contains(A_2019);
  }

  @Test
  void rankBy_withoutJudgements_rowsHaveNone_andJudgementsAtThrows() {
    Ranking r = workforce().rankBy(Metric.CASELOAD);

    assertThat(r.hasJudgements()).isFalse();
    assertThat(r.rows()).allSatisfy(x -> assertThat(x.judgement()).isEmpty());
    assertThatThrownBy(() -> r.judgementsAt(LocalDate.of(2025, 1, 1)))
        .isInstanceOf(MissingJoinException.class)
        .hasMessageContaining("withJudgements");
  }

  @Test
  void rankBy_englandAndRegions_haveNoJudgement() {
    Ranking r = workforce().withJudgements(OFSTED).level(Level.NATIONAL).rankBy(Metric.CASELOAD);

    assertThat(r.single().judgement()).isEmpty();
  }

  @Test
  void table_addsTheJudgementColumnOnlyWhenJoined() {
    String with = workforce().withJudgements(OFSTED).rankBy(Metric.CASELOAD).format(Format.TEXT);
    String without = workforce().rankBy(Metric.CASELOAD).format(Format.TEXT);

    assertThat(with).contains("Ofsted judgement").contains("Inadequate").contains("2025-09-30")
        .contains("Ofsted judgements in force on each row's census date (30 September).");
    assertThat(without).doesNotContain("Ofsted judgement");
  }

  @Test
  void viewsMadeFromTheJoinedWorkforce_keepTheJudgements() {
    Workforce wf = workforce().withJudgements(OFSTED);

    assertThat(wf.year(2025).region(Region.WEST_MIDLANDS).where(s -> true).judgements())
        .contains(OFSTED);
    assertThat(wf.year(2024).judgement(A)).contains(A_2019);
    assertThat(wf.judgement(A)).contains(A_2025);
    assertThat(wf.judgementAt(B, LocalDate.of(2025, 10, 1))).contains(B_2025);
    assertThat(wf).isEqualTo(workforce());
  }

  @Test
  void judgement_withoutJudgements_throwsSayingWhatToCall() {
    assertThatThrownBy(() -> workforce().judgement(A))
        .isInstanceOf(MissingJoinException.class)
        .hasMessageContaining("withJudgements");
  }

  @Test
  void againstNeighbours_showsJudgementsWhenJoined() {
    StatisticalNeighbours model = StatisticalNeighbours.of("m",
        List.of(Fixtures.group(100, 101, 102)));
    NeighbourComparison c = workforce().withNeighbours(model).withJudgements(OFSTED)
        .authority("Alpha").againstNeighbours(Metric.CASELOAD);

    assertThat(c.judgement()).contains(A_2025);
    assertThat(c.neighbours()).extracting(NeighbourValue::judgement)
        .containsExactly(Optional.empty(), Optional.empty());
    assertThat(c.ranking().rankOf(A).orElseThrow().judgement()).contains(A_2025);
    assertThat(c.format(Format.TEXT)).contains("Ofsted judgement").contains("Inadequate");
  }

  @Test
  void ranked_withoutJudgementConstructor_hasNone_andRefusesNull() {
    Snapshot s = caseload(A, 2025, 300, 15);

    assertThat(new Ranked(1, s, Metric.CASELOAD, 20.0).judgement()).isEmpty();
    assertThat(new Ranked(1, s, Metric.CASELOAD, 20.0))
        .isEqualTo(new Ranked(1, s, Metric.CASELOAD, 20.0, Optional.empty()));
    assertThatThrownBy(() -> new Ranked(1, s, Metric.CASELOAD, 20.0, null))
        .hasMessageContaining("Optional.empty()");
  }
}
