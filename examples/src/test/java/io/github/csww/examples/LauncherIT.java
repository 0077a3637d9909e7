package io.github.csww.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/csww} on the shaded jar the package phase built: the first run answers and leaves a
 * class-data-sharing archive, later runs map it, a newer jar makes it again, {@code CSWW_CDS=off}
 * runs without one, and a mistake in the command keeps the command line's exit status.
 */
class LauncherIT {
  private static final Path SCRIPT = Path.of("../bin/csww").toAbsolutePath().normalize();
  private static final Path JAR = Path.of("target/csww.jar").toAbsolutePath();
  private static final String TITLE = "Average caseload (cases per FTE), 2025, highest first";

  @TempDir
  Path cache;

  private record Run(int status, String out, String err) {}

  @BeforeEach
  void launcherAndJar() {
    assumeTrue(Files.isRegularFile(JAR), "no " + JAR + ": run the package phase first");
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(
        Path.of("/usr/bin/bash")), "bash is needed to run bin/csww");
  }

  private Run csww(Map<String, String> env, String... args) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of("bash", SCRIPT.toString()),
        Stream.of(args)).toList());
    pb.environment().put("CSWW_JAR", JAR.toString());
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    pb.environment().putAll(env);
    Path out = Files.createTempFile(cache, "out", ".txt");
    Path err = Files.createTempFile(cache, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("bin/csww finished").isTrue();
    Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  private List<Path> archives() throws IOException {
    Path dir = cache.resolve("csww");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
    }
  }

  @Test
  void firstRun_answersAndLeavesAnArchive_laterRunsMapIt() throws Exception {
    Run first = csww(Map.of(), "top");

    assertThat(first.status()).isZero();
    assertThat(first.out()).startsWith(TITLE);
    assertThat(archives()).hasSize(1);
    try (Stream<Path> files = Files.list(cache.resolve("csww"))) {
      assertThat(files.map(f -> f.getFileName().toString())).allMatch(n -> n.endsWith(".jsa"));
    }
    Path archive = archives().get(0);
    FileTime made = Files.getLastModifiedTime(archive);

    Run second = csww(Map.of(), "top");
    assertThat(second.status()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(second.err()).isEqualTo(first.err());
    assertThat(archives()).containsExactly(archive);
    assertThat(Files.getLastModifiedTime(archive)).isEqualTo(made);
  }

  @Test
  void jarNewerThanTheArchive_archiveMadeAgain() throws Exception {
    csww(Map.of(), "metrics");
    Path archive = archives().get(0);
    FileTime old = FileTime.fromMillis(Files.getLastModifiedTime(JAR).toMillis() - 60_000);
    Files.setLastModifiedTime(archive, old);

    Run run = csww(Map.of(), "top");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith(TITLE);
    assertThat(Files.getLastModifiedTime(archives().get(0)))
        .isGreaterThan(Files.getLastModifiedTime(JAR));
  }

  @Test
  void cdsOff_answersWithoutAnArchive() throws Exception {
    Run run = csww(Map.of("CSWW_CDS", "off"), "top");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith(TITLE);
    assertThat(archives()).isEmpty();
  }

  @Test
  void dateOption_readByCswwsConverter_withPicocliBuiltInsLeftOut() throws Exception {
    // Cli.main keeps picocli from loading its java.time converters: dates still read, and a bad
    // one still gets csww's message.
    Run good = csww(Map.of("CSWW_CDS", "off"), "top", "-n", "1", "--judgements-at",
        "2023-03-31", "--format", "csv");
    assertThat(good.status()).as(good.err()).isZero();
    assertThat(good.out()).contains("1,2025,Local authority,812,");
    assertThat(good.err()).contains("Ofsted judgements in force on 2023-03-31.");

    Run bad = csww(Map.of("CSWW_CDS", "off"), "top", "--judgements-at", "31/03/2023");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("2018-02-28");
  }

  @Test
  void top_loadsNeitherJdbcNorDateFormatters() throws Exception {
    // What Cli.main's picocli.converters.excludes is for: picocli's reflective look-up of its
    // java.sql and java.time converters initialised both (71 classes).
    Path log = cache.resolve("classes.log");
    Run run = csww(Map.of("CSWW_CDS", "off", "CSWW_JAVA_OPTS",
        "-XX:TieredStopAtLevel=1 -Xlog:class+load=info:file=" + log), "top");
    assertThat(run.status()).as(run.err()).isZero();
    String loaded = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(loaded).contains(" picocli.CommandLine ").contains(" java.time.LocalDate ")
        .doesNotContain(" java.sql.").doesNotContain(" java.time.format.DateTimeFormatter ");
  }

  @Test
  void unknownCommand_keepsTheCommandLinesStatusAndMessage() throws Exception {
    Run run = csww(Map.of(), "nosuchcommand");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Unmatched argument at index 0: 'nosuchcommand'");
    assertThat(run.out()).isEmpty();
  }
}
