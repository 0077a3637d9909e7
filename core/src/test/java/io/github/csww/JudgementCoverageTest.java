package io.github.csww;

import static io.github.csww.Fixtures.authority;
import static io.github.csww.Fixtures.caseload;
import static io.github.csww.Fixtures.group;
import static io.github.csww.Fixtures.judgement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Results that look judgements up by date say when the joined judgements do not cover the date:
 * before the earliest judgement, after the latest, and, in between, for authorities with none in
 * force (judged under an older inspection the file does not hold).
 */
class JudgementCoverageTest {
  private static final Authority A = authority("100", "E06000100", "Alpha");
  private static final Authority B = authority("101", "E06000101", "Beta");
  private static final Authority C = authority("102", "E06000102", "Gamma");

  private static final LocalDate EARLIEST = LocalDate.of(2018, 3, 12);
  private static final LocalDate LATEST = LocalDate.of(2025, 5, 14);
  private static final Judgements OFSTED = Judgements.of(List.of(
      judgement("E06000100", "Alpha", Grade.INADEQUATE, EARLIEST),
      judgement("E06000101", "Beta", Grade.GOOD, LocalDate.of(2019, 1, 10)),
      judgement("E06000102", "Gamma", Grade.GOOD, LATEST)));

  static final String BEFORE_2017 = "Ofsted judgements on 2017-09-30: not covered by the "
      + "judgements file, whose earliest judgement was published on 2018-03-12; a judgement in "
      + "force then is not in it, so an authority shown with none in force may have had one.";
  static final String AFTER_2025 = "Ofsted judgements on 2025-09-30: the file's latest judgement "
      + "was published on 2025-05-14; any published since then is not in it, so a judgement "
      + "shown may have been replaced.";
  static final String GRADE_2017 = "3 authorities with no judgement in force on 2017-09-30 are "
      + "left out: the judgements file does not cover that date (its earliest judgement was "
      + "published on 2018-03-12), so the grade in force then is not known.";

  private static Workforce workforce() {
    List<Snapshot> s = new ArrayList<>();
    for (int year : new int[] {2017, 2019, 2025}) {
      s.add(caseload(A, year, 300, 15));
      s.add(caseload(B, year, 200, 10));
      s.add(caseload(C, year, 450, 30));
      s.add(Snapshot.builder(England.INSTANCE, year).set(Metric.CASELOAD, 15).build());
    }
    return Workforce.of(s).withJudgements(OFSTED);
  }

  // ------------------------------------------------------------------ Judgements

  @Test
  void firstAndLastPublished_areTheJudgementsDates() {
    assertThat(OFSTED.firstPublished()).contains(EARLIEST);
    assertThat(OFSTED.lastPublished()).contains(LATEST);
    assertThat(Judgements.empty().firstPublished()).isEmpty();
    assertThat(Judgements.empty().lastPublished()).isEmpty();
  }

  @Test
  void coverageNote_beforeTheEarliestAndAfterTheLatest_onlyThen() {
    assertThat(OFSTED.coverageNote(LocalDate.of(2017, 9, 30))).contains(BEFORE_2017);
    assertThat(OFSTED.coverageNote(LocalDate.of(2025, 9, 30))).contains(AFTER_2025);
    assertThat(OFSTED.coverageNote(EARLIEST)).isEmpty();
    assertThat(OFSTED.coverageNote(LATEST)).isEmpty();
    assertThat(OFSTED.coverageNote(LocalDate.of(2019, 9, 30))).isEmpty();
    assertThat(Judgements.empty().coverageNote(LocalDate.of(2017, 9, 30))).isEmpty();
  }

  @Test
  void gap_beforeTheFirstAndAfterTheLast_saysWhichSideAndTheBoundary() {
    LocalDate census2017 = LocalDate.of(2017, 9, 30);
    LocalDate census2025 = LocalDate.of(2025, 9, 30);

    assertThat(OFSTED.gap(census2017))
        .contains(new JudgementGap(census2017, JudgementGap.Side.BEFORE_FIRST, EARLIEST));
    assertThat(OFSTED.gap(census2025))
        .contains(new JudgementGap(census2025, JudgementGap.Side.AFTER_LAST, LATEST));
    assertThat(OFSTED.gap(EARLIEST)).isEmpty();
    assertThat(OFSTED.gap(LATEST)).isEmpty();
    assertThat(OFSTED.gap(LocalDate.of(2019, 9, 30))).isEmpty();
    assertThat(Judgements.empty().gap(census2017)).isEmpty();
  }

