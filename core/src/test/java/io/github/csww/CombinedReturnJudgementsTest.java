package io.github.csww;

import static io.github.csww.Metric.CASELOAD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A combined return ({@code 314 / 318}) is one workforce unit of two councils that Ofsted
 * inspects separately: tables name each partner's judgement, {@code grade(...)} keeps it only
 * when every partner's grade is asked for, and the cross-tab counts partners judged differently
 * in a row of their own. Partners that differ, agree, or where one has none in force.
 */
class CombinedReturnJudgementsTest {
  private static final Authority KR = Authority.of("314 / 318", "E09000021 / E09000027",
      "Kingston upon Thames / Richmond upon Thames", Region.OUTER_LONDON);
  private static final Authority NORTHANTS = Authority.of("940 / 941", "E06000061 / E06000062",
      "North Northamptonshire / West Northamptonshire", Region.EAST_MIDLANDS);
  private static final Authority STAFFS = Fixtures.authority("860", "E10000028", "Staffordshire");
  private static final Authority SHROPS = Fixtures.authority("893", "E06000051", "Shropshire");

  private static Judgement judgement(String code, String name, Grade grade, String inspected,
      String published) {
    return new Judgement(code, name, grade, Map.of(), LocalDate.parse(inspected),
        Optional.empty(), LocalDate.parse(published), "ILACS", Optional.empty());
  }

  /** As Ofsted published them (as at 31 March 2025), and two single authorities. */
  private static final Judgements OFSTED = Judgements.of(List.of(
      judgement("E09000021", "Kingston upon Thames", Grade.OUTSTANDING, "2019-10-21",
          "2019-12-19"),
      judgement("E09000027", "Richmond upon Thames", Grade.GOOD, "2022-01-31", "2022-03-18"),
      judgement("E09000021", "Kingston upon Thames", Grade.OUTSTANDING, "2024-12-02",
          "2025-01-29"),
      judgement("E06000061", "North Northamptonshire", Grade.REQUIRES_IMPROVEMENT, "2022-10-03",
          "2022-11-25"),
      judgement("E06000062", "West Northamptonshire", Grade.REQUIRES_IMPROVEMENT, "2022-10-03",
          "2022-11-25"),
      judgement("E10000028", "Staffordshire", Grade.GOOD, "2019-01-14", "2019-03-11"),
      judgement("E06000051", "Shropshire", Grade.GOOD, "2018-06-01", "2018-07-20")));

  private static Workforce workforce() {
    List<Snapshot> s = new java.util.ArrayList<>();
    for (int year : new int[] {2020, 2022, 2025}) {
      s.add(CompareFixtures.snapshot(KR, year, CASELOAD, 13.1));
      s.add(CompareFixtures.snapshot(NORTHANTS, year, CASELOAD, 14.8));
      s.add(CompareFixtures.snapshot(STAFFS, year, CASELOAD, 18.4));
      s.add(CompareFixtures.snapshot(SHROPS, year, CASELOAD, 16.2));
    }
    return Workforce.of(s).withJudgements(OFSTED);
  }

  /** The judgement cells (judgement, inspected, published) of an area's row in plain CSV. */
  private static String cells(Result r, String laNumber) {
    List<String> lines = r.format(Format.CSV).lines().toList();
    for (String line : lines) {
      if (line.contains("," + laNumber + ",")) {
        String[] c = line.split(",", -1);
        int judgement = List.of(lines.get(0).split(",", -1)).indexOf("ofsted_judgement");
        return c[judgement] + "|" + c[judgement + 1] + "|" + c[judgement + 2];
      }
    }
    throw new AssertionError(laNumber + " not in " + lines);
  }

  @Test
  void partnersDiffer_theCellNamesEachCouncilsGrade_andTheDatesAreInANote() {
    Ranking r = workforce().year(2022).rankBy(CASELOAD);

    assertThat(cells(r, "314 / 318"))
        .isEqualTo("Kingston upon Thames: Outstanding; Richmond upon Thames: Good||");
    // 940 / 941: neither council had a judgement published by 30 September 2022
    assertThat(cells(r, "940 / 941")).isEqualTo("||");
    assertThat(cells(r, "860")).isEqualTo("Good|2019-01-14|2019-03-11");
    assertThat(r.table().notes()).contains("Ofsted inspects each council of a combined return "
        + "separately. Where the councils' judgements differ, the Ofsted judgement cell names "
        + "each council's grade (or, when they share a grade on different dates, gives it once, "
        + "as \"Good (both councils)\") and the Inspected and Published cells are blank: 314 / 318 "
        + "Kingston upon Thames / Richmond upon Thames on 2022-09-30: Kingston upon Thames "
        + "Outstanding (inspected 2019-10-21, published 2019-12-19), Richmond upon Thames Good "
        + "(inspected 2022-01-31, published 2022-03-18).");
    // the typed columns stay typed: the judgement is text, the dates are dates or blank
    assertThat(r.table().columns()).extracting(Column::name).contains("ofsted_judgement",
        "ofsted_inspected", "ofsted_published");
  }

