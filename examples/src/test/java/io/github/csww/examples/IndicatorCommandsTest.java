package io.github.csww.examples;

import static io.github.csww.examples.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.csww.examples.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code csww correlate} and {@code csww fetch}. */
class IndicatorCommandsTest {
  private static final String C1 = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";

  @TempDir Path dir;

  @Test
  void correlate_caseload2023WithRereferrals_givesNRhoAndPValue() throws IOException {
    Path c1 = SharedData.file(C1);

    Result r = run("correlate", "--metric", "caseload", "--indicators", c1.toString(),
        "--indicator", "rereferral_percent", "--year", "2023", "--format", "json");

    assertThat(r.status()).isZero();
    JsonNode row = r.json().get("rows").get(0);
    assertThat(row.get("n").asInt()).isEqualTo(147);
    assertThat(row.get("rho").asDouble()).isEqualTo(0.2704);
    assertThat(row.get("p_value").asDouble()).isEqualTo(0.001);
    assertThat(r.json().get("notes").toString()).contains("children in need year to 31 March "
        + "2024", "4 left out");
    assertThat(r.json().get("source").asText()).contains("Indicators: " + c1);
  }

  @Test
  void correlate_text_showsTheAlignmentAndWhoIsLeftOut() {
    Path c1 = SharedData.file(C1);

    Result r = run("correlate", "--indicators", c1.toString(), "--indicator",
        "rereferral_percent", "--year", "2023", "--pearson");

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Pearson", "0.2730", "time_period 2024", "Left out (4):",
        "850, Hampshire, South East: rereferral_percent u (low reliability)");
  }

  @Test
  void correlate_unknownIndicator_listsTheIndicatorsAndExitsTwo() {
    Path c1 = SharedData.file(C1);

    Result r = run("correlate", "--indicators", c1.toString(), "--indicator", "rereferals");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("csww: no indicator 'rereferals' in ")
        .contains("rereferral_percent");
  }

  @Test
  void correlate_latestYearPairsWithAPeriodTheFileLacks_saysWhichItHasAndWhatToGive() {
    Path c1 = SharedData.file(C1);

    Result r = run("correlate", "--indicators", c1.toString(), "--indicator",
        "rereferral_percent");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("csww: " + c1 + " has no time_period 2026, which the "
        + "workforce's latest year, 2025, pairs with (workforce census 30 September 2025 \u2194 "
        + "children in need year to 31 March 2026 (time_period 2026)); it has time_periods "
        + "2013..2025; give --year 2024 (time_period 2025), or --same-period to pair 2025 with "
        + "time_period 2025\n");
    // and each suggestion answers
    assertThat(run("correlate", "--indicators", c1.toString(), "--indicator",
        "rereferral_percent", "--year", "2024").status()).isZero();
    assertThat(run("correlate", "--indicators", c1.toString(), "--indicator",
        "rereferral_percent", "--same-period").status()).isZero();
  }

  @Test
  void chart_scatterIndicatorLatestYear_saysWhichPeriodsTheFileHas() {
    Path c1 = SharedData.file(C1);

    Result r = run("chart", "--kind", "scatter", "--indicators", c1.toString(), "--indicator",
        "rereferral_percent", "-o", dir.resolve("x.png").toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("csww: " + c1 + " has no time_period 2026, which the "
        + "workforce's latest year, 2025, pairs with (workforce census 30 September 2025 \u2194 "
        + "children in need year to 31 March 2026 (time_period 2026)); it has time_periods "
        + "2013..2025; give --year 2024 (time_period 2025)\n");
    assertThat(dir.resolve("x.png")).doesNotExist();
  }

  @Test
  void correlate_missingIndicatorFile_exitsOneNamingIt() {
    Result r = run("correlate", "--indicators", dir.resolve("none.csv").toString(),
        "--indicator", "x");

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("none.csv");
  }

  @Test
  void fetch_offlineFromTheCache_writesTheDataSetsCsv() throws IOException {
    Path cache = dir.resolve("cache");
    Path cached = cache.resolve("abc-123").resolve("2.0").resolve("data-set.csv");
    Files.createDirectories(cached.getParent());
    Files.writeString(cached, "time_period,time_identifier\n2025,Reporting year\n");
    Path out = dir.resolve("out").resolve("csww.csv");

    Result r = run("fetch", "abc-123", "--version", "2.0", "--offline", "--cache",
        cache.toString(), "--output", out.toString());

    assertThat(r.status()).isZero();
    assertThat(Files.readString(out)).isEqualTo(Files.readString(cached));
    assertThat(r.err()).contains("wrote " + out);
  }

  @Test
  void fetch_offlineNotCached_exitsOneNamingTheCache() {
    Path cache = dir.resolve("empty");

    Result r = run("fetch", "abc-123", "--version", "2.0", "--offline", "--cache",
        cache.toString(), "--output", dir.resolve("x.csv").toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).startsWith("csww: ").contains("abc-123");
  }

  @Test
  void chart_scatterOfAMetricAndAnIndicator_namesThePeriodsAndTheSource() throws IOException {
    Path c1 = SharedData.file(C1);
    Path svg = dir.resolve("pair.svg");

    Result r = run("chart", "--kind", "scatter", "--metric", "caseload", "--year", "2023",
        "--indicators", c1.toString(), "--indicator", "rereferral_percent", "-o",
        svg.toString());

    assertThat(r.status()).as(r.err()).isZero();
    String text = Files.readString(svg);
    // long lines wrap, so each phrase is looked for whole
    assertThat(text).contains("rereferral_percent", "147 local authorities",
        "need year to 31 March 2024", "Spearman's rho 0.27", "Indicators: ",
        "Not shown, a figure not published: City of London");
  }

  @Test
  void chart_scatterWithIndicatorsButNoIndicator_exitsTwo() {
    Path c1 = SharedData.file(C1);

    Result r = run("chart", "--kind", "scatter", "--indicators", c1.toString(), "-o",
        dir.resolve("x.png").toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--indicators needs --indicator NAME");
  }
}
