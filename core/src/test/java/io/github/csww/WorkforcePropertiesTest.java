package io.github.csww;

import static io.github.csww.Generators.apply;
import static io.github.csww.Generators.rankedMetrics;
import static io.github.csww.Generators.stepLists;
import static io.github.csww.Generators.worlds;
import static io.github.csww.Metric.CASELOAD;
import static io.github.csww.Metric.CASES;
import static io.github.csww.Metric.CASE_HOLDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** Properties of views, rankings and aggregates over generated workforces. */
class WorkforcePropertiesTest {

  private static QuickTheory qt200() {
    return qt().withExamples(200);
  }

  /** A one-year, one-level view, chosen from the steps, to rank or aggregate. */
  private static Workforce oneYearOfAuthorities(Workforce wf, List<Generators.Step> steps) {
    Workforce view = apply(wf, steps).level(Level.LOCAL_AUTHORITY);
    List<Snapshot> rows = view.snapshots();
    return rows.isEmpty() ? view : view.years(rows.get(rows.size() - 1).year(),
        rows.get(rows.size() - 1).year());
  }

  private static double value(Ranked r) {
    return r.value();
  }

  /** A number or a {@code low}, which ranks between zero and every positive figure. */
  private static boolean rankable(Snapshot s, Metric m) {
    return s.has(m) || s.value(m).suppression().filter(x -> x == Suppression.ROUNDS_TO_ZERO)
        .isPresent();
  }

  @Test
  void ranking_isAPermutationOfTheRankedSnapshots() {
    qt200().forAll(worlds(), stepLists(), rankedMetrics()).checkAssert((world, steps, m) -> {
      Workforce view = oneYearOfAuthorities(world.workforce(), steps);
      Ranking r = view.rankBy(m);
      List<Snapshot> ranked = r.rows().stream().map(Ranked::snapshot).toList();
      List<Snapshot> withNumbers = view.snapshots().stream().filter(s -> rankable(s, m)).toList();
      assertThat(HashMultiset.create(ranked)).isEqualTo(HashMultiset.create(withNumbers));
      assertThat(new HashSet<>(ranked)).hasSize(ranked.size());
      for (Ranked row : r.rows()) {
        assertThat(row.isLow()).isEqualTo(!row.snapshot().has(m));
        assertThat(row.value()).isEqualTo(row.isLow() ? Double.MIN_VALUE
            : row.snapshot().number(m));
        assertThat(row.measure()).isEqualTo(m);
      }
    });
  }

  @Test
  void suppressedValues_areNeverRanked_andAlwaysLeftOut_withTheirReason() {
    qt200().forAll(worlds(), stepLists(), rankedMetrics()).checkAssert((world, steps, m) -> {
      Workforce view = oneYearOfAuthorities(world.workforce(), steps);
      Ranking r = view.rankBy(m);
      assertThat(r.size() + r.leftOut().size()).isEqualTo(view.snapshots().size());
      assertThat(r.rows()).allSatisfy(row -> assertThat(rankable(row.snapshot(), m)).isTrue());
      for (Snapshot s : view.snapshots()) {
        if (!rankable(s, m)) {
          assertThat(r.leftOut()).contains(new LeftOut(s.area(), s.year(), m,
              s.value(m).suppression().orElseThrow()));
          assertThat(r.rankOf(s.area())).isEmpty();
        } else {
          assertThat(r.rankOf(s.area())).isPresent();
        }
      }
      assertThat(r.ascending().leftOut()).isEqualTo(r.leftOut());
    });
  }

  @Test
  void topK_isAPrefixOfTopKPlusOne_andOfTheWholeOrder() {
    qt200().forAll(worlds(), rankedMetrics(), integers().between(1, 15))
        .checkAssert((world, m, k) -> {
          for (Ranking r : List.of(world.workforce().rankBy(m),
              world.workforce().rankBy(m).ascending())) {
            List<Ranked> top = r.top(k).rows();
            assertThat(r.top(k + 1).rows()).startsWith(top.toArray(Ranked[]::new));
            assertThat(top).isEqualTo(r.rows().subList(0, Math.min(k, r.size())));
            List<Ranked> reversedKeepingTies = reversedKeepingTies(r.rows());
            assertThat(r.bottom(k).rows()).isEqualTo(
                reversedKeepingTies.subList(0, Math.min(k, r.size())));
            assertThat(r.first()).isEqualTo(r.rows().stream().findFirst());
          }
        });
  }

