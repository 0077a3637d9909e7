package io.github.csww.io.internal;

import java.util.Arrays;

/** The line each reporting year of one area was read from, to name both lines of a duplicate. */
final class YearLines {
  private int base;
  /** {@code lines[year - base]}, 0 when the year has not been read. */
  private int[] lines = new int[0];

  /** The line the year was read from, or 0. */
  long get(int year) {
    int i = year - base;
    return i >= 0 && i < lines.length ? lines[i] : 0;
  }

  /** Records the line a year was read from. */
  void put(int year, long line) {
    int stored = (int) Math.min(line, Integer.MAX_VALUE);
    if (lines.length == 0) {
      base = year;
      lines = new int[4];
    } else if (year < base) {
      // Grow geometrically downwards too: EES files list the newest year first.
      int grow = Math.max(base - year, lines.length);
      int[] bigger = new int[lines.length + grow];
      System.arraycopy(lines, 0, bigger, grow, lines.length);
      lines = bigger;
      base -= grow;
    } else if (year - base >= lines.length) {
      lines = Arrays.copyOf(lines, Math.max(year - base + 1, lines.length * 2));
    }
    lines[year - base] = stored;
  }
}
