package io.github.csww.examples;

import static io.github.csww.examples.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.csww.examples.CliTest.Result;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 10, point by point, on the bundled 2025 release: the command line's default data. */
class CliRealDataTest {
  private static final String SOURCE = BundledData.WORKFORCE.sourceLine();

  @TempDir Path dir;

  // ------------------------------------------------------------------ ties at the cut

  @Test
  void top_default_keepsEveryRowTiedAtTheCutAndSaysSo() throws IOException {
    Result r = run("top", "--format", "json");

    assertThat(r.status()).isZero();
    assertThat(r.column("area_name")).containsExactly("North East Lincolnshire", "Bolton",
        "Swindon", "Bedford", "Dudley", "Wakefield");
    assertThat(r.column("rank")).containsExactly("1", "2", "3", "4", "4", "4");
    assertThat(r.json().get("notes").toString())
        .contains("6 rows, not 5: 3 tie at rank 4 (--exact cuts at 5).");
  }

  @Test
  void top_2022_combinedReturnNamesBothPartnersJudgements() {
    Result r = run("top", "-n", "200", "--year", "2022");

    assertThat(r.status()).isZero();
    assertThat(r.out().lines().filter(l -> l.contains("314 / 318") && !l.startsWith("Note:")))
        .singleElement().asString()
        .contains("Kingston upon Thames: Outstanding; Richmond upon Thames: Good");
    assertThat(r.out()).contains("314 / 318 Kingston upon Thames / Richmond upon Thames on "
        + "2022-09-30: Kingston upon Thames Outstanding (inspected 2019-10-21, published "
        + "2019-12-19), Richmond upon Thames Good (inspected 2022-01-31, published 2022-03-18).");
  }

  @Test
  void top_agencyCoverRate_showsAllSixtyFiveTiedAtRankOne() throws IOException {
    Result r = run("top", "--metric", "agency-cover-rate", "--format", "json");

    assertThat(r.json().get("rows")).hasSize(65);
    assertThat(r.column("rank")).containsOnly("1");
    assertThat(r.json().get("notes").toString()).contains("65 rows, not 5: 65 tie at rank 1");
  }

  @Test
  void top_exact_cutsAtNAndSaysHowManyTiedRowsItCut() throws IOException {
    Result r = run("top", "--exact");

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Bedford", "Dudley").doesNotContain("Wakefield   ")
        .contains("Note: 1 more row ties at rank 4 with the 2 last rows shown (Wakefield): "
            + "without --exact, top shows them.")
        .doesNotContain("topWithTies");
    Result csv = run("top", "--exact", "--format", "csv");
    assertThat(csv.csv()).hasSize(1 + 5 + 2); // header, five kept, two left out
    assertThat(csv.err()).contains("1 more row ties at rank 4");
  }

  @Test
  void bottom_default_keepsTiesAtTheCutFromTheBottom() throws IOException {
    Result r = run("bottom", "--format", "json");
    Result exact = run("bottom", "--exact", "--format", "json");

    assertThat(r.json().get("title").asText()).isEqualTo("Average caseload (cases per FTE), "
        + "2025, lowest first (ranks counted from the highest)");
    assertThat(r.column("area_name")).containsExactly("Isles of Scilly", "Islington",
        "Liverpool", "Camden", "City of London", "Lambeth");
    assertThat(r.column("rank")).containsExactly("149", "147", "147", "144", "144", "144");
    assertThat(r.json().get("notes").toString())
        .contains("6 rows, not 5: 3 tie at rank 144 (--exact cuts at 5).");
    assertThat(exact.column("area_name")).hasSize(5).doesNotContain("Lambeth");
    assertThat(exact.json().get("notes").toString()).contains("1 more row ties at rank 144")
        .contains("(Lambeth): without --exact, bottom shows them.");
  }

  // ------------------------------------------------------------------ left-out areas

  @Test
  void leftOut_text_listsKensingtonAndWestminsterWithTheirReason() {
    Result r = run("top");

    assertThat(r.out()).contains("Left out (2):")
        .containsPattern("2025, 207, Kensington and Chelsea, Inner London, x: .*not available")
        .containsPattern("2025, 213, Westminster, Inner London, x: .*not available");
  }

