package io.github.csww.io.internal;

import com.google.common.collect.ImmutableList;
import io.github.csww.LoadException;
import io.github.csww.LoadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A small RFC 4180 CSV reader for the neighbour and Ofsted tables: UTF-8 with or without a byte
 * order mark, CRLF or LF, quoted cells with doubled quotes and line breaks. Each record keeps the
 * line it starts on, for messages. The tables are small (a few hundred rows), so it reads the
 * whole source, within {@link LoadLimits}: its size, its cells, a row's length and cells.
 */
public final class SheetCsv {
  private SheetCsv() {}

  /**
   * Reads every record within the {@linkplain LoadLimits#defaults() default limits}.
   *
   * @param in the bytes, UTF-8; the caller closes the stream
   * @param source the file name, for messages
   * @return the rows that hold at least one cell
   * @throws LoadException naming the line of an unterminated quote, a character after a closing
   *     quote, bytes that are not UTF-8, or a bound exceeded
   */
  public static List<SheetRow> read(InputStream in, String source) throws IOException {
    return read(in, source, LoadLimits.defaults());
  }

  /**
   * Reads every record. Rows without a cell (empty lines, or only commas) are left out; the
   * others keep the line they start on.
   *
   * @param in the bytes, UTF-8; the caller closes the stream
   * @param source the file name, for messages
   * @param limits {@link LoadLimits#maxTableBytes()}, {@link LoadLimits#maxTableCells()}, {@link
   *     LoadLimits#maxRowBytes()} and {@link LoadLimits#maxCellsPerRow()}
   * @return the rows that hold at least one cell
   * @throws LoadException naming the line of an unterminated quote, a character after a closing
   *     quote, or a bound exceeded; the line, column and byte of a cell that is not UTF-8, the
   *     column named by the first row's cell
   */
  public static List<SheetRow> read(InputStream in, String source, LoadLimits limits)
      throws IOException {
    return read(in, source, limits, row -> true);
  }

  /**
   * Reads every record, as {@link #read(InputStream, String, LoadLimits)}, naming a cell that is
   * not UTF-8 by the column of the header: the first row before it that {@code isHeader}
   * accepts.
   *
   * @param in the bytes, UTF-8; the caller closes the stream
   * @param source the file name, for messages
   * @param limits {@link LoadLimits#maxTableBytes()}, {@link LoadLimits#maxTableCells()}, {@link
   *     LoadLimits#maxRowBytes()} and {@link LoadLimits#maxCellsPerRow()}
   * @param isHeader which row is the header, for messages
   * @return the rows that hold at least one cell
   * @throws LoadException naming the line of an unterminated quote, a character after a closing
   *     quote, or a bound exceeded; the line, column and byte of a cell that is not UTF-8
   */
  public static List<SheetRow> read(InputStream in, String source, LoadLimits limits,
      Predicate<SheetRow> isHeader) throws IOException {
    byte[] bytes = new BoundedInput(in, source, limits.maxTableBytes(),
        "LoadLimits.maxTableBytes; a statistical neighbour or Ofsted table is a few hundred "
            + "kilobytes").readAllBytes();
    int from = CsvScanner.byteOrderMark(bytes, bytes.length, source);
    // One character a byte: the CSV structure is ASCII, so rows and cells split as in the UTF-8
    // text, and each cell is checked and decoded below, where its line and column are known.
    List<SheetRow> raw = parse(new String(bytes, from, bytes.length - from,
        StandardCharsets.ISO_8859_1), source, limits);
    List<SheetRow> rows = new ArrayList<>(raw.size());
    SheetRow header = null;
    for (SheetRow r : raw) {
      List<String> cells = new ArrayList<>(r.cells().size());
      for (int c = 0; c < r.cells().size(); c++) {
        cells.add(utf8(r.cell(c), source, r.number(), c, header));
      }
      SheetRow row = new SheetRow(r.number(), ImmutableList.copyOf(cells));
      if (header == null && isHeader.test(row)) {
        header = row;
      }
      rows.add(row);
    }
    return rows;
  }

