package io.github.csww.io.internal;

import com.google.common.collect.ImmutableList;
import io.github.csww.LoadException;
import io.github.csww.LoadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
   *     LoadLimits#maxRowBytes()} (counted in characters) and {@link LoadLimits#maxCellsPerRow()}
   * @return the rows that hold at least one cell
   * @throws LoadException naming the line of an unterminated quote, a character after a closing
   *     quote, bytes that are not UTF-8, or a bound exceeded
   */
  public static List<SheetRow> read(InputStream in, String source, LoadLimits limits)
      throws IOException {
    Reader reader = new InputStreamReader(new BoundedInput(in, source, limits.maxTableBytes(),
        "LoadLimits.maxTableBytes; a statistical neighbour or Ofsted table is a few hundred "
            + "kilobytes"),
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
    StringBuilder text = new StringBuilder();
    char[] buf = new char[8192];
    try {
      int n;
      while ((n = reader.read(buf)) > 0) {
        text.append(buf, 0, n);
      }
    } catch (CharacterCodingException e) {
      throw new LoadException(source, 0, 0, "is not UTF-8 text (expected a CSV file)", e);
    }
    return parse(text, source, limits);
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
        + " characters, the limit (LoadLimits.maxRowBytes); is this a CSV table?");
  }
}