  @Test
  void partnersAgree_oneJudgementWithItsDates() {
    Ranking r = workforce().year(2025).rankBy(CASELOAD);

    assertThat(cells(r, "940 / 941"))
        .isEqualTo("Requires improvement to be good|2022-10-03|2022-11-25");
    assertThat(cells(r, "314 / 318"))
        .isEqualTo("Kingston upon Thames: Outstanding; Richmond upon Thames: Good||");
    assertThat(r.table().notes()).anySatisfy(n -> assertThat(n).endsWith(" Where they are the "
        + "same judgement (grade, inspection and publication dates), it is shown once: 940 / 941 "
        + "North Northamptonshire / West Northamptonshire on 2025-09-30: both Requires "
        + "improvement to be good (inspected 2022-10-03, published 2022-11-25)."));
  }

  @Test
  void onePartnerHasNoneInForce_theCellSaysSo_andTheReturnIsNotCountedAsHavingNone() {
    Ranking r = workforce().year(2020).rankBy(CASELOAD);

    assertThat(cells(r, "314 / 318"))
        .isEqualTo("Kingston upon Thames: Outstanding; Richmond upon Thames: none in force||");
    // only 940 / 941 of the four shown has no judgement in force at all
    assertThat(r.table().notes()).anySatisfy(n -> assertThat(n)
        .startsWith("Ofsted judgements on 2020-09-30: 1 of 4 authorities shown has none"));
  }

  @Test
  void grade_keepsACombinedReturnOnlyWhenEveryPartnersGradeIsAskedFor_andSaysHowEachWasJudged() {
    Ranking y2022 = workforce().year(2022).rankBy(CASELOAD);

    assertThat(y2022.grade(Grade.GOOD).rows()).extracting(x -> x.area().label())
        .containsExactly("Staffordshire", "Shropshire");
    assertThat(y2022.grade(Grade.GOOD).notes()).contains("Ofsted judges each council of a "
        + "combined return separately; a combined return is kept only when every council's "
        + "judgement in force is Good: 314 / 318 Kingston upon Thames / Richmond upon Thames on "
        + "2022-09-30 (Kingston upon Thames Outstanding, Richmond upon Thames Good) left out.");
    assertThat(y2022.grade(Grade.OUTSTANDING).rows()).isEmpty();
    assertThat(y2022.grade(Grade.OUTSTANDING, Grade.GOOD).rows()).extracting(Ranked::area)
        .contains(KR);
    assertThat(y2022.grade(Grade.OUTSTANDING, Grade.GOOD).notes()).contains("Ofsted judges each "
        + "council of a combined return separately; a combined return is kept only when every "
        + "council's judgement in force is one of the grades asked for: 314 / 318 Kingston upon "
        + "Thames / Richmond upon Thames on 2022-09-30 (Kingston upon Thames Outstanding, "
        + "Richmond upon Thames Good) kept.");
    // a partner with none in force: the grade of the whole return is not known
    assertThat(workforce().year(2020).rankBy(CASELOAD).grade(Grade.OUTSTANDING).rows())
        .isEmpty();
    // partners that agree count as that grade
    Ranking ri = workforce().year(2025).rankBy(CASELOAD).grade(Grade.REQUIRES_IMPROVEMENT);
    assertThat(ri.rows()).extracting(Ranked::area).containsExactly(NORTHANTS);
    assertThat(ri.notes()).contains("Ofsted judges each council of a combined return "
        + "separately; a combined return is kept only when every council's judgement in force is "
        + "Requires improvement to be good: 940 / 941 North Northamptonshire / West "
        + "Northamptonshire on 2025-09-30 (both Requires improvement to be good) kept; 314 / 318 "
        + "Kingston upon Thames / Richmond upon Thames on 2025-09-30 (Kingston upon Thames "
        + "Outstanding, Richmond upon Thames Good) left out.");
  }

