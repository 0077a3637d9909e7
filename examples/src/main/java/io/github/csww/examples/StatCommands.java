package io.github.csww.examples;

import io.github.csww.Metric;
import io.github.csww.Workforce;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code csww aggregate} and {@code csww bands}: figures over many authorities. */
final class StatCommands {
  private StatCommands() {}

  /** {@code csww aggregate}: Σ numerator / Σ denominator beside the published figure. */
  static final class AggregateCommand implements Callable<Integer> {
    Cli cli;
    DataOptions data = new DataOptions();
    Output.Options format = new Output.Options();
    CommonOptions.MetricOption metric = new CommonOptions.MetricOption();
    CommonOptions.YearOption year = new CommonOptions.YearOption();
    String region;

    /**
     * {@code aggregate}'s model, on a new object whose parent is {@code cli}.
     *
     * @param cli the root command's object
     * @return the command's model
     */
    static CommandSpec spec(Cli cli) {
      AggregateCommand c = new AggregateCommand();
      c.cli = cli;
      CommandSpec spec = CliModel.command(c, "aggregate", "%nExample:%n",
          new String[] {"  csww aggregate --metric agency-rate --region London --year 2024"},
          "A metric recomputed over the authorities (England, or a region): counts summed, "
              + "rates as the sum of numerators over the sum of denominators, beside the "
              + "published figure, with the authorities left out.");
      CliModel.with(spec, c.data.options(), c.format.options(), c.metric.options(),
          c.year.options());
      CliModel.add(spec, CliModel.<String>option(String.class, () -> c.region,
          v -> c.region = v, "--region").paramLabel("REGION")
          .description("Only the authorities of a region; default: all of England."));
      return CliModel.withStandardHelp(spec);
    }

    @Override
    public Integer call() throws IOException {
      Output output = format.output(cli);
      DataOptions.Data d = data.load(cli);
      Workforce view = d.workforce.year(year.in(d.workforce));
      if (region != null) {
        view = view.region(region);
      }
      output.print(view.aggregate(metric.in(d.workforce)), d.notes, d.sources);
      return 0;
    }
  }

  /** {@code csww bands}: quartile bands, optionally against Ofsted judgements. */
  static final class Bands implements Callable<Integer> {
    Cli cli;
    DataOptions data = new DataOptions();
    Output.Options format = new Output.Options();
    CommonOptions.MetricOption metric = new CommonOptions.MetricOption();
    CommonOptions.YearOption year = new CommonOptions.YearOption();
    boolean byJudgement;
    Path judgements;

    /**
     * {@code bands}' model, on a new object whose parent is {@code cli}.
     *
     * @param cli the root command's object
     * @return the command's model
     */
    static CommandSpec spec(Cli cli) {
      Bands c = new Bands();
      c.cli = cli;
      CommandSpec spec = CliModel.command(c, "bands", "%nExample:%n",
          new String[] {"  csww bands --metric turnover-rate --by-judgement"},
          "Authorities split into quartile bands on a metric, band A the best quarter (lowest "
              + "caseload); --by-judgement counts the Ofsted judgements in each band.");
      CliModel.with(spec, c.data.options(), c.format.options(), c.metric.options(),
          c.year.options());
      CliModel.add(spec,
          CliModel.flag("byJudgement", () -> c.byJudgement, v -> c.byJudgement = v,
              "--by-judgement", "Count each band's authorities by their Ofsted judgement on "
                  + "the census date."),
          CliModel.<Path>option(Path.class, () -> c.judgements, v -> c.judgements = v,
              "--judgements").paramLabel("FILE").description("Ofsted's inspection outcomes for "
                  + "--by-judgement; default with the bundled data: Ofsted's outcomes at 31 "
                  + "March 2025."));
      return CliModel.withStandardHelp(spec);
    }

    @Override
    public Integer call() throws IOException {
      Output output = format.output(cli);
      DataOptions.Data d = data.load(cli);
      int y = year.in(d.workforce);
      Metric m = metric.in(d.workforce);
      if (byJudgement) {
        if (d.isSample && judgements == null) {
          throw new Cli.UsageException("--by-judgement counts the judgements in force on the "
              + "census date, and the sample's are dated February 2018, after it: give Ofsted's "
              + "outcomes with --judgements FILE, or use the bundled data");
        }
        if (!d.isSample && !d.bundled && judgements == null) {
          throw new Cli.UsageException("--by-judgement needs Ofsted's judgements, and a --file "
              + "of your own brings none: add --judgements FILE (Ofsted's inspection outcomes, "
              + "the .ods Ofsted publishes)");
        }
        DataOptions.authorityYear(d.workforce, DataOptions.yearWords(year.value, y), y);
        DataOptions.joinJudgements(d, judgements, null, y);
        output.print(d.inWords(d.workforce.year(y).judgementsByBand(m)), d.notes, d.sources);
      } else {
        DataOptions.authorityYear(d.workforce, DataOptions.yearWords(year.value, y), y);
        output.print(d.workforce.year(y).bands(m), d.notes, d.sources);
      }
      return 0;
    }
  }
}
