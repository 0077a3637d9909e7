package io.github.csww.examples;

import io.github.csww.Metric;
import io.github.csww.Ranked;
import io.github.csww.Ranking;
import io.github.csww.TextTable;
import io.github.csww.Value;
import io.github.csww.Workforce;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The five authorities with the highest and the five with the lowest average caseload, with their
 * case holders, beside the England average.
 *
 * <p>Run on the bundled sample, or on a file you downloaded:
 *
 * <pre>{@code
 * java -cp csww.jar io.github.csww.examples.HighestAndLowest
 * java -cp csww.jar io.github.csww.examples.HighestAndLowest csww_indicators_2017_to_2025.csv
 * }</pre>
 */
public final class HighestAndLowest {
  private HighestAndLowest() {}

  /**
   * Prints both tables.
   *
   * @param args an optional path to a workforce file; the bundled sample otherwise
   * @throws Exception if the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    Workforce workforce = Sample.workforce(args.length > 0 ? Optional.of(Path.of(args[0]))
        : Optional.empty());
    print(workforce, 5, System.out);
  }

  /**
   * Prints the highest and lowest {@code n} caseloads of the latest year in the workforce.
   *
   * @param workforce the figures
   * @param n how many rows in each table
   * @param out where to print
   */
  public static void print(Workforce workforce, int n, PrintStream out) {
    Workforce year = workforce.year(workforce.latestYear());
    Ranking ranking = year.rankBy(Metric.CASELOAD);
    out.printf("Highest average caseload, 30 September %d%n", year.latestYear());
    out.print(table(ranking.top(n)));
    out.println();
    out.printf("Lowest average caseload, 30 September %d%n", year.latestYear());
    out.print(table(ranking.bottom(n)));
    out.println();
    String england = year.england().map(s -> s.value(Metric.CASELOAD).toString()).orElse("x");
    out.printf("England average caseload: %s cases per FTE%n", england);
    if (!ranking.leftOut().isEmpty()) {
      out.printf("Not ranked (caseload suppressed): %d authorities%n", ranking.leftOut().size());
    }
  }

  static String table(List<Ranked> rows) {
    TextTable.Builder t = TextTable.builder()
        .number("Rank")
        .text("Authority")
        .number("Case holders (FTE)")
        .number("Caseload (cases per FTE)");
    for (Ranked r : rows) {
      Value holders = r.snapshot().value(Metric.CASE_HOLDERS);
      t.row(Integer.toString(r.rank()), r.area().name(), holders.toString(),
          Value.of(r.value()).toString());
    }
    return t.render();
  }
}
