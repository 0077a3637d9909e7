package io.github.csww.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command of the CLI, run on the bundled sample, with its output and error paths. */
class CliTest {

  @TempDir Path dir;

  record Result(int status, String out, String err) {
    List<String> lines() {
      return Arrays.asList(out.split("\n"));
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

  @Test
  void top_onSample_printsHighestCaseloadsInOrder() {
    Result r = run("top");

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.lines()).hasSize(6);
    assertThat(r.lines().get(1)).contains("Staffordshire").contains("26.4").startsWith("   1");
    assertThat(r.lines().get(2)).contains("Shropshire").contains("25.1");
    assertThat(r.lines().get(3)).contains("Kingston upon Hull, City of").contains("24.5");
    assertThat(r.lines().get(4)).contains("Southampton").contains("23.9");
    assertThat(r.lines().get(5)).contains("Blackburn with Darwen").contains("23.8");
  }

  @Test
  void bottom_onSample_printsLowestFirst() {
    Result r = run("bottom", "-n", "3");

    assertThat(r.status()).isZero();
    assertThat(r.lines()).hasSize(4);
    assertThat(r.lines().get(1)).contains("Kingston upon Thames / Richmond upon Thames")
        .contains("10.2").startsWith("  10");
    assertThat(r.lines().get(2)).contains("Kensington and Chelsea").contains("11.9");
    assertThat(r.lines().get(3)).contains("Hertfordshire").contains("12.4");
  }

  @Test
  void top_misspeltMetric_suggestsAndExitsTwo() {
    Result r = run("top", "--metric", "caseloda");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("unknown metric 'caseloda'; did you mean caseload")
        .contains("Valid metrics: social-workers,");
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
    assertThat(r.err()).contains(missing.toString()).contains("no such file");
  }

  @Test
  void top_yearNotInFile_saysWhichYearsArePresent() {
    Result r = run("top", "--year", "2030");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("no figures for 2030; years present: 2016 to 2017");
  }

  @Test
  void trend_unknownAuthority_suggestsClosestNames() {
    Result r = run("trend", "Stafordshire");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("no authority matches 'Stafordshire'; did you mean Staffordshire");
  }

  @Test
  void trend_knownAuthority_printsItsYears() {
    Result r = run("trend", "860");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Staffordshire\n").contains("2017").contains("26.4");
  }

  @Test
  void chart_png_writesAPngImage() throws IOException {
    Path png = dir.resolve("chart.png");

    Result r = run("chart", "--output", png.toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("wrote " + png);
    byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
    assertThat(head).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(1000);
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

  @ParameterizedTest
  @ValueSource(strings = {"top", "bottom", "trend", "chart"})
  void help_everyCommand_printsUsage(String command) {
    Result r = run(command, "--help");

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage: csww " + command);
  }

  @Test
  void noCommand_printsUsage() {
    Result r = run();

    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage: csww").contains("top").contains("chart");
  }

  @Test
  void unknownCommand_exitsTwo() {
    Result r = run("tpo");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("Unmatched argument").contains("tpo");
  }
}
