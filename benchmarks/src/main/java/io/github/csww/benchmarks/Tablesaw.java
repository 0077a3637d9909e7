package io.github.csww.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * How the Tablesaw alternatives read a file in the 2025 EES layout: the ten leading columns
 * (year, levels, codes, names) as text, the 22 metric columns as {@code DOUBLE} with the
 * suppression markers ({@code x}, {@code z}, {@code u}, {@code low}, {@code c}) and the empty
 * cell configured as missing-value indicators, so a marker becomes Tablesaw's missing double.
 * The types are given rather than inferred: inference reads a sample and would make
 * {@code old_la_code} an integer column that a combined return ({@code 20001 / 30001}) breaks.
 *
 * <pre>{@code
 * Table t = Tablesaw.read(Path.of("benchmarks/data/synthetic-1m.csv"));
 * }</pre>
 */
public final class Tablesaw {
  /** The suppression markers of the published files. */
  static final String[] MISSING = {"", "x", "z", "u", "low", "c"};

  private Tablesaw() {}

  /** Reads the whole file into a Tablesaw {@link Table}. */
  public static Table read(Path file) throws Exception {
    ColumnType[] types = new ColumnType[32];
    Arrays.fill(types, 0, Parsers.FIRST_METRIC, ColumnType.STRING);
    Arrays.fill(types, Parsers.FIRST_METRIC, types.length, ColumnType.DOUBLE);
    CsvReadOptions options = CsvReadOptions.builder(file.toFile())
        .columnTypes(types)
        .missingValueIndicator(MISSING)
        .build();
    return Table.read().usingOptions(options);
  }
}