  @Test
  void judgementsByBand_countsPartnersJudgedDifferentlyInTheirOwnRow() {
    JudgementBands y2022 = workforce().year(2022).judgementsByBand(CASELOAD);

    assertThat(y2022.judgedDifferentlyTotal()).isEqualTo(1);
    assertThat(y2022.gradeTotal(Grade.OUTSTANDING)).isZero();
    assertThat(y2022.gradeTotal(Grade.GOOD)).isEqualTo(2);
    assertThat(y2022.withoutJudgementTotal()).isEqualTo(1); // 940 / 941
    int rows = 0;
    for (JudgementBands.Row row : y2022.rows()) {
      rows += row.total();
    }
    assertThat(rows).isEqualTo(y2022.total()); // each authority counted once
    QuartileBand band = y2022.bands().bandOf(KR).orElseThrow();
    assertThat(y2022.membersJudgedDifferently(band)).extracting(Ranked::area).containsExactly(KR);
    assertThat(y2022.members(Optional.of(Grade.OUTSTANDING), band)).isEmpty();
    assertThat(y2022.table().notes()).contains("Ofsted judges each council of a combined return "
        + "separately: a combined return is counted under a grade only when every council's "
        + "judgement in force has that grade, else in the row Partners judged differently: "
        + "314 / 318 Kingston upon Thames / Richmond upon Thames (band " + band + "): Kingston "
        + "upon Thames Outstanding, Richmond upon Thames Good.");
    assertThat(y2022.format(Format.CSV).lines()).anySatisfy(l -> assertThat(l)
        .startsWith("Partners judged differently,").endsWith(",1"));

    JudgementBands y2025 = workforce().year(2025).judgementsByBand(CASELOAD);
    assertThat(y2025.gradeTotal(Grade.REQUIRES_IMPROVEMENT)).isEqualTo(1); // 940 / 941, agreed
    assertThat(y2025.judgedDifferentlyTotal()).isEqualTo(1);                // 314 / 318
    // one partner with none in force is not one grade either
    assertThat(workforce().year(2020).judgementsByBand(CASELOAD).judgedDifferentlyTotal())
        .isEqualTo(1);
  }

  @Test
  void comparison_namesEachPartnersJudgement() {
    Comparison c = workforce().year(2022).compare("314", "860");

    assertThat(c.table().notes()).contains("Ofsted judgements in force on 2022-09-30: Kingston "
        + "upon Thames / Richmond upon Thames: Kingston upon Thames Outstanding (inspected "
        + "2019-10-21, published 2019-12-19), Richmond upon Thames Good (inspected 2022-01-31, "
        + "published 2022-03-18); Staffordshire: Good (published 2019-03-11).");
    assertThat(cells(c.byArea(), "314 / 318"))
        .isEqualTo("Kingston upon Thames: Outstanding; Richmond upon Thames: Good||");
    // the accessor keeps its meaning: the latest of the partners' judgements
    assertThat(c.judgement(KR).map(Judgement::code)).contains("E09000027");
  }

  @Test
  void inForceByCode_givesEachPartnersJudgement() {
    assertThat(OFSTED.inForceByCode(KR, LocalDate.of(2022, 9, 30)))
        .extractingFromEntries(e -> e.getKey() + " " + e.getValue().overall())
        .containsExactly("E09000021 Outstanding", "E09000027 Good");
  }

  @Test
  void resultsWhoseCombinedReturnsPartnersWereJudgedDifferently_areNotEqual() {
    // Kingston's Outstanding replaced by Good: the judgement kept per authority (Richmond's Good,
    // the latest) is the same, but the partner cell and the cross-tab row are not
    List<Judgement> changed = new java.util.ArrayList<>();
    for (Judgement j : OFSTED.all()) {
      changed.add(j.overall() == Grade.OUTSTANDING && j.code().equals("E09000021")
          ? judgement(j.code(), j.name(), Grade.GOOD, j.inspected().toString(),
              j.published().toString()) : j);
    }
    Workforce other = Workforce.of(workforce().snapshots())
        .withJudgements(Judgements.of(changed));

    JudgementBands a = workforce().year(2022).judgementsByBand(CASELOAD);
    JudgementBands b = other.year(2022).judgementsByBand(CASELOAD);
    assertThat(a.table()).isNotEqualTo(b.table());
    assertThat(a).isNotEqualTo(b);

    Comparison ca = workforce().year(2022).compare("314", "860");
    Comparison cb = other.year(2022).compare("314", "860");
    assertThat(ca.table()).isNotEqualTo(cb.table());
    assertThat(ca).isNotEqualTo(cb);
    assertThat(ca).isEqualTo(workforce().year(2022).compare("314", "860"));
    assertThat(ca.hashCode()).isEqualTo(workforce().year(2022).compare("314", "860").hashCode());
  }

  @Test
  void partnersShareAGradeOnDifferentDates_theCellGivesItOnce_andTheNoteSaysSo() {
    Judgements bothGood = Judgements.of(List.of(
        judgement("E09000021", "Kingston upon Thames", Grade.GOOD, "2019-10-21", "2019-12-19"),
        judgement("E09000027", "Richmond upon Thames", Grade.GOOD, "2022-01-31", "2022-03-18")));
    Ranking r = Workforce.of(workforce().snapshots()).withJudgements(bothGood).year(2022)
        .rankBy(CASELOAD);

    assertThat(cells(r, "314 / 318")).isEqualTo("Good (both councils)||");
    assertThat(r.table().notes()).anyMatch(n -> n.contains("gives it once, as \"Good (both "
        + "councils)\")") && n.contains("Kingston upon Thames Good (inspected 2019-10-21"));
  }
}
