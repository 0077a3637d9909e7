package io.github.csww;

import static io.github.csww.Fixtures.caseload;
import static io.github.csww.Fixtures.group;
import static io.github.csww.Fixtures.judgement;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** comparableGeography() keeps the joins and the load report of the workforce it is made from. */
class ComparableGeographyJoinsTest {
  private static final Authority CUMBRIA =
      Authority.of("909", "E10000006", "Cumbria", Region.NORTH_WEST);
  private static final Authority CUMBERLAND =
      Authority.of("942", "E06000063", "Cumberland", Region.NORTH_WEST);
  private static final Authority WESTMORLAND =
      Authority.of("943", "E06000064", "Westmorland and Furness", Region.NORTH_WEST);
  private static final Authority LANCASHIRE =
      Authority.of("888", "E10000017", "Lancashire", Region.NORTH_WEST);

  private static final Judgements OFSTED = Judgements.of(List.of(
      judgement("E10000017", "Lancashire", Grade.INADEQUATE, LocalDate.of(2022, 1, 10)),
      judgement("E10000006", "Cumbria", Grade.GOOD, LocalDate.of(2022, 1, 10)),
      judgement("E06000063", "Cumberland", Grade.INADEQUATE, LocalDate.of(2024, 1, 10))));
  private static final StatisticalNeighbours MODEL = StatisticalNeighbours.of("model",
      List.of(group(888, 942, 943)));
  private static final LoadReport REPORT =
      new LoadReport("csww.csv", "EES CSV", 5, 5, List.of(), List.of());

  private static Workforce workforce() {
    return Workforce.of(List.of(caseload(CUMBRIA, 2022, 300, 15),
        caseload(CUMBERLAND, 2024, 200, 10), caseload(WESTMORLAND, 2024, 100, 10),
        caseload(LANCASHIRE, 2022, 400, 20), caseload(LANCASHIRE, 2024, 450, 20)), REPORT)
        .withJudgements(OFSTED).withNeighbours(MODEL);
  }

  @Test
  void derivedUnit_hasNoSeriesBreak_norAYearItDidNotExist() {
    Workforce cg = workforce().comparableGeography();
    Authority unit = cg.find("909").orElseThrow();
    assertThat(unit.code()).startsWith("derived-");
    assertThat(Reorganisation.seriesBreaks(unit)).isEmpty();
    assertThat(Reorganisation.notExisting(unit, 2022)).isEmpty();
    assertThat(cg.authority(unit).trend(Metric.CASELOAD).table().notes())
        .noneMatch(n -> n.contains("The series starts"));
    // the authorities themselves keep their breaks
    assertThat(Reorganisation.seriesBreaks(CUMBERLAND)).singleElement().asString()
        .startsWith("The series starts in 2023, when Cumberland was created");
  }

  @Test
  void keepsJudgementsNeighboursAndTheLoadReport() {
    Workforce cg = workforce().comparableGeography();

    assertThat(cg.judgements()).contains(OFSTED);
    assertThat(cg.neighbours()).contains(MODEL);
    assertThat(cg.report()).isSameAs(REPORT);
    assertThat(cg.report().source()).isEqualTo("csww.csv");
    assertThat(workforce().year(2024).comparableGeography().judgements()).contains(OFSTED);
  }

  @Test
  void grade_keepsAuthoritiesNotReorganisedAndLeavesDerivedUnitsOut() {
    Ranking r = workforce().comparableGeography().year(2024).rankBy(Metric.CASELOAD);

    assertThat(r.rows()).hasSize(2);
    assertThat(r.grade(Grade.INADEQUATE).rows()).extracting(x -> x.area().label())
        .containsExactly("Lancashire");
    Ranked unit = r.rows().stream().filter(x -> x.area().label().startsWith("Cumbria (derived"))
        .findFirst().orElseThrow();
    assertThat(unit.judgement()).isEmpty();
    // a derived unit is not counted among authorities the file may be missing a judgement for
    assertThat(r.table().notes()).noneMatch(n -> n.contains("none in force in the judgements"));
    assertThat(r.grade(Grade.INADEQUATE).notes()).noneMatch(n -> n.contains("left out:"));
  }

  @Test
  void neighbours_aMembersNumberFindsTheDerivedUnitOnce() {
    NeighbourComparison c = workforce().comparableGeography().year(2024)
        .authority("Lancashire").againstNeighbours(Metric.CASELOAD);

    assertThat(c.neighbours()).extracting(n -> n.status()).containsExactly(
        NeighbourValue.Status.COMPARED, NeighbourValue.Status.SAME_AS_CLOSER);
    assertThat(c.neighbours().get(0).neighbour().authority().orElseThrow().label())
        .startsWith("Cumbria (derived");
    assertThat(c.judgement().orElseThrow().overall()).isEqualTo(Grade.INADEQUATE);
  }
}
