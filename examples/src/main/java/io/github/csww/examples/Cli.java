package io.github.csww.examples;

import io.github.csww.Comparison;
import io.github.csww.Format;
import io.github.csww.LoadException;
import io.github.csww.Metric;
import io.github.csww.NeighbourComparison;
import io.github.csww.QueryException;
import io.github.csww.Ranking;
import io.github.csww.Workforce;
import io.github.csww.io.OfstedReader;
import io.github.csww.io.StatisticalNeighboursReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code csww} command line: rankings, comparisons, neighbours, trends and charts on the
 * bundled sample or on files you downloaded, as text, CSV or JSON.
 *
 * <p>Results go to standard output, errors to standard error. The exit status is 0 on success, 1
 * for a file that cannot be read or data that cannot answer (a bad file, an authority with no
 * neighbours in the model), 2 for a bad command (an unknown metric or authority, a year not in the
 * file), with the valid names or the closest matches in the message. CSV is spreadsheet-safe
 * unless {@code --plain-csv} is given: text cells a spreadsheet would run as a formula are
 * neutralised and the file starts with a byte order mark.
 *
 * <pre>{@code
 * java -jar csww.jar top                                   # highest caseloads in the sample
 * java -jar csww.jar bottom --metric agency-rate -n 3 --file csww_indicators_2017_to_2025.csv
 * java -jar csww.jar top --file csww.csv --judgements LA_Inspection_Outcomes_as_at_31_March_2025.ods
 * java -jar csww.jar compare Staffordshire Shropshire --format csv
 * java -jar csww.jar neighbours Staffordshire --file csww.csv --neighbours-file sn_model_2025_wide.csv
 * java -jar csww.jar trend Somerset --metric caseload --file csww.csv --format json
 * java -jar csww.jar chart --output caseload.png
 * }</pre>
 */
@Command(
    name = "csww",
    mixinStandardHelpOptions = true,
    version = "csww 0.1.0-SNAPSHOT",
    description = "Rank and compare England's children's social work workforce statistics.",
    subcommands = {Cli.Top.class, Cli.Bottom.class, Cli.Compare.class, Cli.Neighbours.class,
        Cli.Trend.class, Cli.ChartCommand.class})
public final class Cli implements Callable<Integer> {
  private PrintStream out = System.out;
  private PrintStream err = System.err;

  /**
   * Runs the command line and exits with its status: 0 on success, 1 for bad data or files, 2
   * for a bad command.
   *
   * @param args the command and its options; {@code --help} lists them
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line, printing results to {@code out} and errors to {@code err}.
   *
   * @param args the command and its options
   * @param out where results go
   * @param err where errors go
   * @return the exit status: 0 on success, 1 for bad data or files, 2 for a bad command
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Cli cli = new Cli();
    cli.out = out;
    cli.err = err;
    CommandLine cl = new CommandLine(cli);
    cl.registerConverter(Metric.class, new MetricConverter());
    cl.registerConverter(LocalDate.class, new DateConverter());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof QueryException || e instanceof UsageException) {
        commandLine.getErr().println("csww: " + e.getMessage());
        return 2;
      }
      if (e instanceof LoadException || e instanceof IOException
          || e instanceof UncheckedIOException) {
        commandLine.getErr().println("csww: " + e.getMessage());
        return 1;
      }
      // Anything else is a bug in csww, never the user's mistake.
      commandLine.getErr().println("csww: internal error, please report it: " + e);
      return 3;
    });
    cl.setParameterExceptionHandler((e, a) -> {
      PrintWriter w = e.getCommandLine().getErr();
      w.println("csww: " + e.getMessage());
      w.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return 2;
    });
    return cl.execute(args);
  }

  @Override
  public Integer call() {
    out.print(new CommandLine(this).getUsageMessage());
    return 0;
  }

  /** A mistake in the command: exit status 2, with the message. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Options every command shares: the workforce file, the year and the output format. */
  static final class Common {
    @Option(names = "--file", paramLabel = "FILE",
        description = "Workforce file (EES CSV or csww JSON); default: the bundled 2017 sample.")
    Path file;

    @Option(names = "--year", paramLabel = "YEAR",
        description = "Reporting year; default: the latest in the file.")
    Integer year;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "Output format: text, csv, json or markdown, any case "
            + "(default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--plain-csv",
        description = "Write CSV cells as they are, without a byte order mark; by default CSV is "
            + "spreadsheet-safe (cells starting =, +, -, @ are neutralised).")
    boolean plainCsv;

