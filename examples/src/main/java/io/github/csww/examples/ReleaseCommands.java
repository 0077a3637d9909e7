package io.github.csww.examples;

import io.github.csww.Coverage;
import io.github.csww.LoadException;
import io.github.csww.Reconciliation;
import io.github.csww.ReleaseDiff;
import io.github.csww.Workforce;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code csww reconcile} and {@code csww diff}: the published figures checked and compared. */
final class ReleaseCommands {
  private ReleaseCommands() {}

  /** {@code csww reconcile}: every published England and regional rate beside its recomputation. */
  static final class Reconcile implements Callable<Integer> {
    Cli cli;
    DataOptions data = new DataOptions();
    Output.Options format = new Output.Options();
    Coverage coverage;

    /**
     * {@code reconcile}'s model, on a new object whose parent is {@code cli}.
     *
     * @param cli the root command's object
     * @return the command's model
     */
    static CommandSpec spec(Cli cli) {
      Reconcile c = new Reconcile();
      c.cli = cli;
      CommandSpec spec = CliModel.command(c, "reconcile", "%nExample:%n",
          new String[] {"  csww reconcile --format csv > reconciliation.csv"}, "Every "
              + "published England and regional cell of every rate, in every year, beside "
              + "csww's recomputation from the local-authority rows: the difference, whether it "
              + "reproduces at 1 dp, and why not where it does not.");
      CliModel.with(spec, c.data.options(), c.format.options());
      return CliModel.withStandardHelp(CliModel.add(spec, CliModel.<Coverage>option(
          Coverage.class, () -> c.coverage, v -> c.coverage = v, "--coverage")
          .paramLabel("RULE").defaultValue("PUBLISHER").description("Which authorities each "
              + "total covers: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")));
    }

    @Override
    public Integer call() throws IOException {
      Output output = format.output(cli);
      DataOptions.Data d = data.load(cli);
      Reconciliation r = d.workforce.reconcile(coverage);
      output.print(r, d.notes, d.sources);
      return 0;
    }
  }

  /** {@code csww diff OLD NEW}: two releases side by side. */
  static final class Diff implements Callable<Integer> {
    Cli cli;
    Output.Options format = new Output.Options();
    String older;
    String newer;

    /**
     * {@code diff}'s model, on a new object whose parent is {@code cli}.
     *
     * @param cli the root command's object
     * @return the command's model
     */
    static CommandSpec spec(Cli cli) {
      Diff c = new Diff();
      c.cli = cli;
      CommandSpec spec = CliModel.command(c, "diff", "%nExample:%n",
          new String[] {"  csww diff csww_headline_measures_2017_to_2022.csv "
              + "csww_indicators_2017_to_2025.csv --format csv"}, "Two releases side by side, "
              + "in either layout: every (area, year, metric) whose published value was "
              + "revised, with both values, and the areas and years in only one of them.");
      return CliModel.withStandardHelp(CliModel.with(spec, c.format.options())
          .addPositional(CliModel.<String>parameter(String.class, () -> c.older,
              v -> c.older = v).index("0").paramLabel("OLD").required(true)
              .description("The older release.").build())
          .addPositional(CliModel.<String>parameter(String.class, () -> c.newer,
              v -> c.newer = v).index("1").paramLabel("NEW").required(true)
              .description("The newer release.").build()));
    }

    @Override
    public Integer call() throws IOException {
      Output output = format.output(cli);
      ReleaseDiff d = Workforce.diff(release(cli, older), release(cli, newer));
      output.print(d, java.util.List.of(), java.util.List.of("Older: " + older,
          "Newer: " + newer));
      return 0;
    }

    /** One release, an EES CSV or csww JSON; a spreadsheet is refused in command-line words. */
    private static Workforce release(Cli cli, String file) throws IOException {
      try {
        return Workforce.load(DataOptions.path(cli, file));
      } catch (LoadException e) {
        throw DataOptions.spreadsheet(e, "diff compares two releases of the workforce figures, "
            + "each an EES CSV, in either layout, or csww JSON (Ofsted's inspection outcomes are "
            + "not one)");
      }
    }
  }
}
