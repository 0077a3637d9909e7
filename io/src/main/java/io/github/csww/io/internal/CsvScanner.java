package io.github.csww.io.internal;

import io.github.csww.LoadException;
import io.github.csww.LoadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits UTF-8 CSV bytes into records and fields without decoding them: each field is a range of
 * a reused byte buffer, so reading a row allocates nothing.
 *
 * <p>RFC 4180 with the leniencies real files need: a UTF-8 byte order mark is skipped, records
 * end with LF, CRLF or a lone CR, blank lines are skipped, quoted fields may hold commas, doubled
 * quotes and line breaks; a quote inside an unquoted field is an ordinary character. A field's
 * bytes stay valid until the next call to {@link #next()}.
 */
final class CsvScanner extends CsvRecord {
  /** A record longer than this is refused rather than buffered without end. */
  private final int maxRecord;
  /** A record with more fields than this is refused. */
  private final int maxFields;

  private final InputStream in;
  private int pos;
  private int limit;
  /**
   * The position of the last line break in {@code buf[pos, limit)}, or less than {@code pos}:
   * an unquoted field starting at or before it ends without running off the buffer.
   */
  private int lastBreak = -1;
  private boolean eof;
  /** How far the last {@link #refill()} moved the current record to the left. */
  private int shift;
  /** The line of {@code buf[pos]}. */
  private long line = 1;
  private boolean started;

  private int recordStart;

  /**
   * A scanner with the default row bounds of {@link LoadLimits#defaults()}, for tests; readers
   * use {@link #bounded}.
   */
  CsvScanner(InputStream in, String source, int bufferSize) {
    this(in, source, bufferSize, LoadLimits.defaults().maxRowBytes(),
        LoadLimits.defaults().maxCellsPerRow());
  }

  /**
   * A scanner over a source bounded as every streaming CSV reader bounds one: the source by
   * {@link LoadLimits#maxFileBytes()}, each record by {@link LoadLimits#maxRowBytes()} and {@link
   * LoadLimits#maxCellsPerRow()}. Each bound, once passed, is a {@link LoadException} naming the
   * source, line and column and the bound.
   *
   * @param in the bytes; not closed
   * @param source the name used in messages
   * @param bufferSize the initial buffer; never more than the row bound
   * @param limits the bounds
   * @return the scanner
   */
  static CsvScanner bounded(InputStream in, String source, int bufferSize, LoadLimits limits) {
    return new CsvScanner(new BoundedInput(in, source, limits.maxFileBytes(),
        "LoadLimits.maxFileBytes"), source, bufferSize, limits.maxRowBytes(),
        limits.maxCellsPerRow());
  }

  /**
   * A scanner with bounds.
   *
   * @param bufferSize the initial buffer; never more than {@code maxRecord}
   * @param maxRecord the most bytes one record may hold
   * @param maxFields the most fields one record may hold
   */
  CsvScanner(InputStream in, String source, int bufferSize, int maxRecord, int maxFields) {
    super(source, new int[64], new int[64], new byte[64]);
    this.in = in;
    this.maxRecord = maxRecord;
    this.maxFields = maxFields;
    this.buf = new byte[Math.max(16, Math.min(bufferSize, maxRecord))];
  }

  /**
   * Reads the next record.
   *
   * @return false at the end of the input
   * @throws LoadException for an unterminated quote, a character after a closing quote, a
   *     record that is too long, or a UTF-16 file
   */
  boolean next() throws IOException {
    if (!started) {
      start();
    }
    while (true) {
      recordStart = pos;
      count = 0;
      recordFlags = 0;
      if (pos == limit) {
        refill();
        if (pos == limit) {
          return false;
        }
      }
      byte b = buf[pos];
      if (b == '\n') {
        pos++;
        line++;
        continue;
      }
      if (b == '\r') {
        pos++;
        line++;
        skipLf();
        continue;
      }
      recordLine = line;
      parseRecord();
      return true;
    }
  }

  private void start() throws IOException {
    started = true;
    while (limit < 3 && !eof) {
      refill();
    }
    pos = byteOrderMark(buf, limit, source);
  }

  /**
   * The length of a UTF-8 byte order mark at the start of the bytes (3, or 0 without one).
   *
   * @param b the first bytes of a source
   * @param length how many of them were read
   * @param source the name used in messages
   * @throws LoadException if the bytes start with a UTF-16 byte order mark
   */
  static int byteOrderMark(byte[] b, int length, String source) throws LoadException {
    if (length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
        || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
      throw new LoadException(source, 1, 0, "not UTF-8: the file starts with a UTF-16 byte "
          + "order mark; save it as CSV UTF-8");
    }
    return length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF
        ? 3 : 0;
  }

  /** After a CR, skips one LF if there is one; keeps the current record's fields valid. */
  private void skipLf() throws IOException {
    if (pos == limit) {
      refill();
    }
    if (pos < limit && buf[pos] == '\n') {
      pos++;
    }
  }

  private void parseRecord() throws IOException {
    int p = pos;
    while (true) {
      int fieldStart = p;
      if (p == limit) {
        boolean more = refill();
        p -= shift;
        fieldStart -= shift;
        if (!more) {
          add(fieldStart, p, 0);
          pos = p;
          return;
        }
      }
      if (buf[p] == '"') {
        p = quoted(p);
        if (p < 0) {
          return;
        }
        continue;
      }
      int hi = 0;
      if (p <= lastBreak) {
        // A line break lies ahead in the buffer, so the field ends before the buffer does:
        // one comparison a byte. Every byte the field can end on, and every non-ASCII byte
        // (negative), is at most ','.
        while (true) {
          byte b = buf[p];
          if (b > ',') {
            p++;
          } else if (b == ',') {
            add(fieldStart, p, hi < 0 ? NON_ASCII : 0);
            p++;
            break;
          } else if (b == '\n' || b == '\r') {
            add(fieldStart, p, hi < 0 ? NON_ASCII : 0);
            endLine(p, b);
            return;
          } else {
            hi |= b;
            p++;
          }
        }
        continue;
      }
      while (true) {
        if (p == limit) {
          boolean more = refill();
          p -= shift;
          fieldStart -= shift;
          if (!more) {
            add(fieldStart, p, hi < 0 ? NON_ASCII : 0);
            pos = p;
            return;
          }
        }
        byte b = buf[p];
        if (b == ',') {
          add(fieldStart, p, hi < 0 ? NON_ASCII : 0);
          p++;
          break;
        }
        if (b == '\n' || b == '\r') {
          add(fieldStart, p, hi < 0 ? NON_ASCII : 0);
          endLine(p, b);
          return;
        }
        hi |= b;
        p++;
      }
      // A comma at the very end of the input is followed by one more, empty field: the
      // check at the top of the loop adds it.
    }
  }

  /**
   * Reads a quoted field starting at the quote at {@code q}. Returns the position after its
   * delimiter, or -1 when the record ended.
   */
  private int quoted(int q) throws IOException {
    int field = count;
    long openLine = line;
    int p = q + 1;
    int contentStart = p;
    int fl = QUOTED;
    int hi = 0;
    while (true) {
      if (p == limit) {
        boolean more = refill();
        p -= shift;
        contentStart -= shift;
        if (!more) {
          throw new LoadException(source, openLine, field + 1, label(field)
              + ": unterminated quoted field: the quote that opens it is never closed");
        }
      }
      byte b = buf[p];
      if (b == '"') {
        if (p + 1 == limit) {
          refill();
          p -= shift;
          contentStart -= shift;
        }
        if (p + 1 < limit && buf[p + 1] == '"') {
          fl |= ESCAPED;
          p += 2;
          continue;
        }
        int contentEnd = p;
        p++;
        if (p == limit) {
          boolean more = refill();
          p -= shift;
          contentStart -= shift;
          contentEnd -= shift;
          if (!more) {
            add(contentStart, contentEnd, fl | (hi < 0 ? NON_ASCII : 0));
            pos = p;
            return -1;
          }
        }
        byte after = buf[p];
        add(contentStart, contentEnd, fl | (hi < 0 ? NON_ASCII : 0));
        if (after == ',') {
          return p + 1;
        }
        if (after == '\n' || after == '\r') {
          endLine(p, after);
          return -1;
        }
        throw new LoadException(source, line, field + 1, label(field)
            + ": after the closing quote expected a comma or the end of the line, found '"
            + printable(after) + "'");
      }
      if (b == '\n') {
        line++;
      }
      hi |= b;
      p++;
    }
  }

  private static String printable(byte b) {
    return b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02X", b & 0xFF);
  }

  private void endLine(int p, byte b) throws IOException {
    pos = p + 1;
    line++;
    if (b == '\r') {
      skipLf();
    }
  }

  private void add(int start, int end, int fl) throws LoadException {
    if (count >= maxFields) {
      throw new LoadException(source, recordLine, count + 1, "more than " + maxFields
          + " fields in one row, the limit (LoadLimits.maxCellsPerRow); is this a CSV file?");
    }
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      flags = Arrays.copyOf(flags, count * 2);
    }
    if ((fl & ESCAPED) != 0) {
      end = unescape(start, end);
    }
    starts[count] = start;
    ends[count] = end;
    flags[count] = (byte) fl;
    recordFlags |= fl;
    count++;
  }

  /** Turns each doubled quote into one, in place; returns the new end. */
  private int unescape(int start, int end) {
    int w = start;
    for (int r = start; r < end; r++) {
      byte b = buf[r];
      buf[w++] = b;
      if (b == '"') {
        r++;
      }
    }
    return w;
  }

  /**
   * Moves the current record to the start of the buffer, grows the buffer if the record fills
   * it, and reads more bytes. Sets {@link #shift}.
   *
   * @return false at the end of the input
   */
  private boolean refill() throws IOException {
    shift = recordStart;
    if (shift > 0) {
      System.arraycopy(buf, shift, buf, 0, limit - shift);
      limit -= shift;
      pos -= shift;
      lastBreak -= shift;
      recordStart = 0;
      for (int i = 0; i < count; i++) {
        starts[i] -= shift;
        ends[i] -= shift;
      }
    }
    if (eof) {
      return false;
    }
    if (limit == buf.length) {
      if (buf.length >= maxRecord) {
        throw new LoadException(source, recordLine, count + 1, "a row longer than "
            + size(maxRecord) + ", the limit (LoadLimits.maxRowBytes) (an unterminated quote?); "
            + "is this a CSV file?");
      }
      buf = Arrays.copyOf(buf, (int) Math.min(buf.length * 2L, maxRecord));
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n <= 0) {
      eof = n < 0;
      if (n == 0) {
        int b = in.read();
        if (b < 0) {
          eof = true;
          return false;
        }
        buf[limit++] = (byte) b;
        return true;
      }
      return false;
    }
    limit += n;
    lastBreak = lastBreak();
    return true;
  }

  /** The position of the last line break in the buffer, or -1. */
  private int lastBreak() {
    for (int i = limit - 1; i >= pos; i--) {
      if (buf[i] == '\n' || buf[i] == '\r') {
        return i;
      }
    }
    return -1;
  }

  private static String size(int bytes) {
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
  }
}
