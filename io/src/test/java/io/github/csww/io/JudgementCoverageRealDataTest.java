package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.Grade;
import io.github.csww.JudgementBands;
import io.github.csww.Judgements;
import io.github.csww.Metric;
import io.github.csww.Ranking;
import io.github.csww.StatisticalNeighbours;
import io.github.csww.Workforce;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On the published files (skipped when ../shared/data is absent): results say where Ofsted's
 * workbook, ILACS inspections published from 12 March 2018 to 14 May 2025, does not cover their
 * date; comparableGeography() keeps the joins and the load report.
 */
class JudgementCoverageRealDataTest {
  private static Workforce workforce() throws IOException {
    return Workforce.load(SharedData.file("csww_indicators_2017_to_2025.csv"));
  }

  private static Judgements ofsted() throws IOException {
    return OfstedReader.read(SharedData.file("LA_Inspection_Outcomes_as_at_31_March_2025.ods"));
  }

  @Test
  void authoritiesCreatedAfterTheWorkbookBegins_areNamedWithTheRightReason() throws IOException {
    Workforce joined = workforce().withJudgements(ofsted());
    Ranking inadequate = joined.year(2023).rankBy(Metric.CASELOAD).grade(Grade.INADEQUATE);
    List<String> notes = inadequate.notes();
    assertThat(notes).anyMatch(n -> n.startsWith("Cumberland (942) and Westmorland and Furness "
        + "(943) (no judgement in force on 2023-09-30) are left out: created by a reorganisation "
        + "after the judgements file's earliest judgement (2018-03-12)"));
    assertThat(notes).noneMatch(n -> n.contains("an older inspection still in force"));
    List<String> table = joined.year(2023).rankBy(Metric.CASELOAD).table().notes();
    assertThat(table).anyMatch(n -> n.startsWith("Ofsted judgements on 2023-09-30: Cumberland "
        + "(942) and Westmorland and Furness (943) have none in force in the judgements file: "
        + "created by a reorganisation"));
  }

  @Test
  void theWorkbookRunsFromMarch2018ToMay2025() throws IOException {
    assertThat(ofsted().firstPublished()).contains(LocalDate.of(2018, 3, 12));
    assertThat(ofsted().lastPublished()).contains(LocalDate.of(2025, 5, 14));
  }

  @Test
  void judgementsByBand2017_allNoJudgement_andTheNoteSaysTheFileDoesNotCover2017()
      throws IOException {
    JudgementBands jb = workforce().withJudgements(ofsted()).year(2017)
        .judgementsByBand(Metric.CASELOAD);

    assertThat(jb.withoutJudgementTotal()).isEqualTo(150);
    assertThat(jb.table().notes()).contains("Ofsted judgements on 2017-09-30: not covered by "
        + "the judgements file, whose earliest judgement was published on 2018-03-12; a "
        + "judgement in force then is not in it, so an authority shown with none in force may "
        + "have had one.");
  }

  @Test
  void judgementsByBand2019_81WithoutAJudgement_twoNewAndTheRestMayHaveHadOne()
      throws IOException {
    JudgementBands jb = workforce().withJudgements(ofsted()).year(2019)
        .judgementsByBand(Metric.CASELOAD);

    assertThat(jb.withoutJudgementTotal()).isEqualTo(81);
    // the two authorities created in April 2019 have no older inspection to be missing
    assertThat(jb.table().notes()).contains("Ofsted judgements on 2019-09-30: Bournemouth, "
        + "Christchurch and Poole (839) and Dorset (838) have none in force in the judgements "
        + "file: created by a reorganisation after the file's earliest judgement (2018-03-12), "
        + "they have no judgement published by then in it.");
    assertThat(jb.table().notes()).contains("Ofsted judgements on 2019-09-30: 79 of 150 "
        + "authorities shown have none in force in the judgements file, whose earliest judgement "
        + "was published on 2018-03-12; one published before then (an older inspection still in "
        + "force) is not in it, so they may have had one.");
  }

  @Test
  void grade2017_keepsNoneAndSaysWhy() throws IOException {
    Ranking r = workforce().withJudgements(ofsted()).year(2017).rankBy(Metric.CASELOAD)
        .grade(Grade.INADEQUATE);

    assertThat(r.rows()).isEmpty();
    assertThat(r.notes()).contains("150 authorities with no judgement in force on 2017-09-30 "
        + "are left out: the judgements file does not cover that date (its earliest judgement "
        + "was published on 2018-03-12), so the grade in force then is not known.");
  }

  @Test
  void ranking2025_saysAnInspectionPublishedSinceMay2025IsNotInTheFile() throws IOException {
    Ranking r = workforce().withJudgements(ofsted()).year(2025).rankBy(Metric.CASELOAD);

    assertThat(r.table().notes()).contains("Ofsted judgements on 2025-09-30: the file's latest "
        + "judgement was published on 2025-05-14; any published since then is not in it, so a "
        + "judgement shown may have been replaced.");
  }

  @Test
  void comparableGeography_keepsJudgementsNeighboursAndTheLoadReport() throws IOException {
    StatisticalNeighbours model = StatisticalNeighboursReader.read(
        SharedData.file("sn_model_2025_wide.csv"));
    Workforce wf = workforce().withJudgements(ofsted()).withNeighbours(model);

    Workforce cg = wf.comparableGeography();

    assertThat(cg.judgements()).contains(ofsted());
    assertThat(cg.neighbours()).contains(model);
    assertThat(cg.report()).isEqualTo(wf.report());
    assertThat(cg.report().source()).endsWith("csww_indicators_2017_to_2025.csv");
    Ranking inadequate = cg.year(2025).rankBy(Metric.CASELOAD).grade(Grade.INADEQUATE);
    assertThat(inadequate.rows()).isNotEmpty()
        .noneMatch(x -> x.area().label().contains("(derived"));
    assertThat(cg.authority("Lancashire").againstNeighbours(Metric.CASELOAD).neighbours())
        .isNotEmpty();
  }
}
