package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CellsTest {
  private static final int N = Metric.values().length;

  /** The codes packed in an array of their own. */
  private static byte[] pack(long[] codes) {
    byte[] row = new byte[5 * N];
    return Arrays.copyOf(row, Cells.pack(codes, row));
  }

  /** The i-th code of a row packed in an array of its own. */
  private static long code(byte[] packed, int i) {
    return Cells.code(packed, 0, packed.length, i);
  }

  @Test
  void pack_usesTheNarrowestWidthForTheLargestCode() {
    long[] codes = new long[N];
    assertThat(pack(codes)).hasSize(N);
    codes[3] = 255;
    assertThat(pack(codes)).hasSize(N);
    codes[3] = 256;
    assertThat(pack(codes)).hasSize(2 * N);
    codes[4] = Cells.ESCAPE; // one large count: two bytes a cell and one overflow entry
    assertThat(pack(codes)).hasSize(2 * N + 4);
    codes[6] = (1L << 24) - 1;
    assertThat(pack(codes)).hasSize(2 * N + 8);
    codes[5] = 1L << 24; // too large for an overflow entry: uniform again
    assertThat(pack(codes)).hasSize(4 * N);
    codes[7] = (1L << 32) + 9;
    assertThat(pack(codes)).hasSize(5 * N);
  }

  @Test
  void pack_manyLargeCodes_isUniformInThreeBytes() {
    long[] codes = new long[N];
    for (int i = 0; i <= Cells.MAX_OVERFLOW; i++) {
      codes[i] = 70_000 + i;
    }
    byte[] packed = pack(codes);
    assertThat(packed).hasSize(3 * N);
    for (int i = 0; i < N; i++) {
      assertThat(code(packed, i)).isEqualTo(codes[i]);
    }
  }

  @Test
  void code_readsBackEveryPackedRow_property() {
    qt().forAll(lists().of(longs().between(0, (1L << 33) + 8)).ofSize(N),
        lists().of(integers().between(0, 3)).ofSize(N)).checkAssert((raw, scale) -> {
          long[] codes = new long[N];
          for (int i = 0; i < N; i++) {
            // mostly small codes, some large: every layout is reached
            long c = raw.get(i);
            codes[i] = switch (scale.get(i)) {
              case 0 -> c % 256;
              case 1 -> c % 65_536;
              case 2 -> c % (1L << 24);
              default -> c;
            };
          }
          byte[] packed = pack(codes);
          for (int k = 0; k < N; k++) {
            assertThat(code(packed, k)).isEqualTo(codes[k]);
          }
        });
  }

  @Test
  void code_readsBackEveryPackedCode_property() {
    qt().forAll(integers().between(0, N - 1), longs().between(0, (1L << 33) + 8))
        .checkAssert((i, c) -> {
          long[] codes = new long[N];
          Arrays.fill(codes, 7);
          codes[i] = c;
          byte[] packed = pack(codes);
          for (int k = 0; k < N; k++) {
            assertThat(code(packed, k)).isEqualTo(codes[k]);
          }
        });
  }

  @Test
  void snapshot_readsEveryWidthBack() {
    Authority a = Authority.of("860", "E10000028", "Staffordshire", Region.WEST_MIDLANDS);
    for (double v : new double[] {0, 0.1, 25.5, 6553.5, 1677721.5, 214748364.7, -214748364.8,
        -3.2, 1.05, 15.037593984962406}) {
      Snapshot s = Snapshot.builder(a, 2025).set(Metric.CASES, v)
          .suppress(Metric.CASELOAD, Suppression.ROUNDS_TO_ZERO).build();
      assertThat(s.value(Metric.CASES)).isEqualTo(Value.of(v));
      assertThat(s.value(Metric.CASELOAD)).isEqualTo(Value.suppressed(Suppression.ROUNDS_TO_ZERO));
      assertThat(s.value(Metric.ABSENCE_RATE))
          .isEqualTo(Value.suppressed(Suppression.NOT_AVAILABLE));
    }
  }

  @Test
  void arena_rowsAcrossManyBlocks_readBackAsPacked() {
    // Enough rows of every layout to fill blocks from 64 bytes up to the largest (4 MiB less 32
    // bytes, so that the array and its header fill whole G1 regions).
    java.util.SplittableRandom random = new java.util.SplittableRandom(13);
    Cells.Arena arena = new Cells.Arena();
    int rows = 200_000;
    byte[][] blocks = new byte[rows][];
    int[] at = new int[rows];
    long[][] all = new long[rows][];
    java.util.Set<byte[]> distinct = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    for (int r = 0; r < rows; r++) {
      long[] codes = new long[N];
      int kind = random.nextInt(4);
      for (int i = 0; i < N; i++) {
        long c = random.nextLong(1L << 34);
        codes[i] = kind == 0 ? c % 256 : kind == 1 ? c % 65_536 : kind == 2 && i % 7 == 0 ? c
            % (1L << 24) : kind == 2 ? c % 60_000 : c;
      }
      all[r] = codes;
      at[r] = arena.append(codes);
      blocks[r] = arena.block();
      distinct.add(blocks[r]);
    }
    for (int r = 0; r < rows; r++) {
      byte[] alone = pack(all[r]);
      assertThat(blocks[r][at[r]] & 0xff).isEqualTo(alone.length);
      for (int i = 0; i < N; i++) {
        assertThat(Cells.code(blocks[r], at[r] + 1, alone.length, i)).isEqualTo(all[r][i]);
      }
    }
    assertThat(distinct.stream().mapToInt(b -> b.length).max().getAsInt())
        .isEqualTo((4 << 20) - 32);
    assertThat(distinct.stream().mapToInt(b -> b.length).min().getAsInt()).isLessThan(256);
  }
}
