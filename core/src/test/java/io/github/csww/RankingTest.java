package io.github.csww;

import static io.github.csww.Issue2.BLACKBURN;
import static io.github.csww.Issue2.DARLINGTON;
import static io.github.csww.Issue2.HERTFORDSHIRE;
import static io.github.csww.Issue2.HULL;
import static io.github.csww.Issue2.KENSINGTON;
import static io.github.csww.Issue2.KINGSTON_RICHMOND;
import static io.github.csww.Issue2.SHROPSHIRE;
import static io.github.csww.Issue2.SOUTHAMPTON;
import static io.github.csww.Issue2.STAFFORDSHIRE;
import static io.github.csww.Issue2.SUTTON;
import static io.github.csww.Metric.CASELOAD;
import static io.github.csww.Metric.CASES;
import static io.github.csww.Metric.CASE_HOLDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class RankingTest {

  private final Workforce wf = Issue2.workforce();
  private final Ranking caseload = wf.rankBy(CASELOAD);

  private static List<Area> areas(List<Ranked> rows) {
    return rows.stream().map(Ranked::area).toList();
  }

  private static List<Integer> ranks(List<Ranked> rows) {
    return rows.stream().map(Ranked::rank).toList();
  }

  private static Snapshot caseload(Authority a, int year, double value) {
    return Snapshot.builder(a, year).set(CASELOAD, value).build();
  }

  private static Authority la(int number, String name) {
    return Authority.of(Integer.toString(number), "E0800" + (1000 + number), name,
        Region.NORTH_WEST);
  }

  // Zed 20; Alpha, alpha and beta 15; Delta 10.
  private static final Authority ZED = la(1, "Zed");
  private static final Authority ALPHA = la(2, "Alpha");
  private static final Authority ALPHA_LOWER = la(3, "alpha");
  private static final Authority BETA = la(4, "beta");
  private static final Authority DELTA = la(5, "Delta");

  private static Ranking ties() {
    return Workforce.of(List.of(caseload(BETA, 2017, 15), caseload(DELTA, 2017, 10),
        caseload(ALPHA_LOWER, 2017, 15), caseload(ZED, 2017, 20), caseload(ALPHA, 2017, 15)))
        .rankBy(CASELOAD);
  }

  // ------------------------------------------------------------------ the issue's figures

  @Test
  void top5ByCaseload_isTheIssuesTop5() {
    assertThat(areas(caseload.top(5).rows()))
        .containsExactly(STAFFORDSHIRE, SHROPSHIRE, HULL, SOUTHAMPTON, BLACKBURN);
    assertThat(caseload.top(5).rows()).extracting(Ranked::value)
        .containsExactly(26.4, 25.1, 24.5, 23.9, 23.8);
    assertThat(ranks(caseload.top(5).rows())).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void bottom5ByCaseload_lowestFirst_isTheIssuesBottom5() {
    assertThat(areas(caseload.bottom(5).rows()))
        .containsExactly(KINGSTON_RICHMOND, KENSINGTON, HERTFORDSHIRE, DARLINGTON, SUTTON);
    assertThat(caseload.bottom(5).rows()).extracting(Ranked::value)
        .containsExactly(10.2, 11.9, 12.4, 12.5, 12.9);
    assertThat(ranks(caseload.bottom(5).rows())).containsExactly(10, 9, 8, 7, 6);
  }

  @Test
  void tableTitle_saysTheOrderTheRowsRunIn() {
    assertThat(caseload.top(5).table().title()).endsWith(", highest first");
    assertThat(caseload.bottom(5).table().title())
        .endsWith(", lowest first (ranks counted from the highest)");
    assertThat(caseload.bottom(1).table().title())
        .endsWith(", lowest first (ranks counted from the highest)");
    assertThat(caseload.bottomWithTies(2).table().title())
        .endsWith(", lowest first (ranks counted from the highest)");
    assertThat(caseload.ascending().top(3).table().title()).endsWith(", lowest first");
    assertThat(caseload.ascending().bottom(3).table().title())
        .endsWith(", highest first (ranks counted from the lowest)");
    // a second cut from the end turns the rows back
    assertThat(caseload.bottom(5).bottom(2).table().title()).endsWith(", highest first");
    assertThat(areas(caseload.bottom(5).bottom(2).rows())).containsExactly(SUTTON, DARLINGTON);
    // the reversed order survives a note or a filter
    assertThat(caseload.bottom(5).rows()).isEqualTo(caseload.bottom(5).top(5).rows());
    assertThat(caseload.bottom(5).top(5).table().title())
        .endsWith(", lowest first (ranks counted from the highest)");
  }

  @Test
  void ascending_ranksFromTheLowest() {
    Ranking up = caseload.ascending();
    assertThat(up.isAscending()).isTrue();
    assertThat(areas(up.top(5).rows()))
        .containsExactly(KINGSTON_RICHMOND, KENSINGTON, HERTFORDSHIRE, DARLINGTON, SUTTON);
    assertThat(ranks(up.top(5).rows())).containsExactly(1, 2, 3, 4, 5);
    assertThat(areas(up.bottom(5).rows()))
        .containsExactly(STAFFORDSHIRE, SHROPSHIRE, HULL, SOUTHAMPTON, BLACKBURN);
    assertThat(up.ascending()).isSameAs(up);
    assertThat(up.descending().rows()).isEqualTo(caseload.rows());
    assertThat(caseload.descending()).isSameAs(caseload);
    assertThat(caseload.isAscending()).isFalse();
    assertThat(up.measure()).isEqualTo(CASELOAD);
    assertThat(up.leftOut()).isEqualTo(caseload.leftOut());
  }

  @Test
  void rows_sizeAndTopBeyondTheEnd() {
    assertThat(caseload.size()).isEqualTo(10);
    assertThat(caseload.rows()).hasSize(10);
    assertThat(caseload.top(10).rows()).isEqualTo(caseload.rows());
    assertThat(caseload.top(11).rows()).isEqualTo(caseload.rows());
    assertThat(caseload.bottom(100).rows()).isEqualTo(com.google.common.collect.Lists.reverse(caseload.rows()));
    assertThat(caseload.topWithTies(100).rows()).isEqualTo(caseload.rows());
    assertThat(caseload.bottomWithTies(100).rows()).isEqualTo(com.google.common.collect.Lists.reverse(caseload.rows()));
  }

  @Test
  void nNotPositive_throwsNamingTheCall() {
    List<IntFunction<Ranking>> calls = List.of(caseload::top, caseload::bottom,
        caseload::topWithTies, caseload::bottomWithTies);
    List<String> names = List.of("top", "bottom", "topWithTies", "bottomWithTies");
    for (int i = 0; i < calls.size(); i++) {
      IntFunction<Ranking> call = calls.get(i);
      assertThatThrownBy(() -> call.apply(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(names.get(i) + "(n) needs n > 0, got 0");
      assertThatThrownBy(() -> call.apply(-3))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(names.get(i) + "(n) needs n > 0, got -3");
    }
  }

  @Test
  void first_isTheTopRow_orEmpty() {
    assertThat(caseload.first()).contains(caseload.rows().get(0));
    assertThat(caseload.first().orElseThrow().area()).isEqualTo(STAFFORDSHIRE);
    assertThat(caseload.ascending().first().orElseThrow().area()).isEqualTo(KINGSTON_RICHMOND);
    assertThat(wf.rankBy(CASES).first()).isEmpty();
  }

  @Test
  void single_needsExactlyOneRow() {
    Ranked kensington = wf.region(Region.INNER_LONDON).rankBy(CASELOAD).single();
    assertThat(kensington.area()).isEqualTo(KENSINGTON);
    assertThat(kensington.rank()).isEqualTo(1);
    assertThatThrownBy(caseload::single)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("single() expects exactly one row, found 10");
    assertThatThrownBy(() -> wf.rankBy(CASES).single())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("single() expects exactly one row, found 0");
  }

  @Test
  void rankOf_givesTheRowOfAnArea() {
    assertThat(caseload.rankOf(HULL).orElseThrow().rank()).isEqualTo(3);
    assertThat(caseload.rankOf(HULL).orElseThrow().value()).isEqualTo(24.5);
    assertThat(caseload.ascending().rankOf(HULL).orElseThrow().rank()).isEqualTo(8);
    assertThat(caseload.rankOf(England.INSTANCE)).isEmpty();
    assertThat(wf.region(Region.LONDON).rankBy(CASELOAD).rankOf(HULL)).isEmpty();
    assertThat(wf.rankBy(CASES).rankOf(HULL)).isEmpty();
  }

  @Test
  void severalYears_rankWithinEachYear_andRankOfNamesTheCallToMake() {
    Workforce w = Workforce.of(List.of(caseload(ZED, 2016, 5), caseload(ZED, 2017, 30),
        caseload(ALPHA, 2017, 20)));
    Ranking r = w.years(2016, 2017).rankBy(CASELOAD);
    assertThat(r.rows()).extracting(Ranked::year).containsExactly(2016, 2017, 2017);
    assertThat(r.rows()).extracting(Ranked::rank).containsExactly(1, 1, 2);
    assertThat(r.top(1).rows()).extracting(Ranked::area).containsExactly(ZED, ZED);
    assertThat(r.years()).containsExactly(2016, 2017);
    assertThatThrownBy(() -> r.rankOf(ZED))
        .isInstanceOf(UnsupportedViewException.class)
        .hasMessage("rankOf(...) needs one year, the ranking spans 2016 to 2017; "
            + "rank year(y) instead");
    assertThat(w.year(2017).rankBy(CASELOAD).rankOf(ZED).orElseThrow().rank()).isEqualTo(1);
  }

  @Test
  void leftOut_listsSuppressedAreasWithTheirReason() {
    List<Snapshot> input = new ArrayList<>(Issue2.ALL);
    input.add(Snapshot.builder(la(1, "Rutland"), 2017).suppress(CASELOAD, Suppression.LOW_RELIABILITY)
        .build());
    Ranking r = Workforce.of(input).rankBy(CASELOAD);
    assertThat(r.size()).isEqualTo(10);
    assertThat(r.leftOut()).containsExactly(
        new LeftOut(la(1, "Rutland"), 2017, CASELOAD, Suppression.LOW_RELIABILITY));
    assertThat(caseload.leftOut()).isEmpty();
    Ranking cases = wf.rankBy(CASES);
    assertThat(cases.rows()).isEmpty();
    assertThat(cases.leftOut()).hasSize(10).extracting(LeftOut::suppression)        .containsOnly(java.util.Optional.of(Suppression.NOT_AVAILABLE));
    assertThat(cases).hasToString("Ranking[CASES descending, 0 rows, 10 left out]");
    assertThat(caseload.ascending())
        .hasToString("Ranking[CASELOAD ascending, 10 rows, 0 left out]");
  }

  // ------------------------------------------------------------------ ties

  @Test
  void ranks_areCompetitionRanks() {
    Workforce w = Workforce.of(List.of(caseload(la(1, "A"), 2017, 20),
        caseload(la(2, "B"), 2017, 15), caseload(la(3, "C"), 2017, 15),
        caseload(la(4, "D"), 2017, 10)));
    assertThat(ranks(w.rankBy(CASELOAD).rows())).containsExactly(1, 2, 2, 4);
    assertThat(ranks(w.rankBy(CASELOAD).ascending().rows())).containsExactly(1, 2, 2, 4);
    assertThat(ranks(ties().rows())).containsExactly(1, 2, 2, 2, 5);
  }

  @Test
  void tieOrder_isNameIgnoringCase_thenName_thenCode_inBothDirections() {
    assertThat(areas(ties().rows())).containsExactly(ZED, ALPHA, ALPHA_LOWER, BETA, DELTA);
    assertThat(areas(ties().ascending().rows()))
        .containsExactly(DELTA, ALPHA, ALPHA_LOWER, BETA, ZED);
    Authority sameNameLaterCode = Authority.of("9", "E0800009", "Alpha", Region.NORTH_WEST);
    Authority sameNameEarlierCode = Authority.of("8", "E0800001", "Alpha", Region.NORTH_WEST);
    Ranking r = Workforce.of(List.of(caseload(sameNameLaterCode, 2017, 1),
        caseload(sameNameEarlierCode, 2017, 1))).rankBy(CASELOAD);
    assertThat(areas(r.rows())).containsExactly(sameNameEarlierCode, sameNameLaterCode);
  }

  @Test
  void tieOrder_acrossYears_isByYear() {
    Ranking r = Workforce.of(List.of(caseload(ZED, 2017, 1), caseload(ZED, 2016, 1)))
        .years(2016, 2017).rankBy(CASELOAD);
    assertThat(r.rows()).extracting(Ranked::year).containsExactly(2016, 2017);
    assertThat(ranks(r.rows())).containsExactly(1, 1);
  }

  @Test
  void topWithTies_keepsEveryRowTiedWithTheNth() {
    Ranking r = ties();
    assertThat(areas(r.top(2).rows())).containsExactly(ZED, ALPHA);
    assertThat(areas(r.topWithTies(1).rows())).containsExactly(ZED);
    assertThat(areas(r.topWithTies(2).rows())).containsExactly(ZED, ALPHA, ALPHA_LOWER, BETA);
    assertThat(areas(r.topWithTies(3).rows())).containsExactly(ZED, ALPHA, ALPHA_LOWER, BETA);
    assertThat(areas(r.topWithTies(4).rows())).containsExactly(ZED, ALPHA, ALPHA_LOWER, BETA);
    assertThat(areas(r.topWithTies(5).rows())).containsExactly(ZED, ALPHA, ALPHA_LOWER, BETA, DELTA);
    assertThat(caseload.topWithTies(5).rows()).isEqualTo(caseload.top(5).rows());
  }

  @Test
  void bottom_isTheLastRowsLastFirst_andKeepsTheirRanks() {
    Ranking r = ties();
    assertThat(areas(r.bottom(1).rows())).containsExactly(DELTA);
    // Ties keep area-name order in both directions.
    assertThat(areas(r.bottom(2).rows())).containsExactly(DELTA, ALPHA);
    assertThat(ranks(r.bottom(2).rows())).containsExactly(5, 2);
    assertThat(r.bottom(2).cutTies()).extracting(Ranked::area).containsExactly(ALPHA_LOWER, BETA);
    assertThat(r.bottom(2).notes()).containsExactly("2 more rows tie at rank 2 with the last row "
        + "shown (alpha, beta): bottomWithTies(2) shows them.");
    assertThat(areas(r.bottomWithTies(1).rows())).containsExactly(DELTA);
    assertThat(areas(r.bottomWithTies(2).rows())).containsExactly(DELTA, ALPHA, ALPHA_LOWER, BETA);
    assertThat(areas(r.bottomWithTies(4).rows())).containsExactly(DELTA, ALPHA, ALPHA_LOWER, BETA);
    assertThat(areas(r.bottomWithTies(5).rows())).containsExactly(DELTA, ALPHA, ALPHA_LOWER, BETA, ZED);
    assertThat(r.bottomWithTies(2).cutTies()).isEmpty();
    assertThat(areas(r.ascending().bottomWithTies(1).rows())).containsExactly(ZED);
    assertThat(areas(r.ascending().bottomWithTies(2).rows()))
        .containsExactly(ZED, ALPHA, ALPHA_LOWER, BETA);
  }

  @Test
  void ranking_ofAnEmptyView() {
    Ranking r = wf.region(Region.SOUTH_WEST).rankBy(CASELOAD);
    assertThat(r.rows()).isEmpty();
    assertThat(r.top(3).rows()).isEmpty();
    assertThat(r.bottom(3).rows()).isEmpty();
    assertThat(r.topWithTies(3).rows()).isEmpty();
    assertThat(r.bottomWithTies(3).rows()).isEmpty();
    assertThat(r.first()).isEmpty();
    assertThat(r.leftOut()).isEmpty();
  }

  @Test
  void ranking_ofAnotherLevel() {
    Workforce w = Workforce.of(List.of(
        Snapshot.builder(Region.LONDON, 2017).set(CASE_HOLDERS, 2).build(),
        Snapshot.builder(Region.NORTH_EAST, 2017).set(CASE_HOLDERS, 3).build(),
        Issue2.la(STAFFORDSHIRE, 199.4, 26.4)));
    assertThat(areas(w.level(Level.REGIONAL).rankBy(CASE_HOLDERS).rows()))
        .containsExactly(Region.NORTH_EAST, Region.LONDON);
    assertThat(areas(w.rankBy(CASE_HOLDERS).rows())).containsExactly(STAFFORDSHIRE);
  }

  // ------------------------------------------------------------------ Ranked

  @Test
  void ranked_readsItsSnapshot() {
    Ranked top = caseload.first().orElseThrow();
    assertThat(top.rank()).isEqualTo(1);
    assertThat(top.snapshot()).isEqualTo(Issue2.LA_2017.get(5));
    assertThat(top.measure()).isEqualTo(CASELOAD);
    assertThat(top.area()).isEqualTo(STAFFORDSHIRE);
    assertThat(top.year()).isEqualTo(2017);
    assertThat(top).hasToString("1. Staffordshire (860) 2017: 26.4 cases per FTE");
  }

  @Test
  void ranked_badParts_throw() {
    Snapshot s = Issue2.LA_2017.get(5);
    assertThatThrownBy(() -> new Ranked(0, s, CASELOAD, 26.4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ranks start at 1, got 0");
    assertThatThrownBy(() -> new Ranked(1, s, CASELOAD, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a ranked value is finite, got NaN");
  }
}