  @Test
  void ranks_areCompetitionRanks_andTiesShareARank() {
    qt200().forAll(worlds(), stepLists(), rankedMetrics()).checkAssert((world, steps, m) -> {
      Ranking r = oneYearOfAuthorities(world.workforce(), steps).rankBy(m);
      for (Ranking ranking : List.of(r, r.ascending())) {
        List<Ranked> rows = ranking.rows();
        for (int i = 0; i < rows.size(); i++) {
          Ranked row = rows.get(i);
          long better = rows.stream().filter(o -> ranking.isAscending()
              ? o.value() < row.value() : o.value() > row.value()).count();
          assertThat(row.rank()).isEqualTo(better + 1);
          if (i > 0) {
            Ranked prev = rows.get(i - 1);
            assertThat(ranking.isAscending() ? prev.value() <= row.value()
                : prev.value() >= row.value()).isTrue();
            assertThat(prev.rank() == row.rank()).isEqualTo(prev.value() == row.value());
          }
        }
      }
    });
  }

  @Test
  void ascending_isDescendingReversed_whenValuesAreDistinct() {
    qt200().forAll(worlds(), stepLists(), rankedMetrics()).checkAssert((world, steps, m) -> {
      Ranking down = oneYearOfAuthorities(world.workforce(), steps).rankBy(m);
      Ranking up = down.ascending();
      List<Double> downValues = down.rows().stream().map(WorkforcePropertiesTest::value).toList();
      List<Double> upValues = up.rows().stream().map(WorkforcePropertiesTest::value).toList();
      assertThat(upValues).isEqualTo(Lists.reverse(downValues));
      if (new HashSet<>(downValues).size() == downValues.size()) {
        assertThat(up.rows().stream().map(Ranked::snapshot).toList())
            .isEqualTo(Lists.reverse(down.rows().stream().map(Ranked::snapshot).toList()));
      }
    });
  }

  @Test
  void withTies_containsTopN_andEveryExtraRowTiesWithTheNth() {
    qt200().forAll(worlds(), rankedMetrics(), integers().between(1, 12))
        .checkAssert((world, m, n) -> {
          Ranking r = world.workforce().rankBy(m);
          for (Ranking ranking : List.of(r, r.ascending())) {
            checkWithTies(ranking.rows(), ranking.topWithTies(n).rows(), ranking.top(n).rows(), n);
            checkWithTies(reversedKeepingTies(ranking.rows()), ranking.bottomWithTies(n).rows(),
                ranking.bottom(n).rows(), n);
          }
        });
  }

  /** The order read from its end, each tie kept in its own (area-name) order. */
  private static List<Ranked> reversedKeepingTies(List<Ranked> rows) {
    List<Ranked> rev = Lists.reverse(rows);
    List<Ranked> out = new java.util.ArrayList<>();
    for (int i = 0; i < rev.size(); ) {
      int j = i;
      while (j < rev.size() && rev.get(j).rank() == rev.get(i).rank()) {
        j++;
      }
      out.addAll(Lists.reverse(rev.subList(i, j)));
      i = j;
    }
    return out;
  }

  private static void checkWithTies(List<Ranked> order, List<Ranked> withTies, List<Ranked> top,
      int n) {
    assertThat(withTies).startsWith(top.toArray(Ranked[]::new));
    assertThat(withTies).isEqualTo(order.subList(0, withTies.size()));
    if (order.size() <= n) {
      assertThat(withTies).isEqualTo(order);
      return;
    }
    double nth = order.get(n - 1).value();
    for (Ranked extra : withTies.subList(n, withTies.size())) {
      assertThat(extra.value()).isEqualTo(nth);
    }
    if (withTies.size() < order.size()) {
      assertThat(order.get(withTies.size()).value()).isNotEqualTo(nth);
    }
  }

