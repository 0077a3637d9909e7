package io.github.csww.io;

import static io.github.csww.io.Ees.national;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.Region;
import io.github.csww.Snapshot;
import io.github.csww.Workforce;
import io.github.csww.iolaunch.ListReaders;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both readers are found by {@code Workforce.load} on the class path (through {@code
 * META-INF/services}) and on the module path (through {@code provides} in module-info), each
 * checked in a fresh JVM.
 */
class ReaderDiscoveryTest {
  private static final List<String> READERS = List.of(
      "reader io.github.csww.io.internal.EesCsvReader",
      "reader io.github.csww.io.internal.JsonWorkforceReader");

  @TempDir
  static Path dir;
  private static Path csv;
  private static Path json;

  @BeforeAll
  static void files() throws IOException {
    csv = dir.resolve("one.csv");
    Files.writeString(csv, Ees.csv2025(List.of(national(EesLayout.LAYOUT_2025, 2017))));
    json = dir.resolve("one.json");
    WorkforceJson.write(Workforce.of(List.of(Snapshot.builder(Region.LONDON, 2017).build())),
        json);
  }

  private static String launcherLocation() throws URISyntaxException {
    return Path.of(ListReaders.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
  }

  private static List<String> run(List<String> options) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.addAll(options);
    command.add(ListReaders.class.getName());
    command.add(csv.toString());
    command.add(json.toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("%s%n%s", command, output).isZero();
    return output.lines().toList();
  }

  @Test
  void load_onClassPath_findsBothReaders() throws Exception {
    List<String> cp = CswwRuntime.entries();
    cp.add(launcherLocation());

    List<String> out = run(List.of("-cp", String.join(File.pathSeparator, cp)));

    assertThat(out).startsWith("named false");
    assertThat(out).containsSubsequence(READERS);
    assertThat(out).contains("loaded EES CSV (2025 layout)", "loaded csww JSON");
  }

  @Test
  void load_onModulePath_findsBothReaders() throws Exception {
    List<String> out = run(List.of(
        "--module-path", String.join(File.pathSeparator, CswwRuntime.entries()),
        "--add-modules", "io.github.csww.io",
        "-cp", launcherLocation()));

    assertThat(out).startsWith("named true");
    assertThat(out).containsSubsequence(READERS);
    assertThat(out).contains("loaded EES CSV (2025 layout)", "loaded csww JSON");
  }
}
