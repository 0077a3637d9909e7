package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.csww.Format;
import io.github.csww.Authority;
import io.github.csww.Grade;
import io.github.csww.Judgement;
import io.github.csww.Judgements;
import io.github.csww.Metric;
import io.github.csww.MatchedNeighbour;
import io.github.csww.NeighbourComparison;
import io.github.csww.NeighbourValue;
import io.github.csww.Ranked;
import io.github.csww.Ranking;
import io.github.csww.StatisticalNeighbours;
import io.github.csww.Workforce;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The published files joined together: the workforce, Ofsted's judgements and both neighbour
 * models. Expected figures were read from the files by hand. Skipped when ../shared/data is
 * absent.
 */
class JoinsIntegrationTest {

  static Workforce workforce() throws IOException {
    return Workforce.load(SharedData.file("csww_indicators_2017_to_2025.csv"));
  }

  static Judgements ofsted() throws IOException {
    return OfstedReader.read(SharedData.file("LA_Inspection_Outcomes_as_at_31_March_2025.ods"));
  }

  @Test
  void caseloadRanking2025_showsTheJudgementInForceOn30September2025() throws IOException {
    Workforce wf = workforce().withJudgements(ofsted());

    Ranking r = wf.year(2025).rankBy(Metric.CASELOAD);

    // 151 reporting units in 2025; Kensington and Chelsea and Westminster have caseload x.
    assertThat(r.size()).isEqualTo(149);
    assertThat(r.leftOut()).hasSize(2);
    // Every 2025 unit has at least one Ofsted judgement, all published by 14 May 2025.
    assertThat(r.rows()).allSatisfy(row -> assertThat(row.judgement()).isPresent());
    assertThat(r.rows()).allSatisfy(row -> assertThat(row.judgement().orElseThrow().published())
        .isBeforeOrEqualTo(LocalDate.of(2025, 9, 30)));
    Ranked staffs = r.rankOf(wf.find("Staffordshire").orElseThrow()).orElseThrow();
    assertThat(staffs.value()).isEqualTo(18.4);
    assertThat(staffs.judgement().orElseThrow().overall()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
    assertThat(staffs.judgement().orElseThrow().published()).isEqualTo(LocalDate.of(2024, 1, 12));
    Judgement somerset = r.rankOf(wf.find("933").orElseThrow()).orElseThrow().judgement()
        .orElseThrow();
    assertThat(somerset.code()).isEqualTo("E06000066");
    assertThat(somerset.published()).isEqualTo(LocalDate.of(2022, 9, 21));
    assertThat(ofsted().unmatched(wf)).isEmpty();
    assertThat(r.format(Format.TEXT)).contains("Ofsted judgement");
  }

  @Test
  void caseloadRanking2025_judgementsAndExportsAgreeWithTheFiles() throws IOException {
    Ranking r = workforce().withJudgements(ofsted()).year(2025).rankBy(Metric.CASELOAD);

    // Read from the files with a short script: the five highest 2025 caseloads (19.5 is a tie of
    // Bedford, Dudley and Wakefield, in name order) and the latest judgement of each published
    // by 30 September 2025, from either sheet of the workbook.
    assertThat(r.top(5).rows()).extracting(x -> x.rank() + " " + x.area().label() + " " + x.value()
            + " " + x.judgement().orElseThrow().overall().label() + " "
            + x.judgement().orElseThrow().published())
        .containsExactly(
            "1 North East Lincolnshire 20.9 Inadequate 2021-11-26",
            "2 Bolton 20.8 Good 2023-10-27",
            "3 Swindon 19.6 Inadequate 2023-09-11",
            "4 Bedford 19.5 Good 2022-01-14",
            "4 Dudley 19.5 Requires improvement to be good 2023-01-13");
    // Wakefield ties with them at 19.5: top(5) says so, topWithTies(5) shows it.
    assertThat(r.top(5).notes()).containsExactly("1 more row ties at rank 4 with the 2 last rows "
        + "shown (Wakefield): topWithTies(5) shows them.");
    assertThat(r.topWithTies(5).rows()).extracting(x -> x.area().label()).endsWith("Wakefield");
    // Over the 149 ranked: 34 Outstanding, 66 Good, 30 Requires improvement, 19 Inadequate.
    Map<Grade, Long> grades = r.rows().stream().collect(Collectors.groupingBy(
        x -> x.judgement().orElseThrow().overall(), () -> new EnumMap<>(Grade.class),
        Collectors.counting()));
    assertThat(grades).containsExactly(entry(Grade.OUTSTANDING, 34L), entry(Grade.GOOD, 66L),
        entry(Grade.REQUIRES_IMPROVEMENT, 30L), entry(Grade.INADEQUATE, 19L));
    // Kingston upon Thames with Richmond upon Thames: the later of the two boroughs' judgements.
    Ranked kingston = r.rankOf(workforce().find("314").orElseThrow()).orElseThrow();
    assertThat(kingston.judgement().orElseThrow().code()).isEqualTo("E09000021");
    assertThat(kingston.judgement().orElseThrow().published()).isEqualTo(LocalDate.of(2025, 1, 29));

    List<String> csv = r.format(Format.CSV).lines().toList();
    assertThat(csv.get(0)).isEqualTo("rank,time_period,geographic_level,old_la_code,area_code,"
        + "area_name,region_name,caseload_fte,ofsted_judgement,ofsted_inspected,"
        + "ofsted_published,left_out_reason");
    assertThat(csv).hasSize(1 + 149 + 2);
    assertThat(csv.get(1)).isEqualTo("1,2025,Local authority,812,E06000012,"
        + "North East Lincolnshire,Yorkshire and The Humber,20.9,Inadequate,2021-10-04,"
        + "2021-11-26,");
    assertThat(csv.subList(150, 152)).allSatisfy(line -> assertThat(line).startsWith(",2025,")
        .endsWith(",x,,,,x (not available)"));
    JsonNode json = new ObjectMapper().readTree(r.format(Format.JSON));
    assertThat(json.get("rows")).hasSize(149)
        .allSatisfy(row -> assertThat(row.get("ofsted_judgement").asText()).isNotEmpty());
    assertThat(json.get("left_out")).extracting(x -> x.get("area_name").asText() + " "
        + x.get("caseload_fte").asText()).containsExactlyInAnyOrder("Kensington and Chelsea x",
        "Westminster x");
  }

  @Test
  void somerset2022_matchesTheJudgementFiledUnderItsLaterCode() throws IOException {
    Workforce wf = workforce().withJudgements(ofsted());
    Authority somerset = wf.find("Somerset").orElseThrow();

    assertThat(somerset.allCodes()).contains("E10000027", "E06000066");
    Ranked row = wf.year(2022).rankBy(Metric.CASELOAD).rankOf(somerset).orElseThrow();
    assertThat(row.judgement().map(Judgement::code)).contains("E06000066");
  }

  @Test
  void staffordshireAgainstItsTenNeighbours_2025Model() throws IOException {
    StatisticalNeighbours model =
        StatisticalNeighboursReader.read(SharedData.file("sn_model_2025_wide.csv"));
    Workforce wf = workforce().withNeighbours(model).withJudgements(ofsted());

    NeighbourComparison c = wf.year(2025).authority("Staffordshire")
        .againstNeighbours(Metric.CASELOAD);

    assertThat(c.neighbours()).extracting(n -> n.neighbour().laNumber())
        .containsExactly(811, 884, 893, 815, 933, 830, 877, 891, 943, 888);
    assertThat(c.notCompared()).isEmpty();
    assertThat(c.value().doubleValue()).isEqualTo(18.4);
    assertThat(c.neighbours()).extracting(n -> n.value().doubleValue())
        .containsExactly(16.5, 13.6, 16.2, 18.2, 15.2, 17.1, 14.0, 13.3, 14.8, 14.8);
    // Σ cases 25,867 / Σ case holders 1,668.6 FTE over the ten, read from the 2025 rows
    assertThat(c.mean().doubleValue()).isCloseTo(25867 / 1668.6, within(1e-9));
    assertThat(c.covered()).isEqualTo(10);
    assertThat(c.rank()).hasValue(1);
    assertThat(c.ranking().size()).isEqualTo(11);
    assertThat(c.format(Format.TEXT)).contains("Westmorland and Furness")
        .contains("Staffordshire ranks 1 of 11");
  }

  @Test
  void staffordshireAgainstItsTenNeighbours_exportsEveryRowWithJudgements() throws IOException {
    StatisticalNeighbours model =
        StatisticalNeighboursReader.read(SharedData.file("sn_model_2025_wide.csv"));
    NeighbourComparison c = workforce().withNeighbours(model).withJudgements(ofsted()).year(2025)
        .authority("Staffordshire").againstNeighbours(Metric.CASELOAD);

    List<String> csv = c.format(Format.CSV.withFullPrecision()).lines().toList();

    assertThat(csv).hasSize(13);
    assertThat(csv.get(1)).isEqualTo("2025,authority,,,Local authority,860,E10000028,"
        + "Staffordshire,West Midlands,18.4,1,compared,Requires improvement to be good,"
        + "2023-11-06,2024-01-12");
    assertThat(csv.get(3)).startsWith("2025,neighbour,2,Very close,Local authority,884,"
        + "E06000019,\"Herefordshire, County of\",West Midlands,13.6,");
    String[] mean = csv.get(12).split(",", -1);
    assertThat(mean[1]).isEqualTo("neighbour mean");
    assertThat(Double.parseDouble(mean[9])).isCloseTo(25867 / 1668.6, within(1e-9));
    assertThat(mean[11]).isEqualTo("10 of 10 neighbours");
    assertThat(c.format(Format.CSV).lines().toList().get(12).split(",", -1)[9])
        .isEqualTo("15.5");
    JsonNode json = new ObjectMapper().readTree(c.format(Format.JSON.withFullPrecision()));
    List<String> neighbours = new java.util.ArrayList<>();
    json.get("rows").forEach(n -> {
      if (n.get("role").asText().equals("neighbour")) {
        neighbours.add(n.get("old_la_code").asText());
      }
    });
    assertThat(neighbours)
        .containsExactly("811", "884", "893", "815", "933", "830", "877", "891", "943", "888");
    assertThat(json.get("rows").get(0).get("ofsted_published").asText()).isEqualTo("2024-01-12");
    assertThat(json.get("rows").get(11).get("caseload_fte").asDouble())
        .isCloseTo(25867 / 1668.6, within(1e-9));
  }

  @Test
  void staffordshireAgainstItsNeighbours_2021Model_reportsReorganisedAuthorities()
      throws IOException {
    StatisticalNeighbours model = StatisticalNeighboursReader.read(
        SharedData.file("New_Statistical_Neighbour_Groupings_April_2021.csv"));
    Workforce wf = workforce().withNeighbours(model);

    NeighbourComparison c = wf.authority("Staffordshire").againstNeighbours(Metric.CASELOAD);

    // Cumbria (909) split in 2023: held until 2022, no 2025 figures; reported, not dropped.
    NeighbourValue cumbria = c.neighbours().get(8);
    assertThat(cumbria.neighbour().laNumber()).isEqualTo(909);
    assertThat(cumbria.status()).isEqualTo(NeighbourValue.Status.NO_FIGURES);
    // North Northamptonshire (940) reports with West Northamptonshire as 940 / 941.
    MatchedNeighbour north = c.neighbours().get(7).neighbour();
    assertThat(north.authority().orElseThrow().laNumber()).isEqualTo("940 / 941");
    assertThat(c.covered()).isEqualTo(9);
    assertThat(c.mean().doubleValue()).isCloseTo(32851 / 2205.6, within(1e-9));
  }

  @Test
  void staffordshireJudgement_in2017_isNoneBecauseIlacsBeganIn2018() throws IOException {
    Workforce wf = workforce().withJudgements(ofsted());
    Authority staffs = wf.find("Staffordshire").orElseThrow();

    assertThat(wf.year(2017).judgement(staffs)).isEmpty();
    assertThat(wf.year(2019).judgement(staffs).map(Judgement::overall)).contains(Grade.GOOD);
  }
}
