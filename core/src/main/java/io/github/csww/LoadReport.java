package io.github.csww;

import java.util.List;
import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

/**
 * What a load read, kept and skipped: rows read = rows kept + rows skipped, always.
 *
 * <pre>{@code
 * LoadReport r = Workforce.load(path, LoadOptions.lenient()).report();
 * System.out.printf("%s: %d rows read, %d kept, %d skipped%n",
 *     r.source(), r.rowsRead(), r.rowsKept(), r.skipped().size());
 * r.unknownColumns(); // columns the reader did not recognise, kept here rather than lost
 * }</pre>
 *
 * @param source the file or stream name
 * @param format what was read, for example {@code "EES CSV (2025 layout)"}
 * @param rowsRead data rows read (the header not counted)
 * @param rowsKept rows kept: each became a snapshot, or was folded into one (a partner's row of
 *     {@code z} beside its combined return in the 2022 layout)
 * @param skipped rows skipped by a lenient load, each with its line and reason
 * @param unknownColumns columns the reader did not recognise and ignored
 */
public record LoadReport(
    String source,
    String format,
    long rowsRead,
    long rowsKept,
    List<SkippedRow> skipped,
    List<String> unknownColumns) {

  /**
   * Checks that rows read = rows kept + rows skipped, and copies the lists.
   *
   * @param source the file or stream name
   * @param format what was read, for example {@code "EES CSV (2025 layout)"}
   * @param rowsRead data rows read (the header not counted)
   * @param rowsKept rows kept (each became a snapshot or was folded into one), not negative
   * @param skipped rows skipped by a lenient load, each with its line and reason
   * @param unknownColumns columns the reader did not recognise and ignored
   * @throws IllegalArgumentException if rows kept is negative, or rows read is not rows kept plus
   *     the number of skipped rows
   */
  public LoadReport {
    checkNotNull(source, "source is null");
    checkNotNull(format, "format is null");
    skipped = List.copyOf(checkNotNull(skipped, "skipped is null"));
    unknownColumns = List.copyOf(checkNotNull(unknownColumns, "unknownColumns is null"));
    checkArgument(rowsKept >= 0, "rows kept must not be negative, got %s", rowsKept);
    checkArgument(rowsRead == rowsKept + skipped.size(),
        "rows read (%s) must equal rows kept (%s) + rows skipped (%s)", rowsRead, rowsKept,
        skipped.size());
  }

  /**
   * The report of a workforce built in memory from {@code n} snapshots.
   *
   * @param n the number of snapshots, not negative
   * @return a clean report with source {@code "memory"}, {@code n} rows read and kept, and
   *     nothing skipped
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static LoadReport inMemory(long n) {
    return new LoadReport("memory", "snapshots", n, n, List.of(), List.of());
  }

  /**
   * Whether the load was clean.
   *
   * @return true when nothing was skipped and every column was recognised
   */
  public boolean isClean() {
    return skipped.isEmpty() && unknownColumns.isEmpty();
  }
}
