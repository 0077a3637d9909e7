package io.github.csww;

import static io.github.csww.Fixtures.authority;
import static io.github.csww.Fixtures.caseload;
import static io.github.csww.Fixtures.group;
import static io.github.csww.Fixtures.neighbour;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NeighboursTest {
  private static final Authority A = authority("100", "E06000100", "Alpha");
  private static final Authority B = authority("101", "E06000101", "Beta");
  private static final Authority C = authority("102", "E06000102", "Gamma");
  /** Held, but only in 2024. */
  private static final Authority E = authority("104", "E06000104", "Epsilon");
  private static final Authority FG = Authority.of("105 / 106", "E06000105 / E06000106",
      "Zeta / Eta", Region.WEST_MIDLANDS);

  /** Alpha's neighbours: Beta, Gamma, 103 (not held), Epsilon (no 2025 figures), 105 and 106. */
  private static final StatisticalNeighbours MODEL = StatisticalNeighbours.of("test model",
      List.of(group(100, 101, 102, 103, 104, 105, 106), group(105, 106, 100, 101)));

  private static Workforce workforce() {
    return Workforce.of(List.of(
        caseload(A, 2025, 300, 15),
        caseload(B, 2025, 200, 10),
        caseload(C, 2025, 450, 30),
        caseload(E, 2024, 100, 10),
        caseload(FG, 2025, 160, 20),
        caseload(A, 2024, 280, 14)));
  }

  @Test
  void neighbours_inOrderWithBands_andReportsNumbersNotHeld() {
    List<MatchedNeighbour> ns =
        workforce().withNeighbours(MODEL).authority("Alpha").neighbours();

    assertThat(ns).extracting(MatchedNeighbour::laNumber)
        .containsExactly(101, 102, 103, 104, 105, 106);
    assertThat(ns.get(0).closeness()).isEqualTo(Closeness.EXTREMELY_CLOSE);
    assertThat(ns.get(0).authority()).contains(B);
    assertThat(ns.get(2).authority()).isEmpty();
    assertThat(ns.get(2).isHeld()).isFalse();
    assertThat(ns.get(4).authority()).contains(FG);
    assertThat(ns.get(5).authority()).contains(FG);
  }

  @Test
  void againstNeighbours_meanIsSumOfCasesOverSumOfCaseHolders() {
    NeighbourComparison c =
        workforce().withNeighbours(MODEL).authority("Alpha").againstNeighbours(Metric.CASELOAD);

    // Beta 200/10, Gamma 450/30, Zeta/Eta 160/20 (once): (200+450+160)/(10+30+20)
    assertThat(c.year()).isEqualTo(2025);
    assertThat(c.value().doubleValue()).isEqualTo(20.0);
    assertThat(c.mean().doubleValue()).isCloseTo(810.0 / 60.0, within(1e-9));
    assertThat(c.covered()).isEqualTo(3);
    // values 20 (Alpha), 20 (Beta), 15 (Gamma), 8 (Zeta / Eta): Alpha and Beta share rank 1
    assertThat(c.rank()).hasValue(1);
    assertThat(c.ranking().size()).isEqualTo(4);
    assertThat(c.neighbours()).extracting(NeighbourValue::status).containsExactly(
        NeighbourValue.Status.COMPARED, NeighbourValue.Status.COMPARED,
        NeighbourValue.Status.NOT_HELD, NeighbourValue.Status.NO_FIGURES,
        NeighbourValue.Status.COMPARED, NeighbourValue.Status.SAME_AS_CLOSER);
    assertThat(c.notCompared()).hasSize(3);
    assertThat(c.neighbours().get(2).value()).isEqualTo(Value.suppressed(Suppression.NOT_AVAILABLE));
  }

  @Test
  void againstNeighbours_countMetric_isThePlainMean() {
    NeighbourComparison c = workforce().withNeighbours(MODEL).authority("Alpha")
        .againstNeighbours(Metric.SOCIAL_WORKERS);

    // social workers = holders + 10: 20, 40, 30
    assertThat(c.mean().doubleValue()).isCloseTo(30.0, within(1e-9));
  }

  @Test
  void againstNeighbours_suppressedPart_isLeftOutOfTheMeanAndListed() {
    Snapshot gammaNoCases = Snapshot.builder(C, 2025).set(Metric.CASE_HOLDERS, 30)
        .suppress(Metric.CASES, Suppression.CONFIDENTIAL).set(Metric.CASELOAD, 15).build();
    Workforce wf = Workforce.of(List.of(caseload(A, 2025, 300, 15), caseload(B, 2025, 200, 10),
        gammaNoCases)).withNeighbours(MODEL);

    NeighbourComparison c = wf.authority("Alpha").againstNeighbours(Metric.CASELOAD);

    assertThat(c.mean().doubleValue()).isEqualTo(20.0);
    assertThat(c.covered()).isEqualTo(1);
    assertThat(c.leftOut()).extracting(LeftOut::area).containsExactly(C);
    assertThat(c.leftOut().get(0).suppression()).contains(Suppression.CONFIDENTIAL);
  }

  @Test
  void againstNeighbours_combinedReturn_usesFirstPartnersGroupAndSkipsItsOwnPartner() {
    NeighbourComparison c = workforce().withNeighbours(MODEL).authority("105 / 106")
        .againstNeighbours(Metric.CASELOAD);

    assertThat(c.group().laNumber()).isEqualTo(105);
    assertThat(c.neighbours()).extracting(NeighbourValue::status).containsExactly(
        NeighbourValue.Status.SAME_AS_SUBJECT, NeighbourValue.Status.COMPARED,
        NeighbourValue.Status.COMPARED);
    assertThat(c.mean().doubleValue()).isCloseTo(500.0 / 25.0, within(1e-9));
  }

  @Test
  void againstNeighbours_year_comparesThatYear() {
    NeighbourComparison c = workforce().withNeighbours(MODEL).authority("Alpha")
        .againstNeighbours(Metric.CASELOAD, 2024);

    assertThat(c.value().doubleValue()).isEqualTo(20.0);
    assertThat(c.neighbours().get(3).status()).isEqualTo(NeighbourValue.Status.COMPARED);
    assertThat(c.neighbours().get(0).status()).isEqualTo(NeighbourValue.Status.NO_FIGURES);
    assertThat(c.mean().doubleValue()).isEqualTo(10.0);
  }

  @Test
  void againstNeighbours_yearWithoutFigures_throwsNamingTheYears() {
    AuthorityView alpha = workforce().withNeighbours(MODEL).authority("Alpha");

    assertThatThrownBy(() -> alpha.againstNeighbours(Metric.CASELOAD, 2019))
        .isInstanceOf(MissingDataException.class)
        .hasMessageContaining("Alpha (100) has no figures for 2019")
        .hasMessageContaining("2024, 2025");
  }

  @Test
  void viewsMadeFromTheJoinedWorkforce_keepTheModel() {
    Workforce wf = workforce().withNeighbours(MODEL);

    assertThat(wf.year(2025).neighbours()).contains(MODEL);
    assertThat(wf.years(2024, 2025).region(Region.WEST_MIDLANDS).where(s -> true).neighbours())
        .contains(MODEL);
    assertThat(wf.year(2024).authority("Alpha").againstNeighbours(Metric.CASELOAD).year())
        .isEqualTo(2024);
    assertThat(workforce().year(2025).withNeighbours(MODEL).authority("Alpha").neighbours())
        .hasSize(6);
  }

  @Test
  void neighbours_withoutAModel_throwsSayingWhatToCall() {
    assertThatThrownBy(() -> workforce().authority("Alpha").neighbours())
        .isInstanceOf(MissingJoinException.class)
        .hasMessage("a neighbour comparison needs withNeighbours joined to the workforce: call "
            + "withNeighbours(...) first");
    assertThatThrownBy(() -> workforce().authority("Alpha").againstNeighbours(Metric.CASELOAD))
        .isInstanceOf(MissingJoinException.class)
        .hasMessageContaining("withNeighbours");
    assertThatThrownBy(() -> workforce().authority("Alpha").compareWithNeighbours())
        .isInstanceOf(MissingJoinException.class)
        .satisfies(e -> assertThat(((MissingJoinException) e).join()).isEqualTo("withNeighbours"));
  }

  @Test
  void neighbours_authorityWithoutAGroup_isEmptyAndComparisonThrows() {
    Workforce wf = workforce().withNeighbours(MODEL);

    assertThat(wf.authority("Beta").neighbours()).isEmpty();
    assertThatThrownBy(() -> wf.authority("Beta").againstNeighbours(Metric.CASELOAD))
        .isInstanceOf(MissingDataException.class)
        .hasMessageContaining("test model has no neighbours for Beta (101)");
  }

  @Test
  void table_showsEveryNeighbourAndTheMean() {
    String t = workforce().withNeighbours(MODEL).authority("Alpha")
        .againstNeighbours(Metric.CASELOAD).format(Format.TEXT);

    assertThat(t).contains("Alpha").contains("Alpha ranks 1 of 4: rank 1 is the highest")
        .contains("(not held)").contains("LA number not in the workforce")
        .contains("no figures for the year").contains("Neighbour mean")
        .contains("Neighbour mean: Σ cases / Σ case holders over the 3 of 6 neighbours");
    // title, header, the authority, six neighbours, the mean, three notes
    assertThat(t.lines().count()).isEqualTo(1 + 1 + 1 + 6 + 1 + 3);
  }

  @Test
  void neighbourGroup_refusesBadLists() {
    assertThatThrownBy(() -> new NeighbourGroup(100, "Alpha",
        ImmutableList.of(neighbour(1, 100))))
        .hasMessageContaining("100 is listed as its own neighbour");
    assertThatThrownBy(() -> new NeighbourGroup(100, "Alpha",
        ImmutableList.of(neighbour(1, 101), neighbour(2, 101))))
        .hasMessageContaining("lists neighbour 101 twice");
    assertThatThrownBy(() -> new NeighbourGroup(100, "Alpha",
        ImmutableList.of(neighbour(2, 101))))
        .hasMessageContaining("at position 2, expected 1");
    assertThatThrownBy(() -> new NeighbourGroup(100, "Alpha", ImmutableList.of()))
        .hasMessageContaining("no neighbours");
    assertThatThrownBy(() -> new Neighbour(1, 101, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void statisticalNeighbours_lookUpsAndEquality() {
    StatisticalNeighbours other = StatisticalNeighbours.of("elsewhere",
        List.of(group(105, 106, 100, 101), group(100, 101, 102, 103, 104, 105, 106)));

    assertThat(MODEL).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(MODEL.group(100)).map(NeighbourGroup::laNumbers)
        .contains(ImmutableList.of(101, 102, 103, 104, 105, 106));
    assertThat(MODEL.group(FG)).map(NeighbourGroup::laNumber).contains(105);
    assertThat(MODEL.group(999)).isEmpty();
    assertThat(MODEL.laNumbers()).containsExactly(100, 105);
    assertThatThrownBy(() -> StatisticalNeighbours.of("x", List.of(group(100, 101),
        group(100, 102)))).hasMessageContaining("two neighbour groups for LA number 100");
  }

  @Test
  void matchedNeighbour_refusesAnAuthorityWithoutTheNumber() {
    assertThatThrownBy(() -> new MatchedNeighbour(neighbour(1, 101), Optional.of(C)))
        .hasMessageContaining("Gamma (102) does not have LA number 101");
    assertThat(new MatchedNeighbour(neighbour(1, 101), Optional.of(B)))
        .isEqualTo(new MatchedNeighbour(neighbour(1, 101), Optional.of(B)));
  }

  @Test
  void theNeighbourMeanLiesBetweenTheSmallestAndLargestNeighbourValue_property() {
    org.quicktheories.QuickTheory.qt()
        .forAll(org.quicktheories.generators.SourceDSL.lists()
                .of(org.quicktheories.generators.SourceDSL.integers().between(0, 20_000))
                .ofSizeBetween(2, 20),
            org.quicktheories.generators.SourceDSL.lists()
                .of(org.quicktheories.generators.SourceDSL.integers().between(1, 5_000))
                .ofSizeBetween(2, 20))
        .checkAssert((cases, tenthsOfHolders) -> {
          int n = Math.min(Math.min(cases.size(), tenthsOfHolders.size()), 10);
          List<Snapshot> snaps = new ArrayList<>();
          snaps.add(caseload(A, 2025, 100, 10));
          int[] numbers = new int[n];
          for (int i = 0; i < n; i++) {
            Authority a = authority(Integer.toString(200 + i), "E06000" + (200 + i), "N" + i);
            snaps.add(caseload(a, 2025, cases.get(i), tenthsOfHolders.get(i) / 10.0));
            numbers[i] = 200 + i;
          }
          StatisticalNeighbours model = StatisticalNeighbours.of("p",
              List.of(group(100, numbers)));
          NeighbourComparison c = Workforce.of(snaps).withNeighbours(model).authority("Alpha")
              .againstNeighbours(Metric.CASELOAD);
          double min = Double.MAX_VALUE;
          double max = -Double.MAX_VALUE;
          for (NeighbourValue v : c.neighbours()) {
            min = Math.min(min, v.value().doubleValue());
            max = Math.max(max, v.value().doubleValue());
          }
          double mean = c.mean().doubleValue();
          assertThat(mean).isBetween(min - 1e-9 * Math.abs(min), max + 1e-9 * Math.abs(max));
        });
  }
}
