package io.github.csww.examples;

import static io.github.csww.examples.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.examples.CliTest.Result;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code csww reconcile} and {@code csww diff}. */
class ReleaseCommandsTest {

  @Test
  void reconcile_bundledRelease_reproduces908Of971AndExplainsTheRest() {
    Result r = run("reconcile", "--format", "csv", "--plain-csv");

    assertThat(r.status()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("time_period,geographic_level,old_la_code,area_code,"
        + "area_name,region_name,metric,published,recomputed,difference,reproduced,explanation");
    assertThat(lines).hasSize(1 + 971);
    assertThat(lines).filteredOn(l -> l.contains(",true,")).hasSize(908);
    assertThat(lines).filteredOn(l -> l.contains(",false,"))
        .hasSize(63).allSatisfy(l -> assertThat(l).doesNotEndWith(",false,"));
    assertThat(r.err()).contains("908 of 971");
  }

  @Test
  void reconcile_matchedCoverage_reproducesFewer() {
    Result r = run("reconcile", "--coverage", "matched", "--format", "csv");

    assertThat(r.status()).isZero();
    assertThat(r.out().lines().filter(l -> l.contains(",true,")).count()).isEqualTo(895);
  }

  @Test
  void diff_2022And2025Releases_listsEnglands2017CaseloadRevision() {
    Path older = SharedData.file("csww_headline_measures_2017_to_2022.csv");
    Path newer = SharedData.file("csww_indicators_2017_to_2025.csv");

    Result r = run("diff", older.toString(), newer.toString(), "--format", "csv", "--plain-csv");

    assertThat(r.status()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow())
        .isEqualTo("time_period,geographic_level,old_la_code,area_code,area_name,region_name,"
            + "metric,unit,old,new,status");
    assertThat(r.out()).contains("\n2017,National,,E92000001,England,,caseload_fte,"
        + "cases per FTE,17.8,17.7,revised\n");
  }

  @Test
  void diff_json_oldAndNewAreNumbers_presenceIsAStatus() throws Exception {
    Path older = SharedData.file("csww_headline_measures_2017_to_2022.csv");
    Path newer = SharedData.file("csww_indicators_2017_to_2025.csv");

    Result r = run("diff", older.toString(), newer.toString(), "--format", "json");

    assertThat(r.status()).isZero();
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind
        .ObjectMapper().readTree(r.out());
    assertThat(json.get("columns").findValuesAsText("name")).containsSubsequence("time_period",
        "area_name", "old", "new", "status");
    for (com.fasterxml.jackson.databind.JsonNode c : json.get("columns")) {
      if (List.of("old", "new").contains(c.get("name").asText())) {
        assertThat(c.get("type").asText()).isEqualTo("number");
      }
    }
    com.fasterxml.jackson.databind.JsonNode first = json.get("rows").get(0);
    assertThat(first.get("old").isNumber() || first.get("old").isTextual()).isTrue();
    boolean sawOnlyInNewer = false;
    boolean sawEngland2017 = false;
    for (com.fasterxml.jackson.databind.JsonNode row : json.get("rows")) {
      assertThat(row.toString()).doesNotContain("\"present\"");
      if (row.get("status").asText().equals("only in newer")) {
        sawOnlyInNewer = true;
        assertThat(row.get("new").isNull()).isTrue();
      } else if (row.get("area_name").asText().equals("England")
          && row.get("time_period").asInt() == 2017
          && row.get("metric").asText().equals("caseload_fte")) {
        sawEngland2017 = true;
        assertThat(row.get("old").asDouble()).isEqualTo(17.8);
        assertThat(row.get("new").asDouble()).isEqualTo(17.7);
      }
    }
    assertThat(sawOnlyInNewer).isTrue();
    assertThat(sawEngland2017).as("England's 2017 caseload revision is a row").isTrue();
  }

  @Test
  void reconcile_sample_noRecomputationIsXWithXDifference() {
    Result r = run("reconcile", "--sample", "--format", "csv", "--plain-csv");

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("\n2017,National,,E92000001,England,,caseload_fte,17.8,x,x,"
        + "false,");
    assertThat(r.out()).contains("\n2017,National,,E92000001,England,,turnover_rate_fte,15.1,x,x,"
        + "false,");
    assertThat(r.out()).doesNotContain(",0.0,-17.8,").doesNotContain(",x,0.0,");
  }

  @Test
  void diff_ofstedSpreadsheet_isRefusedInCommandLineWords() throws Exception {
    Path dir = java.nio.file.Files.createTempDirectory("csww-diff");
    Path ods = dir.resolve("outcomes.ods");
    java.nio.file.Files.write(ods, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
    Path newer = SharedData.file("csww_indicators_2017_to_2025.csv");

    Result r = run("diff", ods.toString(), newer.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains(ods + ": is a spreadsheet (a zip archive), not workforce "
        + "figures: diff compares two releases of the workforce figures, each an EES CSV, in "
        + "either layout, or csww JSON (Ofsted's inspection outcomes are not one)")
        .doesNotContain("OfstedReader");
  }

  @Test
  void diff_missingFile_exitsOneNamingIt() {
    Result r = run("diff", "none-old.csv", "none-new.csv");

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("none-old.csv");
  }
}
