package io.github.csww;

import static io.github.csww.CompareFixtures.authorities;
import static io.github.csww.CompareFixtures.authority;
import static io.github.csww.CompareFixtures.snapshot;
import static io.github.csww.Metric.CASELOAD;
import static io.github.csww.Metric.SOCIAL_WORKERS;
import static io.github.csww.QuartileBand.A;
import static io.github.csww.QuartileBand.B;
import static io.github.csww.QuartileBand.C;
import static io.github.csww.QuartileBand.D;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuartileBandsTest {

  private static List<Double> values(Double... v) {
    return Arrays.asList(v);
  }

  private static QuartileBand band(QuartileBands bands, int authority) {
    return bands.bandOf(authority(authority)).orElseThrow();
  }

  @Test
  void bands_higherIsWorse_lowestQuarterIsA() {
    // authority i has caseload values[i]: 8 authorities, 2 per band
    Workforce wf = Workforce.of(authorities(2025, CASELOAD,
        values(15.0, 11.0, 18.0, 12.0, 17.0, 13.0, 16.0, 14.0)));

    QuartileBands bands = wf.bands(CASELOAD);

    assertThat(bands.polarity()).isEqualTo(Polarity.HIGHER_IS_WORSE);
    assertThat(bands.members(A)).extracting(Ranked::value).containsExactly(11.0, 12.0);
    assertThat(bands.members(B)).extracting(Ranked::value).containsExactly(13.0, 14.0);
    assertThat(bands.members(C)).extracting(Ranked::value).containsExactly(15.0, 16.0);
    assertThat(bands.members(D)).extracting(Ranked::value).containsExactly(17.0, 18.0);
    assertThat(band(bands, 1)).isEqualTo(A);
    assertThat(band(bands, 2)).isEqualTo(D);
    assertThat(bands.rankOf(authority(1)).orElseThrow().rank()).isEqualTo(1);
    assertThat(bands.rankOf(authority(2)).orElseThrow().rank()).isEqualTo(8);
  }

  @Test
  void bands_higherIsBetter_highestQuarterIsA() {
    List<Snapshot> rows = authorities(2025, CASELOAD, values(1.0, 2.0, 3.0, 4.0));

    QuartileBands bands = QuartileBands.of(CASELOAD, 2025, Polarity.HIGHER_IS_BETTER, rows);

    assertThat(bands.rows()).extracting(Ranked::value).containsExactly(4.0, 3.0, 2.0, 1.0);
    assertThat(band(bands, 3)).isEqualTo(A);
    assertThat(band(bands, 0)).isEqualTo(D);
  }

  @Test
  void bands_neutral_highestQuarterIsA() {
    Workforce wf = Workforce.of(authorities(2025, SOCIAL_WORKERS, values(100.0, 400.0, 300.0,
        200.0)));

    QuartileBands bands = wf.bands(SOCIAL_WORKERS);

    assertThat(bands.polarity()).isEqualTo(Polarity.NEUTRAL);
    assertThat(band(bands, 1)).isEqualTo(A);
    assertThat(band(bands, 0)).isEqualTo(D);
  }

  @Test
  void bands_tieAcrossAQuarterBoundary_sharesTheBetterBand() {
    // sorted: 1, 2, 2, 2, 5, 6, 7, 8; competition ranks 1, 2, 2, 2, 5, 6, 7, 8
    Workforce wf = Workforce.of(authorities(2025, CASELOAD,
        values(2.0, 8.0, 2.0, 5.0, 1.0, 7.0, 2.0, 6.0)));

    QuartileBands bands = wf.bands(CASELOAD);

    assertThat(bands.members(A)).extracting(Ranked::value).containsExactly(1.0, 2.0, 2.0, 2.0);
    assertThat(bands.members(B)).isEmpty();
    assertThat(bands.boundary(B)).isEmpty();
    assertThat(bands.members(C)).extracting(Ranked::value).containsExactly(5.0, 6.0);
    assertThat(bands.members(D)).extracting(Ranked::value).containsExactly(7.0, 8.0);
    assertThat(List.of(band(bands, 0), band(bands, 2), band(bands, 6))).containsOnly(A);
    assertThat(bands.rankOf(authority(6)).orElseThrow().rank()).isEqualTo(2);
  }

  @Test
  void bands_tenWithoutTies_bandKEndsAtPositionCeilOfKPlusOneTimesTenOverFour() {
    // band ends at positions ceil(2.5) = 3, ceil(5) = 5, ceil(7.5) = 8 and 10
    List<Double> v = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      v.add(10.0 + i);
    }

    QuartileBands bands = Workforce.of(authorities(2025, CASELOAD, v)).bands(CASELOAD);

    assertThat(bands.boundaries()).extracting(QuartileBands.Boundary::size)
        .containsExactly(3, 2, 3, 2);
  }

  @Test
  void bands_boundaries_areTheLowestAndHighestValueOfEachBand() {
    Workforce wf = Workforce.of(authorities(2025, CASELOAD,
        values(15.0, 11.0, 18.5, 12.0, 17.0, 13.0, 16.0, 14.2)));

    QuartileBands bands = wf.bands(CASELOAD);

    assertThat(bands.boundaries()).containsExactly(
        new QuartileBands.Boundary(A, 11, 12, 2),
        new QuartileBands.Boundary(B, 13, 14.2, 2),
        new QuartileBands.Boundary(C, 15, 16, 2),
        new QuartileBands.Boundary(D, 17, 18.5, 2));
    assertThat(bands.boundary(D).orElseThrow().contains(18.5)).isTrue();
    assertThat(bands.boundary(D).orElseThrow().contains(16.9)).isFalse();
  }

  @Test
  void bands_suppressedValues_leftOutWithTheirReason() {
    List<Snapshot> rows = new ArrayList<>(authorities(2025, CASELOAD,
        values(15.0, null, 12.0, 13.0, 14.0)));
    rows.add(snapshot(authority(5), 2025, CASELOAD, Suppression.LOW_RELIABILITY));

    QuartileBands bands = Workforce.of(rows).bands(CASELOAD);

    assertThat(bands.size()).isEqualTo(4);
    assertThat(bands.leftOut()).containsExactlyInAnyOrder(
        new LeftOut(authority(1), 2025, CASELOAD, Suppression.NOT_AVAILABLE),
        new LeftOut(authority(5), 2025, CASELOAD, Suppression.LOW_RELIABILITY));
    assertThat(bands.bandOf(authority(1))).isEmpty();
    assertThat(bands.rankOf(authority(5))).isEmpty();
    assertThat(bands.members(A)).extracting(Ranked::value).containsExactly(12.0);
  }

  @Test
  void bands_onlyLocalAuthoritiesOfTheViewAreBanded() {
    List<Snapshot> rows = new ArrayList<>(authorities(2025, CASELOAD, values(12.0, 13.0)));
    rows.add(snapshot(Region.NORTH_EAST, 2025, CASELOAD, 1));
    rows.add(snapshot(England.INSTANCE, 2025, CASELOAD, 99));
    rows.add(snapshot(CompareFixtures.STAFFORDSHIRE, 2025, CASELOAD, 18.4));

    Workforce wf = Workforce.of(rows);

    assertThat(wf.bands(CASELOAD).size()).isEqualTo(3);
    assertThat(wf.region(Region.NORTH_EAST).bands(CASELOAD).rows())
        .extracting(Ranked::value).containsExactly(12.0, 13.0);
    assertThat(wf.level(Level.REGIONAL).bands(CASELOAD).size()).isZero();
  }

  @Test
  void bands_noYearNamed_usesTheLatestYear() {
    List<Snapshot> rows = new ArrayList<>(authorities(2024, CASELOAD, values(12.0, 13.0, 14.0)));
    rows.addAll(authorities(2025, CASELOAD, values(20.0, 10.0)));

    Workforce wf = Workforce.of(rows);

    assertThat(wf.bands(CASELOAD).year()).isEqualTo(2025);
    assertThat(wf.bands(CASELOAD).size()).isEqualTo(2);
    assertThat(wf.year(2024).bands(CASELOAD).size()).isEqualTo(3);
    assertThatThrownBy(() -> wf.years(2024, 2025).bands(CASELOAD))
        .isInstanceOf(UnsupportedViewException.class)
        .hasMessage("bands(CASELOAD) needs one year, the view spans 2024 to 2025;"
            + " call year(y) first");
  }

  @Test
  void bands_authorityNotBanded_isEmptyAndMatchingIsByLaNumber() {
    QuartileBands bands = Workforce.of(authorities(2025, CASELOAD, values(12.0, 13.0)))
        .bands(CASELOAD);
    Authority sameNumber = Authority.of("101", "E99999999", "Other name", Region.LONDON);

    assertThat(bands.bandOf(sameNumber)).isEqualTo(bands.bandOf(authority(1)));
    assertThat(bands.bandOf(CompareFixtures.STAFFORDSHIRE)).isEmpty();
    assertThatThrownBy(() -> bands.bandOf((Authority) null))
        .isInstanceOf(NullPointerException.class).hasMessage("authority is null");
    assertThatThrownBy(() -> bands.bandOf((String) null))
        .isInstanceOf(NullPointerException.class).hasMessage("query is null");
    // by name, LA number or code, among the authorities banded
    assertThat(bands.bandOf("101")).isEqualTo(bands.bandOf(authority(1)));
    assertThatThrownBy(() -> bands.rankOf("Nowhere"))
        .isInstanceOf(UnknownAreaException.class).hasMessageStartingWith("no authority matches");
  }

  @Test
  void bands_none_haveNoBoundaries() {
    QuartileBands bands = Workforce.of(authorities(2025, CASELOAD, values((Double) null)))
        .bands(CASELOAD);

    assertThat(bands.size()).isZero();
    assertThat(bands.boundaries()).isEmpty();
    assertThat(bands.leftOut()).hasSize(1);
  }

  @Test
  void of_snapshotOfAnotherYearOrLevel_fails() {
    assertThatThrownBy(() -> QuartileBands.of(CASELOAD, 2025,
        authorities(2024, CASELOAD, values(1.0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quartile bands of 2025 were given a snapshot of 2024");
    assertThatThrownBy(() -> QuartileBands.of(CASELOAD, 2025,
        List.of(snapshot(England.INSTANCE, 2025, CASELOAD, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quartile bands are of local authorities, got England");
  }

  @Test
  void table_listsBandRankAuthorityAndValue() {
    QuartileBands bands = Workforce.of(authorities(2025, CASELOAD, values(13.0, 12.0)))
        .bands(CASELOAD);

    assertThat(bands.format(Format.TEXT)).isEqualTo(""
        + "Average caseload, quartile bands, 2025\n"
        + "Year  Band  Rank (lowest first)  LA number  Area         Region      "
        + "Average caseload (cases per FTE)\n"
        + "2025  A                       1  101        Authority 1  North East      "
        + "                        12.0\n"
        + "2025  C                       2  100        Authority 0  North East      "
        + "                        13.0\n"
        + "Note: Band A is the best quarter: higher is worse, so ranks run from the lowest value "
        + "(rank 1), unlike a ranking's, which run from the highest. "
        + "Band = floor(4 × (rank − 1) / n), ties share a band, n = 2.\n");
    assertThat(bands.table().columns().get(2))
        .isEqualTo(Column.integer("rank_lowest_first", "Rank (lowest first)"));
    assertThat(bands.format(Format.CSV).lines().findFirst().orElseThrow())
        .contains("time_period,band,rank_lowest_first,");
  }

  @Test
  void table_ofANeutralMetric_ranksHighestFirst_andCallsNoBandBest() {
    QuartileBands bands = Workforce.of(authorities(2025, SOCIAL_WORKERS, values(13.0, 12.0)))
        .bands(SOCIAL_WORKERS);

    assertThat(bands.format(Format.TEXT)).isEqualTo(""
        + "Social workers, quartile bands, 2025\n"
        + "Year  Band  Rank (highest first)  LA number  Area         Region      "
        + "Social workers (FTE)\n"
        + "2025  A                        1  100        Authority 0  North East      "
        + "            13.0\n"
        + "2025  C                        2  101        Authority 1  North East      "
        + "            12.0\n"
        + "Note: Band A holds the highest quarter: the metric is neutral (a higher value is "
        + "neither better nor worse), so no band is the best; ranks run from the highest value "
        + "(rank 1), as a ranking's do. "
        + "Band = floor(4 × (rank − 1) / n), ties share a band, n = 2.\n");
    assertThat(bands.table().columns().get(2))
        .isEqualTo(Column.integer("rank", "Rank (highest first)"));
    assertThat(bands.format(Format.TEXT)).doesNotContain("best quarter");
  }

  @Test
  void table_ofARegionsAuthorities_namesTheRegion() {
    Workforce wf = Workforce.of(authorities(2025, CASELOAD, values(13.0, 12.0)));
    QuartileBands bands = wf.region(Region.NORTH_EAST).bands(CASELOAD);

    assertThat(bands.region()).contains(Region.NORTH_EAST);
    assertThat(wf.bands(CASELOAD).region()).isEmpty();
    assertThat(bands.table().title()).isEqualTo("Average caseload, quartile bands, North East, 2025");
    assertThat(bands.table().notes()).contains(
        "The bands are quarters of the authorities in North East, not in England.");
    assertThat(wf.bands(CASELOAD).table().title()).isEqualTo("Average caseload, quartile bands, 2025");
    assertThat(bands).isNotEqualTo(wf.bands(CASELOAD));
  }

  @Test
  void toString_namesMetricYearCountsAndBoundaries() {
    QuartileBands bands = Workforce.of(authorities(2025, CASELOAD, values(13.0, 12.0, null)))
        .bands(CASELOAD);

    assertThat(bands).hasToString(
        "QuartileBands[CASELOAD 2025, 2 banded, 1 left out, A: 12 to 12, C: 13 to 13]");
    assertThat(bands.boundary(A).orElseThrow()).hasToString("A: 12 to 12, 1 authority");
  }

  @Test
  void equals_sameFigures_equal() {
    Workforce wf = Workforce.of(authorities(2025, CASELOAD, values(13.0, 12.0)));

    assertThat(wf.bands(CASELOAD)).isEqualTo(wf.bands(CASELOAD))
        .hasSameHashCodeAs(wf.bands(CASELOAD))
        .isNotEqualTo(QuartileBands.of(CASELOAD, 2025, Polarity.HIGHER_IS_BETTER,
            wf.snapshots()));
  }

  @Test
  void boundary_checksItsParts() {
    assertThatThrownBy(() -> new QuartileBands.Boundary(null, 1, 2, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("a boundary needs a band");
    assertThatThrownBy(() -> new QuartileBands.Boundary(A, 2, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a boundary needs finite lowest <= highest, got 2.0 and 1.0");
    assertThatThrownBy(() -> new QuartileBands.Boundary(A, 1, 2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a boundary holds at least one authority, got 0");
  }

  @Test
  void quartileBand_bestAndWorst() {
    assertThat(A.isBest()).isTrue();
    assertThat(D.isWorst()).isTrue();
    assertThat(B.isBest() || B.isWorst() || C.isBest() || C.isWorst()).isFalse();
    assertThatThrownBy(() -> QuartileBand.ofIndex(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a quartile band index is 0 to 3, got 4");
  }
}
