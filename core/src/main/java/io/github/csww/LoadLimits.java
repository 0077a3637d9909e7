package io.github.csww;

import static io.github.csww.Checks.checkArgument;

/**
 * Bounds on what a reader accepts from one file, so that a crafted or corrupt file is refused
 * with a clear {@link LoadException} before it exhausts memory or time. Each bound has a default
 * far above any published file; a caller who reads larger synthetic files raises the one it needs.
 *
 * <pre>{@code
 * LoadLimits roomy = LoadLimits.defaults().withMaxFileBytes(16L << 30);
 * Workforce wf = Workforce.load(path, LoadOptions.strict().withLimits(roomy));
 * }</pre>
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>bound</th><th>default</th><th>readers</th></tr>
 *   <tr><td>{@code maxFileBytes}</td><td>4 GiB</td><td>EES CSV (workforce and indicators),
 *       JSON</td></tr>
 *   <tr><td>{@code maxTableBytes}</td><td>16 MiB</td><td>Ofsted CSV, statistical
 *       neighbours</td></tr>
 *   <tr><td>{@code maxTableCells}</td><td>250,000</td><td>Ofsted CSV, statistical
 *       neighbours</td></tr>
 *   <tr><td>{@code maxRowBytes}</td><td>1 MiB</td><td>every CSV reader</td></tr>
 *   <tr><td>{@code maxCellsPerRow}</td><td>1,024</td><td>every CSV reader</td></tr>
 *   <tr><td>{@code maxNumberLength}</td><td>400 characters (a double written in plain
 *       decimals needs up to about 330)</td><td>EES CSV (workforce and indicators),
 *       JSON</td></tr>
 *   <tr><td>{@code maxNameLength}</td><td>256 characters</td><td>every reader (names, codes and
 *       headers)</td></tr>
 *   <tr><td>{@code maxJsonDepth}</td><td>16</td><td>JSON</td></tr>
 *   <tr><td>{@code maxJsonStringLength}</td><td>100,000 characters</td><td>JSON</td></tr>
 * </table>
 *
 * @param maxFileBytes the most bytes a workforce file (EES CSV or JSON) or an EES indicator file
 *     may hold
 * @param maxTableBytes the most bytes an Ofsted CSV or statistical neighbour table may hold (they
 *     are read whole; the published ones are under 100 KiB)
 * @param maxTableCells the most non-trailing cells an Ofsted CSV or statistical neighbour table may
 *     hold
 * @param maxRowBytes the most bytes one CSV row may hold
 * @param maxCellsPerRow the most cells one CSV row may hold
 * @param maxNumberLength the most characters a number may have
 * @param maxNameLength the most characters a name, code or column header may have
 * @param maxJsonDepth the deepest nesting of JSON arrays and objects
 * @param maxJsonStringLength the most characters a JSON string may have
 */
