package io.github.csww.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line on the 2017 sample ({@code --sample}) and on files tests write: formats,
 * judgements, neighbours and every error path with its exit status. {@link CliRealDataTest}
 * checks the answers on the bundled 2025 release.
 */
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

    /** The values of one JSON column in the kept rows. */
    List<String> column(String name) throws IOException {
      List<String> out = new ArrayList<>();
      for (JsonNode row : json().get("rows")) {
        out.add(row.get(name).asText());
      }
      return out;
    }
  }

  static Result run(String... args) {
    return runWithInput(new ByteArrayInputStream(new byte[0]), args);
  }

  static Result runWithInput(InputStream in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Cli.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  static String cell(List<List<String>> csv, int row, String column) {
    return csv.get(row).get(csv.get(0).indexOf(column));
  }

  Path sampleCopy() throws IOException {
    Path copy = dir.resolve("sample.csv");
    try (var in = Sample.open(Sample.WORKFORCE_RESOURCE)) {
      Files.copy(in, copy);
    }
    return copy;
  }

  // ------------------------------------------------------------------ top and bottom, sample

  @Test
  void top_sample_printsHighestCaseloadsWithTheSamplesJudgementsLabelled() {
    Result r = run("top", "--sample");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.lines().get(0)).isEqualTo("Average caseload (cases per FTE), 2017, highest first");
    assertThat(r.lines().get(1)).contains("Rank", "Area", "Ofsted judgement");
    assertThat(r.lines().get(2)).containsPattern("^ +1  2017  860 +Staffordshire .* 26\\.4  Good ");
    assertThat(r.lines().get(3)).contains("Shropshire", "25.1", "Good");
    assertThat(r.lines().get(4)).contains("Kingston upon Hull, City of", "24.5",
        "Requires improvement to be good");
    assertThat(r.lines().get(5)).contains("Southampton", "23.9");
    assertThat(r.lines().get(6)).contains("Blackburn with Darwen", "23.8");
    assertThat(r.out()).contains("Note: Ofsted judgements in force on 2018-02-28.")
        .contains(DataOptions.SAMPLE_JUDGEMENTS_NOTE)
        .contains(DataOptions.SAMPLE_SOURCE);
    // the dates shown are the sample's placeholders, and the note says so
    assertThat(r.lines().get(2)).contains("2018-01-31");
    assertThat(r.out()).contains("their inspected and published dates (2018-01-31) are "
        + "placeholders, not the reports'.");
  }

  @Test
  void bottom_sample_listsLowestFirstKeepingRanksFromTheHighest() throws IOException {
    Result r = run("bottom", "--sample", "-n", "4", "--format", "json");

    assertThat(r.status()).isZero();
    assertThat(r.column("area_name")).containsExactly(
        "Kingston upon Thames / Richmond upon Thames", "Kensington and Chelsea", "Hertfordshire",
        "Darlington");
    assertThat(r.column("ofsted_judgement")).containsExactly("Good", "Outstanding", "Good",
        "Inadequate");
    assertThat(r.column("rank")).containsExactly("10", "9", "8", "7");
  }

  @Test
  void top_judgementsAtCensusDate_findsNoneOfTheSamplesPlaceholderDates() throws IOException {
    Result r = run("top", "--sample", "-n", "1", "--judgements-at", "2017-09-30",
        "--format", "json");

    assertThat(r.status()).isZero();
    assertThat(r.column("area_name")).containsExactly("Staffordshire");
    assertThat(r.json().get("rows").get(0).get("ofsted_judgement").isNull()).isTrue();
    assertThat(r.json().get("notes").toString()).contains("in force on 2017-09-30");
  }

  @Test
  void top_judgementsFile_looksThemUpOnTheCensusDate() throws IOException {
    Path ofsted = Fixtures.judgementsBeforeCensus(dir);

    Result r = run("top", "--file", sampleCopy().toString(), "-n", "2", "--judgements",
        ofsted.toString(), "--format", "json");

    assertThat(r.status()).isZero();
    assertThat(r.column("area_name")).containsExactly("Staffordshire", "Shropshire");
    assertThat(r.column("ofsted_judgement")).containsExactly("Good", "Inadequate");
    assertThat(r.json().get("source").asText()).contains("Judgements: " + ofsted);
  }

  @Test
  void top_fileWithoutJudgements_hasNoJudgementColumnAndNamesTheFile() throws IOException {
    Path copy = sampleCopy();

    Result r = run("top", "-n", "1", "--file", copy.toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).doesNotContain("Ofsted");
    assertThat(r.lines().get(2)).contains("Staffordshire").endsWith("26.4");
    assertThat(r.out()).endsWith("\nSource: " + copy + "\n");
  }

  @Test
  void top_csv_isSpreadsheetSafeWithNotesAndSourceOnStderr() {
    Result r = run("top", "--sample", "-n", "3", "--format", "csv");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith(BOM + "rank,time_period,");
    List<List<String>> csv = r.csv();
    assertThat(csv).hasSize(4);
    assertThat(csv.get(0)).contains("area_name", "caseload_fte", "ofsted_judgement",
        "left_out_reason");
    assertThat(cell(csv, 1, "area_name")).isEqualTo("Staffordshire");
    assertThat(cell(csv, 1, "caseload_fte")).isEqualTo("26.4");
    assertThat(cell(csv, 3, "area_name")).isEqualTo("Kingston upon Hull, City of");
    assertThat(r.err()).contains("Note: Ofsted judgements in force on 2018-02-28.")
        .contains(DataOptions.SAMPLE_SOURCE);
    assertThat(r.out()).doesNotContain("Source:");
  }

  @Test
  void bottom_plainCsv_keepsRanksCountedFromTheHighest() {
    Result r = run("bottom", "--sample", "-n", "2", "--format", "csv", "--plain-csv");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("rank,");
    List<List<String>> csv = r.csv();
    assertThat(csv).hasSize(3);
    assertThat(cell(csv, 1, "area_name")).isEqualTo("Kingston upon Thames / Richmond upon Thames");
    assertThat(cell(csv, 1, "old_la_code")).isEqualTo("314 / 318");
    assertThat(cell(csv, 1, "rank")).isEqualTo("10");
    assertThat(cell(csv, 2, "rank")).isEqualTo("9");
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
    assertThat(cell(safe.csv(), 1, "area_name")).isEqualTo("'=HYPERLINK(1)");
    assertThat(cell(plain.csv(), 1, "area_name")).isEqualTo("=HYPERLINK(1)");
  }

  @Test
  void top_moreRowsThanRanked_printsAllTenWithoutATieNote() throws IOException {
    Result r = run("top", "--sample", "-n", "50", "--format", "json");

    assertThat(r.status()).isZero();
    assertThat(r.json().get("rows")).hasSize(10);
    assertThat(r.json().get("notes").toString()).doesNotContain("tie");
  }

  @Test
  void json_hasTheSourceFieldAndRoundsAsPublished() throws IOException {
    Result r = run("top", "--sample", "-n", "1", "--format", "JSON");

    JsonNode doc = r.json();
    assertThat(doc.get("source").asText()).isEqualTo(DataOptions.SAMPLE_SOURCE);
    assertThat(doc.get("rows").get(0).get("caseload_fte").asDouble()).isEqualTo(26.4);
  }

  // ------------------------------------------------------------------ compare

  @Test
  void compare_sample_printsAuthoritiesAndEnglandWithTheirJudgements() {
    Result r = run("compare", "--sample", "Staffordshire", "893", "--metric",
        "caseload,case-holders");

    assertThat(r.status()).isZero();
    assertThat(r.lines().get(0)).isEqualTo("Comparison, 2017");
    assertThat(r.lines().get(1)).containsPattern(
        "Metric \\(2017\\) +Unit +Staffordshire +Shropshire +West Midlands +England");
    assertThat(r.lines().get(2))
        .containsPattern("Average caseload +cases per FTE +26.4 +25.1 +x +17.8");
    assertThat(r.out()).contains("Staffordshire: Good (published 2018-01-31)");
  }

  @Test
  void compare_csv_writesARowPerMetric() {
    Result r = run("compare", "--sample", "Staffordshire", "Shropshire", "--metric", "caseload",
        "--format", "csv", "--plain-csv");

    assertThat(r.status()).isZero();
    List<List<String>> csv = r.csv();
    assertThat(csv).hasSize(2);
    assertThat(csv.get(1)).contains("26.4", "25.1", "17.8");
  }

  @Test
  void compare_misspeltAuthority_suggestsClosestAndExitsTwo() {
    Result r = run("compare", "--sample", "Staffordshir", "Shropshire");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("csww: ").contains("Staffordshire");
    assertThat(r.out()).isEmpty();
  }

  // ------------------------------------------------------------------ neighbours

  @Test
  void neighbours_sampleWithATestModel_ranksAmongNeighbours() throws IOException {
    Path model = Fixtures.sampleNeighbours(dir);

    Result r = run("neighbours", "--sample", "Staffordshire", "--neighbours-file",
        model.toString(), "--format", "json");

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Shropshire", "26.4", "25.1");
    assertThat(r.json().get("source").asText()).contains("Neighbours: " + model);
  }

  @Test
  void neighbours_badModelFile_namesTheFileAndExitsOne() throws IOException {
    Path model = dir.resolve("bad.csv");
    Files.writeString(model, "a,b,c\n1,2,3\n");

    Result r = run("neighbours", "--sample", "Staffordshire", "--neighbours-file",
        model.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains(model.toString());
  }

  // ------------------------------------------------------------------ errors and exit codes

  @Test
  void exitCodes_areZeroOneTwoAndThree() {
    assertThat(run("metrics").status()).isZero();
    assertThat(run("top", "--file", dir.resolve("missing.csv").toString()).status()).isEqualTo(1);
    assertThat(run("top", "--metric", "caseloda").status()).isEqualTo(2);
    assertThat(Cli.exitCode(new IllegalStateException("bug"))).isEqualTo(3);
    assertThat(Cli.exitCode(new Cli.UsageException("bad"))).isEqualTo(2);
    assertThat(Cli.exitCode(new IOException("gone"))).isEqualTo(1);
    // data that cannot answer: the 2025 neighbour model has no group for Cumbria (909)
    Result cumbria = run("neighbours", "Cumbria");
    assertThat(cumbria.status()).isEqualTo(1);
    assertThat(cumbria.err()).isEqualTo("csww: the neighbour model sn_model_2025_wide.csv has no "
        + "neighbours for Cumbria (909)\n");
  }

  @Test
  void internalError_asksForAReport() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Cli.report(new IllegalStateException("boom"),
        new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("csww: internal error, please report it: ").contains("boom");
  }

  @Test
  void top_missingFile_namesItAndExitsOne() {
    Path missing = dir.resolve("nope.csv");

    Result r = run("top", "--file", missing.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains(missing.toString());
  }

  @Test
  void top_badJudgementsFile_exitsOne() throws IOException {
    Path bad = dir.resolve("ofsted.csv");
    Files.writeString(bad, "nothing,useful\n1,2\n");

    Result r = run("top", "--judgements", bad.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains(bad.toString());
  }

  @Test
  void top_judgementsAtWithoutJudgements_isRefused() throws IOException {
    Result r = run("top", "--file", sampleCopy().toString(), "--judgements-at", "2018-01-01");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--judgements FILE");
  }

  @Test
  void sampleAndFile_together_areRefused() throws IOException {
    Result r = run("top", "--sample", "--file", sampleCopy().toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--sample and --file");
  }

  @Test
  void top_zeroRows_isRefused() {
    Result r = run("top", "-n", "0");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("-n needs a number above 0, got 0");
  }

  @Test
  void top_badDate_saysWhatADateLooksLike() {
    Result r = run("top", "--judgements-at", "30/09/2017");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("2018-02-28");
  }

  @Test
  void top_unknownFormat_listsTheFormats() {
    Result r = run("top", "--format", "xml");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("csv").contains("json");
  }

  @Test
  void top_yearNotInFile_saysWhichYearsArePresentAndExitsTwo() {
    Result r = run("top", "--sample", "--year", "2030");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("2030").contains("2017");
  }

  @Test
  void top_yearWithEnglandAlone_saysItHasNoAuthorityRowsAndExitsOne() {
    // the sample holds England's 2016 figures (for the change a year) and no authority's
    Result r = run("top", "--sample", "--year", "2016");

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("csww: --year 2016: the data has no local authority rows for "
        + "2016, only England's figures; years with local authority rows: 2017\n");
  }

  @Test
  void rankingCommands_yearWithEnglandAlone_sayItHasNoAuthorityRowsAndExitOne() {
    for (String[] args : new String[][] {
        {"bottom", "--sample", "--change", "2016..2017"},
        {"bands", "--sample", "--year", "2016"},
        {"chart", "--sample", "--year", "2016", "-o", dir.resolve("c.png").toString()}}) {
      Result r = run(args);

      String option = args[2].equals("--change") ? "--change 2016..2017" : "--year 2016";
      assertThat(r.status()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(1);
      assertThat(r.err()).as(String.join(" ", args)).isEqualTo("csww: " + option + ": the data "
          + "has no local authority rows for 2016, only England's figures; years with local "
          + "authority rows: 2017\n");
    }
    assertThat(dir.resolve("c.png")).doesNotExist();
    // a year with authority rows is answered as before
    assertThat(run("bottom", "--sample", "--year", "2017").status()).isZero();
    assertThat(run("bands", "--sample", "--year", "2017").status()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"top", "bottom", "compare", "neighbours", "trend", "aggregate",
      "bands", "metrics", "authorities", "info", "chart"})
  void help_everyCommand_printsAnExample(String command) {
    Result r = run(command, "--help");

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Usage: csww " + command).contains("Example")
        .contains("  csww " + command);
  }

  @Test
  void help_listsEveryCommandAndTheExitCodes() {
    Result r = run("--help");

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("top", "bottom", "compare", "neighbours", "trend", "aggregate",
        "bands", "metrics", "authorities", "info", "chart", "Exit codes:",
        "0   success", "1   a file cannot be read", "2   a bad command", "3   an internal error");
  }

  @Test
  void noCommand_printsUsage() {
    Result r = run();

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Usage: csww");
  }

  @Test
  void unknownCommand_exitsTwo() {
    Result r = run("rank");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("rank");
  }

  @Test
  void bands_byJudgementOnTheSample_isRefusedSayingWhy() {
    Result r = run("bands", "--sample", "--by-judgement");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("dated February 2018");
  }

  @Test
  void markdown_putsEachSourceInAParagraph() {
    Result r = run("top", "--sample", "-n", "1", "--format", "markdown");

    assertThat(r.out()).contains("| Rank |").endsWith("\n\n" + DataOptions.SAMPLE_SOURCE + "\n");
  }

  @Test
  void exitCodes_illegalArgumentIsStillAnInternalError() {
    // the library throws it for its own invariants too: commands check what users can get wrong
    assertThat(Cli.exitCode(new IllegalArgumentException("two columns are named 'x'")))
        .isEqualTo(3);
    assertThat(Cli.exitCode(new Cli.DataException("not published"))).isEqualTo(1);
  }

  @Test
  void compare_englandAlone_isRefusedSayingToNameAnAuthorityOrRegion() {
    for (String[] args : new String[][] {{"compare", "England", "--sample"},
        {"compare", "England", "--sample", "--year", "2016"}}) {
      Result r = run(args);

      assertThat(r.status()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).isEqualTo("csww: compare needs an authority or a region: England is "
          + "always its last column, beside them, e.g. csww compare Staffordshire England (for "
          + "England alone over the years: csww trend England)\n");
    }
  }

  @Test
  void compare_yearTheSampleLacks_saysWhichYearsItHas() {
    Result r = run("compare", "England", "--sample", "--year", "2015");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("csww: no figures for 2015; years present: 2016..2017\n");
  }

  @Test
  void compare_anAuthorityTwice_isRefusedNamingIt() {
    Result same = run("compare", "Staffordshire", "Staffordshire", "--sample");
    Result byNumber = run("compare", "Staffordshire", "860", "--sample");

    assertThat(same.status()).isEqualTo(2);
    assertThat(same.err()).isEqualTo("csww: 'Staffordshire' is named twice: name each area "
        + "once\n");
    assertThat(byNumber.status()).isEqualTo(2);
    assertThat(byNumber.err()).isEqualTo("csww: 'Staffordshire' and '860' both name "
        + "Staffordshire (860): name each area once\n");
  }

  @Test
  void top_perTheMetricItself_isRefused() {
    Result r = run("top", "--sample", "--metric", "caseload", "--per", "caseload");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("csww: --per caseload is the metric ranked (--metric "
        + "caseload), and a ratio of a metric to itself is always 1: give --per another "
        + "metric, e.g. --per case-holders\n");
  }

  @Test
  void bands_byJudgementOnAFileWithoutJudgements_saysToAddJudgements() throws IOException {
    Result r = run("bands", "--by-judgement", "--file", sampleCopy().toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("csww: --by-judgement needs Ofsted's judgements, and a --file "
        + "of your own brings none: add --judgements FILE (Ofsted's inspection outcomes, the "
        + ".ods Ofsted publishes)\n").doesNotContain("withJudgements");
  }

  @Test
  void missingJoin_isNamedByTheOptionThatMakesIt() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    java.io.PrintWriter w = new java.io.PrintWriter(err, true, StandardCharsets.UTF_8);
    io.github.csww.Workforce wf = Sample.workforce();

    try {
      wf.year(2017).judgementsByBand(io.github.csww.Metric.CASELOAD);
    } catch (io.github.csww.MissingJoinException e) {
      assertThat(Cli.report(e, w)).isEqualTo(2);
    }

    assertThat(err.toString(StandardCharsets.UTF_8)).contains("add --judgements FILE")
        .doesNotContain("withJudgements");
  }

  @Test
  void top_spreadsheetAsFile_saysItGoesWithJudgements() throws IOException {
    Path ods = dir.resolve("outcomes.ods");
    Files.write(ods, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});

    Result r = run("top", "--file", ods.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("csww: " + ods + ": is a spreadsheet (a zip archive), not "
        + "workforce figures: --file takes an EES CSV, in either layout, or csww JSON; if it is "
        + "Ofsted's inspection outcomes (the .ods Ofsted publishes), give it with --judgements "
        + "FILE (top, bottom, compare and bands take it)\n")
        .doesNotContain("OfstedReader");
  }

  @Test
  void chart_outputInAMissingDirectory_isRefusedAndNotCreated() {
    Path missing = dir.resolve("no-such-dir");
    Path png = missing.resolve("c.png");

    Result r = run("chart", "--sample", "-o", png.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("csww: -o " + png + ": the directory " + missing + " does not "
        + "exist (csww does not create it): create it first, or write the chart elsewhere\n");
    assertThat(missing).doesNotExist();
  }

  @Test
  void chart_outputThatCannotBeWritten_saysWhy() throws IOException {
    Path taken = Files.createDirectory(dir.resolve("taken.png")); // a directory of that name

    Result r = run("chart", "--sample", "-o", taken.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).startsWith("csww: cannot write the chart to " + taken + ": ")
        .isNotEqualTo("csww: cannot write the chart to " + taken + ": \n");
  }

  @Test
  void chart_outputTheSystemRefuses_saysWhy() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux's /proc");

    Result r = run("chart", "--sample", "-o", "/proc/csww-test.png");

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("csww: cannot write the chart to /proc/csww-test.png: no such "
        + "file or directory\n");
  }

  @Test
  void chart_scatterOfAMetricWithItself_isRefused() {
    Result r = run("chart", "--sample", "--kind", "scatter", "--metric", "caseload",
        "--y-metric", "caseload", "-o", dir.resolve("s.png").toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("csww: --metric and --y-metric are both caseload: a scatter "
        + "draws two different metrics against each other; give --y-metric another metric\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "--kind trend --y-metric caseload|--y-metric is for --kind scatter; --kind trend draws "
          + "--metric over the years (--years) for the areas named",
      "--kind trend --year 2017|--year is for --kind bars and scatter; --kind trend draws "
          + "--metric over the years (--years) for the areas named",
      "--kind trend -n 3|-n is for --kind bars; --kind trend draws --metric over the years "
          + "(--years) for the areas named",
      "--years 2016..2017|--years is for --kind trend; --kind bars draws --metric in one year "
          + "(--year)",
      "--kind scatter --years 2016..2017|--years is for --kind trend; --kind scatter draws "
          + "--metric against --y-metric, or against --indicator of --indicators, in one year "
          + "(--year)",
      "--indicator rereferral_percent|--indicator is for --kind scatter; --kind bars draws "
          + "--metric in one year (--year)",
      "--kind bars --indicators c1.csv --indicator x|--indicators is for --kind scatter; --kind "
          + "bars draws --metric in one year (--year)",
      "--kind scatter --indicator rereferral_percent|--indicator NAME needs --indicators FILE, "
          + "the EES file whose column it is",
      "--kind scatter --indicators c1.csv --indicator x --y-metric agency-rate|--y-metric and "
          + "--indicators both choose the vertical axis: with --indicators, --indicator is "
          + "drawn against --metric; give one of them"})
  void chart_optionTheKindDoesNotDraw_isRefusedNamingBoth(String argsAndMessage) {
    String[] parts = argsAndMessage.split("\\|");
    List<String> args = new ArrayList<>(List.of("chart", "--sample", "-o",
        dir.resolve("c.png").toString()));
    args.addAll(List.of(parts[0].split(" ")));

    Result r = run(args.toArray(new String[0]));

    assertThat(r.status()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("csww: " + parts[1] + "\n");
    assertThat(dir.resolve("c.png")).doesNotExist();
  }

  @Test
  void chart_defaultsLeftAlone_areNotRefused() {
    Result r = run("chart", "--sample", "--kind", "trend", "--metric", "social-workers", "-o",
        dir.resolve("t.png").toString());

    assertThat(r.status()).as(r.err()).isZero();
  }

  @Test
  void chart_barsFigures_noteWhichBarsAreDrawnNotAFilter() {
    Result r = run("chart", "--sample", "-n", "2", "-o", dir.resolve("c.png").toString(),
        "--format", "csv");

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).contains("Note: The bars drawn: the highest and lowest 2, ties kept; "
        + "ranks are among all 10 authorities ranked.")
        .doesNotContain("Filtered by a condition");
  }

  // ------------------------------------------------------------------ standard input

  @Test
  void fileDash_readsStandardInput() throws IOException {
    byte[] sample = Sample.open(Sample.WORKFORCE_RESOURCE).readAllBytes();

    Result r = runWithInput(new ByteArrayInputStream(sample), "top", "--file", "-", "-n", "1");

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Staffordshire", "26.4").endsWith("Source: standard input\n");
  }
}