  @Test
  void weightedAggregate_liesBetweenTheSmallestAndLargestRatioOfItsParts() {
    qt200().forAll(worlds(), stepLists()).checkAssert((world, steps) -> {
      Workforce view = oneYearOfAuthorities(world.workforce(), steps);
      Aggregate a;
      try {
        a = view.aggregate(CASELOAD, Coverage.MATCHED);
      } catch (UnsupportedViewException e) {
        // only a view whose year steps leave no year is refused
        assertThat(view.snapshots()).isEmpty();
        assertThat(e.getMessage()).contains("year steps leave none");
        return;
      }
      List<Snapshot> parts = view.snapshots().stream()
          .filter(s -> rankable(s, CASES) && rankable(s, CASE_HOLDERS)).toList();
      assertThat(a.covered()).isEqualTo(parts.size());
      assertThat(a.covered() + a.leftOut().size()).isEqualTo(view.snapshots().size());
      if (parts.stream().anyMatch(s -> !s.has(CASES) || !s.has(CASE_HOLDERS))) {
        return; // a low counts as zero, so its "ratio" bounds nothing
      }
      if (parts.isEmpty()) {
        assertThat(a.value()).isEqualTo(Value.suppressed(Suppression.NOT_AVAILABLE));
        return;
      }
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (Snapshot s : parts) {
        double ratio = s.number(CASES) / s.number(CASE_HOLDERS);
        min = Math.min(min, ratio);
        max = Math.max(max, ratio);
      }
      double v = a.value().doubleValue();
      double slack = 1e-9 * Math.max(1, Math.abs(max));
      assertThat(v).isBetween(min - slack, max + slack);
    });
  }

  @Test
  void filtering_commutes_andMeansTheConjunctionOfItsSteps() {
    qt200().forAll(worlds(), stepLists()).checkAssert((world, steps) -> {
      Workforce wf = world.workforce();
      Workforce forward = apply(wf, steps);
      Workforce backward = apply(wf, Lists.reverse(steps));
      List<Generators.Step> shuffled = new ArrayList<>(steps);
      Collections.rotate(shuffled, 1);
      assertThat(backward).isEqualTo(forward);
      assertThat(apply(wf, shuffled)).isEqualTo(forward);
      Predicate<Snapshot> all = s -> steps.stream().allMatch(step -> step.test(s));
      assertThat(forward.snapshots())
          .isEqualTo(wf.snapshots().stream().filter(all).toList());
    });
  }

  @Test
  void yearThenRegion_equalsRegionThenYear() {
    qt200().forAll(worlds(), Generators.steps(), Generators.steps())
        .checkAssert((world, a, b) -> {
          Workforce wf = world.workforce();
          for (int y : wf.years()) {
            for (Region r : Region.values()) {
              assertThat(wf.year(y).region(r)).isEqualTo(wf.region(r).year(y));
            }
          }
          assertThat(apply(wf, List.of(a, b))).isEqualTo(apply(wf, List.of(b, a)));
        });
  }

  @Test
  void rankBy_defaultsToLocalAuthoritiesOfTheirLatestYear() {
    qt200().forAll(worlds(), rankedMetrics()).checkAssert((world, m) -> {
      Workforce wf = world.workforce();
      List<Snapshot> las = wf.level(Level.LOCAL_AUTHORITY).snapshots();
      Ranking r = wf.rankBy(m);
      if (las.isEmpty()) {
        assertThat(r.rows()).isEmpty();
        assertThat(r.leftOut()).isEmpty();
        return;
      }
      int latest = las.get(las.size() - 1).year();
      assertThat(r.rows())
          .isEqualTo(wf.year(latest).level(Level.LOCAL_AUTHORITY).rankBy(m).rows());
    });
  }

