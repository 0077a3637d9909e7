package io.github.csww.benchmarks;

import java.nio.file.Path;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Start to answer with Tablesaw: reads the published file (see {@link Tablesaw#read}), keeps the
 * 2017 authority rows with a caseload, sorts them by caseload_fte descending and prints the
 * first five.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.csww.benchmarks.TopTablesaw \
 *     ../shared/data/csww_indicators_2017_to_2025.csv
 * }</pre>
 */
public final class TopTablesaw {
  private TopTablesaw() {}

  /** Prints rank, authority and caseload, one line each. */
  public static void main(String[] args) throws Exception {
    Table t = Tablesaw.read(Path.of(args[0]));
    Table la = t.where(t.stringColumn("time_period").isEqualTo("2017")
        .and(t.stringColumn("geographic_level").isEqualTo("Local authority"))
        .and(t.doubleColumn("caseload_fte").isNotMissing()));
    Table top = la.sortDescendingOn("caseload_fte").first(5);
    int rank = 0;
    for (Row r : top) {
      System.out.printf("%d %s %s%n", ++rank, r.getString("la_name"), r.getDouble("caseload_fte"));
    }
  }
}
