package io.github.csww.io;

import static io.github.csww.QuartileBand.A;
import static io.github.csww.QuartileBand.B;
import static io.github.csww.QuartileBand.C;
import static io.github.csww.QuartileBand.D;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.csww.Format;
import io.github.csww.Authority;
import io.github.csww.Comparison;
import io.github.csww.England;
import io.github.csww.Grade;
import io.github.csww.JudgementBands;
import io.github.csww.LeftOut;
import io.github.csww.Metric;
import io.github.csww.QuartileBand;
import io.github.csww.Region;
import io.github.csww.Value;
import io.github.csww.Workforce;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Comparisons and the cross-tab of judgement against quartile band on the published files. The
 * expected figures were read from the files with a short Python script (the CSV with the csv
 * module, the ODS workbook's content.xml with a ZIP and XML reader): caseloads ranked lowest first
 * with competition ranks, band {@code floor(4 (rank - 1) / n)}, and for each authority the latest
 * judgement published by 30 September of the year, from either sheet, under any ONS code its LA
 * number has had. Skipped when ../shared/data is absent.
 */
class ComparisonsIntegrationTest {

  @Test
  void compare2017_staffordshireShropshireAndEngland_arePublishedFigures() throws IOException {
    Workforce wf = JoinsIntegrationTest.workforce();

    Comparison c = wf.year(2017).compare("Staffordshire", "Shropshire")
        .metrics(Metric.CASELOAD, Metric.TURNOVER_RATE, Metric.AGENCY_RATE);

    Authority staffs = wf.find("Staffordshire").orElseThrow();
    Authority shrops = wf.find("Shropshire").orElseThrow();
    assertThat(c.columns()).containsExactly(staffs, shrops, Region.WEST_MIDLANDS,
        England.INSTANCE);
    assertThat(c.absent()).isEmpty();
    // 2017 rows of csww_indicators_2017_to_2025.csv
    assertThat(c.row(Metric.CASELOAD).values())
        .containsExactly(Value.of(26.4), Value.of(25.1), Value.of(18.5), Value.of(17.7));
    assertThat(c.row(Metric.TURNOVER_RATE).values())
        .containsExactly(Value.of(15), Value.of(11.8), Value.of(14), Value.of(13.4));
    assertThat(c.row(Metric.AGENCY_RATE).values())
        .containsExactly(Value.of(4.9), Value.of(16.4), Value.of(16.8), Value.of(15.8));
    assertThat(c.format(Format.TEXT)).contains("Staffordshire", "Shropshire", "West Midlands",
        "England", "26.4", "25.1", "18.5", "17.7");

    assertThat(c.metrics(Metric.CASELOAD).byArea().format(Format.CSV).lines()).containsExactly(
        "time_period,geographic_level,old_la_code,area_code,area_name,region_name,caseload_fte",
        "2017,Local authority,860,E10000028,Staffordshire,West Midlands,26.4",
        "2017,Local authority,893,E06000051,Shropshire,West Midlands,25.1",
        "2017,Regional,,E12000005,West Midlands,,18.5",
        "2017,National,,E92000001,England,,17.7");
    JsonNode json = new ObjectMapper().readTree(c.byArea().format(Format.JSON));
    assertThat(json.get("rows")).extracting(a -> a.get("area_name").asText() + " "
        + a.get("caseload_fte").asDouble()).containsExactly("Staffordshire 26.4",
        "Shropshire 25.1", "West Midlands 18.5", "England 17.7");
  }

  @Test
  void compare2017WithJudgements_hasNone_becauseTheWorkbookStartsWithIlacsIn2018()
      throws IOException {
    Workforce wf = JoinsIntegrationTest.workforce().withJudgements(JoinsIntegrationTest.ofsted());

    Comparison c = wf.year(2017).compare("Staffordshire", "Shropshire");

    assertThat(c.hasJudgements()).isTrue();
    for (Authority a : c.authorities()) {
      assertThat(c.judgement(a)).isEmpty();
    }
    assertThat(c.format(Format.TEXT)).contains("Ofsted judgements in force on 2017-09-30: "
        + "Staffordshire: none in force; Shropshire: none in force.");
  }

  @Test
  void compare2025WithJudgements_showsTheJudgementInForceOn30September() throws IOException {
    Workforce wf = JoinsIntegrationTest.workforce().withJudgements(JoinsIntegrationTest.ofsted());

    Comparison c = wf.year(2025).compare("Staffordshire", "Shropshire").metrics(Metric.CASELOAD);

    Authority staffs = wf.find("Staffordshire").orElseThrow();
    Authority shrops = wf.find("Shropshire").orElseThrow();
    assertThat(c.judgement(staffs).orElseThrow().overall())
        .isEqualTo(Grade.REQUIRES_IMPROVEMENT);
    assertThat(c.judgement(staffs).orElseThrow().published()).isEqualTo(LocalDate.of(2024, 1, 12));
    assertThat(c.judgement(shrops).orElseThrow().overall()).isEqualTo(Grade.GOOD);
    assertThat(c.judgement(shrops).orElseThrow().published()).isEqualTo(LocalDate.of(2022, 3, 25));
    assertThat(c.format(Format.TEXT)).contains("Ofsted judgements in force on 2025-09-30",
        "Staffordshire: Requires improvement to be good (published 2024-01-12)");
    assertThat(c.byArea().format(Format.CSV).lines()).containsExactly(
        "time_period,geographic_level,old_la_code,area_code,area_name,region_name,caseload_fte,"
            + "ofsted_judgement,ofsted_inspected,ofsted_published",
        "2025,Local authority,860,E10000028,Staffordshire,West Midlands,18.4,"
            + "Requires improvement to be good,2023-11-06,2024-01-12",
        "2025,Local authority,893,E06000051,Shropshire,West Midlands,16.2,Good,2022-02-07,"
            + "2022-03-25",
        "2025,Regional,,E12000005,West Midlands,,15.3,,,",
        "2025,National,,E92000001,England,,15.2,,,");
  }

  /** Counts by grade (Outstanding first, then no judgement) and band, A to D. */
  private static void assertCounts(JudgementBands jb, int[][] expected) {
    for (Grade g : Grade.values()) {
      for (QuartileBand b : QuartileBand.values()) {
        assertThat(jb.count(g, b)).as("%s in band %s", g, b)
            .isEqualTo(expected[g.ordinal()][b.ordinal()]);
      }
    }
    for (QuartileBand b : QuartileBand.values()) {
      assertThat(jb.countWithoutJudgement(b)).as("no judgement in band %s", b)
          .isEqualTo(expected[4][b.ordinal()]);
    }
  }

  @Test
  void judgementsByBand_caseload2025_countsAsReadFromTheFiles() throws IOException {
    Workforce wf = JoinsIntegrationTest.workforce().withJudgements(JoinsIntegrationTest.ofsted());

    JudgementBands jb = wf.year(2025).judgementsByBand(Metric.CASELOAD);

    assertCounts(jb, new int[][] {
        // A   B   C   D
        {14, 6, 6, 7},    // Outstanding: 33
        {16, 21, 16, 13}, // Good: 66
        {3, 7, 11, 9},    // Requires improvement to be good: 30 (940 / 941: both councils)
        {4, 6, 3, 6},     // Inadequate: 19
        {0, 0, 0, 0}});   // no judgement: every 2025 authority has one
    // 314 / 318: Kingston upon Thames Outstanding, Richmond upon Thames Good
    assertThat(jb.countJudgedDifferently(A)).isEqualTo(1);
    assertThat(jb.judgedDifferentlyTotal()).isEqualTo(1);
    assertThat(jb.membersJudgedDifferently(A)).extracting(r -> r.area().label())
        .containsExactly("Kingston upon Thames / Richmond upon Thames");
    // ties at the quarter boundaries make the bands 38, 40, 36 and 35 authorities
    assertThat(List.of(jb.bandTotal(A), jb.bandTotal(B), jb.bandTotal(C), jb.bandTotal(D)))
        .containsExactly(38, 40, 36, 35);
    assertThat(jb.total()).isEqualTo(149);
    assertThat(jb.bands().leftOut()).extracting(LeftOut::area).extracting(a -> a.label())
        .containsExactlyInAnyOrder("Kensington and Chelsea", "Westminster");

    assertThat(jb.format(Format.CSV).lines()).containsExactly(
        "ofsted_judgement,band_a,band_b,band_c,band_d,total",
        "Outstanding,14,6,6,7,33",
        "Good,16,21,16,13,66",
        "Requires improvement to be good,3,7,11,9,30",
        "Inadequate,4,6,3,6,19",
        "No judgement,0,0,0,0,0",
        "Partners judged differently,1,0,0,0,1",
        "Total,38,40,36,35,149");
    JsonNode json = new ObjectMapper().readTree(jb.format(Format.JSON));
    assertThat(json.get("rows").get(3).get("band_d").asInt()).isEqualTo(6);
    assertThat(json.get("rows").get(6).get("total").asInt()).isEqualTo(149);
  }

  @Test
  void judgementsByBand_caseload2019_countsAuthoritiesNotYetInspectedUnderIlacs()
      throws IOException {
    Workforce wf = JoinsIntegrationTest.workforce().withJudgements(JoinsIntegrationTest.ofsted());

    JudgementBands jb = wf.year(2019).judgementsByBand(Metric.CASELOAD);

    assertCounts(jb, new int[][] {
        // A   B   C   D
        {2, 5, 2, 0},     // Outstanding: 9
        {8, 6, 6, 7},     // Good: 27
        {4, 8, 6, 5},     // Requires improvement to be good: 23
        {0, 1, 1, 8},     // Inadequate: 10
        {25, 16, 24, 16}}); // no ILACS judgement published by 30 September 2019: 81
    assertThat(jb.withoutJudgementTotal()).isEqualTo(81);
    assertThat(jb.total()).isEqualTo(150);
    assertThat(jb.bands().leftOut()).isEmpty();
  }
}
