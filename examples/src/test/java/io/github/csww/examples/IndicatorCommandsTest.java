package io.github.csww.examples;

import static io.github.csww.examples.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.csww.examples.CliTest.Result;
import io.github.csww.io.EesClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
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
  void correlate_filterLeavingFewerThanThreePairs_saysHowManyAndExitsOne() throws IOException {
    String head = "time_period,time_identifier,geographic_level,country_code,country_name,"
        + "region_code,region_name,old_la_code,new_la_code,la_name,category,referral_count,"
        + "rereferral_count,rereferral_percent\n";
    String la = "2024,Reporting year,Local authority,E92000001,England,";
    Path file = Files.writeString(dir.resolve("cin.csv"), head
        + la + "E12000005,West Midlands,860,E10000028,Staffordshire,All,1000,200,20\n"
        + la + "E12000005,West Midlands,893,E06000051,Shropshire,All,800,100,12.5\n"
        + la + "E12000009,South West,866,E06000030,Swindon,All,500,50,10\n"
        + la + "E12000005,West Midlands,860,E10000028,Staffordshire,Some,100,20,20\n"
        + la + "E12000005,West Midlands,893,E06000051,Shropshire,Some,80,10,12.5\n");

    Result r = run("correlate", "--indicators", file.toString(), "--indicator",
        "rereferral_percent", "--year", "2023", "--filter", "category=Some");

    assertThat(r.status()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("csww: Spearman rank correlation of caseload with "
        + "rereferral_percent (cin.csv, category = Some) in 2023: only 2 authorities have both "
        + "values, and a correlation needs at least 3; ")
        .contains(" left out: ", "; and ", " more\n")
        .doesNotContain("internal error");
    // three pairs are enough
    assertThat(run("correlate", "--indicators", file.toString(), "--indicator",
        "rereferral_percent", "--year", "2023", "--filter", "category=All").status()).isZero();
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

  // ---------------------------------------------------------------- ees: references and fetch

  /** Runs the command line with EES settings (a fake or unreachable API, no waits). */
  private static Result runEes(Supplier<EesClient.Builder> ees, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Cli.run(args, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), ees);
    return new Result(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** An API that cannot be reached: a loopback port nothing listens on. */
  private static Supplier<EesClient.Builder> refused() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    URI base = URI.create("http://127.0.0.1:" + port + "/statistics/");
    return () -> EesClient.builder().baseUri(base).retries(0, Duration.ZERO);
  }

  @Test
  void eesReference_malformed_exitsTwoWithTheMessageEverywhereAReferenceIsTaken()
      throws IOException {
    Supplier<EesClient.Builder> unreachable = refused();
    String[][] commands = {
        {"top", "--file", "ees:abc@v2"},
        {"top", "--file", "ees:"},
        {"correlate", "--indicators", "ees:cin@x", "--indicator", "rereferral_percent"},
        {"chart", "--kind", "scatter", "--indicators", "ees:cin@x", "--indicator",
            "rereferral_percent", "-o", dir.resolve("x.png").toString()},
        {"diff", "ees:abc@v2", "ees:abc@2.0"},
    };
    for (String[] args : commands) {
      Result r = runEes(unreachable, args);
      assertThat(r.status()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", args)).startsWith("csww: \"ees:")
          .contains("is not ees:DATASET_ID or ees:DATASET_ID@VERSION")
          .doesNotContain("internal error");
    }
    assertThat(runEes(unreachable, "top", "--file", "ees:abc@v2").err()).isEqualTo(
        "csww: \"ees:abc@v2\" is not ees:DATASET_ID or ees:DATASET_ID@VERSION: version must be "
            + "a number such as 2.0, a wildcard such as 2.*, or \"latest\", got \"v2\"\n");
    assertThat(runEes(unreachable, "top", "--file", "ees:").err())
        .contains("data set id must be letters, digits and hyphens", "got \"\"");
  }

  @Test
  void fetch_staleLatestAndTheApiUnreachable_warnsWhichVersionItUsedAndExitsZero()
      throws IOException {
    Path cache = dir.resolve("cache");
    Path cached = cache.resolve("abc-123").resolve("2.0").resolve("data-set.csv");
    Files.createDirectories(cached.getParent());
    Files.writeString(cached, "time_period,time_identifier\n2025,Reporting year\n");
    Files.writeString(cache.resolve("abc-123").resolve("latest.json"),
        "{\"requested\":\"latest\",\"version\":\"2.0\",\"resolvedAt\":\"2025-01-01T00:00:00Z\"}");
    Path out = dir.resolve("f.csv");

    Result r = runEes(refused(), "fetch", "abc-123", "--cache", cache.toString(), "-o",
        out.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.readString(out)).isEqualTo(Files.readString(cached));
    assertThat(r.err()).startsWith("csww: warning: data set abc-123: using version 2.0, the "
        + "latest when last checked (2025-01-01T00:00:00Z, longer ago than the reuse period of "
        + "1 h), because the API could not be reached to check again: ")
        .contains("cannot connect to 127.0.0.1:")
        .endsWith("wrote " + out + " (data set abc-123, version 2.0, the latest)\n");
  }

  @Test
  void fetch_apiUnreachableAndNothingCached_namesTheCauseAndHintsAtTheCache() throws IOException {
    Path cache = dir.resolve("empty");

    Result r = runEes(() -> EesClient.builder().retries(0, Duration.ZERO)
        .baseUri(URI.create("http://no-such-host.invalid/statistics/")), "fetch", "abc-123",
        "--cache", cache.toString(), "-o", dir.resolve("f.csv").toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).startsWith("csww: EES API: cannot reach the API for GET "
        + "http://no-such-host.invalid/statistics/v1/data-sets/abc-123 after 1 attempt(s): "
        + "cannot resolve the host no-such-host.invalid")
        .contains("The cache (" + cache.toAbsolutePath() + ") has no copy to fall back on",
            "--offline")
        .doesNotContain("java.net.ConnectException");
    assertThat(dir.resolve("f.csv")).doesNotExist();
  }

  @Test
  void fetch_outputIsADirectory_exitsTwoAndWritesNothing() throws IOException {
    Path existing = Files.createDirectories(dir.resolve("some").resolve("dir"));

    Result r = run("fetch", "abc-123", "--offline", "--cache", dir.resolve("c").toString(),
        "-o", existing + "/");
    Result missing = run("fetch", "abc-123", "--offline", "--cache",
        dir.resolve("c").toString(), "-o", dir.resolve("new") + "/");
    Result noSlash = run("fetch", "abc-123", "--offline", "--cache",
        dir.resolve("c").toString(), "-o", existing.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("csww: --output " + existing + "/ is a directory; give the "
        + "file to write, such as " + existing.resolve("abc-123.csv") + "\n");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(noSlash.status()).isEqualTo(2);
    assertThat(existing).isDirectory();
    assertThat(dir.resolve("new")).doesNotExist();
  }

  @Test
  void fetch_malformedVersion_exitsTwoBeforeAnyRequest() {
    Result r = run("fetch", "abc", "--version", "v2", "-o", dir.resolve("f.csv").toString(),
        "--offline", "--cache", dir.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("got \"v2\"");
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
