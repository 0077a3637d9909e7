package io.github.csww.io.internal;

import io.github.csww.Suppression;

/**
 * The quick reading of a metric cell from its bytes, the same on the thread that splits records
 * ({@link PipelinedRecords}) and on the one that builds rows: a number with at most one decimal,
 * as the statistics publish them, or a suppression marker. Anything else ({@code 17.25}, a
 * number of 16 digits, a bad cell) is left to {@link EesCsvParser}'s full reading, which also
 * names what is wrong.
 */
final class MetricCells {
  /** The code of a cell only the full reading can tell. */
  static final int SLOW = Integer.MIN_VALUE;
  /** In a record's codes: a cell the reading thread left for the caller to decode. */
  static final int UNREAD = Integer.MIN_VALUE + 1;
  private static final Suppression[] SUPPRESSIONS = Suppression.values();
  private static final Suppression[] SINGLE_BYTE_MARKERS = singleByteMarkers();

  private MetricCells() {}

  /**
   * A cell's code: a number of tenths (0 and up, at most {@link Integer#MAX_VALUE}), {@code -1 -}
   * a suppression's ordinal, or {@link #SLOW}.
   */
  static int decode(byte[] buf, int s, int e) {
    long plain = plainDecimal(buf, s, e);
    if (plain >= 0) {
      long mantissa = plain >>> 4;
      int fraction = (int) (plain & 15);
      long tenths = fraction == 0 ? mantissa * 10 : mantissa;
      return fraction <= 1 && tenths <= Integer.MAX_VALUE ? (int) tenths : SLOW;
    }
    if (e - s == 1) {
      Suppression m = buf[s] >= 0 ? SINGLE_BYTE_MARKERS[buf[s]] : null;
      if (m != null) {
        return -1 - m.ordinal();
      }
    } else if (e - s == 3 && (buf[s] | 0x20) == 'l' && (buf[s + 1] | 0x20) == 'o'
        && (buf[s + 2] | 0x20) == 'w') {
      return -1 - Suppression.ROUNDS_TO_ZERO.ordinal();
    }
    return SLOW;
  }

  /**
   * A plain decimal, 1 to 15 ASCII digits with at most one point and nothing else ({@code 17},
   * {@code 17.7}, {@code 17.}), as its digits shifted left by 4 with the number of digits after
   * the point in the low 4 bits; -1 for anything else.
   */
  static long plainDecimal(byte[] buf, int s, int e) {
    long mantissa = 0;
    int digits = 0;
    int fraction = -1;
    for (int i = s; i < e; i++) {
      int d = buf[i] - '0';
      if (d >= 0 && d <= 9) {
        mantissa = mantissa * 10 + d;
        digits++;
        if (fraction >= 0) {
          fraction++;
        }
      } else if (buf[i] == '.' && fraction < 0) {
        fraction = 0;
      } else {
        return -1;
      }
    }
    return digits == 0 || digits > 15 ? -1 : mantissa << 4 | Math.max(fraction, 0);
  }

  /** The suppression of a negative code other than {@link #SLOW}. */
  static Suppression suppression(int code) {
    return SUPPRESSIONS[-1 - code];
  }

  private static Suppression[] singleByteMarkers() {
    Suppression[] out = new Suppression[128];
    for (Suppression s : Suppression.values()) {
      if (s.marker().length() == 1) {
        char c = s.marker().charAt(0);
        out[c] = s;
        out[Character.toUpperCase(c)] = s;
      }
    }
    return out;
  }
}
