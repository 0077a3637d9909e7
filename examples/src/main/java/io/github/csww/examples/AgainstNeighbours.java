package io.github.csww.examples;

import io.github.csww.Format;
import io.github.csww.Metric;
import io.github.csww.NeighbourComparison;
import io.github.csww.Workforce;
import io.github.csww.io.StatisticalNeighboursReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * An authority against its ten statistical neighbours on a metric: each neighbour's value, the
 * neighbour mean (Σ numerator / Σ denominator for a rate) and the authority's rank among them.
 *
 * <p>The bundled sample has no neighbour model, so this needs the files you downloaded: a
 * workforce file, DfE's statistical neighbour model (the 2021 groupings or the 2025 wide CSV), an
 * authority and, optionally, a metric (caseload by default):
 *
 * <pre>{@code
 * java -cp csww.jar io.github.csww.examples.AgainstNeighbours csww_indicators_2017_to_2025.csv \
 *     sn_model_2025_wide.csv Staffordshire agency-rate
 * }</pre>
 */
public final class AgainstNeighbours {
  private AgainstNeighbours() {}

  /**
   * Prints the comparison.
   *
   * @param args a workforce file, a neighbour file, an authority and optionally a metric
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3 || args.length > 4) {
      System.err.println("usage: AgainstNeighbours WORKFORCE_FILE NEIGHBOURS_FILE AUTHORITY "
          + "[METRIC]");
      System.exit(2);
    }
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the program on its arguments: 0 when it printed the comparison, 1 when a file cannot be
   * read or a name or metric matches nothing (the message, with the closest names, on {@code
   * err}). A misspelt name is a {@link io.github.csww.QueryException}, which a caller can catch.
   *
   * @param args the workforce file, the neighbours file, the authority and optionally the metric
   * @param out where the comparison goes
   * @param err where a problem is said
   * @return the exit status
   * @throws IOException if a file cannot be read
   */
  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    try {
      Workforce workforce = Workforce.load(Path.of(args[0]))
          .withNeighbours(StatisticalNeighboursReader.read(Path.of(args[1])));
      Metric metric = args.length == 4 ? Metric.fromName(args[3]) : Metric.CASELOAD;
      print(workforce, args[2], metric, out);
      return 0;
    } catch (io.github.csww.QueryException | io.github.csww.LoadException e) {
      err.println("AgainstNeighbours: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Prints an authority against its neighbours in the latest year with its figures.
   *
   * @param workforce the figures, joined with a neighbour model ({@link
   *     Workforce#withNeighbours})
   * @param authority a name, LA number or ONS code
   * @param metric the metric to compare
   * @param out where to print
   * @throws io.github.csww.UnknownAreaException if the authority matches none (naming the closest)
   * @throws io.github.csww.MissingJoinException if no neighbour model is joined
   */
  public static void print(Workforce workforce, String authority, Metric metric,
      PrintStream out) {
    NeighbourComparison c = workforce.authority(authority).againstNeighbours(metric);
    out.print(c.format(Format.TEXT));
  }
}
