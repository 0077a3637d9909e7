package io.github.csww.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command's {@code --help}, byte for byte, against the text saved in
 * {@code src/test/resources/io/github/csww/examples/help/}. The files are the help the command
 * line printed when picocli built its model from annotations (on 2026-12-01, before the model
 * was built in code), but for {@code fetch}, which printed none then; so the model built in code
 * is held to the help users had, and any later change to a command's help shows up here and has
 * to be saved on purpose.
 */
class CliHelpGoldenTest {

  static List<String> commands() {
    List<String> all = new ArrayList<>(List.of("csww"));
    all.addAll(Cli.SUBCOMMANDS);
    return all;
  }

  @ParameterizedTest
  @MethodSource("commands")
  void help_isTheSavedText(String command) throws IOException {
    CliTest.Result r = command.equals("csww") ? CliTest.run("--help")
        : CliTest.run(command, "--help");
    assertThat(r.status()).as(command).isZero();
    assertThat(r.err()).as(command).isEmpty();
    assertThat(r.out()).as(command).isEqualTo(saved(command));
  }

  private static String saved(String command) throws IOException {
    String name = "help/" + command + ".txt";
    try (InputStream in = CliHelpGoldenTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
