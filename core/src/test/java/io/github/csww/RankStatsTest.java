package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Worked examples for the arithmetic behind {@link Correlation}, checked by hand or by scipy. */
class RankStatsTest {

  @Test
  void ranks_ties_shareTheAverageRank() {
    assertThat(RankStats.ranks(new double[] {10, 20, 20, 5, 20}))
        .containsExactly(2, 4, 4, 1, 4);
  }

  @Test
  void spearman_textbookExample_matchesHandComputation() {
    // ranks x: 1..5, y: 2 1 4 3 5; d² = 1+1+1+1+0 = 4; rho = 1 - 6*4/(5*24) = 0.8
    double rho = RankStats.spearman(new double[] {1, 2, 3, 4, 5}, new double[] {20, 10, 40, 30,
        50});
    assertThat(rho).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void spearman_withTies_isPearsonOfAverageRanks() {
    // x ranks 1, 2.5, 2.5, 4; y ranks 1, 2, 3, 4: r = 4.5 / sqrt(4.5 * 5) = 0.9486833
    double rho = RankStats.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 2, 3, 4});
    assertThat(rho).isCloseTo(0.9486832980505138, within(1e-12));
  }

  @Test
  void tApproximationP_knownValue_matchesStudentT() {
    // r = 0.5, n = 12: t = 1.8257, df 10; two-sided p = 0.0978546 (Simpson integration)
    assertThat(RankStats.tApproximationP(0.5, 12)).isCloseTo(0.0978546142578, within(1e-9));
    assertThat(RankStats.tApproximationP(0, 30)).isCloseTo(1.0, within(1e-12));
    assertThat(RankStats.tApproximationP(1, 30)).isEqualTo(0.0);
  }

  @Test
  void permutationP_smallSample_isExactOverAllOrderings() {
    // perfectly concordant n = 4: only the identity and... |r| = 1 for 2 of 24 orderings
    RankStats.PValue p = RankStats.permutationP(new double[] {1, 2, 3, 4},
        new double[] {1, 2, 3, 4}, 999, 8, 1);
    assertThat(p.p()).isCloseTo(2 / 24.0, within(1e-12));
    assertThat(p.method()).contains("exact").contains("24 orderings");
  }

  @Test
  void permutationP_largeSample_isMonteCarloWithPlusOne() {
    double[] x = new double[30];
    double[] y = new double[30];
    for (int i = 0; i < 30; i++) {
      x[i] = i;
      y[i] = i;
    }
    RankStats.PValue p = RankStats.permutationP(x, y, 999, 8, 42);
    assertThat(p.p()).isEqualTo(1 / 1000.0);
    assertThat(p.method()).contains("999 permutations", "seed 42", "1 +");
  }

  @Test
  void bootstrap_sameSeed_givesSameInterval() {
    double[] x = {1, 5, 2, 8, 3, 9, 4, 7, 6, 10};
    double[] y = {2, 4, 1, 9, 3, 8, 6, 5, 7, 10};
    RankStats.Interval a = RankStats.bootstrap(CorrelationMethod.SPEARMAN, x, y, 500, 0.95, 7);
    RankStats.Interval b = RankStats.bootstrap(CorrelationMethod.SPEARMAN, x, y, 500, 0.95, 7);
    assertThat(a).isEqualTo(b);
    assertThat(a.lower()).isLessThan(RankStats.spearman(x, y));
    assertThat(a.upper()).isGreaterThan(RankStats.spearman(x, y)).isLessThanOrEqualTo(1);
  }

  @Test
  void quantile_type7_interpolates() {
    assertThat(RankStats.quantile(new double[] {1, 2, 3, 4}, 0.5)).isEqualTo(2.5);
    assertThat(RankStats.quantile(new double[] {1, 2, 3, 4}, 0.0)).isEqualTo(1);
    assertThat(RankStats.quantile(new double[] {1, 2, 3, 4}, 1.0)).isEqualTo(4);
  }
}