  @Test
  void leftOut_csv_rowsCarryAReasonColumn() {
    Result r = run("top", "--format", "csv", "--plain-csv");

    List<List<String>> csv = r.csv();
    List<String> reasons = new ArrayList<>();
    for (List<String> row : csv.subList(1, csv.size())) {
      if (!CliTest.cell(csv, csv.indexOf(row), "left_out_reason").isEmpty()) {
        reasons.add(CliTest.cell(csv, csv.indexOf(row), "area_name") + ": "
            + CliTest.cell(csv, csv.indexOf(row), "left_out_reason"));
      }
    }
    assertThat(reasons).hasSize(2).anyMatch(s -> s.startsWith("Kensington and Chelsea: x"))
        .anyMatch(s -> s.startsWith("Westminster: x"));
  }

  @Test
  void leftOut_json_listsThemWithTheirReason() throws IOException {
    JsonNode leftOut = run("top", "--format", "json").json().get("left_out");

    assertThat(leftOut).hasSize(2);
    assertThat(leftOut.get(0).get("area_name").asText()).isEqualTo("Kensington and Chelsea");
    assertThat(leftOut.get(0).get("left_out_reason").asText()).contains("not available");
  }

  @Test
  void leftOut_areasNotExistingInAYear_areListedWithTheReason() throws IOException {
    Result r = run("top", "--change", "2022..2023", "--format", "json");

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.column("area_name")).startsWith("Swindon");
    List<String> leftOut = new ArrayList<>();
    for (JsonNode row : r.json().get("left_out")) {
      leftOut.add(row.get("area_name").asText() + ": " + row.get("left_out_reason").asText());
    }
    assertThat(leftOut).containsExactly("Cumberland: no figures for 2022",
        "Westmorland and Furness: no figures for 2022");
  }

  @Test
  void top_perAndPercentChange_rankByAMeasure() throws IOException {
    Result per = run("top", "--metric", "agency-workers", "--per", "case-holders", "-n", "1",
        "--format", "json");
    Result pct = run("top", "--change", "2022..2023", "--percent", "-n", "1", "--format",
        "json");
    Result both = run("top", "--change", "2022..2023", "--per", "cases");

    assertThat(per.column("area_name")).containsExactly("Isles of Scilly");
    assertThat(pct.column("area_name")).containsExactly("Westminster");
    assertThat(pct.column("caseload_fte_percent_change_2022_2023")).containsExactly("37.2");
    assertThat(both.status()).isEqualTo(2);
  }

  // ------------------------------------------------------------------ finding your way

  @ParameterizedTest
  @ValueSource(strings = {"turnover-rate", "TURNOVER_RATE", "turnover_rate_fte",
      "turnover_rate_fte_%", "Turnover-Rate"})
  void metricNames_everySpelling_ranksTheSame(String name) {
    Result r = run("top", "--metric", name, "-n", "3");

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(run("top", "--metric", "turnover-rate", "-n", "3").out());
  }

  @Test
  void metric_suggestionOnlyWhenSomethingIsClose() {
    Result close = run("top", "--metric", "caseloda");
    Result far = run("top", "--metric", "qqqqqqqqqqqq");

    assertThat(close.status()).isEqualTo(2);
    assertThat(close.err()).contains("did you mean").contains("caseload");
    assertThat(far.status()).isEqualTo(2);
    assertThat(far.err()).doesNotContain("did you mean").doesNotContain("Exception")
        .contains("Valid metrics: social-workers");
  }

  @Test
  void area_suggestionOnlyWhenSomethingIsClose() {
    Result close = run("trend", "Staffordshir");
    Result far = run("trend", "Narnia");

    assertThat(close.status()).isEqualTo(2);
    assertThat(close.err()).contains("did you mean Staffordshire");
    assertThat(far.status()).isEqualTo(2);
    assertThat(far.err()).contains("Narnia").doesNotContain("did you mean");
  }

  // ------------------------------------------------------------------ a name two have held

  private static final String BOTH_DORSETS = "csww: 'Dorset' could mean Dorset (835), reporting "
      + "2017 to 2018; or Dorset (838), reporting 2019 to 2025: give its LA number (835 or 838) "
      + "or ONS code instead of the name, or --years that only one of them reported in\n";

  @Test
  void trend_nameTwoAuthoritiesHeld_namesBothAndHowToPickOne() throws IOException {
    Result all = run("trend", "Dorset");
    Result across = run("trend", "Dorset", "--years", "2017..2019");
    Result chart = run("chart", "--kind", "trend", "Dorset", "England", "-o",
        dir.resolve("d.svg").toString());

    for (Result r : List.of(all, across, chart)) {
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo(BOTH_DORSETS);
    }
    assertThat(dir.resolve("d.svg")).doesNotExist();
  }

  @Test
  void trend_nameTwoAuthoritiesHeld_picksByNumberCodeOrYears() throws IOException {
    Result old = run("trend", "Dorset", "--years", "2017..2018", "--format", "json");
    Result byNumber = run("trend", "838", "--format", "json");
    Result byCode = run("trend", "E10000009", "--format", "json");

    assertThat(old.status()).as(old.err()).isZero();
    assertThat(old.column("time_period")).containsExactly("2017", "2018");
    assertThat(old.column("old_la_code")).containsOnly("835");
    assertThat(byNumber.column("time_period")).containsExactly("2019", "2020", "2021", "2022",
        "2023", "2024", "2025");
    assertThat(byCode.column("time_period")).containsExactly("2017", "2018");
  }

  @Test
  void compareAndNeighbours_nameTwoAuthoritiesHeld_resolveByTheYear() throws IOException {
    Result latest = run("compare", "Dorset", "--metric", "caseload");
    Result in2017 = run("compare", "Dorset", "--year", "2017", "--metric", "caseload");
    Result neighbours = run("neighbours", "Dorset");
    Result neighbours2017 = run("neighbours", "Dorset", "--year", "2017");

    assertThat(latest.status()).as(latest.err()).isZero();
    assertThat(latest.out()).contains("Comparison, 2025").contains("13.4"); // Dorset (838)
    assertThat(in2017.status()).as(in2017.err()).isZero();
    assertThat(in2017.out()).contains("Comparison, 2017").contains("15.4"); // Dorset (835)
    assertThat(neighbours.status()).as(neighbours.err()).isZero();
    assertThat(neighbours.out()).contains("838").doesNotContain("835");
    // the 2025 model has no group for the old county: said as such, not as 838 missing 2017
    assertThat(neighbours2017.status()).isEqualTo(1);
    assertThat(neighbours2017.err()).isEqualTo("csww: the neighbour model sn_model_2025_wide.csv "
        + "has no neighbours for Dorset (835)\n");
  }

  @Test
  void metrics_listsNamesColumnsUnitPolarityFormulaAndYears() throws IOException {
    Result r = run("metrics", "--format", "json");

    assertThat(r.status()).isZero();
    JsonNode turnover = null;
    for (JsonNode row : r.json().get("rows")) {
      if (row.get("metric").asText().equals("turnover-rate")) {
        turnover = row;
      }
    }
    assertThat(turnover).isNotNull();
    assertThat(turnover.get("enum_name").asText()).isEqualTo("TURNOVER_RATE");
    assertThat(turnover.get("column_2025").asText()).isEqualTo("turnover_rate_fte");
    assertThat(turnover.get("column_2022").asText()).isEqualTo("turnover_rate_fte_%");
    assertThat(turnover.get("unit").asText()).isEqualTo("%");
    assertThat(turnover.get("polarity").asText()).isEqualTo("higher is worse");
    assertThat(turnover.get("formula").asText()).isEqualTo("leavers_fte / inpost_fte x 100");
    assertThat(turnover.get("years").asText()).isEqualTo("2017..2025");
  }

  @Test
  void authorities_query_showsNumbersCodesNamesRegionYearsAndLinks() throws IOException {
    Result r = run("authorities", "cumbria", "--format", "json");

    assertThat(r.status()).isZero();
    JsonNode row = r.json().get("rows").get(0);
    assertThat(row.get("old_la_code").asText()).isEqualTo("909");
    assertThat(row.get("years").asText()).isEqualTo("2017..2022");
    assertThat(r.json().get("notes").toString()).contains("the links trend names")
        .doesNotContain("not in the data yet");
    Result somerset = run("authorities", "933");
    assertThat(somerset.out()).contains("E10000027; E06000066");
  }

  @Test
  void authorities_cumbria_namesItsSuccessorsAsTrendDoes() throws IOException {
    Result r = run("authorities", "cumbria", "--format", "json");
    Result trend = run("trend", "Cumbria");

    JsonNode row = r.json().get("rows").get(0);
    assertThat(row.get("predecessors").asText()).isEmpty();
    assertThat(row.get("successors").asText())
        .isEqualTo("Cumberland (942); Westmorland and Furness (943)");
    assertThat(trend.out()).contains("Cumberland (942) and Westmorland and Furness (943)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cumberland", "942", "westmorland and furness", "943"})
  void authorities_successorOfCumbria_namesCumbriaAsPredecessor(String query)
      throws IOException {
    Result r = run("authorities", query, "--format", "json");

    assertThat(r.status()).as(r.err()).isZero();
    JsonNode rows = r.json().get("rows");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("predecessors").asText()).isEqualTo("Cumbria (909)");
    assertThat(rows.get(0).get("successors").asText()).isEmpty();
  }

  @Test
  void authorities_dorsetAndNorthamptonshire_linkBothWays() throws IOException {
    Result dorset = run("authorities", "dorset", "--format", "json");
    Result north = run("authorities", "940", "--format", "json");
    Result county = run("authorities", "928", "--format", "json");

    assertThat(dorset.column("old_la_code")).containsExactly("835", "838");
    assertThat(dorset.column("successors")).containsExactly(
        "Dorset (838); Bournemouth, Christchurch and Poole (839)", "");
    // the new Dorset took the old county less Christchurch, which went to BCP
    assertThat(dorset.column("predecessors")).containsExactly("", "Dorset (835)");
    assertThat(north.column("predecessors")).containsExactly("Northamptonshire (928)");
    assertThat(county.column("successors"))
        .containsExactly("North Northamptonshire / West Northamptonshire (940 / 941)");
  }

  @Test
  void authorities_pooleAndBcp_linkPooleAndBournemouthToBcpAlone() throws IOException {
    Result poole = run("authorities", "poole", "--format", "json");
    Result bournemouth = run("authorities", "837", "--format", "json");

    assertThat(poole.column("old_la_code")).containsExactly("839", "836");
    assertThat(poole.column("predecessors")).containsExactly(
        "Dorset (835); Poole (836); Bournemouth (837)", "");
    assertThat(poole.column("successors")).containsExactly(
        "", "Bournemouth, Christchurch and Poole (839)");
    assertThat(bournemouth.column("successors")).containsExactly(
        "Bournemouth, Christchurch and Poole (839)");
  }

  @Test
  void trend_poole_isReplacedByBcpAlone() throws IOException {
    Result r = run("trend", "Poole");

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("Note: The series stops at 2018: from 2019 Poole was replaced "
        + "by Bournemouth, Christchurch and Poole (839) (").doesNotContain("(838) and");
  }

  @ParameterizedTest
  @ValueSource(strings = {"835", "E10000009"})
  void trend_oldDorset_isReplacedByTheNewDorsetAndBcp(String query) throws IOException {
    Result byYears = run("trend", "Dorset", "--years", "2017..2018");
    Result r = run("trend", query);

    String note = "Note: The series stops at 2018: from 2019 Dorset was replaced by Dorset (838) "
        + "and Bournemouth, Christchurch and Poole (839) (";
    assertThat(byYears.status()).as(byYears.err()).isZero();
    assertThat(byYears.out()).contains(note);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains(note);
  }

  @Test
  void trend_newDorsetAndBcp_nameTheirOwnPredecessors() throws IOException {
    Result dorset = run("trend", "838");
    Result bcp = run("trend", "Bournemouth, Christchurch and Poole");

    assertThat(dorset.out()).contains("Note: The series starts in 2019, when Dorset was created; "
        + "before it: Dorset (835) (");
    assertThat(bcp.out()).contains("Note: The series starts in 2019, when Bournemouth, "
        + "Christchurch and Poole was created; before it: Dorset (835), Poole (836) and "
        + "Bournemouth (837) (");
  }

  @Test
  void trend_richmond_findsTheCombinedReturnAsAuthoritiesDoes() throws IOException {
    Result authorities = run("authorities", "richmond", "--format", "json");
    Result r = run("trend", "Richmond");
    Result kingston = run("trend", "Kingston upon Thames");
    Result compare = run("compare", "richmond", "--metric", "caseload");

    assertThat(authorities.column("old_la_code")).containsExactly("314 / 318");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.lines().get(0))
        .isEqualTo("Average caseload, Kingston upon Thames / Richmond upon Thames");
    assertThat(r.out()).isEqualTo(kingston.out());
    assertThat(compare.status()).as(compare.err()).isZero();
    assertThat(compare.out()).contains("Kingston upon Thames / Richmond upon Thames");
    // a word of two authorities' names still names neither
    Result both = run("trend", "Kingston");
    assertThat(both.status()).isNotZero();
    assertThat(both.err()).contains("did you mean Kingston upon Hull, City of, Kingston upon "
        + "Thames / Richmond upon Thames?");
  }

  @Test
  void authorities_noReorganisation_leavesLinksEmpty() throws IOException {
    Result r = run("authorities", "kent", "--format", "json");

    assertThat(r.column("old_la_code")).containsExactly("886");
    assertThat(r.column("predecessors")).containsExactly("");
    assertThat(r.column("successors")).containsExactly("");
  }

  @Test
  void authorities_2022File_givesSuccessorsItDoesNotHoldByLaNumber() throws IOException {
    Path file = SharedData.file("csww_headline_measures_2017_to_2022.csv");

    Result r = run("authorities", "cumbria", "--file", file.toString(), "--format", "json");

    assertThat(r.column("successors")).containsExactly("942; 943");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hull", "Bristol", "Herefordshire"})
  void shortNames_resolve(String name) {
    Result r = run("trend", name);

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.lines().get(0)).startsWith("Average caseload, ").contains(name)
        .containsPattern(", (City|County) of$");
  }

  @Test
  void info_showsLayoutYearsRowsMarkersAuthoritiesAndCoverage() throws IOException {
    Result r = run("info", "--format", "json");

    assertThat(r.status()).isZero();
    String rows = r.json().get("rows").toString();
    assertThat(rows).contains("\"topic\":\"layout\"", "\"value\":\"2017..2025\"",
        "\"item\":\"read\"", "x (not available)", "\"item\":\"authorities\"",
        "\"topic\":\"coverage\"", "authority-years");
  }

  @Test
  void info_fileArgument_readsThe2022Layout() {
    Path file = SharedData.file("csww_headline_measures_2017_to_2022.csv");

    Result r = run("info", file.toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("2022").contains("2017..2022").contains("Source: " + file);
  }

  /*
   * The counts of info, checked against the file read here with a plain CSV split (SharedData):
   * marker cells of the metric columns (every column after la_name) and rows by geographic level.
   * Counted also with Python's csv module: the 2022 file has 978 rows (6 national, 66 regional,
   * 906 local authority) and 8 c, 34 x, 88 z; the 2025 file 1463 rows (9, 99, 1355) and 8 c,
   * 98 x, 81 z, 51 u, 12 low.
   */

  @Test
  void info_2022File_countsMarkersAndRowsAsTheFileHoldsThem() throws IOException {
    Path file = SharedData.file("csww_headline_measures_2017_to_2022.csv");

    Map<String, String> info = info(file);

    assertThat(info).containsAllEntriesOf(published(file));
    assertThat(info).containsEntry("rows/read", "978").containsEntry("rows/kept", "978")
        .containsEntry("rows/folded into combined returns", "4")
        .containsEntry("areas/National rows", "6").containsEntry("areas/Regional rows", "66")
        .containsEntry("areas/Local authority rows", "906")
        .containsEntry("markers/c (confidential)", "8")
        .containsEntry("markers/x (not available)", "34")
        .containsEntry("markers/z (not applicable)", "88")
        .containsEntry("coverage/starters", "not in the 2022 layout");
    assertThat(Integer.parseInt(info.get("areas/National rows"))
        + Integer.parseInt(info.get("areas/Regional rows"))
        + Integer.parseInt(info.get("areas/Local authority rows")))
        .isEqualTo(Integer.parseInt(info.get("rows/kept")));
    assertThat(run("info", file.toString()).out()).contains("Note: 4 partner rows of z")
        .contains("folded on load into 314 / 318, 940 / 941: counted here among "
            + "local-authority rows and their cells as z (the loader folds only rows of z and x");
  }

  @Test
  void info_2025File_countsMarkersAndRowsAsTheFileHoldsThem() throws IOException {
    Path file = SharedData.file("csww_indicators_2017_to_2025.csv");

    Map<String, String> info = info(file);

    assertThat(info).containsAllEntriesOf(published(file));
    assertThat(info).containsEntry("rows/kept", "1463")
        .containsEntry("areas/Local authority rows", "1355")
        .containsEntry("markers/x (not available)", "98")
        .containsEntry("markers/z (not applicable)", "81")
        .containsEntry("markers/u (low reliability)", "51")
        .containsEntry("markers/low (rounds to zero)", "12")
        .containsEntry("markers/c (confidential)", "8")
        .doesNotContainKey("rows/folded into combined returns");
  }

  /** The rows of {@code csww info FILE} as topic/item to value. */
  private static Map<String, String> info(Path file) throws IOException {
    Result r = run("info", file.toString(), "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode row : r.json().get("rows")) {
      out.put(row.get("topic").asText() + "/" + row.get("item").asText(),
          row.get("value").asText());
    }
    return out;
  }

  /** The rows, rows by level and marker cells of a file, counted from its text. */
  private static Map<String, String> published(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = SharedData.cells(lines.get(0).replace("\uFEFF", ""));
    int firstMetric = header.indexOf("la_name") + 1;
    Map<String, Integer> levels = new TreeMap<>();
    Map<String, Integer> markers = new TreeMap<>();
    int rows = 0;
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      rows++;
      List<String> cells = SharedData.cells(line);
      levels.merge(cells.get(header.indexOf("geographic_level")), 1, Integer::sum);
      for (String c : cells.subList(firstMetric, cells.size())) {
        if (List.of("c", "x", "z", "u", "low").contains(c.strip())) {
          markers.merge(c.strip(), 1, Integer::sum);
        }
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    out.put("rows/read", Integer.toString(rows));
    out.put("rows/kept", Integer.toString(rows));
    levels.forEach((level, n) -> out.put("areas/" + level + " rows", Integer.toString(n)));
    Map<String, String> meaning = Map.of("c", "confidential", "x", "not available", "z",
        "not applicable", "u", "low reliability", "low", "rounds to zero");
    markers.forEach((m, n) -> out.put("markers/" + m + " (" + meaning.get(m) + ")",
        Integer.toString(n)));
    return out;
  }

  @Test
  void trend_englandAndARegion_answerWithoutSuggestingRutland() {
    Result england = run("trend", "England");
    Result region = run("trend", "West Midlands", "--metric", "agency-rate");

    assertThat(england.status()).isZero();
    assertThat(england.lines().get(0)).isEqualTo("Average caseload, England");
    assertThat(england.out()).doesNotContain("Rutland");
    assertThat(region.status()).isZero();
    assertThat(region.lines().get(0)).contains("West Midlands");
  }

  @Test
  void compare_authorityRegionAndEngland() {
    Result r = run("compare", "Staffordshire", "West Midlands", "England", "--metric",
        "caseload");

    assertThat(r.status()).isZero();
    assertThat(r.out()).containsPattern("Average caseload +cases per FTE +18.4 +15.3 +15.2");
  }

  @Test
  void format_anyCase() {
    assertThat(run("top", "--format", "Json").out()).startsWith("{");
    assertThat(run("top", "--format", "MARKDOWN").out()).contains("| Rank |");
  }

  @Test
  void years_rangeLimitsTheTrend() throws IOException {
    Result r = run("trend", "Somerset", "--years", "2019..2025", "--format", "json");
    Result bad = run("trend", "Somerset", "--years", "2025..2019");
    Result outside = run("trend", "Somerset", "--years", "2010..2025");

    assertThat(r.column("time_period")).containsExactly("2019", "2020", "2021", "2022", "2023",
        "2024", "2025");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(outside.status()).isEqualTo(2);
    assertThat(outside.err()).contains("2017..2025");
  }

  @Test
  void aggregate_recomputesBesidePublishedWithLeftOut() {
    Result r = run("aggregate", "--region", "London");

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Recomputed", "Published", "Kensington and Chelsea");
  }

  @Test
  void bands_quartilesAndByJudgement() {
    Result bands = run("bands");
    Result judged = run("bands", "--by-judgement");

    assertThat(bands.status()).isZero();
    assertThat(bands.lines().get(0)).isEqualTo("Average caseload, quartile bands, 2025");
    assertThat(judged.status()).isZero();
    assertThat(judged.out()).contains("Outstanding", "Inadequate");
  }

  // ------------------------------------------------------------------ real data built in

  @Test
  void defaultData_topNeighboursAndTrendAnswerOnTheBundledRelease() {
    Result top = run("top");
    Result neighbours = run("neighbours", "Staffordshire");
    Result trend = run("trend", "Somerset");

    for (Result r : List.of(top, neighbours, trend)) {
      assertThat(r.status()).as(r.err()).isZero();
      assertThat(r.out()).contains(SOURCE);
    }
    assertThat(top.lines().get(0)).contains("2025");
    assertThat(neighbours.out()).contains("Staffordshire", "sn_model_2025_wide.csv");
    assertThat(trend.out()).contains("2017", "2025");
  }

  @Test
  void source_jsonFieldAndCsvOnStderr() throws IOException {
    assertThat(run("trend", "Somerset", "--format", "json").json().get("source").asText())
        .startsWith(SOURCE);
    Result csv = run("trend", "Somerset", "--format", "csv");
    assertThat(csv.err()).contains(SOURCE);
    assertThat(csv.out()).doesNotContain("Source:");
  }

  @Test
  void sample_selectsThe2017Sample() {
    Result r = run("top", "--sample");

    assertThat(r.lines().get(0)).contains("2017");
    assertThat(r.out()).contains("Staffordshire").contains(DataOptions.SAMPLE_SOURCE)
        .doesNotContain(SOURCE);
  }

  @Test
  void judgements_dateAfterTheFilesLatest_saysAnInspectionSinceIsNotInIt() {
    assertThat(run("top").out()).contains("Note: Ofsted judgements on 30 September 2025: the "
        + "file's latest judgement was published on 14 May 2025; any published since then is "
        + "not in it, so a judgement shown may have been replaced.");
    assertThat(run("top", "--judgements-at", "2025-03-01").out())
        .doesNotContain("latest judgement was published");
    assertThat(run("top", "--year", "2017").out()).doesNotContain("latest judgement");
  }

  @Test
  void judgements_dateNotCoveredByTheFile_saysSo() {
    Result r = run("top", "--year", "2017");

    assertThat(r.out()).contains("Ofsted judgements on 30 September 2017: not covered by this "
        + "file (earliest: ");
  }

  @Test
  void judgements_coverageNote_isPrintedOnceInTheCommandLinesWords() {
    for (String[] args : new String[][] {{"top", "--year", "2017"}, {"top"},
        {"compare", "Staffordshire", "--year", "2017"}, {"bands", "--by-judgement"}}) {
      String out = run(args).out();
      assertThat(out.split("Ofsted judgements on ", -1)).as(String.join(" ", args)).hasSize(2);
      assertThat(out).as(String.join(" ", args)).doesNotContain("judgements on 20");
    }
  }

  // ------------------------------------------------------------------ labels

  @Test
  void labels_headcountIsNotSaidTwice() {
    Result r = run("top", "--metric", "social-workers-headcount");

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Social workers (headcount)")
        .doesNotContain("(headcount) (headcount)");
  }

  // ------------------------------------------------------------------ charts

  @Test
  void chart_pdf_writesExactlyThatFile() throws IOException {
    Path pdf = dir.resolve("c.pdf");

    Result r = run("chart", "-o", pdf.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(pdf).exists();
    assertThat(dir.resolve("c.pdf.png")).doesNotExist();
    assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void chart_svg_hasTheSourceLineTheCombinedLabelAndZeroBars() throws IOException {
    Path svg = dir.resolve("c.svg");

    // City of London's turnover rate in 2025 is 0.0%: its bar is drawn with its label
    Result r = run("chart", "--metric", "turnover-rate", "-o", svg.toString());

    assertThat(r.status()).as(r.err()).isZero();
    String text = Files.readString(svg);
    assertThat(text).contains("Source: Department for Education").contains("City of London")
        .contains(">0.0%<");
    Path kr = dir.resolve("kr.svg");
    assertThat(run("chart", "--metric", "caseload", "-n", "75", "-o", kr.toString()).status())
        .isZero();
    assertThat(Files.readString(kr)).contains("Kingston upon Thames").contains("Richmond");
  }

  @Test
  void chart_png_widthAndHeight() throws IOException {
    Path png = dir.resolve("c.png");

    Result r = run("chart", "-o", png.toString(), "--width", "640", "--height", "900");

    assertThat(r.status()).as(r.err()).isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(640);
    assertThat(image.getHeight()).isEqualTo(900);
  }

  @Test
  void chart_trend_marksTheSeriesBreakAndTheReorganisation() throws IOException {
    Path svg = dir.resolve("t.svg");

    Result r = run("chart", "--kind", "trend", "Cumbria", "Cumberland", "England", "-o",
        svg.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.readString(svg)).contains("April 2023: Cumbria replaced")
        .contains("Cumberland").contains("England").contains("Source: Department for Education");
  }

  @Test
  void chart_trend_years() throws IOException {
    Path svg = dir.resolve("t.svg");

    Result r = run("chart", "--kind", "trend", "Somerset", "--years", "2019..2025", "-o",
        svg.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.readString(svg)).contains("2019 to 2025");
  }

  @Test
  void chart_scatter_namesOutliers() throws IOException {
    Path svg = dir.resolve("s.svg");

    Result r = run("chart", "--kind", "scatter", "--metric", "caseload", "--y-metric",
        "turnover-rate", "-o", svg.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.readString(svg)).contains("Isles of Scilly");
  }

  @Test
  void chart_csv_printsTheFiguresDrawnAndTheNoticeOnStderr() throws IOException {
    Path png = dir.resolve("c.png");

    Result r = run("chart", "-n", "3", "-o", png.toString(), "--format", "csv", "--plain-csv");

    assertThat(r.status()).as(r.err()).isZero();
    List<List<String>> csv = r.csv();
    List<String> names = new ArrayList<>();
    for (int i = 1; i < csv.size(); i++) {
      names.add(CliTest.cell(csv, i, "area_name"));
    }
    assertThat(names).containsExactly("North East Lincolnshire", "Bolton", "Swindon",
        "Islington", "Liverpool", "Isles of Scilly", "Kensington and Chelsea", "Westminster");
    assertThat(r.err()).contains("wrote " + png).contains(SOURCE);
    assertThat(png).exists();
  }

  @Test
  void chart_json_trendPrintsEveryAreaAndYearDrawn() throws IOException {
    Result r = run("chart", "--kind", "trend", "Somerset", "England", "--years", "2023..2025",
        "-o", dir.resolve("t.svg").toString(), "--format", "json");

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.column("area_name")).containsExactly("England", "Somerset", "England",
        "Somerset", "England", "Somerset");
    assertThat(r.json().get("source").asText()).isEqualTo(SOURCE);
  }

  @Test
  void compare_englandAloneAndAnAuthorityTwice_exitTwoSayingWhatToDo() {
    Result england = run("compare", "England");
    Result twice = run("compare", "Staffordshire", "Staffordshire");

    assertThat(england.status()).isEqualTo(2);
    assertThat(england.err()).startsWith("csww: compare needs an authority or a region: ");
    assertThat(twice.status()).isEqualTo(2);
    assertThat(twice.err()).isEqualTo("csww: 'Staffordshire' is named twice: name each area "
        + "once\n");
  }

  @Test
  void top_perTheMetricItselfAndScatterOfAMetricWithItself_exitTwo() {
    Result per = run("top", "--metric", "caseload", "--per", "caseload");
    Result scatter = run("chart", "--kind", "scatter", "--metric", "caseload", "--y-metric",
        "caseload", "-o", dir.resolve("s.png").toString());

    assertThat(per.status()).isEqualTo(2);
    assertThat(per.err()).contains("a ratio of a metric to itself is always 1");
    assertThat(scatter.status()).isEqualTo(2);
    assertThat(scatter.err()).contains("--metric and --y-metric are both caseload");
  }

  @Test
  void bands_byJudgementOn2022File_saysToAddJudgements() {
    Path file = SharedData.file("csww_headline_measures_2017_to_2022.csv");

    Result r = run("bands", "--by-judgement", "--file", file.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("add --judgements FILE (Ofsted's inspection outcomes, the .ods "
        + "Ofsted publishes)").doesNotContain("withJudgements");
  }

  @Test
  void top_ofstedsOutcomesAsFile_saysTheyGoWithJudgements() {
    Path ods = SharedData.file("LA_Inspection_Outcomes_as_at_31_March_2025.ods");

    Result r = run("top", "--file", ods.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).startsWith("csww: " + ods + ": is a spreadsheet (a zip archive), not "
        + "workforce figures: --file takes an EES CSV").contains("give it with --judgements FILE")
        .doesNotContain("OfstedReader").doesNotContain("withJudgements");
  }

  @ParameterizedTest
  @ValueSource(strings = {"top --metric starters", "bottom --metric starters-headcount",
      "top --metric cases --per starters", "bands --metric starters",
      "neighbours Staffordshire --metric starters", "trend England --metric starters",
      "aggregate --metric starters", "compare Staffordshire --metric caseload,starters",
      "chart --metric starters", "chart --kind scatter --y-metric starters",
      "chart --kind trend --metric starters"})
  void metricThe2022LayoutLacks_exitsOneSayingSo(String command) {
    Path file = SharedData.file("csww_headline_measures_2017_to_2022.csv");
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of("--file", file.toString()));
    if (args.get(0).equals("chart")) {
      args.addAll(List.of("-o", dir.resolve("c.png").toString()));
    }

    Result r = run(args.toArray(new String[0]));

    assertThat(r.status()).as(r.err()).isEqualTo(1);
    String option = command.contains("--per") ? "--per starters"
        : command.contains("--y-metric") ? "--y-metric starters"
        : command.contains("headcount") ? "--metric starters-headcount" : "--metric starters";
    String metric = option.substring(option.indexOf(' ') + 1);
    assertThat(r.err()).isEqualTo("csww: " + option + ": " + file + " is in the 2022 layout, "
        + "which does not publish " + metric + " ('csww info FILE' lists the metrics a file "
        + "has); files in the 2025 layout do, as does the bundled 2025 release (without "
        + "--file)\n");
    assertThat(r.out()).isEmpty();
    assertThat(dir.resolve("c.png")).doesNotExist();
  }

  @Test
  void metricThe2022LayoutHas_answers() {
    Path file = SharedData.file("csww_headline_measures_2017_to_2022.csv");

    Result r = run("top", "--metric", "leavers", "--file", file.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("(no rows)");
  }

  @Test
  void chart_unknownExtension_exitsTwo() {
    Result r = run("chart", "-o", dir.resolve("c.jpg").toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(".png, .svg or .pdf");
  }
}
