package io.github.csww;

import static io.github.csww.Issue2.STAFFORDSHIRE;
import static io.github.csww.Metric.CASELOAD;
import static io.github.csww.Metric.CASES;
import static io.github.csww.Metric.CASE_HOLDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  private final Workforce wf = Issue2.workforce();

  @Test
  void ranking_alignsTextLeftAndNumbersRight() {
    assertThat(TextTable.ranking(wf.rankBy(CASELOAD).top(3))).isEqualTo(""
        + "Rank  Area                         Year  Average caseload (cases per FTE)\n"
        + "   1  Staffordshire                2017                              26.4\n"
        + "   2  Shropshire                   2017                              25.1\n"
        + "   3  Kingston upon Hull, City of  2017                              24.5\n");
  }

  @Test
  void ranking_table_isTheWholeRanking() {
    Ranking r = wf.region(Region.LONDON).rankBy(CASELOAD).ascending();
    assertThat(r.table()).isEqualTo(TextTable.ranking(r.rows())).isEqualTo(""
        + "Rank  Area                                         Year  Average caseload (cases per FTE)\n"
        + "   1  Kingston upon Thames / Richmond upon Thames  2017                              10.2\n"
        + "   2  Kensington and Chelsea                       2017                              11.9\n"
        + "   3  Sutton                                       2017                              12.9\n");
  }

  @Test
  void ranking_wideRanksAndValues_widenTheirColumns() {
    Authority a = Authority.of("1", "E1", "A", Region.LONDON);
    List<Ranked> rows = List.of(
        new Ranked(1, Snapshot.builder(a, 2017).set(CASES, 1234567.5).build(), CASES, 1234567.5),
        new Ranked(12345, Snapshot.builder(a, 2017).build(), CASES, 0));
    assertThat(TextTable.ranking(rows)).isEqualTo(""
        + " Rank  Area  Year  Cases (cases)\n"
        + "    1  A     2017      1234567.5\n"
        + "12345  A     2017              0\n");
  }

  @Test
  void ranking_empty_isAHeader() {
    assertThat(TextTable.ranking(List.of())).isEqualTo("Rank  Area  Year  Value\n");
  }

  @Test
  void snapshots_showValuesAndSuppressionMarkers() {
    List<Snapshot> rows = List.of(Issue2.ENGLAND_2017, Issue2.LA_2017.get(3),
        Snapshot.builder(STAFFORDSHIRE, 2017).suppress(CASES, Suppression.CONFIDENTIAL)
            .set(CASELOAD, 26.4).build());
    assertThat(TextTable.snapshots(rows, List.of(CASE_HOLDERS, CASES, CASELOAD))).isEqualTo(""
        + "Area           Level            Year  Case holders (FTE)  Cases (cases)  "
        + "Average caseload (cases per FTE)\n"
        + "England        National         2017                   x              x"
        + "                              17.8\n"
        + "Darlington     Local authority  2017                58.4              x"
        + "                              12.5\n"
        + "Staffordshire  Local authority  2017                   x              c"
        + "                              26.4\n");
  }

  @Test
  void snapshots_lastTextColumn_hasNoTrailingSpaces() {
    String table = TextTable.snapshots(List.of(Issue2.ENGLAND_2016), List.of(CASELOAD));
    assertThat(table.lines()).allSatisfy(l -> assertThat(l).doesNotEndWith(" "));
  }

  @Test
  void snapshots_noMetric_throws() {
    assertThatThrownBy(() -> TextTable.snapshots(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("snapshots(...) needs at least one metric");
  }

  @Test
  void workforceTable_rendersTheViewsSnapshots() {
    Workforce view = wf.region(Region.WEST_MIDLANDS);
    assertThat(view.table(CASE_HOLDERS, CASELOAD))
        .isEqualTo(TextTable.snapshots(view.snapshots(), List.of(CASE_HOLDERS, CASELOAD)))
        .isEqualTo(""
            + "Area           Level            Year  Case holders (FTE)  "
            + "Average caseload (cases per FTE)\n"
            + "Shropshire     Local authority  2017                77.7  "
            + "                            25.1\n"
            + "Staffordshire  Local authority  2017               199.4  "
            + "                            26.4\n");
  }

  @Test
  void of_rowOfTheWrongLength_throws() {
    assertThatThrownBy(() -> TextTable.of(List.of("a", "b"), List.of(false, true),
        List.of(List.of("x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row [x] has 1 cells, header has 2");
    assertThat(TextTable.of(List.of("a", "b"), List.of(false, true), List.of(List.of("x", "1"))))
        .isEqualTo("a  b\nx  1\n");
  }
}
