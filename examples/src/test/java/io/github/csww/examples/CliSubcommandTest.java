package io.github.csww.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The command line built for one subcommand ({@code csww top ...} reflects over {@code top}'s
 * class alone) against the whole tree: the same subcommands, the same help, the same errors.
 */
class CliSubcommandTest {

  @Test
  void commandLine_holdsOneSubcommandWhenTheFirstWordNamesIt_elseTheWholeTree() {
    Cli cli = new Cli();
    assertThat(Cli.commandLine(cli, new String[] {"top", "-n", "3"}).getSubcommands())
        .containsOnlyKeys("top");
    assertThat(Cli.commandLine(cli, new String[] {"chart"}).getSubcommands())
        .containsOnlyKeys("chart");
    for (String[] args : List.of(new String[0], new String[] {"--help"},
        new String[] {"tpo"}, new String[] {"-V", "top"}, new String[] {"@file"})) {
      assertThat(Cli.commandLine(cli, args).getSubcommands()).hasSize(15);
    }
  }

  @Test
  void oneSubcommand_printsTheSameHelpAsTheWholeTree() {
    Map<String, CommandLine> whole = new CommandLine(Cli.spec(new Cli())).getSubcommands();
    for (Map.Entry<String, CommandLine> e : whole.entrySet()) {
      CommandLine one = Cli.commandLine(new Cli(), new String[] {e.getKey()})
          .getSubcommands().get(e.getKey());
      assertThat(one.getUsageMessage()).as(e.getKey())
          .isEqualTo(e.getValue().getUsageMessage());
      assertThat(one.getCommandSpec().qualifiedName())
          .isEqualTo(e.getValue().getCommandSpec().qualifiedName());
    }
  }

  @Test
  void oneSubcommand_refusesBadArgumentsWithTheWholeTreesMessages() {
    String[][] cases = {{"top", "--bogus"}, {"top", "bottom"}, {"top", "-n"},
        {"top", "-n", "x"}, {"bottom", "--year"}, {"compare"}, {"neighbours"},
        {"trend", "--years"}, {"aggregate", "--bogus"}, {"bands", "x"}, {"metrics", "x"},
        {"info", "a", "b"}, {"diff", "a"}, {"correlate"}, {"fetch"}, {"chart", "--kind"},
        {"reconcile", "--bogus"}, {"authorities", "--bogus"}};
    for (String[] args : cases) {
      assertThat(parseError(Cli.commandLine(new Cli(), args), args)).as(String.join(" ", args))
          .isEqualTo(parseError(new CommandLine(Cli.spec(new Cli())), args));
    }
  }

  @Test
  void run_givesTheSameAnswersAndStatusesThroughOneSubcommand() {
    assertThat(CliTest.run("top", "--sample", "-n", "2").status()).isZero();
    assertThat(CliTest.run("top", "--bogus").err())
        .isEqualTo("csww: Unknown option: '--bogus'\nTry 'csww top --help'.\n");
    assertThat(CliTest.run("top", "--bogus").status()).isEqualTo(2);
    assertThat(CliTest.run("top", "--help").out()).startsWith("Usage: csww top [-hV]");
  }

  private static String parseError(CommandLine cl, String[] args) {
    ParameterException e = catchThrowableOfType(() -> cl.parseArgs(args),
        ParameterException.class);
    return e == null ? "parsed" : e.getClass().getSimpleName() + ": " + e.getMessage() + " in "
        + e.getCommandLine().getCommandSpec().qualifiedName();
  }
}
