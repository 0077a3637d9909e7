package io.github.csww.io.internal;

import io.github.csww.LoadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The current record of a CSV source, as ranges of a byte buffer: the {@link CsvScanner} itself,
 * or a record of a batch that {@link PipelinedRecords} filled on another thread. A field's bytes
 * stay valid until the next call to {@link #next()}. The accessors are final, so a parser reading
 * either kind compiles to the same array reads.
 */
abstract class CsvRecord implements AutoCloseable {
  static final int QUOTED = 1;
  static final int ESCAPED = 2;
  static final int NON_ASCII = 4;

  final String source;
  /** The header, for messages; empty until it is read. */
  String[] names = new String[0];
  byte[] buf;
  /** Where the current record's fields start in {@link #starts}, {@link #ends} and flags. */
  int base;
  int[] starts;
  int[] ends;
  byte[] flags;
  int count;
  long recordLine;
  /** The flags of the current record's fields, or-ed together. */
  int recordFlags;
  /**
   * The codes of the current record's metric cells that the thread splitting the records
   * already decoded ({@link MetricCells#decode}), from {@link #codeBase}, {@link
   * MetricCells#UNREAD} for the others; null when it decoded none.
   */
  int[] codes;
  int codeBase;

  CsvRecord(String source, int[] starts, int[] ends, byte[] flags) {
    this.source = source;
    this.starts = starts;
    this.ends = ends;
    this.flags = flags;
  }

  /**
   * Moves to the next record.
   *
   * @return false at the end of the input
   * @throws LoadException for a record that is not CSV
   */
  abstract boolean next() throws IOException;

  /** Releases what reading took: nothing for the scanner, the reading thread for batches. */
  @Override
  public void close() {}

  /** Names columns in messages from now on (the header, once read). */
  void names(String[] header) {
    this.names = header.clone();
  }

  /** The source name, for messages. */
  final String source() {
    return source;
  }

  /** How a field is named in messages: {@code column 'cases'} or {@code field 33}. */
  final String label(int field) {
    return field < names.length ? "column '" + names[field] + "'" : "field " + (field + 1);
  }

  /**
   * The error for a record whose fields are not as many as the header's: located at the first
   * column the record lacks, or at the first field past the header's last.
   *
   * @param source the name used in messages
   * @param expected the header's fields
   */
  final LoadException fieldCount(String source, int expected) {
    int at = Math.min(count, expected);
    return new LoadException(source, line(), at + 1, label(at) + (count < expected
        ? ": missing, the row ends before it" : ": past the header's " + expected + " columns")
        + "; expected " + expected + " fields as in the header, found " + count
        + (count < expected ? " (too few)" : " (too many)"));
  }

  /** The number of fields in the current record. */
  final int count() {
    return count;
  }

  /** The line the current record starts on, 1-based. */
  final long line() {
    return recordLine;
  }

  /** The buffer holding the current record's fields. */
  final byte[] buffer() {
    return buf;
  }

  /** Where field {@code i} starts in {@link #buffer()}. */
  final int start(int i) {
    return starts[base + i];
  }

  /** Where field {@code i} ends (exclusive) in {@link #buffer()}. */
  final int end(int i) {
    return ends[base + i];
  }

  /** True when some field of the current record has a byte outside ASCII. */
  final boolean anyNonAscii() {
    return (recordFlags & NON_ASCII) != 0;
  }

  /** True when field {@code i} has a byte outside ASCII. */
  final boolean nonAscii(int i) {
    return (flags[base + i] & NON_ASCII) != 0;
  }

  /**
   * Field {@code i} as text.
   *
   * @throws LoadException naming the field when its bytes are not UTF-8
   */
  final String text(int i) throws LoadException {
    int s = start(i);
    int e = end(i);
    if (nonAscii(i)) {
      checkUtf8(i);
      return new String(buf, s, e - s, StandardCharsets.UTF_8);
    }
    return new String(buf, s, e - s, StandardCharsets.ISO_8859_1);
  }

  /**
   * Checks that field {@code i} is UTF-8.
   *
   * @throws LoadException naming the field and the first bad byte
   */
  final void checkUtf8(int i) throws LoadException {
    int bad = Utf8.firstInvalid(buf, start(i), end(i));
    if (bad >= 0) {
      throw new LoadException(source, recordLine, i + 1, label(i) + ": not UTF-8 (byte 0x"
          + String.format("%02X", buf[bad] & 0xFF) + " at byte " + (bad - start(i) + 1)
          + " of the cell); save the file as CSV UTF-8");
    }
  }

  /** True when field {@code i} equals the ASCII text {@code t}. */
  final boolean is(int i, byte[] t) {
    int s = start(i);
    int len = end(i) - s;
    if (len != t.length) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (buf[s + k] != t[k]) {
        return false;
      }
    }
    return true;
  }
}
