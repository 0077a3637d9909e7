package io.github.csww.benchmarks;

import io.github.csww.Workforce;
import java.nio.file.Path;

/**
 * One read of a file in a fresh JVM, for whole-process measurements (time from start to answer,
 * peak resident memory): {@code csww}, {@code fastcsv}, {@code jackson}, {@code tablesaw} or {@code raw}.
 *
 * <pre>{@code
 * /usr/bin/time -v java -cp benchmarks/target/benchmarks.jar \
 *     io.github.csww.benchmarks.OneShot csww benchmarks/data/synthetic-1m.csv
 * }</pre>
 */
public final class OneShot {
  private OneShot() {}

  /** Reads the file once with the named reader and prints what it read and how long it took. */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: OneShot csww|fastcsv|jackson|tablesaw|raw FILE");
      System.exit(2);
    }
    Path file = Path.of(args[1]);
    long start = System.nanoTime();
    String result;
    switch (args[0]) {
      case "csww" -> {
        Workforce wf = Parsers.csww(file);
        result = wf.report().rowsKept() + " snapshots kept, " + wf.report().skipped().size() + " skipped";
      }
      case "fastcsv" -> result = "checksum " + Parsers.fastCsv(file);
      case "jackson" -> result = "checksum " + Parsers.jacksonCsv(file);
      case "tablesaw" -> result = Tablesaw.read(file).rowCount() + " rows in a Tablesaw table";
      case "raw" -> result = Parsers.rawScan(file) + " lines";
      default -> throw new IllegalArgumentException("unknown parser " + args[0]);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%s: %s in %.2f s%n", args[0], result, seconds);
  }
}