    Workforce workforce() throws IOException {
      return Sample.workforce(Optional.ofNullable(file));
    }

    Workforce yearOf(Workforce wf) {
      return wf.year(year != null ? year : wf.latestYear());
    }

    Output output(PrintStream out) {
      Format f;
      try {
        f = Format.parse(format);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      return new Output(out, f.kind() == Format.Kind.CSV && !plainCsv ? Format.SPREADSHEET_CSV
          : f);
    }
  }

  /** The Ofsted file to join. */
  static final class JudgementFile {
    @Option(names = "--judgements", paramLabel = "FILE",
        description = "Ofsted's inspection outcomes (ODS, or CSV as OfstedReader reads it): "
            + "adds each authority's judgement in force on the census date.")
    Path file;

    /** The workforce joined with the judgements of the file, if one is given. */
    Workforce join(Workforce wf) throws IOException {
      return file == null ? wf : wf.withJudgements(OfstedReader.read(file));
    }
  }

  abstract static class RankCommand implements Callable<Integer> {
    @ParentCommand Cli parent;
    @Mixin Common common;

    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "caseload",
        description = "Metric to rank by (default: ${DEFAULT-VALUE}), e.g. agency-rate.")
    Metric metric;

    @Option(names = "-n", paramLabel = "N", defaultValue = "5",
        description = "How many rows (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--judgements", paramLabel = "FILE",
        description = "Ofsted's inspection outcomes (ODS, or CSV as OfstedReader reads it) to "
            + "show each authority's judgement; default with the bundled sample: its judgements "
            + "in force in February 2018.")
    Path judgements;

    @Option(names = "--judgements-at", paramLabel = "DATE",
        description = "Look judgements up on this date (2018-02-28); default: the census date, "
            + "30 September of the year (for the bundled sample, 2018-02-28).")
    LocalDate judgementsAt;

    abstract Ranking rows(Ranking ranking);

