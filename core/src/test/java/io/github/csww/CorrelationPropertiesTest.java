package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of Spearman's rho (and Pearson's r where they hold for it) over random samples with
 * many ties.
 */
class CorrelationPropertiesTest {

  /** n paired values from a small range, so ties are common; never constant. */
  private static Gen<double[][]> samples() {
    return lists().of(integers().between(0, 12)).ofSizeBetween(6, 80)
        .map(list -> {
          int n = list.size() / 2;
          double[][] xy = new double[2][n];
          for (int i = 0; i < n; i++) {
            xy[0][i] = list.get(i) * 1.5;
            xy[1][i] = list.get(n + i) - 3;
          }
          return xy;
        })
        .assuming(xy -> !constant(xy[0]) && !constant(xy[1]));
  }

  private static boolean constant(double[] v) {
    for (double d : v) {
      if (d != v[0]) {
        return false;
      }
    }
    return true;
  }

  @Test
  void spearman_anySample_liesBetweenMinusOneAndOne() {
    qt().forAll(samples()).checkAssert(xy ->
        assertThat(RankStats.spearman(xy[0], xy[1])).isBetween(-1.0, 1.0));
  }

  @Test
  void pearson_anySample_liesBetweenMinusOneAndOne() {
    qt().forAll(samples()).checkAssert(xy ->
        assertThat(RankStats.pearson(xy[0], xy[1])).isBetween(-1.0, 1.0));
  }

  @Test
  void spearman_strictlyIncreasingTransformOfEither_isUnchanged() {
    qt().forAll(samples()).checkAssert(xy -> {
      double rho = RankStats.spearman(xy[0], xy[1]);
      double[] ex = new double[xy[0].length];
      double[] cubeY = new double[xy[1].length];
      for (int i = 0; i < ex.length; i++) {
        ex[i] = Math.exp(xy[0][i] / 5) + 7;
        cubeY[i] = xy[1][i] * xy[1][i] * xy[1][i] - 100;
      }
      assertThat(RankStats.spearman(ex, xy[1])).isEqualTo(rho);
      assertThat(RankStats.spearman(xy[0], cubeY)).isEqualTo(rho);
    });
  }

  @Test
  void spearman_swappedVariables_isSymmetric() {
    qt().forAll(samples()).checkAssert(xy ->
        assertThat(RankStats.spearman(xy[1], xy[0])).isEqualTo(RankStats.spearman(xy[0],
            xy[1])));
  }

  @Test
  void spearman_identicalRankings_isOne() {
    qt().forAll(samples()).checkAssert(xy -> {
      double[] shifted = new double[xy[0].length];
      for (int i = 0; i < shifted.length; i++) {
        shifted[i] = 2 * xy[0][i] + 1; // same ranking, ties included
      }
      assertThat(RankStats.spearman(xy[0], shifted)).isCloseTo(1.0, within(1e-12));
      assertThat(RankStats.spearman(xy[0], xy[0])).isCloseTo(1.0, within(1e-12));
    });
  }

  @Test
  void spearman_reversedRanking_isMinusOne() {
    qt().forAll(samples()).checkAssert(xy -> {
      double[] negated = new double[xy[0].length];
      for (int i = 0; i < negated.length; i++) {
        negated[i] = -xy[0][i];
      }
      assertThat(RankStats.spearman(xy[0], negated)).isCloseTo(-1.0, within(1e-12));
    });
  }

  @Test
  void spearman_pairsInAnotherOrder_isUnchanged() {
    qt().forAll(samples(), longs().all()).checkAssert((xy, seed) -> {
      int n = xy[0].length;
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        order.add(i);
      }
      Collections.shuffle(order, new Random(seed));
      double[] px = new double[n];
      double[] py = new double[n];
      for (int i = 0; i < n; i++) {
        px[i] = xy[0][order.get(i)];
        py[i] = xy[1][order.get(i)];
      }
      assertThat(RankStats.spearman(px, py))
          .isCloseTo(RankStats.spearman(xy[0], xy[1]), within(1e-12));
    });
  }

  @Test
  void ranks_anySample_sumToTriangularNumberAndTiesShareTheAverage() {
    qt().forAll(samples()).checkAssert(xy -> {
      double[] r = RankStats.ranks(xy[0]);
      int n = r.length;
      double sum = 0;
      for (double d : r) {
        sum += d;
      }
      assertThat(sum).isCloseTo(n * (n + 1) / 2.0, within(1e-9));
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (xy[0][i] == xy[0][j]) {
            assertThat(r[i]).isEqualTo(r[j]);
          } else if (xy[0][i] < xy[0][j]) {
            assertThat(r[i]).isLessThan(r[j]);
          }
        }
      }
    });
  }

  @Test
  void permutationP_sameSeed_isReproducibleAndInUnitInterval() {
    qt().forAll(samples(), longs().all()).checkAssert((xy, seed) -> {
      double[] rx = RankStats.ranks(xy[0]);
      double[] ry = RankStats.ranks(xy[1]);
      RankStats.PValue a = RankStats.permutationP(rx, ry, 199, 0, seed);
      RankStats.PValue b = RankStats.permutationP(rx, ry, 199, 0, seed);
      assertThat(a).isEqualTo(b);
      assertThat(a.p()).isGreaterThanOrEqualTo(1 / 200.0).isLessThanOrEqualTo(1.0);
    });
  }
}
