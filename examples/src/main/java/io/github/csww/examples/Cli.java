package io.github.csww.examples;

import io.github.csww.LoadException;
import io.github.csww.Metric;
import io.github.csww.MissingDataException;
import io.github.csww.MissingJoinException;
import io.github.csww.QueryException;
import java.io.IOException;
import io.github.csww.io.EesClient;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code csww} command line: rankings, comparisons, neighbours, trends, aggregates, bands and
 * charts, on the bundled 2025 release (with Ofsted's outcomes at 31 March 2025 and the 2025
 * neighbour model) or on files you downloaded, as text, CSV, JSON or Markdown.
 *
 * <p>Results go to standard output, errors to standard error. Exit status: 0 success; 1 a file
 * that cannot be read or data that cannot answer; 2 a bad command (unknown metric, authority,
 * option or year), with the closest names when something is close; 3 an internal error (a bug).
 * Every result names its source: a footer in text and Markdown, a {@code source} field in JSON, a
 * line on standard error for CSV.
 *
 * <pre>{@code
 * java -jar csww.jar top                                   # highest caseloads, 2025, ties kept
 * java -jar csww.jar bottom --metric agency-rate -n 3 --exact
 * java -jar csww.jar compare Staffordshire "West Midlands" England --format csv
 * java -jar csww.jar neighbours Staffordshire
 * java -jar csww.jar trend Somerset --years 2019..2025 --format json
 * java -jar csww.jar chart -o caseload.svg
 * }</pre>
 */
public final class Cli implements Callable<Integer> {
  /** The subcommands, in the order the help lists them. */
  static final List<String> SUBCOMMANDS = List.of("top", "bottom", "compare", "neighbours",
      "trend", "aggregate", "bands", "metrics", "authorities", "info", "reconcile", "diff",
      "correlate", "fetch", "chart");

  PrintStream out = System.out;
  PrintStream err = System.err;
  /** The EES client's settings before a command adds its own; tests point it at a fake API. */
  Supplier<EesClient.Builder> eesDefaults = EesClient::builder;

  /**
   * An EES client builder whose warnings (a cached version used because the API could not be
   * reached) are printed on standard error as {@code csww: warning: ...}.
   */
  EesClient.Builder ees() {
    return eesDefaults.get().warnings(w -> err.println("csww: warning: " + w));
  }
  InputStream in = System.in;

  /**
   * Runs the command line and exits with its status (0, 1, 2 or 3; see the class description).
   *
   * @param args the command and its options; {@code --help} lists them
   */
  public static void main(String[] args) {
    if (System.getProperty(CONVERTERS_EXCLUDES) == null) {
      System.setProperty(CONVERTERS_EXCLUDES, CONVERTERS_EXCLUDED);
    }
    System.exit(run(args, System.in, System.out, System.err));
  }

  /** The system property naming the types whose built-in picocli converters are not loaded. */
  static final String CONVERTERS_EXCLUDES = "picocli.converters.excludes";

  /**
   * The types {@link #main} keeps picocli from registering converters for, unless the property
   * is set already: picocli finds each by reflection, which initialises java.time's formatters
   * and JDBC's driver manager (71 classes, about 10 ms of {@code csww top}'s 150). No option has
   * such a type but the dates, whose converter is csww's own (checked by a test).
   */
  static final String CONVERTERS_EXCLUDED = "java\\.(sql|time)\\..*";