  @Test
  void gap_note_isTheNoteEveryResultCarriesVerbatim() {
    JudgementGap before = OFSTED.gap(LocalDate.of(2017, 9, 30)).orElseThrow();
    JudgementGap after = OFSTED.gap(LocalDate.of(2025, 9, 30)).orElseThrow();

    assertThat(before.note()).isEqualTo(BEFORE_2017);
    assertThat(after.note()).isEqualTo(AFTER_2025);
    // a caller finds the note by the gap, not by its words
    Workforce wf = workforce();
    for (Result r : List.<Result>of(wf.year(2017).rankBy(Metric.CASELOAD),
        wf.year(2017).compare("Alpha"), wf.year(2017).judgementsByBand(Metric.CASELOAD))) {
      assertThat(r.table().notes()).as(r.table().title()).containsOnlyOnce(before.note());
    }
    assertThat(wf.year(2025).rankBy(Metric.CASELOAD).top(1).table().notes())
        .containsOnlyOnce(after.note());
  }

  @Test
  void gap_dateOnTheWrongSideOfTheBoundary_isRefusedNamingBoth() {
    assertThatThrownBy(() -> new JudgementGap(LATEST, JudgementGap.Side.BEFORE_FIRST, EARLIEST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2025-05-14 must be before the boundary 2018-03-12 for BEFORE_FIRST");
    assertThatThrownBy(() -> new JudgementGap(EARLIEST, JudgementGap.Side.AFTER_LAST, EARLIEST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2018-03-12 must be after the boundary 2018-03-12 for AFTER_LAST");
  }

  @Test
  void gap_valueType_equalPartsAreEqualAndNullsAreRefused() {
    LocalDate d = LocalDate.of(2017, 9, 30);
    new EqualsTester()
        .addEqualityGroup(new JudgementGap(d, JudgementGap.Side.BEFORE_FIRST, EARLIEST),
            OFSTED.gap(d).orElseThrow())
        .addEqualityGroup(new JudgementGap(d.minusDays(1), JudgementGap.Side.BEFORE_FIRST,
            EARLIEST))
        .addEqualityGroup(new JudgementGap(d, JudgementGap.Side.BEFORE_FIRST, LATEST))
        .addEqualityGroup(new JudgementGap(LocalDate.of(2026, 1, 1),
            JudgementGap.Side.AFTER_LAST, LATEST))
        .testEquals();
    NullPointerTester t = new NullPointerTester()
        .setDefault(LocalDate.class, d)
        .setDefault(JudgementGap.Side.class, JudgementGap.Side.BEFORE_FIRST);
    t.testAllPublicConstructors(JudgementGap.class);
    assertThatThrownBy(() -> OFSTED.gap(null)).isInstanceOf(NullPointerException.class);
  }

  // ------------------------------------------------------------------ rankings

  @Test
  void ranking_dateBeforeTheEarliest_saysTheFileDoesNotCoverIt() {
    Ranking r = workforce().year(2017).rankBy(Metric.CASELOAD);

    assertThat(r.rows()).allSatisfy(x -> assertThat(x.judgement()).isEmpty());
    assertThat(r.table().notes()).contains(BEFORE_2017);
    assertThat(r.top(1).table().notes()).contains(BEFORE_2017);
  }

  @Test
  void grade_dateBeforeTheEarliest_keepsNothingAndSaysWhy() {
    Ranking r = workforce().year(2017).rankBy(Metric.CASELOAD).grade(Grade.INADEQUATE);

    assertThat(r.rows()).isEmpty();
    assertThat(r.notes()).containsExactly("Only areas judged Inadequate by Ofsted; ranks are "
        + "among all areas ranked.", GRADE_2017);
    assertThat(r.table().notes()).contains(GRADE_2017, BEFORE_2017);
  }

  @Test
  void grade_authoritiesWithNoneInForceAfterTheEarliest_areLeftOutAndTheNoteSaysWhy() {
    Ranking r = workforce().year(2019).rankBy(Metric.CASELOAD).grade(Grade.INADEQUATE);

    assertThat(r.rows()).extracting(Ranked::area).containsExactly(A);
    assertThat(r.notes()).contains("1 authority with no judgement in force on 2019-09-30 is "
        + "left out: the judgements file's earliest judgement was published on 2018-03-12, and "
        + "one published before then (an older inspection still in force) is not in it.");
  }

  @Test
  void ranking_authoritiesWithNoneInForceAfterTheEarliest_mayHaveHadOne() {
    Ranking r = workforce().year(2019).rankBy(Metric.CASELOAD);

    assertThat(r.table().notes()).contains("Ofsted judgements on 2019-09-30: 1 of 3 authorities "
        + "shown has none in force in the judgements file, whose earliest judgement was "
        + "published on 2018-03-12; one published before then (an older inspection still in "
        + "force) is not in it, so it may have had one.");
    assertThat(r.table().notes()).noneMatch(n -> n.contains("not covered"));
  }

  @Test
  void ranking_dateAfterTheLatest_saysOnePublishedSinceIsNotInIt() {
    Ranking r = workforce().year(2025).rankBy(Metric.CASELOAD);

    assertThat(r.table().notes()).contains(AFTER_2025)
        .noneMatch(n -> n.contains("none in force in the judgements file"));
    // notes() is about the rows: cuts and filters; the table says what the judgements cover
    assertThat(r.notes()).isEmpty();
    assertThat(r.grade(Grade.GOOD).notes()).containsExactly("Only areas judged Good by Ofsted; "
        + "ranks are among all areas ranked.");
  }

  @Test
  void ranking_judgementsAt_notesTheDateLookedUpOn() {
    Ranking r = workforce().year(2025).rankBy(Metric.CASELOAD)
        .judgementsAt(LocalDate.of(2018, 1, 1));

    assertThat(r.table().notes()).contains("Ofsted judgements on 2018-01-01: not covered by the "
        + "judgements file, whose earliest judgement was published on 2018-03-12; a judgement "
        + "in force then is not in it, so an authority shown with none in force may have had "
        + "one.").doesNotContain(AFTER_2025);
    assertThat(r.grade(Grade.GOOD).notes()).contains("3 authorities with no judgement in force "
        + "on 2018-01-01 are left out: the judgements file does not cover that date (its "
        + "earliest judgement was published on 2018-03-12), so the grade in force then is not "
        + "known.");
  }

  @Test
  void ranking_severalYears_notesEachDateOutsideTheFile() {
    Ranking r = workforce().years(2017, 2025).rankBy(Metric.CASELOAD);

    assertThat(r.table().notes()).contains(BEFORE_2017, AFTER_2025);
  }

  @Test
  void ranking_withoutJudgements_hasNoNoteOnThem() {
    Ranking r = Workforce.of(workforce().snapshots()).year(2017).rankBy(Metric.CASELOAD);

    assertThat(r.table().notes()).noneMatch(n -> n.contains("Ofsted"));
  }

  // ------------------------------------------------------------------ other results

  @Test
  void judgementsByBand_dateBeforeTheEarliest_saysTheFileDoesNotCoverIt() {
    JudgementBands jb = workforce().year(2017).judgementsByBand(Metric.CASELOAD);

    assertThat(jb.withoutJudgementTotal()).isEqualTo(3);
    assertThat(jb.table().notes()).contains(BEFORE_2017);
    assertThat(workforce().year(2025).judgementsByBand(Metric.CASELOAD).table().notes())
        .contains(AFTER_2025);
    assertThat(workforce().year(2019).judgementsByBand(Metric.CASELOAD).table().notes())
        .anyMatch(n -> n.startsWith("Ofsted judgements on 2019-09-30: 1 of 3 authorities shown "
            + "has none in force"));
  }

  @Test
  void comparison_dateOutsideTheFile_saysSoInBothTables() {
    Comparison c = workforce().year(2017).compare("Alpha", "Gamma");

    assertThat(c.table().notes()).contains(BEFORE_2017);
    assertThat(c.byArea().notes()).contains(BEFORE_2017);
    assertThat(workforce().year(2025).compare("Alpha").table().notes()).contains(AFTER_2025);
    assertThat(c.judgementsAt(LocalDate.of(2019, 9, 30)).table().notes())
        .doesNotContain(BEFORE_2017)
        .anyMatch(n -> n.startsWith("Ofsted judgements on 2019-09-30: 1 of 2 authorities"));
  }

  @Test
  void neighbourComparison_dateOutsideTheFile_saysSo() {
    Workforce wf = workforce().withNeighbours(StatisticalNeighbours.of("m",
        List.of(group(100, 101, 102))));

    assertThat(wf.year(2017).authority("Alpha").againstNeighbours(Metric.CASELOAD).table()
        .notes()).contains(BEFORE_2017);
    assertThat(wf.year(2025).authority("Alpha").againstNeighbours(Metric.CASELOAD).table()
        .notes()).contains(AFTER_2025);
  }
}
