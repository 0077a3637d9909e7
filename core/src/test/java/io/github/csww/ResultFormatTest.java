package io.github.csww;

import static io.github.csww.CompareFixtures.SHROPSHIRE;
import static io.github.csww.CompareFixtures.STAFFORDSHIRE;
import static io.github.csww.CompareFixtures.snapshot;
import static io.github.csww.Metric.CASELOAD;
import static io.github.csww.Metric.CASES;
import static io.github.csww.Metric.CASE_HOLDERS;
import static io.github.csww.Metric.TURNOVER_RATE_HEADCOUNT;
import static io.github.csww.Metric.VACANCIES;
import static io.github.csww.Metric.VACANCY_RATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How results present themselves: titles, column units, precision, statuses. */
class ResultFormatTest {

  private static Column col(Table t, String name) {
    return t.columns().get(t.indexOf(name));
  }

  // ------------------------------------------------------------------ a region's ranking

  @Test
  void ranking_ofARegion_namesItInTheTitleAndSaysRanksAreWithinIt() {
    Workforce wf = Issue2.workforce();
    Ranking london = wf.region(Region.LONDON).rankBy(CASELOAD);

    assertThat(london.table().title())
        .isEqualTo("Average caseload (cases per FTE), London, 2017, highest first");
    assertThat(london.table().notes()).startsWith("Ranks are within London, not England.");
    assertThat(london.bottom(1).table().title()).isEqualTo("Average caseload (cases per FTE), "
        + "London, 2017, lowest first (ranks counted from the highest)");
    assertThat(london.format(Format.JSON)).contains(
        "\"title\": \"Average caseload (cases per FTE), London, 2017, highest first\"",
        "\"Ranks are within London, not England.\"");
    assertThat(wf.region(Region.INNER_LONDON).rankBy(CASELOAD).table().title())
        .isEqualTo("Average caseload (cases per FTE), Inner London, 2017, highest first");
  }

  @Test
  void ranking_ofEngland_namesNoRegion() {
    Table t = Issue2.workforce().rankBy(CASELOAD).table();

    assertThat(t.title()).isEqualTo("Average caseload (cases per FTE), 2017, highest first");
    assertThat(t.notes()).noneMatch(n -> n.startsWith("Ranks are within"));
  }

  @Test
  void ranking_ofARegionOverSeveralYears_andOfRegionalRows_readsRight() {
    Workforce wf = Workforce.of(List.of(
        snapshot(STAFFORDSHIRE, 2023, CASELOAD, 18.0), snapshot(STAFFORDSHIRE, 2024, CASELOAD, 17.4),
        snapshot(SHROPSHIRE, 2024, CASELOAD, 16.0),
        snapshot(Region.WEST_MIDLANDS, 2024, CASE_HOLDERS, 2383.0),
        snapshot(Region.NORTH_EAST, 2024, CASE_HOLDERS, 1500.0)));

    assertThat(wf.years(2023, 2024).region(Region.WEST_MIDLANDS).rankBy(CASELOAD).table().title())
        .isEqualTo("Average caseload (cases per FTE), West Midlands, 2023 to 2024 "
            + "(ranked within each year), highest first");
    Ranking regional = wf.level(Level.REGIONAL).region(Region.WEST_MIDLANDS).rankBy(CASE_HOLDERS);
    assertThat(regional.table().title())
        .isEqualTo("Case holders (FTE), West Midlands, 2024, highest first");
    assertThat(regional.rows()).extracting(Ranked::area).containsExactly(Region.WEST_MIDLANDS);
    assertThat(wf.level(Level.REGIONAL).rankBy(CASE_HOLDERS).table().title())
        .isEqualTo("Case holders (FTE), 2024, highest first");
  }

  // ------------------------------------------------------------------ change of a percentage

  @Test
  void trend_ofAPercentage_changeIsInPercentagePoints_relativeChangeInPercent() {
    Trend t = Workforce.of(List.of(snapshot(STAFFORDSHIRE, 2022, VACANCY_RATE, 14.9),
        snapshot(STAFFORDSHIRE, 2023, VACANCY_RATE, 4.2))).trend("Staffordshire", VACANCY_RATE);
    Table table = t.table();

    assertThat(col(table, "change"))
        .isEqualTo(Column.number("change", "Change", 1, "percentage points"));
    assertThat(col(table, "change").heading()).isEqualTo("Change (percentage points)");
    assertThat(col(table, "change_percent"))
        .isEqualTo(Column.number("change_percent", "Change (%)", 1, "%"));
    assertThat(col(table, "change_percent").heading()).isEqualTo("Change (%)");
    assertThat(t.format(Format.TEXT).lines().toList()).containsSubsequence(
        "Year  Vacancy rate (%)  Change (percentage points)  Change (%)  Note",
        "2023               4.2                       -10.7       -71.8");
    assertThat(t.format(Format.JSON)).contains(
        "{\"name\": \"change\", \"label\": \"Change\", \"type\": \"number\", "
            + "\"unit\": \"percentage points\"}",
        "{\"name\": \"change_percent\", \"label\": \"Change (%)\", \"type\": \"number\", "
            + "\"unit\": \"%\"}");
  }

