package io.github.csww.io;

import static io.github.csww.io.ResultFixtures.STAFFORDSHIRE;
import static io.github.csww.io.ResultFixtures.judgements;
import static io.github.csww.io.ResultFixtures.model;
import static io.github.csww.io.ResultFixtures.workforce;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.Metric;
import io.github.csww.Workforce;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultCsvTest {

  private static List<String> lines(String csv) {
    return csv.lines().toList();
  }

  @Test
  void toCsv_comparison_writesARowPerAreaAndAColumnPerMetric() {
    String csv = EesCsv.plain().toCsv(workforce().year(2017).compare("Staffordshire", "893")
        .metrics(Metric.CASELOAD, Metric.TURNOVER_RATE));

    assertThat(lines(csv)).containsExactly(
        "time_period,geographic_level,old_la_code,area_code,area_name,caseload_fte,"
            + "turnover_rate_fte",
        "2017,Local authority,860,E10000028,Staffordshire,26.4,25",
        "2017,Local authority,893,E06000051,Shropshire,25.1,c",
        "2017,Regional,,E12000005,West Midlands,18.5,14",
        "2017,National,,E92000001,England,17.7,13.4");
  }

  @Test
  void toCsv_comparisonWithJudgements_addsEachAuthoritysJudgementOnTheCensusDate() {
    String csv = EesCsv.plain().toCsv(workforce().withJudgements(judgements()).year(2017)
        .compare("Staffordshire", "893").metrics(Metric.CASELOAD));

    // Shropshire's judgement was published on 1 October 2017, after the census date.
    assertThat(lines(csv)).containsExactly(
        "time_period,geographic_level,old_la_code,area_code,area_name,caseload_fte,"
            + "ofsted_judgement,ofsted_inspected,ofsted_published",
        "2017,Local authority,860,E10000028,Staffordshire,26.4,Good,2017-03-01,2017-05-02",
        "2017,Local authority,893,E06000051,Shropshire,25.1,,,",
        "2017,Regional,,E12000005,West Midlands,18.5,,,",
        "2017,National,,E92000001,England,17.7,,,");
  }

  @Test
  void toCsv_comparisonWithAnAbsentArea_writesX() {
    // Hull's region has no row in 2017: every cell of its column reads x.
    String csv = EesCsv.plain().toCsv(workforce().year(2017).compare("810")
        .metrics(Metric.CASELOAD));

    assertThat(lines(csv)).containsExactly(
        "time_period,geographic_level,old_la_code,area_code,area_name,caseload_fte",
        "2017,Local authority,810,E06000010,\"Kingston upon Hull, City of\",20",
        "2017,Regional,,E12000003,Yorkshire and The Humber,x",
        "2017,National,,E92000001,England,17.7");
  }

  @Test
  void toCsv_trend_writesEachPointWithItsChangeAndBreaks() {
    String csv = EesCsv.plain().toCsv(workforce().authority("Staffordshire")
        .trend(Metric.TURNOVER_RATE));

    assertThat(lines(csv)).containsExactly(
        "time_period,geographic_level,old_la_code,area_code,area_name,turnover_rate_fte,"
            + "change_from,change,change_percent,comparable,series_break",
        "2016,Local authority,860,E10000028,Staffordshire,20,,,,,",
        "2017,Local authority,860,E10000028,Staffordshire,25,2016,5,25,false,2017",
        "2018,Local authority,860,E10000028,Staffordshire,24.5,2017,-0.5,-2,true,");
  }

  @Test
  void toCsv_trendWithASuppressedPoint_leavesTheChangeCellsEmpty() {
    String csv = EesCsv.plain().toCsv(workforce().authority("Shropshire")
        .trend(Metric.TURNOVER_RATE));

    assertThat(lines(csv)).containsExactly(
        "time_period,geographic_level,old_la_code,area_code,area_name,turnover_rate_fte,"
            + "change_from,change,change_percent,comparable,series_break",
        "2017,Local authority,893,E06000051,Shropshire,c,,,,,");
  }

  @Test
  void toCsv_neighbourComparison_writesTheAuthorityEveryNeighbourAndTheMean() {
    String csv = EesCsv.plain().toCsv(workforce().withNeighbours(model())
        .authority(STAFFORDSHIRE).againstNeighbours(Metric.CASELOAD, 2017));

    // mean: (251 + 200) / (10 + 10) cases per case holder, over Shropshire and Hull
    assertThat(lines(csv)).containsExactly(
        "time_period,role,position,closeness,old_la_code,area_code,area_name,caseload_fte,rank,"
            + "status",
        "2017,authority,,,860,E10000028,Staffordshire,26.4,1,COMPARED",
        "2017,neighbour,1,Very close,893,E06000051,Shropshire,25.1,2,COMPARED",
        "2017,neighbour,2,Close,928,,,x,,NOT_HELD",
        "2017,neighbour,3,Somewhat close,810,E06000010,\"Kingston upon Hull, City of\",20,3,"
            + "COMPARED",
        "2017,neighbour mean,,,,,,22.55,,covered 2 of 3");
  }

  @Test
  void toCsv_neighbourComparisonWithJudgements_addsTheJudgementInForceOnTheCensusDate() {
    String csv = EesCsv.plain().toCsv(workforce().withNeighbours(model())
        .withJudgements(judgements()).authority(STAFFORDSHIRE)
        .againstNeighbours(Metric.CASELOAD, 2017));

    // Shropshire's judgement was published on 1 October 2017, after the census date.
    assertThat(lines(csv)).containsExactly(
        "time_period,role,position,closeness,old_la_code,area_code,area_name,caseload_fte,rank,"
            + "status,ofsted_judgement,ofsted_inspected,ofsted_published",
        "2017,authority,,,860,E10000028,Staffordshire,26.4,1,COMPARED,Good,2017-03-01,2017-05-02",
        "2017,neighbour,1,Very close,893,E06000051,Shropshire,25.1,2,COMPARED,,,",
        "2017,neighbour,2,Close,928,,,x,,NOT_HELD,,,",
        "2017,neighbour,3,Somewhat close,810,E06000010,\"Kingston upon Hull, City of\",20,3,"
            + "COMPARED,,,",
        "2017,neighbour mean,,,,,,22.55,,covered 2 of 3,,,");
  }

  @Test
  void toCsv_quartileBands_writesBandedAuthoritiesBestFirstThenTheLeftOut() {
    String csv = EesCsv.plain().toCsv(workforce().year(2017).bands(Metric.CASELOAD));

    // three ranked, lowest caseload best: ranks 1..3 fall in bands floor(4 (r - 1) / 3)
    assertThat(lines(csv)).containsExactly(
        "time_period,band,rank,old_la_code,area_code,area_name,caseload_fte",
        "2017,A,1,810,E06000010,\"Kingston upon Hull, City of\",20",
        "2017,B,2,893,E06000051,Shropshire,25.1",
        "2017,C,3,860,E10000028,Staffordshire,26.4",
        "2017,,,894,E06000020,Telford and Wrekin,x");
  }

  @Test
  void toCsv_judgementBands_writesARowPerGradeNoJudgementAndTotals() {
    String csv = EesCsv.plain().toCsv(workforce().withJudgements(judgements()).year(2017)
        .judgementsByBand(Metric.CASELOAD));

    // Hull in band A and Shropshire in B have no judgement in force on 30 September 2017;
    // Staffordshire, band C, was judged Good in May 2017.
    assertThat(lines(csv)).containsExactly(
        "time_period,metric,ofsted_judgement,band_a,band_b,band_c,band_d,total",
        "2017,caseload_fte,Outstanding,0,0,0,0,0",
        "2017,caseload_fte,Good,0,0,1,0,1",
        "2017,caseload_fte,Requires improvement to be good,0,0,0,0,0",
        "2017,caseload_fte,Inadequate,0,0,0,0,0",
        "2017,caseload_fte,No judgement,1,1,0,0,2",
        "2017,caseload_fte,Total,1,1,1,0,3");
    assertThat(EesCsv.spreadsheetSafe().toCsv(workforce().withJudgements(judgements())
        .year(2017).judgementsByBand(Metric.CASELOAD)))
        .isEqualTo("\uFEFF" + csv);
  }

  @Test
  void toCsv_rankingWithJudgements_addsTheJudgementColumns() {
    String csv = EesCsv.plain().toCsv(workforce().withJudgements(judgements()).year(2017)
        .level(io.github.csww.Level.LOCAL_AUTHORITY).rankBy(Metric.CASELOAD));

    List<String> lines = lines(csv);
    assertThat(lines.get(0)).endsWith(
        ",absence_rate_fte,rank,ofsted_judgement,ofsted_inspected,ofsted_published");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(1)).contains(",Staffordshire,").endsWith(",1,Good,2017-03-01,2017-05-02");
    assertThat(lines.get(2)).contains(",Shropshire,").endsWith(",2,,,");
    assertThat(lines.get(3)).contains("\"Kingston upon Hull, City of\"").endsWith(",3,,,");
    assertThat(EesCsv.JUDGEMENT_COLUMNS)
        .containsExactly("ofsted_judgement", "ofsted_inspected", "ofsted_published");
  }

  @Test
  void toCsv_rankingWithoutJudgements_hasNoJudgementColumns() {
    String csv = EesCsv.plain().toCsv(workforce().year(2017).rankBy(Metric.CASELOAD));

    assertThat(lines(csv).get(0)).endsWith(",absence_rate_fte,rank");
  }

  @Test
  void toCsv_spreadsheetSafe_neutralisesTextCellsOfEveryResult() {
    Workforce wf = ResultFixtures.formulas();
    EesCsv safe = EesCsv.spreadsheetSafe();
    List<String> all = List.of(
        safe.toCsv(wf.year(2017).compare("860", "893").metrics(Metric.CASELOAD)),
        safe.toCsv(wf.authority("860").trend(Metric.TURNOVER_RATE)),
        safe.toCsv(wf.year(2017).bands(Metric.CASELOAD)),
        safe.toCsv(wf.year(2017).rankBy(Metric.CASELOAD)));

    for (String csv : all) {
      assertThat(csv).startsWith("\uFEFF").contains(",'=EVIL()").doesNotContain(",=EVIL()");
    }
    assertThat(all.get(0)).contains(",'-Minus,25.1");
    assertThat(all.get(2)).contains(",'-Minus,25.1");
    // numbers are not text: a negative change is written as it is
    assertThat(all.get(1)).contains(",2017,-0.5,-2,true,");
    String plain = EesCsv.plain().toCsv(wf.year(2017).compare("860").metrics(Metric.CASELOAD));
    assertThat(plain).contains(",=EVIL(),26.4").doesNotContain("'").doesNotStartWith("\uFEFF");
  }

  @Test
  void toCsv_spreadsheetSafeNeighbourComparison_neutralisesNames() {
    Workforce wf = ResultFixtures.formulas().withNeighbours(io.github.csww.StatisticalNeighbours
        .of("m.csv", List.of(new io.github.csww.NeighbourGroup(860, "x", com.google.common.collect
            .ImmutableList.of(new io.github.csww.Neighbour(1, 893,
                io.github.csww.Closeness.CLOSE))))));

    String csv = EesCsv.spreadsheetSafe().withByteOrderMark(false)
        .toCsv(wf.authority("860").againstNeighbours(Metric.CASELOAD, 2017));

    assertThat(lines(csv)).containsExactly(
        "time_period,role,position,closeness,old_la_code,area_code,area_name,caseload_fte,rank,"
            + "status",
        "2017,authority,,,860,E10000028,'=EVIL(),26.4,1,COMPARED",
        "2017,neighbour,1,Close,893,E06000051,'-Minus,25.1,2,COMPARED",
        "2017,neighbour mean,,,,,,25.1,,covered 1 of 1");
  }

  @Test
  void write_toAWriter_writesWhatToCsvReturns() throws Exception {
    Workforce wf = workforce();
    EesCsv csv = EesCsv.spreadsheetSafe();
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    StringWriter c = new StringWriter();
    StringWriter d = new StringWriter();

    csv.write(wf.year(2017).compare("Staffordshire"), a);
    csv.write(wf.authority("Staffordshire").trend(Metric.CASELOAD), b);
    csv.write(wf.year(2017).bands(Metric.CASELOAD), c);
    csv.write(wf.withNeighbours(model()).authority(STAFFORDSHIRE)
        .againstNeighbours(Metric.CASELOAD, 2017), d);

    assertThat(a).hasToString(csv.toCsv(wf.year(2017).compare("Staffordshire")));
    assertThat(b).hasToString(csv.toCsv(wf.authority("Staffordshire").trend(Metric.CASELOAD)));
    assertThat(c).hasToString(csv.toCsv(wf.year(2017).bands(Metric.CASELOAD)));
    assertThat(d).hasToString(csv.toCsv(wf.withNeighbours(model()).authority(STAFFORDSHIRE)
        .againstNeighbours(Metric.CASELOAD, 2017)));
  }
}
