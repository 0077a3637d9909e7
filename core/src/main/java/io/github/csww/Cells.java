package io.github.csww;

/**
 * The compact store of a {@link Snapshot}'s cells: one unsigned code per metric, read in O(1).
 *
 * <p>Two layouts, told apart by the array's length:
 *
 * <ul>
 *   <li><b>uniform</b> (length a multiple of the number of metrics, N): every code in the same
 *       width of 1 to 5 bytes, little-endian, the width the row's largest code needs;
 *   <li><b>two bytes with overflow</b> (length 2N + 4k, for 1 to {@value #MAX_OVERFLOW} codes of
 *       at least {@value #ESCAPE} and below 2^24): every code in two bytes, those too large for
 *       them written as {@value #ESCAPE} and kept after the row as a metric index (one byte) and
 *       the code (three bytes). A read looks through at most {@value #MAX_OVERFLOW} entries.
 * </ul>
 *
 * <p>Published figures of a local authority fit two bytes a cell but for one or two large counts
 * (cases, days lost), so most rows take 2N + 4 = 48 bytes where an {@code int[22]} takes 88.
 * This is the one place the model packs its data; the figures are in {@code benchmarks/RESULTS.md}.
 */
final class Cells {
  private static final int N = Metric.values().length;
  static final int ESCAPE = 0xFFFF;
  static final int MAX_OVERFLOW = 5;

  private Cells() {}

  /** The codes packed in the smallest layout that holds them. */
  static byte[] pack(long[] codes) {
    long max = 0;
    int over = 0;
    boolean fits24 = true;
    for (long c : codes) {
      max = Math.max(max, c);
      if (c >= ESCAPE) {
        over++;
        fits24 &= c < (1L << 24);
      }
    }
    if (max >= ESCAPE && over <= MAX_OVERFLOW && fits24) {
      byte[] out = new byte[2 * N + 4 * over];
      int tail = 2 * N;
      for (int i = 0; i < N; i++) {
        long c = codes[i];
        put(out, 2 * i, c >= ESCAPE ? ESCAPE : c, 2);
        if (c >= ESCAPE) {
          out[tail] = (byte) i;
          put(out, tail + 1, c, 3);
          tail += 4;
        }
      }
      return out;
    }
    int width = max < (1L << 8) ? 1 : max < (1L << 16) ? 2 : max < (1L << 24) ? 3
        : max < (1L << 32) ? 4 : 5;
    byte[] out = new byte[N * width];
    for (int i = 0; i < N; i++) {
      put(out, i * width, codes[i], width);
    }
    return out;
  }

  /** The i-th code. */
  static long code(byte[] packed, int i) {
    int len = packed.length;
    if (len % N == 0) {
      int width = len / N;
      return get(packed, i * width, width);
    }
    long c = get(packed, 2 * i, 2);
    if (c != ESCAPE) {
      return c;
    }
    for (int at = 2 * N; at < len; at += 4) {
      if (packed[at] == i) {
        return get(packed, at + 1, 3);
      }
    }
    throw new IllegalStateException("cell " + i + " is marked as overflowing but is not stored");
  }

  private static void put(byte[] out, int at, long c, int width) {
    for (int b = 0; b < width; b++) {
      out[at + b] = (byte) (c >>> (8 * b));
    }
  }

  private static long get(byte[] in, int at, int width) {
    long c = 0;
    for (int b = 0; b < width; b++) {
      c |= (in[at + b] & 0xffL) << (8 * b);
    }
    return c;
  }
}
