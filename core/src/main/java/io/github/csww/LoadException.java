package io.github.csww;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A file that cannot be read as workforce data, with where and why: {@code
 * file:line:column: what was found and what was expected}.
 *
 * <pre>{@code
 * try {
 *   Workforce.load(path);
 * } catch (LoadException e) {
 *   System.err.println(e.getMessage());
 *   // csww.csv:12:29: column 'cases': expected a non-negative number or a suppression
 *   // marker (c, x, z, u, low, :, .), found '-4'
 * }
 * }</pre>
 */
public class LoadException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The file or stream name. */
  private final String source;
  /** The 1-based line, or 0 when the problem is not on one line. */
  private final long line;
  /** The 1-based column, or 0 when the problem is not in one column. */
  private final int column;
  /** The message without its location. */
  private final String detail;
  /** The sheet of a workbook, or null for a file without sheets. */
  private final String sheet;

  /**
   * A problem at a place in a file.
   *
   * @param source the file or stream name
   * @param line the 1-based line, or 0 when the problem is not on one line
   * @param column the 1-based column, or 0 when the problem is not in one column
   * @param detail what was found and what was expected
   */
  public LoadException(String source, long line, int column, String detail) {
    this(source, line, column, detail, null);
  }

  /**
   * A problem at a place in a file, caused by another exception.
   *
   * @param source the file or stream name
   * @param line the 1-based line, or 0
   * @param column the 1-based column, or 0
   * @param detail what was found and what was expected
   * @param cause the underlying exception, or null
   */
  public LoadException(String source, long line, int column, String detail, Throwable cause) {
    super(location(source, line, column) + ": " + detail, cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.detail = detail;
    this.sheet = null;
  }

  /**
   * A problem at a place in a sheet of a workbook: {@code file: sheet 'S', row 12, column 3:
   * detail}.
   *
   * <pre>{@code
   * throw new LoadException("outcomes.ods", "ILACS_inspection_history", 12, 3,
   *     "expected a date such as 06/11/2023", null);
   * }</pre>
   *
   * @param source the file or stream name
   * @param sheet the sheet's name
   * @param row the 1-based row, or 0 when the problem is not in one row
   * @param column the 1-based column, or 0 when the problem is not in one column
   * @param detail what was found and what was expected
   * @param cause the underlying exception, or null
   * @throws NullPointerException if {@code sheet} is null
   */
  public LoadException(String source, String sheet, long row, int column, String detail,
      Throwable cause) {
    super(source + ": " + sheetLocation(sheet, row, column) + ": " + detail, cause);
    this.source = source;
    this.line = row;
    this.column = column;
    this.detail = detail;
    this.sheet = sheet;
  }

  private static String sheetLocation(String sheet, long row, int column) {
    StringBuilder sb = new StringBuilder("sheet '")
        .append(Objects.requireNonNull(sheet, "sheet is null")).append('\'');
    if (row > 0) {
      sb.append(", row ").append(row);
    }
    if (column > 0) {
      sb.append(", column ").append(column);
    }
    return sb.toString();
  }

  private static String location(String source, long line, int column) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.toString();
  }

  /**
   * The file or stream name, as the load was given it.
   *
   * @return the name, for example {@code csww.csv}
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line (the row, in a sheet), or 0 when the problem is not on one line.
   *
   * @return the line or row
   */
  public long line() {
    return line;
  }

  /**
   * The 1-based column, or 0 when the problem is not in one column.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * The message without its location: what was found and what was expected.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * The sheet of a workbook the problem is in, when the file has sheets.
   *
   * @return the sheet's name, or empty
   */
  public Optional<String> sheet() {
    return Optional.ofNullable(sheet);
  }
}