  @Test
  void workforceOf_doesNotDependOnInputOrder() {
    qt200().forAll(worlds()).checkAssert(world -> {
      List<Snapshot> reversed = Lists.reverse(world.snapshots());
      Workforce a = world.workforce();
      Workforce b = Workforce.of(reversed);
      assertThat(b.snapshots()).isEqualTo(a.snapshots());
      assertThat(b.rankBy(CASELOAD).rows()).isEqualTo(a.rankBy(CASELOAD).rows());
      assertThat(b.authorities()).containsExactlyElementsOf(a.authorities());
    });
  }

  @Test
  void workforceOf_ordersTheSameWhenItsYearsAreFarApart() {
    // A row in 2999, about 980 years after the others, makes the grid of years by areas sparse,
    // so Workforce.of sorts keys instead of placing rows in the grid: the order of the other
    // rows must not change.
    qt200().forAll(worlds()).checkAssert(world -> {
      Workforce dense = world.workforce();
      List<Snapshot> spread = new ArrayList<>(world.snapshots());
      spread.add(Snapshot.builder(England.INSTANCE, 2999).set(CASELOAD, 1).build());
      Workforce sparse = Workforce.of(spread);
      assertThat(sparse.years()).hasSize(dense.years().size() + 1);
      assertThat(sparse.snapshots().subList(0, dense.snapshots().size()))
          .isEqualTo(dense.snapshots());
      assertThat(sparse.authorities()).containsExactlyElementsOf(dense.authorities());
    });
  }

  @Test
  void everyAuthority_isFoundByItsNumbersCodesAndUniqueName() {
    qt200().forAll(worlds()).checkAssert(world -> {
      Workforce wf = world.workforce();
      for (Authority a : wf.authorities()) {
        assertThat(wf.find(a.laNumber())).contains(a);
        for (int n : a.laNumbers()) {
          assertThat(wf.find(Integer.toString(n))).contains(a);
        }
        for (String code : a.allCodes()) {
          assertThat(wf.find(code)).contains(a);
        }
        assertThat(wf.find(a.code())).contains(a);
        String key = Names.normalise(a.name());
        long sameName = wf.authorities().stream()
            .filter(b -> b.names().stream().anyMatch(n -> Names.normalise(n).equals(key)))
            .count();
        if (sameName == 1 && !a.name().matches(".*\\d.*")) {
          assertThat(wf.find(a.name())).contains(a);
          assertThat(wf.authority(a.name().toUpperCase(java.util.Locale.ROOT)).authority())
              .isEqualTo(a);
        }
      }
    });
  }

  @Test
  void snapshot_readsBackAnyFiniteNumberExactly() {
    qt().withExamples(2000).forAll(doubles().any()).assuming(Double::isFinite).checkAssert(d -> {
      Snapshot s = Snapshot.builder(England.INSTANCE, 2017).set(CASES, d).build();
      assertThat(s.value(CASES)).isEqualTo(Value.of(d));
      assertThat(Value.parse(Value.of(d).toString())).isEqualTo(Value.of(d));
    });
  }

  @Test
  void snapshot_readsBackTenthsExactly() {
    qt().withExamples(2000).forAll(integers().between(-100_000_000, 100_000_000))
        .checkAssert(tenths -> {
          double d = tenths / 10.0;
          Snapshot s = Snapshot.builder(England.INSTANCE, 2017).set(CASES, d).build();
          assertThat(s.number(CASES)).isEqualTo(d);
          assertThat(Value.parse(s.value(CASES).toString())).isEqualTo(Value.of(d));
        });
  }

  @Test
  void aggregateOfOneArea_isItsOwnRatio() {
    qt200().forAll(doubles().between(0, 1e6), doubles().between(0.1, 1e4))
        .checkAssert((cases, holders) -> {
          Authority a = Authority.of("1", "E1", "A", Region.LONDON);
          Workforce w = Workforce.of(List.of(Snapshot.builder(a, 2017).set(CASES, cases)
              .set(CASE_HOLDERS, holders).build()));
          assertThat(w.aggregate(CASELOAD).value()).isEqualTo(Value.of(cases / holders));
          assertThat(w.aggregate(CASES).value()).isEqualTo(Value.of(cases));
          assertThat(w.aggregate(CASELOAD).published()).isEqualTo(Optional.empty());
        });
  }
}