public record LoadLimits(long maxFileBytes, long maxTableBytes, long maxTableCells,
    int maxRowBytes, int maxCellsPerRow, int maxNumberLength, int maxNameLength,
    int maxJsonDepth, int maxJsonStringLength) {

  private static final LoadLimits DEFAULTS = new LoadLimits(4L << 30, 16L << 20, 250_000,
      1 << 20, 1_024, 400, 256, 16, 100_000);

  /**
   * Checks that every bound is positive.
   *
   * @param maxFileBytes the most bytes a workforce file (EES CSV or JSON) or an EES indicator
   *     file may hold
   * @param maxTableBytes the most bytes an Ofsted CSV or statistical neighbour table may hold
   * @param maxTableCells the most non-trailing cells an Ofsted CSV or statistical neighbour table
   *     may hold
   * @param maxRowBytes the most bytes one CSV row may hold
   * @param maxCellsPerRow the most cells one CSV row may hold
   * @param maxNumberLength the most characters a number may have
   * @param maxNameLength the most characters a name, code or column header may have
   * @param maxJsonDepth the deepest nesting of JSON arrays and objects
   * @param maxJsonStringLength the most characters a JSON string may have
   * @throws IllegalArgumentException naming the first bound that is zero or negative
   */
  public LoadLimits {
    checkArgument(maxFileBytes > 0, "maxFileBytes must be positive, got %s", maxFileBytes);
    checkArgument(maxTableBytes > 0, "maxTableBytes must be positive, got %s", maxTableBytes);
    checkArgument(maxTableCells > 0, "maxTableCells must be positive, got %s", maxTableCells);
    checkArgument(maxRowBytes > 0, "maxRowBytes must be positive, got %s", maxRowBytes);
    checkArgument(maxCellsPerRow > 0, "maxCellsPerRow must be positive, got %s", maxCellsPerRow);
    checkArgument(maxNumberLength > 0, "maxNumberLength must be positive, got %s",
        maxNumberLength);
    checkArgument(maxNameLength > 0, "maxNameLength must be positive, got %s", maxNameLength);
    checkArgument(maxJsonDepth > 0, "maxJsonDepth must be positive, got %s", maxJsonDepth);
    checkArgument(maxJsonStringLength > 0, "maxJsonStringLength must be positive, got %s",
        maxJsonStringLength);
  }

  /**
   * The defaults: 4 GiB files, 16 MiB and 250,000 cells for tables, 1 MiB and 1,024 cells a
   * row, 400-character numbers, 256-character names, JSON 16 deep with 100,000-character strings.
   *
   * @return the default limits
   */
  public static LoadLimits defaults() {
    return DEFAULTS;
  }

  /**
   * These limits with another file size bound.
   *
   * @param bytes the most bytes a workforce file or an EES indicator file may hold
   * @return a copy with {@code maxFileBytes} replaced
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public LoadLimits withMaxFileBytes(long bytes) {
    return new LoadLimits(bytes, maxTableBytes, maxTableCells, maxRowBytes, maxCellsPerRow,
        maxNumberLength, maxNameLength, maxJsonDepth, maxJsonStringLength);
  }

  /**
   * These limits with another table size bound.
   *
   * @param bytes the most bytes an Ofsted CSV or statistical neighbour table may hold
   * @return a copy with {@code maxTableBytes} replaced
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public LoadLimits withMaxTableBytes(long bytes) {
    return new LoadLimits(maxFileBytes, bytes, maxTableCells, maxRowBytes, maxCellsPerRow,
        maxNumberLength, maxNameLength, maxJsonDepth, maxJsonStringLength);
  }

  /**
   * These limits with another bound on the cells of a table.
   *
   * @param cells the most cells an Ofsted CSV or statistical neighbour table may hold
   * @return a copy with {@code maxTableCells} replaced
   * @throws IllegalArgumentException if {@code cells} is not positive
   */
  public LoadLimits withMaxTableCells(long cells) {
    return new LoadLimits(maxFileBytes, maxTableBytes, cells, maxRowBytes, maxCellsPerRow,
        maxNumberLength, maxNameLength, maxJsonDepth, maxJsonStringLength);
  }

  /**
   * These limits with another row length bound.
   *
   * @param bytes the most bytes one CSV row may hold
   * @return a copy with {@code maxRowBytes} replaced
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public LoadLimits withMaxRowBytes(int bytes) {
    return new LoadLimits(maxFileBytes, maxTableBytes, maxTableCells, bytes, maxCellsPerRow,
        maxNumberLength, maxNameLength, maxJsonDepth, maxJsonStringLength);
  }

  /**
   * These limits with another bound on the cells of a row.
   *
   * @param cells the most cells one CSV row may hold
   * @return a copy with {@code maxCellsPerRow} replaced
   * @throws IllegalArgumentException if {@code cells} is not positive
   */
  public LoadLimits withMaxCellsPerRow(int cells) {
    return new LoadLimits(maxFileBytes, maxTableBytes, maxTableCells, maxRowBytes, cells,
        maxNumberLength, maxNameLength, maxJsonDepth, maxJsonStringLength);
  }

  /**
   * These limits with another number length bound.
   *
   * @param chars the most characters a number may have
   * @return a copy with {@code maxNumberLength} replaced
   * @throws IllegalArgumentException if {@code chars} is not positive
   */
  public LoadLimits withMaxNumberLength(int chars) {
    return new LoadLimits(maxFileBytes, maxTableBytes, maxTableCells, maxRowBytes,
        maxCellsPerRow, chars, maxNameLength, maxJsonDepth, maxJsonStringLength);
  }

  /**
   * These limits with another name length bound.
   *
   * @param chars the most characters a name, code or column header may have
   * @return a copy with {@code maxNameLength} replaced
   * @throws IllegalArgumentException if {@code chars} is not positive
   */
  public LoadLimits withMaxNameLength(int chars) {
    return new LoadLimits(maxFileBytes, maxTableBytes, maxTableCells, maxRowBytes,
        maxCellsPerRow, maxNumberLength, chars, maxJsonDepth, maxJsonStringLength);
  }

  /**
   * These limits with another JSON nesting bound.
   *
   * @param depth the deepest nesting of JSON arrays and objects
   * @return a copy with {@code maxJsonDepth} replaced
   * @throws IllegalArgumentException if {@code depth} is not positive
   */
  public LoadLimits withMaxJsonDepth(int depth) {
    return new LoadLimits(maxFileBytes, maxTableBytes, maxTableCells, maxRowBytes,
        maxCellsPerRow, maxNumberLength, maxNameLength, depth, maxJsonStringLength);
  }

  /**
   * These limits with another JSON string length bound.
   *
   * @param chars the most characters a JSON string may have
   * @return a copy with {@code maxJsonStringLength} replaced
   * @throws IllegalArgumentException if {@code chars} is not positive
   */
  public LoadLimits withMaxJsonStringLength(int chars) {
    return new LoadLimits(maxFileBytes, maxTableBytes, maxTableCells, maxRowBytes,
        maxCellsPerRow, maxNumberLength, maxNameLength, maxJsonDepth, chars);
  }
}
