package io.github.csww.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line's model as built in code ({@link CliModel}): every subcommand in the help's
 * order, one subcommand alone as in the whole tree, and no picocli annotation left to read.
 */
class CliModelTest {

  @Test
  void spec_holdsEverySubcommandInOrder_andSubcommandNamesTheirClasses() {
    CommandSpec root = Cli.spec(new Cli());
    assertThat(root.subcommands().keySet()).containsExactlyElementsOf(Cli.SUBCOMMANDS);
    for (String name : Cli.SUBCOMMANDS) {
      assertThat(subcommand(name)).as(name)
          .isSameAs(root.subcommands().get(name).getCommandSpec().userObject().getClass());
    }
    for (String word : new String[] {"help", "Top", "TOP", " top", "tpo", "", "csww", "-h",
        "--help", "@args", "generate-completion"}) {
      assertThat(subcommand(word)).as(word).isNull();
      assertThat(Cli.subcommandSpec(word, new Cli())).as(word).isNull();
    }
  }

  @Test
  void subcommands_reachTheRootObjectAsTheirParent() throws Exception {
    Cli cli = new Cli();
    for (String name : Cli.SUBCOMMANDS) {
      Object command = Cli.subcommandSpec(name, cli).userObject();
      assertThat(field(command.getClass(), "cli").get(command)).as(name).isSameAs(cli);
    }
  }

  @Test
  void everyCommandHasTheStandardHelpOptions_fetchHelpAlone_asItsOwnVersionTakesTheName() {
    CommandSpec root = Cli.spec(new Cli());
    assertThat(root.findOption("--help").usageHelp()).isTrue();
    assertThat(root.findOption("-V").versionHelp()).isTrue();
    // Every option is the command's own: a mixin is a command model of its own, slow to make.
    assertThat(root.mixins()).isEmpty();
    for (Map.Entry<String, CommandLine> e : root.subcommands().entrySet()) {
      CommandSpec spec = e.getValue().getCommandSpec();
      boolean fetch = e.getKey().equals("fetch");
      assertThat(spec.mixins()).as(e.getKey()).isEmpty();
      assertThat(spec.findOption("--help").usageHelp()).as(e.getKey()).isTrue();
      assertThat(spec.findOption("-h")).as(e.getKey()).isSameAs(spec.findOption("--help"));
      assertThat(spec.findOption("-V") != null).as(e.getKey()).isEqualTo(!fetch);
    }
    assertThat(root.subcommands().get("fetch").getCommandSpec().findOption("--version")
        .versionHelp()).isFalse();
  }

  @Test
  void version_isTheBuildsVersion_forTheRootAndEveryCommandWithV() {
    String built = System.getProperty("csww.version");
    assertThat(built).as("surefire passes the project's version").isNotBlank();
    List<String[]> asks = new ArrayList<>(List.of(new String[] {"--version"},
        new String[] {"-V"}));
    for (String name : Cli.SUBCOMMANDS) {
      if (!name.equals("fetch")) {
        asks.add(new String[] {name, "-V"});
        asks.add(new String[] {name, "--version"});
      }
    }
    for (String[] args : asks) {
      CliTest.Result r = CliTest.run(args);
      assertThat(r.status()).as(String.join(" ", args)).isZero();
      assertThat(r.out()).as(String.join(" ", args)).isEqualTo("csww " + built + "\n");
    }
  }

  @Test
  void fetchHelp_printsItsUsage_whereTheAnnotatedModelRefusedIt() {
    for (String flag : List.of("--help", "-h")) {
      CliTest.Result r = CliTest.run("fetch", flag);
      assertThat(r.status()).as(flag).isZero();
      assertThat(r.err()).as(flag).isEmpty();
      assertThat(r.out()).as(flag)
          .startsWith("Usage: csww fetch [-h] [--offline] [--cache=DIR] -o=FILE [--version=V]")
          .contains("  -h, --help          Show this help message and exit.")
          .contains("      --version=V     Data set version, e.g. 2.0 or 2.*; default: latest.")
          .doesNotContain("-V");
    }
    assertThat(CliTest.run("fetch", "abc", "-o", "out.csv", "-V").err())
        .startsWith("csww: Unknown option: '-V'");
    assertThat(CliTest.run("fetch").err()).isEqualTo("csww: Missing required options "
        + "and parameters: '--output=FILE', 'DATASET_ID'\nTry 'csww fetch --help'.\n");
  }

  @Test
  void noOptionNeedsAConverterMainKeepsPicocliFromLoading() {
    // Cli.main excludes picocli's built-in converters of java.sql and java.time types; only
    // LocalDate is used, and Cli.run registers csww's own converter for it.
    Pattern excluded = Pattern.compile(Cli.CONVERTERS_EXCLUDED);
    List<String> checked = new ArrayList<>();
    CommandSpec root = Cli.spec(new Cli());
    List<CommandSpec> specs = new ArrayList<>(List.of(root));
    for (CommandLine sub : root.subcommands().values()) {
      specs.add(sub.getCommandSpec());
    }
    for (CommandSpec spec : specs) {
      for (ArgSpec arg : spec.args()) {
        List<Class<?>> types = new ArrayList<>(List.of(arg.type()));
        types.addAll(List.of(arg.auxiliaryTypes()));
        for (Class<?> type : types) {
          if (excluded.matcher(type.getName()).matches() && arg.converters().length == 0) {
            checked.add(spec.qualifiedName() + " " + arg.paramLabel() + ": " + type.getName());
            assertThat(type).as(spec.qualifiedName() + " " + arg.paramLabel())
                .isEqualTo(LocalDate.class);
          }
        }
      }
    }
    assertThat(checked).as("the options read as dates").isNotEmpty();
    assertThat(System.getProperty(Cli.CONVERTERS_EXCLUDES))
        .as("surefire runs the tests with the value Cli.main sets")
        .isEqualTo(Cli.CONVERTERS_EXCLUDED);
    assertThat(excluded.matcher("java.time.LocalDate").matches()).isTrue();
    assertThat(excluded.matcher("java.sql.Timestamp").matches()).isTrue();
    assertThat(excluded.matcher("java.nio.file.Path").matches()).isFalse();
  }

  @Test
  void noCommandClassCarriesAPicocliAnnotation() {
    List<Class<?>> classes = new ArrayList<>(List.of(Cli.class, CommonOptions.MetricOption.class,
        CommonOptions.YearOption.class, DataOptions.class, Output.Options.class,
        RankCommands.RankCommand.class));
    for (String name : Cli.SUBCOMMANDS) {
      classes.add(subcommand(name));
    }
    for (Class<?> c : classes) {
      assertThat(picocli(c.getAnnotations())).as(c.getName()).isEmpty();
      for (Field f : c.getDeclaredFields()) {
        assertThat(picocli(f.getAnnotations())).as(c.getName() + "." + f.getName()).isEmpty();
      }
    }
  }

  private static List<Annotation> picocli(Annotation[] annotations) {
    List<Annotation> found = new ArrayList<>();
    for (Annotation a : annotations) {
      if (a.annotationType().getName().startsWith("picocli.")) {
        found.add(a);
      }
    }
    return found;
  }

  private static Field field(Class<?> c, String name) throws NoSuchFieldException {
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (f.getName().equals(name)) {
          f.setAccessible(true);
          return f;
        }
      }
    }
    throw new NoSuchFieldException(name);
  }

  /** The class of the command object a subcommand's name calls, or null for any other word. */
  private static Class<?> subcommand(String name) {
    CommandSpec spec = Cli.subcommandSpec(name, new Cli());
    return spec == null ? null : spec.userObject().getClass();
  }
}
