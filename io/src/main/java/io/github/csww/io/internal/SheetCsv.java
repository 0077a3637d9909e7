package io.github.csww.io.internal;

import com.google.common.collect.ImmutableList;
import io.github.csww.LoadException;
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
 * whole source.
 */
public final class SheetCsv {
  /** A bound on the characters read, far above any published table. */
  static final long MAX_CHARS = 64L * 1024 * 1024;

  private SheetCsv() {}

  /**
   * Reads every record.
   *
   * @param in the bytes, UTF-8; the caller closes the stream
   * @param source the file name, for messages
   * @throws LoadException naming the line of an unterminated quote, a character after a closing
   *     quote, bytes that are not UTF-8, or a source over 64 MiB
   */
  public static List<SheetRow> read(InputStream in, String source) throws IOException {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    StringBuilder text = new StringBuilder();
    char[] buf = new char[8192];
    try {
      int n;
      while ((n = reader.read(buf)) > 0) {
        text.append(buf, 0, n);
        if (text.length() > MAX_CHARS) {
          throw new LoadException(source, 0, 0, "is larger than 64 MiB; a statistical neighbour "
              + "or Ofsted table is a few hundred kilobytes");
        }
      }
    } catch (CharacterCodingException e) {
      throw new LoadException(source, 0, 0, "is not UTF-8 text (expected a CSV file)", e);
    }
    return parse(text, source);
  }

  static List<SheetRow> parse(CharSequence s, String source) throws LoadException {
    List<SheetRow> rows = new ArrayList<>();
    int i = 0;
    if (s.length() > 0 && s.charAt(0) == '\uFEFF') {
      i = 1;
    }
    int line = 1;
    int n = s.length();
    while (i < n) {
      int start = line;
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
        cells.add(cell.toString());
        cell.setLength(0);
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
      rows.add(new SheetRow(start, ImmutableList.copyOf(cells.subList(0, last))));
    }
    return rows;
  }
}
