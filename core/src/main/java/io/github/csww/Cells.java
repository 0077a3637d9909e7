package io.github.csww;

/**
 * The compact store of a {@link Snapshot}'s cells: one unsigned code per metric, every code of a
 * row in the same width of 1 to 5 bytes (the width its largest code needs), little-endian, so a
 * read is one multiply and at most five byte loads. Published figures need 2 or 3 bytes a cell,
 * so a row takes 44 or 66 bytes where an {@code int[22]} takes 104 with its header; the width is
 * the array's length divided by the number of metrics.
 *
 * <p>This is the one place the model packs its data; measured in {@code benchmarks/RESULTS.md}.
 */
final class Cells {
  private static final int N = Metric.values().length;

  private Cells() {}

  /** The codes packed at the narrowest width that holds the largest. */
  static byte[] pack(long[] codes) {
    long max = 0;
    for (long c : codes) {
      max = Math.max(max, c);
    }
    int width = max < (1L << 8) ? 1 : max < (1L << 16) ? 2 : max < (1L << 24) ? 3
        : max < (1L << 32) ? 4 : 5;
    byte[] out = new byte[N * width];
    for (int i = 0; i < N; i++) {
      long c = codes[i];
      int at = i * width;
      for (int b = 0; b < width; b++) {
        out[at + b] = (byte) (c >>> (8 * b));
      }
    }
    return out;
  }

  /** The i-th code. */
  static long code(byte[] packed, int i) {
    int width = packed.length / N;
    int at = i * width;
    long c = 0;
    for (int b = 0; b < width; b++) {
      c |= (packed[at + b] & 0xffL) << (8 * b);
    }
    return c;
  }
}