    @Override
    public Integer call() throws IOException {
      if (n < 1) {
        throw new UsageException("-n needs a number above 0, got " + n);
      }
      Output output = common.output(parent.out);
      Workforce wf = common.workforce();
      Optional<LocalDate> at = Optional.ofNullable(judgementsAt);
      if (judgements != null) {
        wf = wf.withJudgements(OfstedReader.read(judgements));
      } else if (common.file == null) {
        wf = wf.withJudgements(Sample.judgements());
        at = Optional.of(at.orElse(Sample.JUDGEMENTS_AS_AT));
      } else if (judgementsAt != null) {
        throw new UsageException("--judgements-at needs judgements: give them with "
            + "--judgements FILE");
      }
      Workforce year = common.yearOf(wf);
      Ranking ranking = year.rankBy(metric);
      if (at.isPresent()) {
        ranking = ranking.judgementsAt(at.get());
      }
      output.print(rows(ranking));
      return 0;
    }
  }

  /** {@code csww top}: the highest values. */
  @Command(name = "top", mixinStandardHelpOptions = true,
      description = "The authorities with the highest values of a metric.")
  static final class Top extends RankCommand {
    @Override
    Ranking rows(Ranking ranking) {
      return ranking.top(n);
    }
  }

  /** {@code csww bottom}: the lowest values. */
  @Command(name = "bottom", mixinStandardHelpOptions = true,
      description = "The authorities with the lowest values of a metric, lowest first; each "
          + "keeps its rank counted from the highest.")
  static final class Bottom extends RankCommand {
    @Override
    Ranking rows(Ranking ranking) {
      return ranking.bottom(n);
    }
  }

  /** {@code csww compare}: authorities side by side with their regions and England. */
  @Command(name = "compare", mixinStandardHelpOptions = true,
      description = "Authorities side by side, with their regions and England, for one year.")
  static final class Compare implements Callable<Integer> {
    @ParentCommand Cli parent;
    @Mixin Common common;
    @Mixin JudgementFile judgements;

    @Option(names = "--metric", paramLabel = "METRIC", split = ",",
        description = "Metrics to show, comma separated (default: all).")
    List<Metric> metrics;

    @Parameters(paramLabel = "AUTHORITY", arity = "1..*",
        description = "Names, LA numbers or ONS codes.")
    List<String> authorities;

    @Override
    public Integer call() throws IOException {
      Output output = common.output(parent.out);
      Workforce wf = judgements.join(common.workforce());
      boolean sample = common.file == null && judgements.file == null;
      if (sample) {
        wf = wf.withJudgements(Sample.judgements());
      }
      Comparison c = common.yearOf(wf).compare(authorities.get(0),
          authorities.subList(1, authorities.size()).toArray(new String[0]));
      if (sample) {
        c = c.judgementsAt(Sample.JUDGEMENTS_AS_AT); // the sample's judgements, February 2018
      }
      if (metrics != null && !metrics.isEmpty()) {
        c = c.metrics(metrics);
      }
      output.print(c);
      return 0;
    }
  }

  /** {@code csww neighbours}: an authority against its statistical neighbours. */
  @Command(name = "neighbours", mixinStandardHelpOptions = true,
      description = "An authority against its statistical neighbours on a metric: each "
          + "neighbour's value, the neighbour mean and the authority's rank among them.")
  static final class Neighbours implements Callable<Integer> {
    @ParentCommand Cli parent;
    @Mixin Common common;
    @Mixin JudgementFile judgements;

    @Option(names = "--neighbours-file", paramLabel = "FILE", required = true,
        description = "DfE's statistical neighbour model (the 2021 groupings or the 2025 wide "
            + "CSV).")
    Path neighboursFile;

    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "caseload",
        description = "Metric (default: ${DEFAULT-VALUE}).")
    Metric metric;

    @Parameters(paramLabel = "AUTHORITY", description = "Name, LA number or ONS code.")
    String authority;

    @Override
    public Integer call() throws IOException {
      Output output = common.output(parent.out);
      Workforce wf = judgements.join(common.workforce())
          .withNeighbours(StatisticalNeighboursReader.read(neighboursFile));
      NeighbourComparison c = common.year == null
          ? wf.authority(authority).againstNeighbours(metric)
          : wf.authority(authority).againstNeighbours(metric, common.year);
      output.print(c);
      return 0;
    }
  }

  /** {@code csww trend}: one authority over the years. */
  @Command(name = "trend", mixinStandardHelpOptions = true,
      description = "One authority's values of a metric in every year of the file (up to "
          + "--year, when given), with the change from year to year.")
  static final class Trend implements Callable<Integer> {
    @ParentCommand Cli parent;
    @Mixin Common common;

    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "caseload",
        description = "Metric (default: ${DEFAULT-VALUE}).")
    Metric metric;

    @Parameters(paramLabel = "AUTHORITY", description = "Name, LA number or ONS code.")
    String authority;

    @Override
    public Integer call() throws IOException {
      Output output = common.output(parent.out);
      Workforce wf = common.workforce();
      if (common.year != null) {
        wf.year(common.year); // refuses a year the file does not hold, naming those it does
        wf = wf.years(wf.years().first(), common.year);
      }
      output.print(wf.authority(authority).trend(metric));
      return 0;
    }
  }

  /** {@code csww chart}: a PNG or SVG chart. */
  @Command(name = "chart", mixinStandardHelpOptions = true,
      description = "Draw the highest and lowest authorities with the England line (PNG or SVG). "
          + "With --format csv or json, the figures drawn are printed too.")
  static final class ChartCommand implements Callable<Integer> {
    @ParentCommand Cli parent;
    @Mixin Common common;

    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "caseload",
        description = "Metric (default: ${DEFAULT-VALUE}).")
    Metric metric;

    @Option(names = "-n", paramLabel = "N", defaultValue = "5",
        description = "How many authorities at each end (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "csww-chart.png",
        description = "Image to write, .png or .svg (default: ${DEFAULT-VALUE}).")
    Path output;

    @Override
    public Integer call() throws IOException {
      if (n < 1) {
        throw new UsageException("-n needs a number above 0, got " + n);
      }
      Output printer = common.output(parent.out);
      Workforce year = common.yearOf(common.workforce());
      Path written = Chart.write(year, metric, n, output);
      if (printer.format().kind() == Format.Kind.TEXT) {
        parent.out.println("wrote " + written);
        return 0;
      }
      // The figures drawn go to stdout, so the notice goes to stderr.
      Ranking ranking = year.rankBy(metric);
      printer.print(ranking.top(n));
      printer.print(ranking.bottom(n));
      parent.err.println("wrote " + written);
      return 0;
    }
  }

  /** Reads a date as {@code 2018-02-28}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("expected a date such as 2018-02-28, got '" + text
            + "'");
      }
    }
  }
}
