package io.github.csww.examples;

import static io.github.csww.examples.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.examples.CliTest.Result;
import org.junit.jupiter.api.Test;

/** How the commands present their results, on the bundled 2025 release and the 2017 sample. */
class ResultFormatCliTest {

  @Test
  void top_region_namesTheRegion_inTextAndJson() throws java.io.IOException {
    Result text = run("top", "--region", "London", "-n", "3");
    Result json = run("top", "--region", "London", "-n", "3", "--format", "json");

    assertThat(text.status()).isZero();
    assertThat(text.lines().get(0))
        .isEqualTo("Average caseload (cases per FTE), London, 2025, highest first");
    assertThat(text.lines()).contains("Note: Ranks are within London, not England.");
    assertThat(json.json().get("title").asText())
        .isEqualTo("Average caseload (cases per FTE), London, 2025, highest first");
    assertThat(json.json().get("notes").get(0).asText())
        .isEqualTo("Ranks are within London, not England.");
    assertThat(json.column("area_name")).containsExactly("Croydon", "Waltham Forest", "Brent");
  }

  @Test
  void top_withoutRegion_namesNone() {
    Result r = run("top", "-n", "3");

    assertThat(r.lines().get(0)).isEqualTo("Average caseload (cases per FTE), 2025, highest first");
    assertThat(r.out()).doesNotContain("Ranks are within");
  }

  @Test
  void trend_ofARate_headsTheChangeInPercentagePoints() {
    Result r = run("trend", "Hull", "--metric", "vacancy-rate");

    assertThat(r.status()).isZero();
    assertThat(r.lines().get(1))
        .isEqualTo("Year  Vacancy rate (%)  Change (percentage points)  Change (%)  Note");
    assertThat(r.lines()).contains(
        "2023               4.2                       -10.7       -71.8");
  }

  @Test
  void compare_printsPublishedFiguresAtTheirPrecision_inEveryFormat() {
    String[] args = {"compare", "Staffordshire", "West Midlands", "England", "--year", "2024"};
    Result text = run(args);
    Result csv = run(concat(args, "--format", "csv"));
    Result json = run(concat(args, "--format", "json"));

    assertThat(text.lines()).contains(
        "Turnover rate (headcount)            %                        5.6           12.0      13.9",
        "Vacancies                            FTE                     93.0          887.5    7188.6");
    assertThat(csv.out()).contains(
        "turnover_rate_headcount,Turnover rate (headcount),%,5.6,12.0,13.9",
        "vacancy_fte,Vacancies,FTE,93.0,887.5,7188.6");
    assertThat(json.out()).contains("\"west_midlands\": 12.0", "\"staffordshire\": 93.0");
  }

  @Test
  void compare_noAuthority_printsNoJudgementNote() {
    Result r = run("compare", "England", "London");

    assertThat(r.status()).isZero();
    assertThat(r.out()).doesNotContain("Ofsted judgements in force");
    assertThat(r.lines()).contains("Note: Regions and England are the published regional and "
        + "national rows; a London borough is set against London.");
  }

  @Test
  void neighbours_noFigure_isNotCompared() {
    Result r = run("neighbours", "Staffordshire", "--metric", "cases", "--sample");

    assertThat(r.status()).isZero();
    assertThat(r.lines().get(2)).startsWith("authority").endsWith("no figure: x (not available)");
    assertThat(r.lines().get(5)).contains("Shropshire").endsWith("no figure: x (not available)");
    assertThat(r.out()).doesNotContain("compared");
  }

  @Test
  void bands_rankColumnSaysItsDirection_andANeutralMetricHasNoBestBand() {
    Result caseload = run("bands");
    Result workers = run("bands", "--metric", "social-workers");

    assertThat(caseload.lines().get(1)).startsWith("Year  Band  Rank (lowest first)  LA number");
    assertThat(caseload.lines()).contains("Note: Band A is the best quarter: higher is worse, so "
        + "ranks run from the lowest value (rank 1), unlike a ranking's, which run from the "
        + "highest. Band = floor(4 × (rank − 1) / n), ties share a band, n = 149.");
    assertThat(workers.lines().get(1)).startsWith("Year  Band  Rank (highest first)  LA number");
    assertThat(workers.lines()).contains("Note: Band A holds the highest quarter: the metric is "
        + "neutral (a higher value is neither better nor worse), so no band is the best; ranks "
        + "run from the highest value (rank 1), as a ranking's do. "
        + "Band = floor(4 × (rank − 1) / n), ties share a band, n = 149.");
    assertThat(workers.out()).doesNotContain("best quarter");
    assertThat(run("bands", "--format", "csv").out())
        .contains("time_period,band,rank_lowest_first,");
  }

  private static String[] concat(String[] a, String... more) {
    String[] out = java.util.Arrays.copyOf(a, a.length + more.length);
    System.arraycopy(more, 0, out, a.length, more.length);
    return out;
  }
}
