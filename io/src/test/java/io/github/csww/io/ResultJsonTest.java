package io.github.csww.io;

import static io.github.csww.io.ResultFixtures.STAFFORDSHIRE;
import static io.github.csww.io.ResultFixtures.judgements;
import static io.github.csww.io.ResultFixtures.model;
import static io.github.csww.io.ResultFixtures.workforce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.csww.Comparison;
import io.github.csww.JudgementBands;
import io.github.csww.Level;
import io.github.csww.Metric;
import io.github.csww.NeighbourComparison;
import io.github.csww.QuartileBands;
import io.github.csww.Ranking;
import io.github.csww.Trend;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode parse(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  private static void assertArea(JsonNode n, String level, String laNumber, String code,
      String name) {
    assertThat(n.get("level").asText()).isEqualTo(level);
    if (laNumber == null) {
      assertThat(n.get("laNumber").isNull()).as("laNumber is null").isTrue();
    } else {
      assertThat(n.get("laNumber").asText()).isEqualTo(laNumber);
    }
    assertThat(n.get("code").asText()).isEqualTo(code);
    assertThat(n.get("name").asText()).isEqualTo(name);
  }

  @Test
  void toJson_ranking_hasMetricYearRowsAndLeftOut() throws Exception {
    Ranking r = workforce().year(2017).level(Level.LOCAL_AUTHORITY).rankBy(Metric.CASELOAD);

    JsonNode j = parse(WorkforceJson.toJson(r));

    assertThat(j.get("format").asText()).isEqualTo("csww-ranking");
    assertThat(j.get("version").asInt()).isEqualTo(1);
    assertThat(j.get("metric").asText()).isEqualTo("CASELOAD");
    assertThat(j.get("label").asText()).isEqualTo("Average caseload");
    assertThat(j.get("unit").asText()).isEqualTo("cases per FTE");
    assertThat(j.get("year").asInt()).isEqualTo(2017);
    assertThat(j.get("order").asText()).isEqualTo("descending");
    assertThat(j.has("judgementDate")).isFalse();
    JsonNode rows = j.get("rows");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(rows.get(0).get("year").asInt()).isEqualTo(2017);
    assertArea(rows.get(0), "Local authority", "860", "E10000028", "Staffordshire");
    assertThat(rows.get(0).get("value").isNumber()).isTrue();
    assertThat(rows.get(0).get("value").asDouble()).isEqualTo(26.4);
    assertThat(rows.get(0).has("judgement")).isFalse();
    assertArea(rows.get(2), "Local authority", "810", "E06000010", "Kingston upon Hull, City of");
    assertThat(rows.get(2).get("value").isIntegralNumber()).isTrue();
    assertThat(rows.get(2).get("value").asInt()).isEqualTo(20);
    JsonNode left = j.get("leftOut");
    assertThat(left).hasSize(1);
    assertArea(left.get(0), "Local authority", "894", "E06000020", "Telford and Wrekin");
    assertThat(left.get(0).get("value").asText()).isEqualTo("x");
  }

  @Test
  void toJson_rankingWithJudgements_givesEachRowItsJudgementOrNull() throws Exception {
    Ranking r = workforce().withJudgements(judgements()).year(2017)
        .level(Level.LOCAL_AUTHORITY).rankBy(Metric.CASELOAD);

    JsonNode j = parse(WorkforceJson.toJson(r));

    assertThat(j.get("judgementDate").isNull()).isTrue();
    JsonNode staffs = j.get("rows").get(0).get("judgement");
    assertThat(staffs.get("grade").asText()).isEqualTo("Good");
    assertThat(staffs.get("gradeNumber").asInt()).isEqualTo(2);
    assertThat(staffs.get("inspected").asText()).isEqualTo("2017-03-01");
    assertThat(staffs.get("published").asText()).isEqualTo("2017-05-02");
    assertThat(staffs.get("framework").asText()).isEqualTo("ILACS");
    // Shropshire's judgement was published after 30 September 2017
    assertThat(j.get("rows").get(1).get("judgement").isNull()).isTrue();

    JsonNode later = parse(WorkforceJson.toJson(r.judgementsAt(LocalDate.of(2018, 1, 1))));
    assertThat(later.get("judgementDate").asText()).isEqualTo("2018-01-01");
    assertThat(later.get("rows").get(1).get("judgement").get("grade").asText())
        .isEqualTo("Inadequate");
  }

  @Test
  void toJson_rankingOverSeveralYears_hasANullYear() throws Exception {
    JsonNode j = parse(WorkforceJson.toJson(workforce().level(Level.LOCAL_AUTHORITY)
        .years(2016, 2018).rankBy(Metric.TURNOVER_RATE)));

    assertThat(j.get("year").isNull()).isTrue();
    assertThat(j.get("rows")).extracting(r -> r.get("year").asInt())
        .containsExactly(2017, 2018, 2016);
    assertThat(j.get("leftOut")).extracting(r -> r.get("name").asText() + " "
        + r.get("year").asInt() + " " + r.get("value").asText())
        .contains("Shropshire 2017 c");
  }

  @Test
  void toJson_comparison_hasAnObjectPerAreaWithValuesByMetric() throws Exception {
    Comparison c = workforce().year(2017).compare("Staffordshire", "Shropshire")
        .metrics(Metric.CASELOAD, Metric.TURNOVER_RATE);

    JsonNode j = parse(WorkforceJson.toJson(c));

    assertThat(j.get("format").asText()).isEqualTo("csww-comparison");
    assertThat(j.get("year").asInt()).isEqualTo(2017);
    assertThat(j.get("metrics")).hasSize(2);
    assertThat(j.get("metrics").get(0).get("metric").asText()).isEqualTo("CASELOAD");
    assertThat(j.get("metrics").get(1).get("unit").asText()).isEqualTo("%");
    JsonNode areas = j.get("areas");
    assertThat(areas).hasSize(4);
    assertArea(areas.get(0), "Local authority", "860", "E10000028", "Staffordshire");
    assertArea(areas.get(1), "Local authority", "893", "E06000051", "Shropshire");
    assertArea(areas.get(2), "Regional", null, "E12000005", "West Midlands");
    assertArea(areas.get(3), "National", null, "E92000001", "England");
    assertThat(areas.get(0).get("values").get("CASELOAD").asDouble()).isEqualTo(26.4);
    assertThat(areas.get(1).get("values").get("TURNOVER_RATE").asText()).isEqualTo("c");
    assertThat(areas.get(3).get("values").get("CASELOAD").asDouble()).isEqualTo(17.7);
    assertThat(areas.get(0).has("judgement")).isFalse();
  }

  @Test
  void toJson_comparisonWithJudgements_givesEachAreaAJudgementOrNull() throws Exception {
    Comparison c = workforce().withJudgements(judgements()).year(2017)
        .compare("Staffordshire", "Shropshire").metrics(Metric.CASELOAD);

    JsonNode areas = parse(WorkforceJson.toJson(c)).get("areas");

    assertThat(areas.get(0).get("judgement").get("grade").asText()).isEqualTo("Good");
    assertThat(areas.get(0).get("judgement").get("published").asText()).isEqualTo("2017-05-02");
    assertThat(areas.get(1).get("judgement").isNull()).isTrue();
    assertThat(areas.get(2).get("judgement").isNull()).isTrue();
    assertThat(areas.get(3).get("judgement").isNull()).isTrue();
  }

  @Test
  void toJson_trend_hasARowPerYearWithChangesAndBreaks() throws Exception {
    Trend t = workforce().authority("Staffordshire").trend(Metric.TURNOVER_RATE);

    JsonNode j = parse(WorkforceJson.toJson(t));

    assertThat(j.get("format").asText()).isEqualTo("csww-trend");
    assertThat(j.get("metric").asText()).isEqualTo("TURNOVER_RATE");
    assertArea(j.get("area"), "Local authority", "860", "E10000028", "Staffordshire");
    JsonNode rows = j.get("rows");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("year").asInt()).isEqualTo(2016);
    assertThat(rows.get(0).get("value").asInt()).isEqualTo(20);
    for (String f : new String[] {"changeFrom", "change", "changePercent", "comparable"}) {
      assertThat(rows.get(0).get(f).isNull()).as(f).isTrue();
    }
    assertThat(rows.get(0).get("seriesBreaks")).isEmpty();
    assertThat(rows.get(1).get("changeFrom").asInt()).isEqualTo(2016);
    assertThat(rows.get(1).get("change").asDouble()).isEqualTo(5);
    assertThat(rows.get(1).get("changePercent").asDouble()).isEqualTo(25);
    assertThat(rows.get(1).get("comparable").asBoolean()).isFalse();
    assertThat(rows.get(1).get("seriesBreaks").get(0).asInt()).isEqualTo(2017);
    assertThat(rows.get(2).get("change").asDouble()).isEqualTo(-0.5);
    assertThat(rows.get(2).get("changePercent").asDouble()).isEqualTo(-2);
    assertThat(rows.get(2).get("comparable").asBoolean()).isTrue();
  }

  @Test
  void toJson_neighbourComparison_hasTheAuthorityEveryNeighbourAndTheMean() throws Exception {
    NeighbourComparison c = workforce().withNeighbours(model()).withJudgements(judgements())
        .authority(STAFFORDSHIRE).againstNeighbours(Metric.CASELOAD, 2017);

    JsonNode j = parse(WorkforceJson.toJson(c));

    assertThat(j.get("format").asText()).isEqualTo("csww-neighbour-comparison");
    assertThat(j.get("year").asInt()).isEqualTo(2017);
    assertThat(j.get("model").asText()).isEqualTo("model.csv");
    JsonNode a = j.get("authority");
    assertArea(a, "Local authority", "860", "E10000028", "Staffordshire");
    assertThat(a.get("value").asDouble()).isEqualTo(26.4);
    assertThat(a.get("rank").asInt()).isEqualTo(1);
    assertThat(a.get("judgement").get("grade").asText()).isEqualTo("Good");
    JsonNode n = j.get("neighbours");
    assertThat(n).hasSize(3);
    assertThat(n.get(0).get("position").asInt()).isEqualTo(1);
    assertThat(n.get(0).get("closeness").asText()).isEqualTo("Very close");
    assertArea(n.get(0), "Local authority", "893", "E06000051", "Shropshire");
    assertThat(n.get(0).get("status").asText()).isEqualTo("COMPARED");
    assertThat(n.get(0).get("rank").asInt()).isEqualTo(2);
    assertThat(n.get(0).get("judgement").isNull()).isTrue();
    assertThat(n.get(1).get("laNumber").asText()).isEqualTo("928");
    assertThat(n.get(1).get("name").isNull()).isTrue();
    assertThat(n.get(1).get("value").asText()).isEqualTo("x");
    assertThat(n.get(1).get("status").asText()).isEqualTo("NOT_HELD");
    assertThat(n.get(1).get("rank").isNull()).isTrue();
    assertThat(n.get(2).get("rank").asInt()).isEqualTo(3);
    assertThat(j.get("mean").asDouble()).isEqualTo((251.0 + 200.0) / (10 + 10));
    assertThat(j.get("covered").asInt()).isEqualTo(2);
    assertThat(j.get("ranked").asInt()).isEqualTo(3);
    assertThat(j.get("leftOut")).isEmpty();
  }

  @Test
  void toJson_quartileBands_hasBoundariesRowsAndLeftOut() throws Exception {
    QuartileBands b = workforce().year(2017).bands(Metric.CASELOAD);

    JsonNode j = parse(WorkforceJson.toJson(b));

    assertThat(j.get("format").asText()).isEqualTo("csww-quartile-bands");
    assertThat(j.get("year").asInt()).isEqualTo(2017);
    assertThat(j.get("polarity").asText()).isEqualTo("HIGHER_IS_WORSE");
    JsonNode bounds = j.get("boundaries");
    assertThat(bounds).hasSize(3);
    assertThat(bounds.get(0).get("band").asText()).isEqualTo("A");
    assertThat(bounds.get(0).get("lowest").asDouble()).isEqualTo(20);
    assertThat(bounds.get(0).get("highest").asDouble()).isEqualTo(20);
    assertThat(bounds.get(0).get("size").asInt()).isEqualTo(1);
    JsonNode rows = j.get("rows");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(2).get("band").asText()).isEqualTo("C");
    assertThat(rows.get(2).get("rank").asInt()).isEqualTo(3);
    assertArea(rows.get(2), "Local authority", "860", "E10000028", "Staffordshire");
    assertThat(rows.get(2).get("value").asDouble()).isEqualTo(26.4);
    assertThat(j.get("leftOut").get(0).get("name").asText()).isEqualTo("Telford and Wrekin");
    assertThat(j.get("leftOut").get(0).get("value").asText()).isEqualTo("x");
  }

  @Test
  void toJson_judgementBands_hasARowPerGradeAndNoJudgementWithCountsPerBand() throws Exception {
    JudgementBands jb = workforce().withJudgements(judgements()).year(2017)
        .judgementsByBand(Metric.CASELOAD);

    JsonNode j = parse(WorkforceJson.toJson(jb));

    assertThat(j.get("format").asText()).isEqualTo("csww-judgement-bands");
    assertThat(j.get("metric").asText()).isEqualTo("CASELOAD");
    assertThat(j.get("year").asInt()).isEqualTo(2017);
    assertThat(j.get("censusDate").asText()).isEqualTo("2017-09-30");
    assertThat(j.get("polarity").asText()).isEqualTo("HIGHER_IS_WORSE");
    JsonNode rows = j.get("rows");
    assertThat(rows).extracting(r -> r.get("judgement").asText()).containsExactly("Outstanding",
        "Good", "Requires improvement to be good", "Inadequate", "No judgement");
    JsonNode good = rows.get(1);
    assertThat(good.get("gradeNumber").asInt()).isEqualTo(2);
    assertThat(List.of(good.get("A").asInt(), good.get("B").asInt(), good.get("C").asInt(),
        good.get("D").asInt(), good.get("total").asInt())).containsExactly(0, 0, 1, 0, 1);
    JsonNode none = rows.get(4);
    assertThat(none.get("gradeNumber").isNull()).isTrue();
    assertThat(List.of(none.get("A").asInt(), none.get("B").asInt(), none.get("C").asInt(),
        none.get("D").asInt(), none.get("total").asInt())).containsExactly(1, 1, 0, 0, 2);
    assertThat(j.get("bandTotals").get("A").asInt()).isEqualTo(1);
    assertThat(j.get("bandTotals").get("D").asInt()).isZero();
    assertThat(j.get("total").asInt()).isEqualTo(3);
    assertThat(j.get("leftOut").get(0).get("name").asText()).isEqualTo("Telford and Wrekin");
  }

  @Test
  void toJson_results_refuseNull() {
    assertThatThrownBy(() -> WorkforceJson.toJson((Ranking) null))
        .isInstanceOf(NullPointerException.class).hasMessage("ranking is null");
    assertThatThrownBy(() -> WorkforceJson.toJson((Trend) null))
        .isInstanceOf(NullPointerException.class).hasMessage("trend is null");
    assertThatThrownBy(() -> EesCsv.plain().toCsv((QuartileBands) null))
        .isInstanceOf(NullPointerException.class).hasMessage("bands is null");
  }
}
