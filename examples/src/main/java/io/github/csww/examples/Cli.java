package io.github.csww.examples;

import io.github.csww.Comparison;
import io.github.csww.LoadException;
import io.github.csww.Metric;
import io.github.csww.Ranked;
import io.github.csww.Ranking;
import io.github.csww.Workforce;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The {@code csww} command line: rankings, comparisons, trends and charts on the bundled sample
 * or on a file you downloaded.
 *
 * <pre>{@code
 * java -jar csww.jar top                                   # highest caseloads in the sample
 * java -jar csww.jar bottom --metric agency-rate -n 3 --file csww_indicators_2017_to_2025.csv
 * java -jar csww.jar compare Staffordshire Shropshire --year 2017
 * java -jar csww.jar trend Somerset --metric caseload --file csww_indicators_2017_to_2025.csv
 * java -jar csww.jar chart --output caseload.png
 * }</pre>
 */
@Command(
    name = "csww",
    mixinStandardHelpOptions = true,
    version = "csww 0.1.0-SNAPSHOT",
    description = "Rank and compare England's children's social work workforce statistics.",
    subcommands = {Cli.Top.class, Cli.Bottom.class, Cli.Compare.class, Cli.Trend.class,
        Cli.ChartCommand.class})
public final class Cli implements Callable<Integer> {
  private PrintStream out = System.out;

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
   * @return the exit status: 0 on success, 1 for bad data or files, 2 for a bad command
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Cli cli = new Cli();
    cli.out = out;
    CommandLine cl = new CommandLine(cli);
    cl.registerConverter(Metric.class, new MetricConverter());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof IllegalArgumentException || e instanceof IOException
          || e instanceof IllegalStateException) {
        commandLine.getErr().println("csww: " + e.getMessage());
        return e instanceof IllegalArgumentException ? 2 : 1;
      }
      throw e;
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

  /** Options every command shares. */
  static final class Common {
    @Option(names = "--file", paramLabel = "FILE",
        description = "Workforce file (EES CSV or csww JSON); default: the bundled 2017 sample.")
    Path file;

    @Option(names = "--year", paramLabel = "YEAR",
        description = "Reporting year; default: the latest in the file.")
    Integer year;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    Workforce workforce() throws IOException {
      return Sample.workforce(Optional.ofNullable(file));
    }

    Workforce yearOf(Workforce wf) {
      return wf.year(year != null ? year : wf.latestYear());
    }
  }

  /** Output formats. */
  enum Format {
    text,
    csv,
    json
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

    abstract List<Ranked> rows(Ranking ranking);

    @Override
    public Integer call() throws IOException {
      if (n < 1) {
        throw new IllegalArgumentException("-n needs a number above 0, got " + n);
      }
      Ranking ranking = common.yearOf(common.workforce()).rankBy(metric);
      Output.ranking(parent.out, common.format, rows(ranking));
      return 0;
    }
  }

  /** {@code csww top}: the highest values. */
  @Command(name = "top", mixinStandardHelpOptions = true,
      description = "The authorities with the highest values of a metric.")
  static final class Top extends RankCommand {
    @Override
    List<Ranked> rows(Ranking ranking) {
      return ranking.top(n);
    }
  }

  /** {@code csww bottom}: the lowest values. */
  @Command(name = "bottom", mixinStandardHelpOptions = true,
      description = "The authorities with the lowest values of a metric, lowest first.")
  static final class Bottom extends RankCommand {
    @Override
    List<Ranked> rows(Ranking ranking) {
      return ranking.bottom(n);
    }
  }

  /** {@code csww compare}: authorities side by side with their regions and England. */
  @Command(name = "compare", mixinStandardHelpOptions = true,
      description = "Authorities side by side, with their regions and England, for one year.")
  static final class Compare implements Callable<Integer> {
    @ParentCommand Cli parent;
    @Mixin Common common;

    @Option(names = "--metric", paramLabel = "METRIC", split = ",",
        description = "Metrics to show, comma separated (default: all).")
    List<Metric> metrics;

    @Parameters(paramLabel = "AUTHORITY", arity = "1..*",
        description = "Names, LA numbers or ONS codes.")
    List<String> authorities;

    @Override
    public Integer call() throws IOException {
      Comparison c = common.yearOf(common.workforce()).compare(authorities.get(0),
          authorities.subList(1, authorities.size()).toArray(new String[0]));
      if (metrics != null && !metrics.isEmpty()) {
        c = c.metrics(metrics);
      }
      Output.comparison(parent.out, common.format, c);
      return 0;
    }
  }

  /** {@code csww trend}: one authority over the years. */
  @Command(name = "trend", mixinStandardHelpOptions = true,
      description = "One authority's values of a metric in every year of the file.")
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
      Output.trend(parent.out, common.format,
          common.workforce().authority(authority).trend(metric));
      return 0;
    }
  }

  /** {@code csww chart}: a PNG or SVG chart. */
  @Command(name = "chart", mixinStandardHelpOptions = true,
      description = "Draw the highest and lowest authorities with the England line (PNG or SVG).")
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
        throw new IllegalArgumentException("-n needs a number above 0, got " + n);
      }
      Workforce wf = common.workforce();
      if (common.year != null) {
        wf = wf.year(common.year);
      }
      Path written = Chart.write(wf, metric, n, output);
      parent.out.println("wrote " + written);
      return 0;
    }
  }

  static boolean isDataProblem(Exception e) {
    return e instanceof LoadException;
  }
}