  /**
   * Runs the command line, printing results to {@code out} and errors to {@code err}.
   *
   * @param args the command and its options
   * @param out where results go
   * @param err where errors and notes for formats without room for them go
   * @return the exit status: 0 success, 1 bad data or files, 2 bad command, 3 internal error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  /**
   * Runs the command line reading {@code --file -} from {@code in}.
   *
   * @param args the command and its options
   * @param in what {@code --file -} reads
   * @param out where results go
   * @param err where errors go
   * @return the exit status: 0 success, 1 bad data or files, 2 bad command, 3 internal error
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, EesClient::builder);
  }

  /** As {@link #run(String[], InputStream, PrintStream, PrintStream)}, with EES settings. */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
      Supplier<EesClient.Builder> ees) {
    Cli cli = new Cli();
    cli.eesDefaults = ees;
    cli.in = in;
    cli.out = out;
    cli.err = err;
    // Subcommands first: the converters, settings and handlers below reach only the subcommands
    // present when they are set.
    CommandLine cl = commandLine(cli, args);
    cl.registerConverter(Metric.class, new MetricConverter());
    cl.registerConverter(LocalDate.class, new Converters.DateConverter());
    cl.registerConverter(YearRange.class, new Converters.YearRangeConverter());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) ->
        report(e, commandLine.getErr()));
    cl.setParameterExceptionHandler((e, a) -> {
      PrintWriter w = e.getCommandLine().getErr();
      w.println("csww: " + e.getMessage());
      w.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return 2;
    });
    return cl.execute(args);
  }

  /**
   * The command line for these arguments. Building the whole tree's model (in code, see
   * {@link CliModel}) costs more than building one command's; so when the first argument
   * names a subcommand exactly, the root holds that subcommand alone (named {@code csww}, so
   * usage, errors and exit codes read as with the whole tree: the root's own options and help
   * are not reachable once a subcommand is named). Anything else (no
   * arguments, an option, an {@code @file}, an unknown or misspelt name) gets the whole tree,
   * with its help and suggestions.
   *
   * @param cli the root command's object, which the subcommands reach as their parent
   * @param args the arguments as given
   * @return the command line to run them with
   */
  static CommandLine commandLine(Cli cli, String[] args) {
    CommandSpec only = args.length == 0 ? null : subcommandSpec(args[0], cli);
    if (only == null) {
      return new CommandLine(spec(cli));
    }
    CommandLine cl = new CommandLine(CommandSpec.wrapWithoutInspection(cli).name("csww"));
    cl.addSubcommand(only.name(), new CommandLine(only));
    return cl;
  }

  /**
   * The whole tree's model: {@code csww}, its help, version, exit codes and examples, and every
   * subcommand in the order its help lists them.
   *
   * @param cli the root command's object, which the subcommands reach as their parent
   * @return the model
   */
  static CommandSpec spec(Cli cli) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(cli).name("csww");
    Map<String, String> exitCodes = new LinkedHashMap<>();
    exitCodes.put("0", "success");
    exitCodes.put("1", "a file cannot be read, or the data cannot answer");
    exitCodes.put("2", "a bad command: unknown metric, area, option or year");
    exitCodes.put("3", "an internal error (a bug)");
    spec.usageMessage().description("Rank and compare England's children's social work "
        + "workforce statistics.", "Default data: the bundled DfE 2025 release (2017 to 2025), "
        + "Ofsted's outcomes at 31 March 2025 and DfE's 2025 neighbour model; --file FILE reads "
        + "yours (- for standard input), --sample the 2017 sample.")
        .exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes)
        .footerHeading("%nExamples:%n").footer("  csww top",
            "  csww bottom --metric agency-rate -n 3 --exact",
            "  csww compare Staffordshire \"West Midlands\" England",
            "  csww neighbours Staffordshire", "  csww trend England --years 2019..2025",
            "  csww aggregate --metric caseload --region London", "  csww bands",
            "  csww metrics", "  csww authorities hull", "  csww info csww.csv",
            "  csww chart -o caseload.png");
    CliModel.withStandardHelp(spec);
    for (String name : SUBCOMMANDS) {
      spec.addSubcommand(name, new CommandLine(subcommandSpec(name, cli)));
    }
    return spec;
  }

  /**
   * What {@code csww --version} prints: the build's version, from a resource Maven fills in
   * (read only when asked for).
   *
   * @return one line, for example {@code csww 0.2.0}
   * @throws IOException if the resource cannot be read
   */
  static String[] version() throws IOException {
    try (InputStream in = Cli.class.getResourceAsStream("version.txt")) {
      if (in == null) {
        throw new IllegalStateException("version.txt is missing from the jar");
      }
      return new String[] {new String(in.readAllBytes(), StandardCharsets.UTF_8).strip()};
    }
  }

  /**
   * The model of the subcommand a name calls, on a new command object whose parent is
   * {@code cli}, or null for any other word. A switch, so that only the command named is built.
   *
   * @param name the first argument
   * @param cli the root command's object
   * @return the subcommand's model, or null
   */
  static CommandSpec subcommandSpec(String name, Cli cli) {
    return switch (name) {
      case "top" -> RankCommands.Top.spec(cli);
      case "bottom" -> RankCommands.Bottom.spec(cli);
      case "compare" -> AreaCommands.Compare.spec(cli);
      case "neighbours" -> AreaCommands.Neighbours.spec(cli);
      case "trend" -> AreaCommands.TrendCommand.spec(cli);
      case "aggregate" -> StatCommands.AggregateCommand.spec(cli);
      case "bands" -> StatCommands.Bands.spec(cli);
      case "metrics" -> FindCommands.Metrics.spec(cli);
      case "authorities" -> FindCommands.Authorities.spec(cli);
      case "info" -> FindCommands.Info.spec(cli);
      case "reconcile" -> ReleaseCommands.Reconcile.spec(cli);
      case "diff" -> ReleaseCommands.Diff.spec(cli);
      case "correlate" -> IndicatorCommands.Correlate.spec(cli);
      case "fetch" -> IndicatorCommands.Fetch.spec(cli);
      case "chart" -> ChartCommand.spec(cli);
      default -> null;
    };
  }

  /**
   * The exit status for an exception a command threw: 2 for a mistake in the command, 1 for a
   * file or data that cannot answer, 3 for anything else, which is a bug in csww.
   *
   * <p>An {@link IllegalArgumentException} is 3 on purpose, even one the library throws: the
   * library uses it both for a caller's mistake and for its own invariants, so its type cannot
   * tell a user's mistake from a bug. Each refusal a command's arguments can meet is checked by
   * the command before the library is called and reported as a {@link UsageException} (2) or a
   * {@link DataException} (1), in command-line words; one that gets through is a check csww
   * lacks, a bug to report.
   */
  static int exitCode(Exception e) {
    if (e instanceof MissingDataException || e instanceof DataException) {
      return 1; // the command was right; the data cannot answer it
    }
    if (e instanceof QueryException || e instanceof UsageException) {
      return 2;
    }
    if (e instanceof LoadException || e instanceof IOException
        || e instanceof UncheckedIOException) {
      return 1;
    }
    return 3;
  }

  /** Prints the message of an exception a command threw, and returns the exit status. */
  static int report(Exception e, PrintWriter err) {
    int status = exitCode(e);
    if (status == 3) {
      // Anything else is a bug in csww, never the user's mistake.
      err.println("csww: internal error, please report it: " + e);
    } else {
      err.println("csww: " + message(e));
    }
    return status;
  }

  /**
   * An exception's message in command-line words: a join the library names by its method is
   * named by the option that makes it, and a file system error whose message is the file alone
   * says why.
   */
  static String message(Exception e) {
    if (e instanceof MissingJoinException j) {
      return switch (j.join()) {
        case "withJudgements" -> "this needs Ofsted's judgements, and csww joins them by itself "
            + "only to the bundled data: add --judgements FILE (Ofsted's inspection outcomes, "
            + "the .ods Ofsted publishes)";
        case "withNeighbours" -> "this needs statistical neighbours: add --neighbours-file FILE "
            + "(DfE's statistical neighbour model)";
        default -> e.getMessage();
      };
    }
    if (e instanceof FileSystemException f && f.getReason() == null && f.getFile() != null) {
      return f.getFile() + ": " + reason(f);
    }
    return e.getMessage();
  }

  /**
   * Why a file could not be read or written, in words: the system's reason, or for the
   * exceptions Java gives without one, what their kind means.
   */
  static String reason(FileSystemException e) {
    if (e.getReason() != null) {
      String r = e.getReason();
      return r.isEmpty() ? r : Character.toLowerCase(r.charAt(0)) + r.substring(1);
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    return e.getClass().getSimpleName();
  }

  @Override
  public Integer call() {
    out.print(new CommandLine(spec(this)).getUsageMessage());
    return 0;
  }

  /** A mistake in the command: exit status 2, with the message. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /**
   * A right command the data cannot answer, such as a metric the file's layout does not
   * publish: exit status 1, with the message.
   */
  static final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DataException(String message) {
      super(message);
    }
  }
}