  @Test
  void trend_ofACount_changeIsInItsUnit() {
    Trend t = Workforce.of(List.of(snapshot(STAFFORDSHIRE, 2022, CASES, 5000),
        snapshot(STAFFORDSHIRE, 2023, CASES, 5170))).trend("Staffordshire", CASES);

    assertThat(col(t.table(), "change")).isEqualTo(Column.number("change", "Change", 0, "cases"));
  }

  @Test
  void rankingByChangeOfAPercentage_isInPercentagePoints() {
    Workforce wf = Workforce.of(List.of(snapshot(STAFFORDSHIRE, 2022, VACANCY_RATE, 14.9),
        snapshot(STAFFORDSHIRE, 2023, VACANCY_RATE, 4.2)));
    List<Column> columns = wf.rankBy(Measure.change(VACANCY_RATE, 2022, 2023)).table().columns();

    assertThat(columns.get(columns.size() - 1).unit()).isEqualTo("percentage points");
    assertThat(columns.get(columns.size() - 2).unit()).isEqualTo("%");
  }

  // ------------------------------------------------------------------ comparison precision

  @Test
  void comparison_showsEachFigureAtItsMetricsPrecision_inEveryFormat() {
    Workforce wf = Workforce.of(List.of(
        snapshot(STAFFORDSHIRE, 2024, TURNOVER_RATE_HEADCOUNT, 12.0, VACANCIES, 93.0, CASES, 5170),
        snapshot(Region.WEST_MIDLANDS, 2024, TURNOVER_RATE_HEADCOUNT, 12.04, VACANCIES, 887.5,
            CASES, 38630),
        snapshot(England.INSTANCE, 2024, TURNOVER_RATE_HEADCOUNT, 13.9, VACANCIES, 7188.6,
            CASES, 320461)));
    Comparison c = wf.compare("Staffordshire").metrics(TURNOVER_RATE_HEADCOUNT, VACANCIES, CASES);

    assertThat(c.format(Format.TEXT).lines().toList()).containsSubsequence(
        "Metric (2024)              Unit   Staffordshire  West Midlands  England",
        "Turnover rate (headcount)  %               12.0           12.0     13.9",
        "Vacancies                  FTE             93.0          887.5   7188.6",
        "Cases                      cases           5170          38630   320461");
    assertThat(c.format(Format.CSV)).contains(
        "turnover_rate_headcount,Turnover rate (headcount),%,12.0,12.0,13.9",
        "vacancy_fte,Vacancies,FTE,93.0,887.5,7188.6", "cases,Cases,cases,5170,38630,320461");
    assertThat(c.format(Format.JSON)).contains("\"staffordshire\": 12.0, \"west_midlands\": 12.0",
        "\"staffordshire\": 93.0,");
    assertThat(c.format(Format.CSV.withFullPrecision()))
        .contains("turnover_rate_headcount,Turnover rate (headcount),%,12,12.04,13.9");
  }

  @Test
  void cellWithItsOwnDecimals_overridesItsColumns() {
    Column exact = Column.number("v", "V", -1, "");
    Column one = Column.number("v", "V", 1, "");

    assertThat(Cell.of(Value.of(12), 1).display(exact)).isEqualTo("12.0");
    assertThat(Cell.of(Value.of(12.04), 0).display(one)).isEqualTo("12");
    assertThat(Cell.of(Value.of(12)).display(exact)).isEqualTo("12");
    assertThat(Cell.of(Value.suppressed(Suppression.NOT_AVAILABLE), 1).display(one))
        .isEqualTo("x");
    assertThat(new Cell.Num(Value.of(12))).isEqualTo(new Cell.Num(Value.of(12), -1));
  }

  // ------------------------------------------------------------------ neighbours without figures

  @Test
  void neighbours_aNeighbourWithNoFigure_isNotCompared() {
    Authority a = Fixtures.authority("100", "E06000100", "Alpha");
    Authority b = Fixtures.authority("101", "E06000101", "Beta");
    Authority g = Fixtures.authority("102", "E06000102", "Gamma");
    StatisticalNeighbours model = StatisticalNeighbours.of("test model",
        List.of(Fixtures.group(100, 101, 102)));
    Workforce wf = Workforce.of(List.of(snapshot(a, 2025, CASES, Suppression.NOT_AVAILABLE),
        snapshot(b, 2025, CASES, Suppression.NOT_AVAILABLE), snapshot(g, 2025, CASES, 300)))
        .withNeighbours(model);

    NeighbourComparison c = wf.authority("Alpha").againstNeighbours(CASES);

    assertThat(c.neighbours()).extracting(NeighbourValue::status).containsExactly(
        NeighbourValue.Status.NO_VALUE, NeighbourValue.Status.COMPARED);
    assertThat(c.notCompared()).extracting(n -> n.neighbour().laNumber()).containsExactly(101);
    assertThat(c.leftOut()).extracting(LeftOut::area).containsExactly(b);
    assertThat(c.covered()).isEqualTo(1);
    Table t = c.table();
    assertThat(t.cell(0, "status").text()).isEqualTo("no figure: x (not available)");
    assertThat(t.cell(1, "status").text()).isEqualTo("no figure: x (not available)");
    assertThat(t.cell(2, "status").text()).isEqualTo("compared");
  }
}
