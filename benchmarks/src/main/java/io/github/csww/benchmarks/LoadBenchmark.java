package io.github.csww.benchmarks;

import io.github.csww.Workforce;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rows per second on the synthetic 1,000,000-row file (see {@link SyntheticFile}), for {@code
 * Workforce.load} beside the bare parsers in the same run: JMH reports each benchmark's
 * throughput in rows per second (one operation is one row).
 *
 * <pre>{@code
 * benchmarks/run-jmh.sh            # or:
 * java -jar benchmarks/target/benchmarks.jar LoadBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(SyntheticFile.ROWS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class LoadBenchmark {
  private Path file;

  /** Writes the synthetic file once, if it is not there yet. */
  @Setup(Level.Trial)
  public void file() throws IOException {
    file = SyntheticFile.ensure(SyntheticFile.defaultPath().toAbsolutePath());
  }

  /** csww: read, check and keep every row as a snapshot. */
  @Benchmark
  public Workforce cswwLoad() throws IOException {
    return Parsers.csww(file);
  }

  /**
   * csww on one thread: the same load from a stream of unknown length, which csww reads on the
   * calling thread alone (a file of 50,000 rows or more is split into records on a second).
   */
  @Benchmark
  public Workforce cswwLoadOneThread() throws IOException {
    return Parsers.cswwOneThread(file);
  }

  /** FastCSV plus Double.parseDouble on the 22 metric cells; keeps nothing. */
  @Benchmark
  public double fastCsvBare() throws IOException {
    return Parsers.fastCsv(file);
  }

  /** Jackson CSV streaming plus Double.parseDouble on the 22 metric cells; keeps nothing. */
  @Benchmark
  public double jacksonCsvBare() throws IOException {
    return Parsers.jacksonCsv(file);
  }

  /** Reading the bytes and counting lines: the floor. */
  @Benchmark
  public long rawByteScan() throws IOException {
    return Parsers.rawScan(file);
  }
}
