package io.github.csww.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.examples.CliTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The README's command-line section: every command documented, every example runs. */
class ReadmeCliTest {
  @TempDir Path dir;

  static String section() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("<!-- cli:start");
    int end = readme.indexOf("<!-- cli:end -->");
    assertThat(start).isNotNegative();
    assertThat(end).isGreaterThan(start);
    return readme.substring(start, end);
  }

  /** The {@code csww ...} lines of the section's shell blocks, comments and redirects cut. */
  static List<String> examples(String section) {
    List<String> out = new ArrayList<>();
    boolean sh = false;
    for (String line : section.split("\n")) {
      if (line.startsWith("```")) {
        sh = line.equals("```sh");
        continue;
      }
      if (sh && line.startsWith("csww ")) {
        String cmd = line.replaceAll("\\s+#.*$", "").replaceAll("\\s+>\\s+\\S+$", "");
        out.add(cmd.substring("csww ".length()).strip());
      }
    }
    return out;
  }

  /** Splits a command line as a shell would for these examples: spaces, double quotes. */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          out.add(w.toString());
        }
        w.setLength(0);
        any = false;
      } else {
        w.append(c);
        any = true;
      }
    }
    if (any) {
      out.add(w.toString());
    }
    return out;
  }

  @Test
  void section_documentsEveryCommandWithAnExample() throws IOException {
    List<String> examples = examples(section());
    for (String command : new CommandLine(Cli.spec(new Cli())).getSubcommands().keySet()) {
      assertThat(examples).as("an example of csww %s", command)
          .anyMatch(e -> e.equals(command) || e.startsWith(command + " "));
    }
  }

  @Test
  void section_everyExampleRunsOnTheBundledData() throws IOException {
    for (String example : examples(section())) {
      List<String> args = words(example);
      if (args.get(0).equals("info") && args.size() > 1) {
        continue; // names a file the reader downloads; CliRealDataTest reads it where present
      }
      if (args.get(0).equals("correlate") || args.get(0).equals("fetch")
          || args.get(0).equals("diff")) {
        continue; // downloaded files, the network: IndicatorCommandsTest and
                  // ReleaseCommandsTest run them on ../shared/data, offline
      }
      int o = args.indexOf("-o");
      if (o >= 0) {
        args.set(o + 1, dir.resolve(args.get(o + 1)).toString());
      }
      Result r = CliTest.run(args.toArray(new String[0]));
      assertThat(r.status()).as("csww %s: %s", example, r.err()).isZero();
    }
  }

  @Test
  void section_showsWhatTopPrints() throws IOException {
    String section = section();
    String shown = section.substring(section.indexOf("```text\n") + "```text\n".length());
    shown = shown.substring(0, shown.indexOf("```"));

    assertThat(CliTest.run("top").out()).isEqualTo(shown);
  }
}
