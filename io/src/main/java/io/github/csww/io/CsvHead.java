package io.github.csww.io;

import io.github.csww.io.internal.Printable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The check a CSV download passes before it enters the cache, where a published version stays
 * for good: a content type that can be CSV, and a first line that is a CSV header (at least two
 * named columns). Only the head of the body is read for it (up to the first line feed, at most
 * {@value #MAX_HEAD} bytes), and given back in front of the rest, so the file is not read twice.
 */
final class CsvHead {
  /** The most bytes read to find the header line. */
  static final int MAX_HEAD = 64 * 1024;

  private CsvHead() {}

  /**
   * Why a body is not CSV, or empty when its head looks like CSV.
   *
   * @param contentType the {@code Content-Type} header, if any
   * @param head the first bytes of the body, up to and including the first line feed
   * @return the reason, for a message
   */
  static Optional<String> refusal(Optional<String> contentType, byte[] head) {
    String type = contentType.map(t -> t.split(";", 2)[0].trim().toLowerCase(Locale.ROOT))
        .orElse("");
    if (!type.isEmpty() && !type.contains("csv") && !type.equals("text/plain")
        && !type.equals("application/octet-stream")) {
      return Optional.of("its content type is " + type + ", not text/csv");
    }
    String line = new String(head, StandardCharsets.UTF_8);
    if (line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    int end = line.indexOf('\n');
    if (end < 0 && head.length >= MAX_HEAD) {
      return Optional.of("its first " + MAX_HEAD + " bytes hold no line end");
    }
    line = (end < 0 ? line : line.substring(0, end)).strip();
    if (line.isEmpty()) {
      return Optional.of(head.length == 0 ? "it is empty" : "its first line is empty");
    }
    if (line.indexOf('\0') >= 0 || line.startsWith("<") || line.startsWith("{")
        || line.startsWith("[")) {
      return Optional.of("its first line is not a CSV header");
    }
    String[] cells = line.split(",", -1);
    int named = 0;
    for (String c : cells) {
      if (!c.replace("\"", "").isBlank()) {
        named++;
      }
    }
    if (cells.length < 2 || named < cells.length) {
      return Optional.of("its first line is not a CSV header (column names separated by "
          + "commas)");
    }
    return Optional.empty();
  }

  /** The head of a stream: bytes up to and including the first line feed, or MAX_HEAD. */
  static byte[] read(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (out.size() < MAX_HEAD) {
      int n = in.read(buf, 0, Math.min(buf.length, MAX_HEAD - out.size()));
      if (n < 0) {
        break;
      }
      out.write(buf, 0, n);
      boolean lineEnd = false;
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          lineEnd = true;
          break;
        }
      }
      if (lineEnd) {
        break;
      }
    }
    return out.toByteArray();
  }

  /** The head put back in front of the rest of the stream. */
  static InputStream rejoin(byte[] head, InputStream rest) {
    return new SequenceInputStream(new ByteArrayInputStream(head), rest);
  }

  /** The first characters of a body, printable, for a message. */
  static String begins(byte[] head) {
    String s = new String(head, 0, Math.min(head.length, 400), StandardCharsets.UTF_8);
    return "\"" + Printable.of(s.replace("\r", "").replace('\n', ' ').strip(), 80) + "\"";
  }
}