  /** A cell read one character a byte, decoded as UTF-8. */
  private static String utf8(String latin1, String source, int line, int column,
      SheetRow header) throws LoadException {
    int i = 0;
    while (i < latin1.length() && latin1.charAt(i) < 0x80) {
      i++;
    }
    if (i == latin1.length()) {
      return latin1;
    }
    byte[] b = latin1.getBytes(StandardCharsets.ISO_8859_1);
    int bad = Utf8.firstInvalid(b, 0, b.length);
    if (bad >= 0) {
      String name = header == null ? "" : Printable.of(header.cell(column).strip(), 60);
      throw new LoadException(source, line, column + 1, (name.isEmpty() ? "field "
          + (column + 1) : "column '" + name + "'") + ": not UTF-8 (byte 0x"
          + String.format("%02X", b[bad] & 0xFF) + " at byte " + (bad + 1) + " of the cell); "
          + "save the file as CSV UTF-8");
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  static List<SheetRow> parse(CharSequence s, String source) throws LoadException {
    return parse(s, source, LoadLimits.defaults());
  }

  static List<SheetRow> parse(CharSequence s, String source, LoadLimits limits)
      throws LoadException {
    List<SheetRow> rows = new ArrayList<>();
    int i = 0;
    if (s.length() > 0 && s.charAt(0) == '\uFEFF') {
      i = 1;
    }
    int line = 1;
    int n = s.length();
    long tableCells = 0;
    while (i < n) {
      int start = line;
      int rowStart = i;
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean endOfRecord = false;
      while (!endOfRecord) {
        if (i < n && s.charAt(i) == '"') {
          i++;
          while (true) {
            if (i >= n) {
              throw new LoadException(source, start, cells.size() + 1,
                  "a quoted cell is never closed: expected a closing '\"'");
            }
            char c = s.charAt(i++);
            if (i - rowStart > limits.maxRowBytes()) {
              throw rowTooLong(source, start, limits);
            }
            if (c == '"') {
              if (i < n && s.charAt(i) == '"') {
                cell.append('"');
                i++;
              } else {
                break;
              }
            } else {
              if (c == '\n') {
                line++;
              }
              cell.append(c);
            }
          }
          if (i < n && s.charAt(i) != ',' && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
            throw new LoadException(source, line, cells.size() + 1,
                "expected ',' or the end of the line after a closing quote, found '"
                    + s.charAt(i) + "'");
          }
        } else {
          while (i < n && s.charAt(i) != ',' && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
            cell.append(s.charAt(i++));
          }
        }
        if (i - rowStart > limits.maxRowBytes()) {
          throw rowTooLong(source, start, limits);
        }
        cells.add(cell.toString());
        cell.setLength(0);
        if (cells.size() > limits.maxCellsPerRow()) {
          throw new LoadException(source, start, cells.size(), "more than "
              + limits.maxCellsPerRow() + " cells in one row, the limit "
              + "(LoadLimits.maxCellsPerRow); is this a CSV table?");
        }
        if (i >= n) {
          endOfRecord = true;
        } else if (s.charAt(i) == ',') {
          i++;
          if (i >= n) {
            cells.add("");
            endOfRecord = true;
          }
        } else {
          if (s.charAt(i) == '\r') {
            i++;
          }
          if (i < n && s.charAt(i) == '\n') {
            i++;
          }
          line++;
          endOfRecord = true;
        }
      }
      int last = cells.size();
      while (last > 0 && cells.get(last - 1).isEmpty()) {
        last--;
      }
      if (last == 0) {
        continue;
      }
      tableCells += last;
      if (tableCells > limits.maxTableCells()) {
        throw new LoadException(source, start, 0, "the table holds more than "
            + limits.maxTableCells() + " cells, the limit (LoadLimits.maxTableCells); a "
            + "statistical neighbour or Ofsted table has a few thousand");
      }
      rows.add(new SheetRow(start, ImmutableList.copyOf(cells.subList(0, last))));
    }
    return rows;
  }

  private static LoadException rowTooLong(String source, int line, LoadLimits limits) {
    return new LoadException(source, line, 0, "a row longer than " + limits.maxRowBytes()
        + " bytes, the limit (LoadLimits.maxRowBytes); is this a CSV table?");
  }
}
