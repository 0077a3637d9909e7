package io.github.csww.benchmarks;

import io.github.csww.Workforce;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * How {@code Workforce.load}'s time grows with the file: loads one file until the JIT has seen at
 * least {@code WARM_ROWS} rows (and at least three loads), then {@code RUNS} more times, and
 * prints the median of those as seconds and nanoseconds a row, on one line: {@code rows seconds
 * ns_per_row}. Warming up by rows, not by loads, compares the files at the same compiled code:
 * three loads of 100,000 rows leave the loader half-compiled. {@code alternatives.sh} runs it on the
 * 100,000-, 1,000,000- and 5,000,000-row synthetic files, each in a fresh JVM, to check that the
 * time a row stays within 10%.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.csww.benchmarks.Scaling \
 *     benchmarks/data/synthetic-1m.csv 5000000 5
 * }</pre>
 */
public final class Scaling {
  private Scaling() {}

  /**
   * Loads the file and prints the median load.
   *
   * @param args the file, the rows to warm up on (default 5,000,000) and the measured loads
   *     (default 5)
   * @throws Exception if the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    long warmRows = args.length > 1 ? Long.parseLong(args[1]) : 5_000_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    long rows = Workforce.load(file).report().rowsRead();
    int warm = (int) Math.max(2, (warmRows + rows - 1) / rows - 1);
    double[] seconds = new double[runs];
    for (int i = 0; i < warm + runs; i++) {
      // No variable keeps a load alive during the next. No System.gc() between loads either:
      // G1 then shrinks the heap, and a small load pays for growing it again (100,000 rows
      // measured 1,565 ns a row with it, 977 without; 1,000,000 rows 1,128 and 1,056).
      long start = System.nanoTime();
      rows = Workforce.load(file).report().rowsRead();
      long took = System.nanoTime() - start;
      if (i >= warm) {
        seconds[i - warm] = took / 1e9;
      }
    }
    Arrays.sort(seconds);
    double median = seconds[runs / 2];
    System.out.printf("%d %.3f %.1f%n", rows, median, median * 1e9 / rows);
  }
}
