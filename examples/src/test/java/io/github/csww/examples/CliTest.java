package io.github.csww.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command of the CLI, run on the bundled sample, with its output and error paths. */
class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOM = "\uFEFF";

  @TempDir Path dir;

  record Result(int status, String out, String err) {
    List<String> lines() {
      return Arrays.asList(out.split("\n"));
    }

    JsonNode json() throws IOException {
      return JSON.readTree(out);
    }

    /** The CSV lines, the byte order mark removed from the first. */
    List<List<String>> csv() {
      List<List<String>> rows = new ArrayList<>();
      for (String line : out.split("\n")) {
        rows.add(SharedData.cells(line.startsWith(BOM) ? line.substring(1) : line));
      }
      return rows;
    }
  }

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  static String cell(List<List<String>> csv, int row, String column) {
    return csv.get(row).get(csv.get(0).indexOf(column));
  }

  // ------------------------------------------------------------------ top and bottom

  @Test
  void top_onSample_printsHighestCaseloadsWithJudgementsInOrder() {
    Result r = run("top");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.lines()).hasSize(6);
    assertThat(r.lines().get(0)).contains("Average caseload (cases per FTE)")
        .endsWith("Ofsted judgement on 2018-02-28");
    assertThat(r.lines().get(1)).startsWith("   1  Staffordshire").contains("26.4")
        .endsWith("  Good");
    assertThat(r.lines().get(2)).contains("Shropshire").contains("25.1").endsWith("  Good");
    assertThat(r.lines().get(3)).contains("Kingston upon Hull, City of").contains("24.5")
        .endsWith("  Requires improvement to be good");
    assertThat(r.lines().get(4)).contains("Southampton").contains("23.9")
        .endsWith("  Requires improvement to be good");
    assertThat(r.lines().get(5)).contains("Blackburn with Darwen").contains("23.8")
        .endsWith("  Good");
  }

  @Test
  void bottom_onSample_printsLowestFirstWithJudgements() {
    Result r = run("bottom", "-n", "5");

    assertThat(r.status()).isZero();
    assertThat(r.lines()).hasSize(6);
    assertThat(r.lines().get(1)).startsWith("  10  Kingston upon Thames / Richmond upon Thames")
        .contains("10.2").endsWith("  Good");
    assertThat(r.lines().get(2)).contains("Kensington and Chelsea").contains("11.9")
        .endsWith("  Outstanding");
    assertThat(r.lines().get(3)).contains("Hertfordshire").contains("12.4").endsWith("  Good");
    assertThat(r.lines().get(4)).contains("Darlington").contains("12.5")
        .endsWith("  Inadequate");
    assertThat(r.lines().get(5)).contains("Sutton").contains("12.9").endsWith("  Good");
  }

  @Test
  void top_judgementsAtCensusDate_findsNoneOfTheSamplesPlaceholderDates() {
    Result r = run("top", "-n", "1", "--judgements-at", "2017-09-30");

    assertThat(r.status()).isZero();
    assertThat(r.lines().get(0)).endsWith("Ofsted judgement on 2017-09-30");
    assertThat(r.lines().get(1)).contains("Staffordshire").endsWith("  none");
  }

  @Test
  void top_judgementsFile_looksThemUpOnTheCensusDate() throws IOException {
    Path ofsted = Fixtures.judgementsBeforeCensus(dir);

    Result r = run("top", "-n", "2", "--judgements", ofsted.toString());

    assertThat(r.status()).isZero();
    assertThat(r.lines().get(0)).endsWith("Ofsted judgement on 2017-09-30");
    assertThat(r.lines().get(1)).contains("Staffordshire").endsWith("  Good");
    assertThat(r.lines().get(2)).contains("Shropshire").endsWith("  Inadequate");
  }

  @Test
  void top_fileWithoutJudgements_hasNoJudgementColumn() throws IOException {
    Path copy = dir.resolve("sample.csv");
    try (var in = Sample.open(Sample.WORKFORCE_RESOURCE)) {
      Files.copy(in, copy);
    }

    Result r = run("top", "-n", "1", "--file", copy.toString());

    assertThat(r.status()).isZero();
    assertThat(r.lines()).hasSize(2);
    assertThat(r.lines().get(0)).doesNotContain("Ofsted");
    assertThat(r.lines().get(1)).contains("Staffordshire").endsWith("26.4");
  }

  @Test
  void top_csv_isSpreadsheetSafeWithRankAndJudgementColumns() {
    Result r = run("top", "-n", "3", "--format", "csv");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith(BOM + "time_period,");
    List<List<String>> csv = r.csv();
    assertThat(csv).hasSize(4);
    assertThat(csv.get(0)).contains("la_name", "caseload_fte", "case_holders_fte", "rank",
        "ofsted_judgement");
    assertThat(cell(csv, 1, "la_name")).isEqualTo("Staffordshire");
    assertThat(cell(csv, 1, "caseload_fte")).isEqualTo("26.4");
    assertThat(cell(csv, 1, "case_holders_fte")).isEqualTo("199.4");
    assertThat(cell(csv, 1, "rank")).isEqualTo("1");
    assertThat(cell(csv, 1, "ofsted_judgement")).isEqualTo("Good");
    assertThat(cell(csv, 2, "la_name")).isEqualTo("Shropshire");
    assertThat(cell(csv, 3, "la_name")).isEqualTo("Kingston upon Hull, City of");
    assertThat(cell(csv, 3, "ofsted_judgement")).isEqualTo("Requires improvement to be good");
  }

  @Test
  void bottom_csv_keepsRanksCountedFromTheHighest() {
    Result r = run("bottom", "-n", "2", "--format", "csv", "--plain-csv");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("time_period,");
    List<List<String>> csv = r.csv();
    assertThat(csv).hasSize(3);
    assertThat(cell(csv, 1, "la_name")).isEqualTo("Kingston upon Thames / Richmond upon Thames");
    assertThat(cell(csv, 1, "old_la_code")).isEqualTo("314 / 318");
    assertThat(cell(csv, 1, "rank")).isEqualTo("10");
    assertThat(cell(csv, 2, "la_name")).isEqualTo("Kensington and Chelsea");
    assertThat(cell(csv, 2, "rank")).isEqualTo("9");
    assertThat(cell(csv, 2, "ofsted_judgement")).isEqualTo("Outstanding");
  }

  @Test
  void top_csv_neutralisesFormulaCellsUnlessPlain() throws IOException {
    Path file = dir.resolve("formula.csv");
    List<String> lines = new ArrayList<>(List.of(new String(
        Sample.open(Sample.WORKFORCE_RESOURCE).readAllBytes(), StandardCharsets.UTF_8)
        .split("\n")));
    lines.add(lines.get(lines.size() - 1).replace("Blackburn with Darwen", "=HYPERLINK(1)")
        .replace(",889,", ",999,").replace("E06000008", "E06000999").replace(",23.8,", ",30,"));
    Files.writeString(file, String.join("\n", lines) + "\n");

    Result safe = run("top", "-n", "1", "--format", "csv", "--file", file.toString());
    Result plain = run("top", "-n", "1", "--format", "csv", "--plain-csv", "--file",
        file.toString());

    assertThat(safe.status()).isZero();
    assertThat(cell(safe.csv(), 1, "la_name")).isEqualTo("'=HYPERLINK(1)");
    assertThat(cell(plain.csv(), 1, "la_name")).isEqualTo("=HYPERLINK(1)");
  }

  @Test
  void top_json_holdsTheRowsAskedForWithJudgements() throws IOException {
    Result r = run("top", "-n", "2", "--format", "json");

    assertThat(r.status()).isZero();
    JsonNode doc = r.json();
    assertThat(doc.get("format").asText()).isEqualTo("csww-ranking");
    assertThat(doc.get("metric").asText()).isEqualTo("CASELOAD");
    assertThat(doc.get("year").asInt()).isEqualTo(2017);
    assertThat(doc.get("judgementDate").asText()).isEqualTo("2018-02-28");
    JsonNode rows = doc.get("rows");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("name").asText()).isEqualTo("Staffordshire");
    assertThat(rows.get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(rows.get(0).get("value").asDouble()).isEqualTo(26.4);
    assertThat(rows.get(0).get("judgement").get("grade").asText()).isEqualTo("Good");
    assertThat(rows.get(1).get("name").asText()).isEqualTo("Shropshire");
  }

  @Test
  void bottom_json_listsLowestFirst() throws IOException {
    Result r = run("bottom", "-n", "4", "--format", "json");

    JsonNode rows = r.json().get("rows");
    List<String> names = new ArrayList<>();
    List<String> grades = new ArrayList<>();
    for (JsonNode row : rows) {
      names.add(row.get("name").asText());
      grades.add(row.get("judgement").get("grade").asText());
    }
    assertThat(names).containsExactly("Kingston upon Thames / Richmond upon Thames",
        "Kensington and Chelsea", "Hertfordshire", "Darlington");
    assertThat(grades).containsExactly("Good", "Outstanding", "Good", "Inadequate");
    assertThat(rows.get(0).get("rank").asInt()).isEqualTo(10);
  }

  @Test
  void top_moreRowsThanRanked_printsAllTen() {
    Result r = run("top", "-n", "50");

    assertThat(r.status()).isZero();
    assertThat(r.lines()).hasSize(11);
  }

  // ------------------------------------------------------------------ compare

  @Test
  void compare_onSample_printsAuthoritiesRegionAndEngland() {
    Result r = run("compare", "Staffordshire", "893", "--metric", "caseload,case-holders");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.lines()).hasSize(4);
    assertThat(r.lines().get(0)).containsSubsequence("Metric (2017)", "Staffordshire",
        "Shropshire", "West Midlands", "England");
    assertThat(r.lines().get(1)).containsPattern("Average caseload \\(cases per FTE\\) +26.4 +25.1"
        + " +x +17.8");
    assertThat(r.lines().get(2)).containsPattern("Case holders \\(FTE\\) +199.4 +77.7 +x +x");
    // the bundled sample's judgements, in force in February 2018
    assertThat(r.lines().get(3)).containsPattern("Ofsted judgement +Good +Good");
  }

  @Test
  void compare_withJudgements_addsAJudgementLine() throws IOException {
    Path ofsted = Fixtures.judgementsBeforeCensus(dir);

    Result r = run("compare", "Staffordshire", "Shropshire", "--metric", "caseload",
        "--judgements", ofsted.toString());

    assertThat(r.status()).isZero();
    assertThat(r.lines()).hasSize(3);
    assertThat(r.lines().get(2)).containsPattern("Ofsted judgement +Good +Inadequate");
  }

  @Test
  void compare_csv_writesARowPerArea() {
    Result r = run("compare", "Staffordshire", "Shropshire", "--metric", "caseload",
        "--format", "csv");

    assertThat(r.status()).isZero();
    List<List<String>> csv = r.csv();
    assertThat(csv).hasSize(5);
    assertThat(cell(csv, 1, "area_name")).isEqualTo("Staffordshire");
    assertThat(cell(csv, 1, "caseload_fte")).isEqualTo("26.4");
    assertThat(cell(csv, 2, "area_name")).isEqualTo("Shropshire");
    assertThat(cell(csv, 3, "area_name")).isEqualTo("West Midlands");
    assertThat(cell(csv, 3, "caseload_fte")).isEqualTo("x");
    assertThat(cell(csv, 4, "area_name")).isEqualTo("England");
    assertThat(cell(csv, 4, "caseload_fte")).isEqualTo("17.8");
  }

  @Test
  void compare_json_writesAnObjectPerArea() throws IOException {
    Result r = run("compare", "Staffordshire", "Shropshire", "--metric", "caseload",
        "--format", "json");

    JsonNode doc = r.json();
    assertThat(doc.get("format").asText()).isEqualTo("csww-comparison");
    assertThat(doc.get("year").asInt()).isEqualTo(2017);
    JsonNode areas = doc.get("areas");
    assertThat(areas).hasSize(4);
    assertThat(areas.get(0).get("name").asText()).isEqualTo("Staffordshire");
    assertThat(areas.get(0).get("values").get("CASELOAD").asDouble()).isEqualTo(26.4);
    assertThat(areas.get(3).get("name").asText()).isEqualTo("England");
    assertThat(areas.get(3).get("values").get("CASELOAD").asDouble()).isEqualTo(17.8);
  }

  @Test
  void compare_misspeltAuthority_suggestsClosestAndExitsTwo() {
    Result r = run("compare", "Staffordshire", "Shropshrie");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("csww: ").contains("'Shropshrie'")
        .contains("did you mean Shropshire");
  }

  @Test
  void compare_misspeltMetric_listsValidNames() {
    Result r = run("compare", "Staffordshire", "--metric", "caseload,agency-rat");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("unknown metric 'agency-rat'; did you mean agency-rate")
        .contains("Valid metrics: social-workers,");
  }

  // ------------------------------------------------------------------ neighbours

  @Test
  void neighbours_onSampleWithATestModel_ranksAmongNeighbours() throws IOException {
    Path model = Fixtures.sampleNeighbours(dir);

    Result r = run("neighbours", "Staffordshire", "--neighbours-file", model.toString());

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.lines().get(0)).isEqualTo("Staffordshire against its statistical neighbours ("
        + model + "), 2017");
    assertThat(r.out()).containsPattern("Staffordshire +860 +26.4 +rank 1 of 10")
        .containsPattern("1  Shropshire +893 +Close +25.1")
        .contains("same reporting unit as a closer neighbour");
    // cases are not in the sample, so the caseload mean (Σ cases / Σ case holders) cannot be made
    assertThat(r.out()).containsPattern("Neighbour mean +x +0 of 10 neighbours");
  }

  @Test
  void neighbours_countMetric_meanIsThePlainMeanOfTheComparedNeighbours() throws IOException {
    Path model = Fixtures.sampleNeighbours(dir);
    double sum = 0;
    int count = 0;
    List<String> seen = new ArrayList<>();
    for (var row : sampleRows()) {
      if (row.get("geographic_level").equals("Local authority")
          && !row.get("old_la_code").equals("860") && seen.add(row.get("old_la_code"))) {
        sum += Double.parseDouble(row.get("case_holders_fte"));
        count++;
      }
    }
    String mean = java.math.BigDecimal.valueOf(Math.round(sum / count * 10) / 10.0)
        .stripTrailingZeros().toPlainString();

    Result r = run("neighbours", "860", "--metric", "case-holders", "--neighbours-file",
        model.toString());

    assertThat(count).isEqualTo(9);
    assertThat(r.status()).isZero();
    assertThat(r.out()).containsPattern("Neighbour mean +" + mean + " +9 of 10 neighbours");
  }

  @Test
  void neighbours_csvAndJson_holdEveryNeighbour() throws IOException {
    Path model = Fixtures.sampleNeighbours(dir);

    Result csv = run("neighbours", "Staffordshire", "--neighbours-file", model.toString(),
        "--format", "csv");
    Result json = run("neighbours", "Staffordshire", "--neighbours-file", model.toString(),
        "--format", "json");

    assertThat(csv.status()).isZero();
    List<List<String>> rows = csv.csv();
    assertThat(rows).hasSize(13); // header, the authority, ten neighbours, the mean
    assertThat(cell(rows, 1, "role")).isEqualTo("authority");
    assertThat(cell(rows, 1, "area_name")).isEqualTo("Staffordshire");
    assertThat(cell(rows, 2, "area_name")).isEqualTo("Shropshire");
    assertThat(cell(rows, 2, "closeness")).isEqualTo("Close");
    assertThat(cell(rows, 12, "role")).isEqualTo("neighbour mean");
    JsonNode doc = json.json();
    assertThat(doc.get("format").asText()).isEqualTo("csww-neighbour-comparison");
    assertThat(doc.get("authority").get("name").asText()).isEqualTo("Staffordshire");
    assertThat(doc.get("authority").get("rank").asInt()).isEqualTo(1);
    assertThat(doc.get("neighbours")).hasSize(10);
    assertThat(doc.get("ranked").asInt()).isEqualTo(10);
  }

  @Test
  void neighbours_withoutModel_saysTheOptionIsRequired() {
    Result r = run("neighbours", "Staffordshire");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Missing required option: '--neighbours-file=FILE'");
  }

  @Test
  void neighbours_misspeltAuthority_suggestsClosest() throws IOException {
    Path model = Fixtures.sampleNeighbours(dir);

    Result r = run("neighbours", "Kensington and Chelsae", "--neighbours-file",
        model.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("did you mean Kensington and Chelsea");
  }

  @Test
  void neighbours_authorityNotInModel_exitsOne() throws IOException {
    Path model = dir.resolve("two.csv");
    StringBuilder sb = new StringBuilder("old_la_code,la_name");
    for (int k = 1; k <= 10; k++) {
      sb.append(",SN_").append(k).append(",SN_").append(k).append('P');
    }
    sb.append('\n');
    List<Integer> las = List.of(893, 810, 852, 889, 314, 318, 207, 919, 841, 319, 100);
    for (int la : las) {
      sb.append(la).append(",LA");
      for (int n : las) {
        if (n != la) {
          sb.append(',').append(n).append(",Close");
        }
      }
      sb.append('\n');
    }
    Files.writeString(model, sb.toString());

    Result r = run("neighbours", "Staffordshire", "--neighbours-file", model.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("has no neighbours for Staffordshire");
  }

  @Test
  void neighbours_badModelFile_namesTheFile() throws IOException {
    Path model = dir.resolve("bad.csv");
    Files.writeString(model, "a,b,c\n1,2,3\n");

    Result r = run("neighbours", "Staffordshire", "--neighbours-file", model.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains(model.toString()).contains("not a statistical neighbour table");
  }

  // ------------------------------------------------------------------ trend

  @Test
  void trend_knownAuthority_printsItsYears() {
    Result r = run("trend", "860");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Staffordshire\n").contains("2017").contains("26.4");
  }

  @Test
  void trend_england_csvAndJsonGiveBothYearsAndTheChange() throws IOException {
    Result csv = run("trend", "Staffordshire", "--format", "csv");
    Result json = run("trend", "Staffordshire", "--format", "json");

    List<List<String>> rows = csv.csv();
    assertThat(rows).hasSize(2);
    assertThat(cell(rows, 1, "time_period")).isEqualTo("2017");
    assertThat(cell(rows, 1, "caseload_fte")).isEqualTo("26.4");
    JsonNode doc = json.json();
    assertThat(doc.get("format").asText()).isEqualTo("csww-trend");
    assertThat(doc.get("area").get("name").asText()).isEqualTo("Staffordshire");
    assertThat(doc.get("rows")).hasSize(1);
    assertThat(doc.get("rows").get(0).get("value").asDouble()).isEqualTo(26.4);
  }

  @Test
  void trend_unknownAuthority_suggestsClosestNames() {
    Result r = run("trend", "Stafordshire");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("no authority matches 'Stafordshire'; did you mean Staffordshire");
  }

  // ------------------------------------------------------------------ chart

  @Test
  void chart_png_writesAPngImage() throws IOException {
    Path png = dir.resolve("chart.png");

    Result r = run("chart", "--output", png.toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("wrote " + png + "\n");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(1000);
    assertThat(image.getHeight()).isEqualTo(600);
  }

  @Test
  void chart_svg_writesAnSvgDocument() throws IOException {
    Path svg = dir.resolve("chart.svg");

    Result r = run("chart", "--output", svg.toString(), "-n", "3");

    assertThat(r.status()).isZero();
    // VectorGraphics2D draws text as paths, so check the document, not the words.
    assertThat(Files.readString(svg)).contains("<svg").contains("width=\"1000px\"")
        .contains("<path");
  }

  @Test
  void chart_csv_printsTheFiguresDrawnAndTheNoticeOnStderr() throws IOException {
    Path png = dir.resolve("chart.png");

    Result r = run("chart", "--output", png.toString(), "-n", "2", "--format", "csv");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEqualTo("wrote " + png + "\n");
    List<String> names = new ArrayList<>();
    for (List<String> row : r.csv().subList(1, r.csv().size())) {
      names.add(row.get(r.csv().get(0).indexOf("la_name")));
    }
    assertThat(names).containsExactly("Staffordshire", "Shropshire", "Kensington and Chelsea",
        "Kingston upon Thames / Richmond upon Thames");
    assertThat(ImageIO.read(png.toFile())).isNotNull();
  }

  @Test
  void chart_json_printsTheFiguresDrawn() throws IOException {
    Path png = dir.resolve("chart.png");

    Result r = run("chart", "--output", png.toString(), "-n", "1", "--format", "json");

    assertThat(r.status()).isZero();
    JsonNode rows = r.json().get("rows");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("name").asText()).isEqualTo("Staffordshire");
    assertThat(rows.get(1).get("rank").asInt()).isEqualTo(10);
  }

  // ------------------------------------------------------------------ errors and help

  @ParameterizedTest
  @ValueSource(strings = {"top", "bottom", "chart"})
  void misspeltMetric_everyCommand_suggestsAndExitsTwo(String command) {
    Result r = run(command, "--metric", "caseloda");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("unknown metric 'caseloda'; did you mean caseload")
        .contains("Valid metrics: social-workers,")
        .contains("Try 'csww " + command + " --help'.");
  }

  @Test
  void trend_misspeltMetric_suggests() {
    Result r = run("trend", "860", "--metric", "turnover");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown metric 'turnover'; did you mean");
  }

  @Test
  void neighbours_misspeltMetric_suggests() throws IOException {
    Result r = run("neighbours", "860", "--metric", "vacancy_rat", "--neighbours-file",
        Fixtures.sampleNeighbours(dir).toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("did you mean vacancy-rate");
  }

  @Test
  void top_zeroRows_isRefused() {
    Result r = run("top", "-n", "0");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("-n needs a number above 0, got 0");
  }

  @Test
  void top_missingFile_namesItAndExitsOne() {
    Path missing = dir.resolve("missing.csv");

    Result r = run("top", "--file", missing.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(missing.toString()).contains("no such file");
  }

  @Test
  void top_badJudgementsFile_namesItAndExitsOne() throws IOException {
    Path bad = dir.resolve("ofsted.csv");
    Files.writeString(bad, "Local authority area code,Local authority name,Inspection date,"
        + "Publication date,Overall effectiveness\nE10000028,Staffordshire,2017-01-01,"
        + "2017-02-01,Very good\n");

    Result r = run("top", "--judgements", bad.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains(bad.toString()).contains("Very good");
  }

  @Test
  void top_judgementsAtWithoutJudgements_isRefused() throws IOException {
    Path copy = dir.resolve("sample.csv");
    try (var in = Sample.open(Sample.WORKFORCE_RESOURCE)) {
      Files.copy(in, copy);
    }

    Result r = run("top", "--file", copy.toString(), "--judgements-at", "2018-02-28");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--judgements-at needs judgements");
  }

  @Test
  void top_badDate_saysWhatADateLooksLike() {
    Result r = run("top", "--judgements-at", "28/02/2018");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("expected a date such as 2018-02-28, got '28/02/2018'");
  }

  @Test
  void top_unknownFormat_listsTheFormats() {
    Result r = run("top", "--format", "xml");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("xml").contains("text, csv, json");
  }

  @Test
  void top_yearNotInFile_saysWhichYearsArePresent() {
    Result r = run("top", "--year", "2030");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("no figures for 2030; years present: 2016 to 2017");
  }

  @ParameterizedTest
  @ValueSource(strings = {"top", "bottom", "compare", "neighbours", "trend", "chart"})
  void help_everyCommand_printsUsageToStdout(String command) {
    Result r = run(command, "--help");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("Usage: csww " + command).contains("--file=FILE")
        .contains("--format=FORMAT").contains("--year=YEAR");
  }

  @Test
  void noCommand_printsUsageListingEveryCommand() {
    Result r = run();

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage: csww").contains("top").contains("bottom")
        .contains("compare").contains("neighbours").contains("trend").contains("chart");
  }

  @Test
  void unknownCommand_exitsTwo() {
    Result r = run("tpo");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Unmatched argument").contains("tpo");
  }

  static List<java.util.Map<String, String>> sampleRows() throws IOException {
    Path copy = Files.createTempFile("sample", ".csv");
    try (var in = Sample.open(Sample.WORKFORCE_RESOURCE)) {
      Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return SharedData.rows(copy);
    } finally {
      Files.delete(copy);
    }
  }
}
