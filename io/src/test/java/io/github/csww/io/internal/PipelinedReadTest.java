package io.github.csww.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.csww.LoadException;
import io.github.csww.LoadLimits;
import io.github.csww.LoadOptions;
import io.github.csww.Region;
import io.github.csww.Workforce;
import io.github.csww.io.EesLayout;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Records split on another thread ({@link PipelinedRecords}) read exactly as records split on the
 * caller's: the same workforce, the same report, the same first error with the same line and
 * column, in strict and lenient mode, whatever the batch size; and the thread never outlives the
 * read.
 */
class PipelinedReadTest {
  private static final String HEADER = String.join(",", EesLayout.LAYOUT_2025.columns());
  private static final Region[] REGIONS = Region.values();

  /** A file of {@code rows} authority rows, with the defects {@code seed} picks, or none. */
  static String file(int rows, long seed, boolean defects) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(HEADER).append(r.nextBoolean() ? "\r\n" : "\n");
    int years = 1 + rows / 40;
    for (int i = 0; i < rows; i++) {
      int year = 2000 + i % years;
      int la = 100 + i / years;
      Region region = REGIONS[la % 9];
      String name = switch (la % 7) {
        case 0 -> "\"Kingston upon Hull, City of " + la + "\"";
        case 1 -> "\"St Helens \"\"" + la + "\"\"\"";
        case 2 -> "Bournemouth, Christchurch".replace(",", "") + " " + la;
        case 3 -> "Südstadt " + la;
        default -> "Authority " + la;
      };
      sb.append(year).append(",Reporting year,Local authority,E92000001,England,")
          .append(region.code()).append(',').append(region.label()).append(',').append(la)
          .append(",E0600").append(String.format("%04d", la)).append(',').append(name);
      for (int m = 0; m < 22; m++) {
        int pick = r.nextInt(20);
        sb.append(',').append(pick == 0 ? "x" : pick == 1 ? "c" : pick == 2 ? "low"
            : pick < 10 ? Integer.toString(r.nextInt(5000)) : r.nextInt(900) + "." + r.nextInt(10));
      }
      if (defects && r.nextInt(Math.max(1, rows / 3)) == 0) {
        switch (r.nextInt(6)) {
          case 0 -> sb.append(",1"); // too many fields
          case 1 -> sb.append(",\"never closed"); // a scanner error
          case 2 -> sb.setLength(sb.lastIndexOf(",") + 1); // an empty cell
          case 3 -> sb.append("\n\n"); // blank lines
          case 4 -> sb.append(sb.substring(sb.lastIndexOf("\n") + 1)); // two rows on one
          default -> sb.append("\uFFFD");
        }
      }
      sb.append(r.nextInt(10) == 0 ? "\r\n" : "\n");
    }
    return sb.toString();
  }

  /** What a read gives: the workforce and report, or the error's class and message. */
  private static String outcome(String text, int batchBytes, LoadOptions options) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try {
      Workforce w = EesCsvParser.read(new ByteArrayInputStream(bytes), "t.csv", options, 0,
          batchBytes);
      return w.snapshots() + "\n" + w.report();
    } catch (IOException | RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  @Test
  void read_anyFileAndBatchSize_sameAsOnOneThread_property() {
    qt().withExamples(300).forAll(integers().between(1, 120), integers().between(0, 1 << 20),
        integers().between(1, 4096)).checkAssert((rows, seed, batch) -> {
          String text = file(rows, seed, seed % 2 == 0);
          for (LoadOptions options : List.of(LoadOptions.strict(), LoadOptions.lenient())) {
            assertThat(outcome(text, batch, options)).as("rows %s seed %s batch %s", rows, seed,
                batch).isEqualTo(outcome(text, 0, options));
          }
        });
    assertThat(readerThreads()).isZero();
  }

  @Test
  void read_manyBatches_errorInTheLastNamesItsLine() {
    String text = file(3000, 7, false);
    String bad = text.substring(0, text.length() - 1) + ",\"never closed\n";
    LoadException sequential = failure(bad, 0);
    LoadException pipelined = failure(bad, 4096);

    assertThat(pipelined).hasMessage(sequential.getMessage());
    assertThat(pipelined.line()).isEqualTo(3001);
    assertThat(pipelined.getMessage()).contains("unterminated quoted field");
    assertThat(readerThreads()).isZero();
  }

  @Test
  void read_errorInTheFirstBatch_stopsTheReaderThread() {
    String text = file(3000, 11, false);
    int second = text.indexOf('\n', text.indexOf('\n') + 1);
    String bad = text.substring(0, second) + ",1" + text.substring(second);

    assertThat(failure(bad, 512)).hasMessage(failure(bad, 0).getMessage())
        .hasMessageContaining("too many");
    assertThat(readerThreads()).isZero();
  }

  @Test
  void read_fileOverItsSizeLimit_failsAfterTheRowsBefore() {
    String text = file(2000, 3, false);
    LoadOptions small = LoadOptions.strict()
        .withLimits(LoadLimits.defaults().withMaxFileBytes(text.length() / 2));

    assertThat(outcome(text, 1024, small)).isEqualTo(outcome(text, 0, small))
        .contains("LoadLimits.maxFileBytes");
  }

  private static LoadException failure(String text, int batchBytes) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return (LoadException) org.assertj.core.api.Assertions.catchThrowable(() -> EesCsvParser.read(
        new ByteArrayInputStream(bytes), "t.csv", LoadOptions.strict(), 0, batchBytes));
  }

  private static long readerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("csww-csv-reader") && t.isAlive()).count();
  }

  @Test
  void read_headerOnly_sameMessage() {
    assertThatThrownBy(() -> EesCsvParser.read(new ByteArrayInputStream(
        (HEADER + "\n").getBytes(StandardCharsets.UTF_8)), "t.csv", LoadOptions.strict(), 0, 64))
        .hasMessage("t.csv: has a header but no data rows: expected at least one row after the "
            + "header");
  }
}
