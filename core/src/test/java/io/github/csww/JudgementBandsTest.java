package io.github.csww;

import static io.github.csww.Metric.CASELOAD;
import static io.github.csww.QuartileBand.A;
import static io.github.csww.QuartileBand.B;
import static io.github.csww.QuartileBand.C;
import static io.github.csww.QuartileBand.D;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class JudgementBandsTest {
  private static final LocalDate CENSUS = LocalDate.of(2025, 9, 30);

  private static Authority la(int n) {
    return CompareFixtures.authority(n);
  }

  private static Judgement judgement(int n, Grade grade, LocalDate published) {
    return Fixtures.judgement(la(n).code(), la(n).name(), grade, published);
  }

  /**
   * Eight banded authorities with caseloads 10 to 17 (lowest is best: two per band, A to D) and
   * a ninth whose caseload is suppressed. Authority 6 has changed its ONS code; its judgement is
   * filed under the old one.
   */
  private static Workforce workforce() {
    List<Snapshot> s = new ArrayList<>();
    for (int n = 1; n <= 8; n++) {
      Authority a = n == 6 ? new Authority(ImmutableList.of(106),
          ImmutableList.of("E10000099", la(6).code()), ImmutableList.of(la(6).name()),
          Region.NORTH_EAST) : la(n);
      s.add(CompareFixtures.snapshot(a, 2025, CASELOAD, 9 + n));
      s.add(CompareFixtures.snapshot(a, 2024, CASELOAD, 20 - n));
    }
    s.add(CompareFixtures.snapshot(la(9), 2025, CASELOAD, Suppression.NOT_AVAILABLE));
    return Workforce.of(s);
  }

  private static final Judgements OFSTED = Judgements.of(List.of(
      judgement(1, Grade.OUTSTANDING, LocalDate.of(2024, 1, 1)),
      judgement(2, Grade.INADEQUATE, LocalDate.of(2020, 3, 1)),
      judgement(2, Grade.GOOD, CENSUS),                            // in force on the day
      judgement(3, Grade.GOOD, LocalDate.of(2023, 6, 1)),
      judgement(4, Grade.OUTSTANDING, CENSUS.plusDays(1)),          // a day too late
      judgement(5, Grade.REQUIRES_IMPROVEMENT, LocalDate.of(2022, 2, 2)),
      Fixtures.judgement("E10000099", "Old name", Grade.GOOD, LocalDate.of(2021, 5, 5)),
      judgement(7, Grade.INADEQUATE, LocalDate.of(2025, 5, 5)),
      judgement(9, Grade.GOOD, LocalDate.of(2024, 4, 4))));          // not banded

  @Test
  void judgementsByBand_handBuiltExample_countsEachCell() {
    JudgementBands jb = workforce().withJudgements(OFSTED).judgementsByBand(CASELOAD);

    assertThat(jb.year()).isEqualTo(2025);
    assertThat(jb.metric()).isEqualTo(CASELOAD);
    assertThat(jb.censusDate()).isEqualTo(CENSUS);
    int[][] expected = {
        // A  B  C  D
        {1, 0, 0, 0},  // Outstanding: 1
        {1, 1, 1, 0},  // Good: 2 (on the census date), 3, 6 (through its old code)
        {0, 0, 1, 0},  // Requires improvement: 5
        {0, 0, 0, 1},  // Inadequate: 7
    };
    for (Grade g : Grade.values()) {
      for (QuartileBand b : QuartileBand.values()) {
        assertThat(jb.count(g, b)).as("%s in %s", g, b)
            .isEqualTo(expected[g.ordinal()][b.ordinal()]);
      }
    }
    assertThat(List.of(jb.countWithoutJudgement(A), jb.countWithoutJudgement(B),
        jb.countWithoutJudgement(C), jb.countWithoutJudgement(D))).containsExactly(0, 1, 0, 1);
    assertThat(jb.gradeTotal(Grade.GOOD)).isEqualTo(3);
    assertThat(jb.gradeTotal(Grade.OUTSTANDING)).isEqualTo(1);
    assertThat(jb.withoutJudgementTotal()).isEqualTo(2);
    for (QuartileBand b : QuartileBand.values()) {
      assertThat(jb.bandTotal(b)).isEqualTo(2);
    }
    assertThat(jb.total()).isEqualTo(8); // authority 9, suppressed, is not counted
    assertThat(jb.bands().leftOut()).extracting(LeftOut::area).containsExactly(la(9));
    assertThat(jb.judgement(la(2)).map(Judgement::overall)).contains(Grade.GOOD);
    assertThat(jb.judgement(la(4))).isEmpty();
    assertThat(jb.judgement(la(9))).isEmpty();
    assertThat(jb.members(Optional.of(Grade.GOOD), C)).extracting(Ranked::area)
        .extracting(Area::label).containsExactly(la(6).name());
    assertThat(jb.members(Optional.empty(), D)).extracting(Ranked::area).containsExactly(la(8));
  }

  @Test
  void rows_areEveryGradeThenNoJudgementThenPartnersJudgedDifferently_withZeroCounts() {
    JudgementBands jb = workforce().withJudgements(OFSTED).judgementsByBand(CASELOAD);

    assertThat(jb.rows()).extracting(JudgementBands.Row::label).containsExactly("Outstanding",
        "Good", "Requires improvement to be good", "Inadequate", "No judgement",
        "Partners judged differently");
    assertThat(jb.rows().get(5).partnersJudgedDifferently()).isTrue();
    assertThat(jb.rows().get(5)).hasToString("Partners judged differently: A=0, B=0, C=0, D=0");
    assertThat(jb.rows().get(4).partnersJudgedDifferently()).isFalse();
    assertThat(jb.rows().get(1).counts()).containsExactly(ImmutableMap.of(A, 1, B, 1, C, 1, D, 0)
        .entrySet().toArray(new java.util.Map.Entry[0]));
    assertThat(jb.rows().get(1).total()).isEqualTo(3);
    assertThat(jb.rows().get(4).grade()).isEmpty();
    assertThat(jb.rows().get(4)).hasToString("No judgement: A=0, B=1, C=0, D=1");
  }

  @Test
  void table_hasARowPerGradeNoJudgementAndTotals() {
    String table = workforce().withJudgements(OFSTED).judgementsByBand(CASELOAD).format(Format.TEXT);

    List<String[]> cells = table.lines().map(l -> l.trim().split("\\s{2,}")).toList();
    // title, header, 4 grades, no judgement, partners judged differently, total, two notes: the
    // bands, and that the two without a judgement may have had one published before the
    // judgements' earliest
    assertThat(cells).hasSize(11);
    assertThat(cells.get(10)[0]).startsWith("Note: Ofsted judgements on 2025-09-30: 2 of 8 "
        + "authorities shown have none in force in the judgements file");
    assertThat(cells.get(0)).containsExactly("Average caseload band by Ofsted judgement, 2025");
    assertThat(cells.get(1)).containsExactly("Ofsted judgement on 2025-09-30", "A", "B", "C", "D",
        "Total");
    assertThat(cells.get(3)).containsExactly("Good", "1", "1", "1", "0", "3");
    assertThat(cells.get(6)).containsExactly("No judgement", "0", "1", "0", "1", "2");
    assertThat(cells.get(7)).containsExactly("Partners judged differently", "0", "0", "0", "0",
        "0");
    assertThat(cells.get(8)).containsExactly("Total", "2", "2", "2", "2", "8");
  }

  @Test
  void table_notesTheBandsOrderByPolarity_andNamesARegionView() {
    Table t = workforce().withJudgements(OFSTED).judgementsByBand(CASELOAD).table();
    assertThat(t.notes().get(0)).isEqualTo("Band A is the best quarter: higher is worse, so ranks "
        + "run from the lowest value (rank 1), unlike a ranking's, which run from the highest. "
        + "Judgements in force on the census date, 2025-09-30.");

    Table north = workforce().withJudgements(OFSTED).region(Region.NORTH_EAST)
        .judgementsByBand(CASELOAD).table();
    assertThat(north.title()).isEqualTo("Average caseload band by Ofsted judgement, North East, "
        + "2025");
    assertThat(north.notes()).contains("The bands are quarters of the authorities in North "
        + "East, not in England.");

    Table neutral = workforce().withJudgements(OFSTED).judgementsByBand(Metric.CASES).table();
    assertThat(neutral.notes().get(0)).startsWith("Band A holds the highest quarter: the metric "
        + "is neutral");
  }

  @Test
  void judgementsByBand_usesTheViewsYear() {
    JudgementBands jb = workforce().withJudgements(OFSTED).year(2024).judgementsByBand(CASELOAD);

    // 2024: caseloads reversed (authority 8 best), judgements in force on 30 September 2024
    assertThat(jb.censusDate()).isEqualTo(LocalDate.of(2024, 9, 30));
    assertThat(jb.count(Grade.OUTSTANDING, D)).isEqualTo(1);    // authority 1
    assertThat(jb.count(Grade.INADEQUATE, D)).isEqualTo(1);     // authority 2's 2020 judgement
    assertThat(jb.countWithoutJudgement(A)).isEqualTo(2);       // 7 (2025) and 8 (none)
    assertThat(jb.total()).isEqualTo(8);
  }

  @Test
  void judgementsByBand_withoutJudgements_isRefused() {
    assertThatThrownBy(() -> workforce().judgementsByBand(CASELOAD))
        .isInstanceOf(MissingJoinException.class)
        .hasMessageContaining("call withJudgements(...) first");
    assertThatThrownBy(() -> workforce().withJudgements(OFSTED).years(2024, 2025)
        .judgementsByBand(CASELOAD))
        .isInstanceOf(UnsupportedViewException.class)
        .hasMessageContaining("needs one year, the view spans 2024 to 2025");
  }

  @Test
  void judgementBands_equalsAndNulls() {
    Workforce wf = workforce().withJudgements(OFSTED);
    new EqualsTester()
        .addEqualityGroup(wf.judgementsByBand(CASELOAD), wf.year(2025).judgementsByBand(CASELOAD))
        .addEqualityGroup(wf.year(2024).judgementsByBand(CASELOAD))
        .addEqualityGroup(workforce().withJudgements(Judgements.empty())
            .judgementsByBand(CASELOAD))
        .testEquals();
    NullPointerTester t = new NullPointerTester().setDefault(Authority.class, la(1))
        .setDefault(Optional.class, Optional.of(Grade.GOOD));
    t.testAllPublicInstanceMethods(wf.judgementsByBand(CASELOAD));
    t.testAllPublicInstanceMethods(wf.judgementsByBand(CASELOAD).rows().get(0));
    t.testAllPublicConstructors(JudgementBands.Row.class);
    assertThatThrownBy(() -> new JudgementBands.Row(Optional.empty(), ImmutableMap.of(A, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a row needs a count for band B");
  }

  // ------------------------------------------------------------------ property

  /** Per authority: a caseload from a small range (ties) or -1 for suppressed, and judgements. */
  private record Spec(int caseload, List<Integer> judgements) {}

  private static Gen<List<Spec>> specs() {
    Gen<Spec> one = integers().between(-1, 12).zip(
        lists().of(integers().between(0, 4 * 600 - 1)).ofSizeBetween(0, 3), Spec::new);
    return lists().of(one).ofSizeBetween(0, 40);
  }

  @Test
  void judgementsByBand_countsSumToTheBandedAuthorities_property() {
    qt().forAll(specs()).checkAssert(specs -> {
      List<Snapshot> snapshots = new ArrayList<>();
      List<Judgement> judgements = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        Spec s = specs.get(i);
        snapshots.add(CompareFixtures.snapshot(la(i), 2025, CASELOAD,
            s.caseload() < 0 ? Suppression.NOT_AVAILABLE : 10 + s.caseload() / 2.0));
        for (int j : s.judgements()) {
          // a grade and a publication date within about 300 days either side of the census
          Judgement x = judgement(i, Grade.values()[j % 4], CENSUS.plusDays(j / 4 - 300));
          if (judgements.stream().noneMatch(y -> y.code().equals(x.code())
              && y.published().equals(x.published()))) {
            judgements.add(x);
          }
        }
      }
      Workforce wf = Workforce.of(snapshots).withJudgements(Judgements.of(judgements));
      if (snapshots.isEmpty()) {
        return;
      }
      JudgementBands jb = wf.judgementsByBand(CASELOAD);

      int cells = 0;
      for (JudgementBands.Row r : jb.rows()) {
        cells += r.total();
      }
      assertThat(cells).isEqualTo(jb.total()).isEqualTo(jb.bands().size())
          .isEqualTo((int) specs.stream().filter(s -> s.caseload() >= 0).count());
      int byGrade = jb.withoutJudgementTotal();
      for (Grade g : Grade.values()) {
        byGrade += jb.gradeTotal(g);
      }
      assertThat(byGrade).isEqualTo(jb.total());
      for (QuartileBand b : QuartileBand.values()) {
        int column = jb.countWithoutJudgement(b);
        for (Grade g : Grade.values()) {
          column += jb.count(g, b);
        }
        assertThat(column).isEqualTo(jb.bandTotal(b))
            .isEqualTo(jb.bands().members(b).size());
      }
      for (Ranked r : jb.bands().rows()) {
        jb.judgement((Authority) r.area())
            .ifPresent(j -> assertThat(j.published()).isBeforeOrEqualTo(CENSUS));
      }
    });
  }
}
