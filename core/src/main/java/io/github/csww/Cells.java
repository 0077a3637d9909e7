package io.github.csww;

/**
 * The compact store of a {@link Snapshot}'s cells: one unsigned code per metric, read in O(1).
 *
 * <p>Two layouts, told apart by the row's length:
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
  private static final int SUPPRESSIONS = Suppression.values().length;
  /** A suppressed cell is this plus the suppression's ordinal. */
  static final int SUPPRESSED_BASE = Integer.MIN_VALUE;
  /** A cell whose number is not a whole number of tenths, kept exactly beside the store. */
  static final int EXACT = Integer.MIN_VALUE + 15;
  /** The smallest cell that is a number of tenths. */
  static final int SMALLEST_TENTHS = Integer.MIN_VALUE + 16;
  static final int ESCAPE = 0xFFFF;
  static final int MAX_OVERFLOW = 5;

  private Cells() {}

  /**
   * Codes a row's cells: tenths (0 and up), {@link #SUPPRESSED_BASE} + a suppression's ordinal,
   * or {@link #EXACT}. Each becomes a code: the suppression's ordinal (0 to 6), 7 for {@link
   * #EXACT}, or 8 + a number shifted left by one, a whole number with the low bit set and tenths
   * with it clear.
   *
   * @param codes where the codes go, one a cell
   */
  static void encode(int[] cells, long[] codes) {
    for (int i = 0; i < cells.length; i++) {
      int c = cells[i];
      if (c >= 0) {
        // A whole number is coded as itself, anything else in tenths: head counts, cases and most
        // FTE figures of a local authority then fit two bytes.
        codes[i] = c % 10 == 0 ? 8L + (((long) (c / 10) << 1) | 1) : 8L + ((long) c << 1);
      } else {
        codes[i] = c == EXACT ? 7 : c - SUPPRESSED_BASE;
      }
    }
  }

  /**
   * Where a builder's rows are packed: one after another in blocks, each row's length in the
   * byte before it, so a snapshot holds a block and an offset, not an array of its own. The
   * blocks grow from 64 bytes to just under 4 MiB as a builder builds more: a reader's rows then
   * live in a few large arrays, which G1 (with regions up to 4 MiB) allocates outside the young
   * generation and never copies, where a million small arrays would each be copied as they age.
   * A snapshot keeps its whole block reachable.
   *
   * <p>Just under, with room for the array's header: G1 gives such an array whole heap regions,
   * and on heaps with regions of 1, 2 or 4 MiB (a maximum heap up to 8 GiB, the default on
   * machines with up to 32 GB) an array of exactly 4 MiB took one region more, left nearly empty.
   * On a 4 MiB-region heap that was half the blocks' space; loading 5,000,000 rows then started
   * 24 concurrent marking cycles in six loads, and 6 once the blocks fitted. With regions of
   * 8 MiB or more a block is no longer over half a region, so it is allocated young and copied
   * as it ages, like any array (the exact 4 MiB block was not, but left half its region empty).
   */
  static final class Arena {
    private static final int FIRST = 64;
    private static final int LARGEST = (4 << 20) - 32;
    private final byte[] row = new byte[5 * N];
    private byte[] block = new byte[0];
    private int fill;

    /** Packs a row's codes after the rows before; returns where its length byte is. */
    int append(long[] codes) {
      int len = pack(codes, row);
      if (fill + len + 1 > block.length) {
        block = new byte[Math.min(LARGEST, Math.max(Math.max(FIRST, len + 1), block.length * 2))];
        fill = 0;
      }
      int at = fill;
      block[at] = (byte) len;
      System.arraycopy(row, 0, block, at + 1, len);
      fill = at + 1 + len;
      return at;
    }

    /** The block the last row was appended to. */
    byte[] block() {
      return block;
    }
  }

  /**
   * The i-th cell of the row whose length byte is at {@code block[at]}: tenths, {@link
   * #SUPPRESSED_BASE} + ordinal, or {@link #EXACT}.
   */
  static int cell(byte[] block, int at, int i) {
    long code = code(block, at + 1, block[at] & 0xff, i);
    if (code < SUPPRESSIONS) {
      return SUPPRESSED_BASE + (int) code;
    }
    if (code == 7) {
      return EXACT;
    }
    long n = code - 8;
    return (n & 1) == 1 ? (int) ((n >>> 1) * 10) : (int) (n >>> 1);
  }

  /** Packs the codes in the smallest layout that holds them at the start of out; their length. */
  static int pack(long[] codes, byte[] out) {
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
      return tail;
    }
    int width = max < (1L << 8) ? 1 : max < (1L << 16) ? 2 : max < (1L << 24) ? 3
        : max < (1L << 32) ? 4 : 5;
    for (int i = 0; i < N; i++) {
      put(out, i * width, codes[i], width);
    }
    return N * width;
  }

  /** The i-th code of the row of {@code len} bytes from {@code packed[base]}. */
  static long code(byte[] packed, int base, int len, int i) {
    if (len % N == 0) {
      int width = len / N;
      return get(packed, base + i * width, width);
    }
    long c = get(packed, base + 2 * i, 2);
    if (c != ESCAPE) {
      return c;
    }
    for (int at = base + 2 * N; at < base + len; at += 4) {
      if (packed[at] == i) {
        return get(packed, at + 1, 3);
      }
    }
    throw new IllegalStateException("cell " + i + " is marked as overflowing but is not stored");
  }

  private static void put(byte[] out, int at, long c, int width) {
    if (width == 2) { // most rows: written straight, no loop (a tenth of a load's time was here)
      out[at] = (byte) c;
      out[at + 1] = (byte) (c >>> 8);
      return;
    }
    for (int b = 0; b < width; b++) {
      out[at + b] = (byte) (c >>> (8 * b));
    }
  }

  private static long get(byte[] in, int at, int width) {
    if (width == 2) {
      return (in[at] & 0xffL) | (in[at + 1] & 0xffL) << 8;
    }
    long c = 0;
    for (int b = 0; b < width; b++) {
      c |= (in[at + b] & 0xffL) << (8 * b);
    }
    return c;
  }
}
