package io.github.csww.io;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Bounds on what {@link OfstedReader} will decompress and expand from an ODS workbook, so that a
 * crafted file (a zip bomb: a few kilobytes that inflate to gigabytes; or a few repeat attributes
 * that declare billions of cells) is refused with a {@link io.github.csww.LoadException} before it
 * exhausts memory or time. Memory stays bounded by what the file really holds: a declared count
 * is never used to size anything, blank repeated rows and cells cost nothing, and repeated rows
 * that hold text share one copy of their cells. The published workbook needs about 1 MiB of XML
 * in 6 entries and about 10,000 cells; the defaults leave ample room.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>bound</th><th>default</th></tr>
 *   <tr><td>{@code maxXmlBytes}</td><td>64 MiB</td></tr>
 *   <tr><td>{@code maxTotalBytes}</td><td>256 MiB</td></tr>
 *   <tr><td>{@code maxEntries}</td><td>1,000</td></tr>
 *   <tr><td>{@code maxRepeatedRows}</td><td>1,000</td></tr>
 *   <tr><td>{@code maxRepeatedColumns}</td><td>1,024</td></tr>
 *   <tr><td>{@code maxCellsPerSheet}</td><td>1,000,000</td></tr>
 *   <tr><td>{@code maxCellChars}</td><td>32,767</td></tr>
 * </table>
 *
 * <pre>{@code
 * Judgements j = OfstedReader.read(Path.of("outcomes.ods"), OdsLimits.defaults());
 * OdsLimits tight = new OdsLimits(8 << 20, 16 << 20, 100);
 * OdsLimits wide = OdsLimits.defaults().withMaxCellsPerSheet(5_000_000);
 * }</pre>
 *
 * @param maxXmlBytes the most bytes {@code content.xml} may inflate to; the text of the cells
 *     read, with {@code <text:s text:c="n"/>} spaces expanded, counts against it too
 * @param maxTotalBytes the most bytes all the entries read may inflate to together
 * @param maxEntries the most ZIP entries read
 * @param maxRepeatedRows the most times a row that holds text may be repeated ({@code
 *     table:number-rows-repeated}); blank rows may be repeated without bound
 * @param maxRepeatedColumns the last column a row may hold text in, counting each repeated cell
 *     ({@code table:number-columns-repeated}) as many times as it is declared
 * @param maxCellsPerSheet the most cells a kept sheet may hold, counting each repeated row and
 *     cell that holds text as many times as it is declared (trailing blank cells do not count)
 * @param maxCellChars the most characters one cell's text may have
 */
public record OdsLimits(long maxXmlBytes, long maxTotalBytes, int maxEntries,
    int maxRepeatedRows, int maxRepeatedColumns, long maxCellsPerSheet, int maxCellChars) {

  private static final OdsLimits DEFAULTS = new OdsLimits(64L << 20, 256L << 20, 1_000);

  /**
   * Checks the bounds.
   *
   * @param maxXmlBytes the most bytes {@code content.xml} may inflate to, the expanded text of the
   *     cells read included
   * @param maxTotalBytes the most bytes all the entries read may inflate to together; at least
   *     {@code maxXmlBytes}
   * @param maxEntries the most ZIP entries read
   * @param maxRepeatedRows the most times a row that holds text may be repeated
   * @param maxRepeatedColumns the last column a row may hold text in, repeated cells counted as
   *     declared
   * @param maxCellsPerSheet the most cells a kept sheet may hold, repeated rows and cells that
   *     hold text counted as declared
   * @param maxCellChars the most characters one cell's text may have
   * @throws IllegalArgumentException naming a bound that is not positive, or a total smaller
   *     than the bound on {@code content.xml}
   */
  public OdsLimits {
    checkArgument(maxXmlBytes > 0, "maxXmlBytes must be positive, got %s", maxXmlBytes);
    checkArgument(maxTotalBytes >= maxXmlBytes,
        "maxTotalBytes (%s) must be at least maxXmlBytes (%s)", maxTotalBytes, maxXmlBytes);
    checkArgument(maxEntries > 0, "maxEntries must be positive, got %s", maxEntries);
    checkArgument(maxRepeatedRows > 0, "maxRepeatedRows must be positive, got %s",
        maxRepeatedRows);
    checkArgument(maxRepeatedColumns > 0, "maxRepeatedColumns must be positive, got %s",
        maxRepeatedColumns);
    checkArgument(maxCellsPerSheet > 0, "maxCellsPerSheet must be positive, got %s",
        maxCellsPerSheet);
    checkArgument(maxCellChars > 0, "maxCellChars must be positive, got %s", maxCellChars);
  }

  /**
   * Bounds on decompression, with the default bounds on repeats, cells and cell text.
   *
   * @param maxXmlBytes the most bytes {@code content.xml} may inflate to
   * @param maxTotalBytes the most bytes all the entries read may inflate to together
   * @param maxEntries the most ZIP entries read
   * @throws IllegalArgumentException as the canonical constructor
   */
  public OdsLimits(long maxXmlBytes, long maxTotalBytes, int maxEntries) {
    this(maxXmlBytes, maxTotalBytes, maxEntries, 1_000, 1_024, 1_000_000, 32_767);
  }

  /**
   * 64 MiB of {@code content.xml}, 256 MiB in all, 1,000 entries; rows with text repeated at
   * most 1,000 times, text up to column 1,024, 1,000,000 cells a sheet, 32,767 characters a cell.
   *
   * @return the default limits
   */
  public static OdsLimits defaults() {
    return DEFAULTS;
  }

  /**
   * These limits with another bound on repeated rows.
   *
   * @param rows the most times a row holding text may be repeated
   * @return a copy with {@code maxRepeatedRows} replaced
   * @throws IllegalArgumentException if {@code rows} is not positive
   */
  public OdsLimits withMaxRepeatedRows(int rows) {
    return new OdsLimits(maxXmlBytes, maxTotalBytes, maxEntries, rows, maxRepeatedColumns,
        maxCellsPerSheet, maxCellChars);
  }

  /**
   * These limits with another bound on columns.
   *
   * @param columns the last column a row may hold text in
   * @return a copy with {@code maxRepeatedColumns} replaced
   * @throws IllegalArgumentException if {@code columns} is not positive
   */
  public OdsLimits withMaxRepeatedColumns(int columns) {
    return new OdsLimits(maxXmlBytes, maxTotalBytes, maxEntries, maxRepeatedRows, columns,
        maxCellsPerSheet, maxCellChars);
  }

  /**
   * These limits with another bound on the cells of a sheet.
   *
   * @param cells the most cells a kept sheet may hold
   * @return a copy with {@code maxCellsPerSheet} replaced
   * @throws IllegalArgumentException if {@code cells} is not positive
   */
  public OdsLimits withMaxCellsPerSheet(long cells) {
    return new OdsLimits(maxXmlBytes, maxTotalBytes, maxEntries, maxRepeatedRows,
        maxRepeatedColumns, cells, maxCellChars);
  }

  /**
   * These limits with another bound on a cell's text.
   *
   * @param chars the most characters one cell's text may have
   * @return a copy with {@code maxCellChars} replaced
   * @throws IllegalArgumentException if {@code chars} is not positive
   */
  public OdsLimits withMaxCellChars(int chars) {
    return new OdsLimits(maxXmlBytes, maxTotalBytes, maxEntries, maxRepeatedRows,
        maxRepeatedColumns, maxCellsPerSheet, chars);
  }
}
