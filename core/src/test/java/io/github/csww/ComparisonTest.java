package io.github.csww;

import static io.github.csww.CompareFixtures.CAMDEN;
import static io.github.csww.CompareFixtures.CUMBRIA;
import static io.github.csww.CompareFixtures.SHROPSHIRE;
import static io.github.csww.CompareFixtures.STAFFORDSHIRE;
import static io.github.csww.CompareFixtures.snapshot;
import static io.github.csww.Metric.CASELOAD;
import static io.github.csww.Metric.TURNOVER_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
  private static final Value X = Value.suppressed(Suppression.NOT_AVAILABLE);

  /**
   * 2017: three authorities with their regions and England; 2018: no London rows and no Cumbria.
   * Regional and national figures differ from any mean of the authorities, so a recomputed figure
   * would show.
   */
  private static final Workforce WF = Workforce.of(List.of(
      snapshot(STAFFORDSHIRE, 2017, CASELOAD, 26.4, TURNOVER_RATE, 15),
      snapshot(SHROPSHIRE, 2017, CASELOAD, 25.1, TURNOVER_RATE, 11.8),
      snapshot(CAMDEN, 2017, CASELOAD, 16, TURNOVER_RATE, Suppression.LOW_RELIABILITY),
      snapshot(CUMBRIA, 2017, CASELOAD, 20, TURNOVER_RATE, 9.5),
      snapshot(Region.WEST_MIDLANDS, 2017, CASELOAD, 18.5, TURNOVER_RATE, 14),
      snapshot(Region.LONDON, 2017, CASELOAD, 15.2, TURNOVER_RATE, 16.1),
      snapshot(Region.INNER_LONDON, 2017, CASELOAD, 14, TURNOVER_RATE, 17.3),
      snapshot(Region.NORTH_WEST, 2017, CASELOAD, 19, TURNOVER_RATE, 12.2),
      snapshot(England.INSTANCE, 2017, CASELOAD, 17.7, TURNOVER_RATE, 13.4),
      snapshot(STAFFORDSHIRE, 2018, CASELOAD, 19, TURNOVER_RATE, 14.2),
      snapshot(SHROPSHIRE, 2018, CASELOAD, 17.5, TURNOVER_RATE, 10.1),
      snapshot(CAMDEN, 2018, CASELOAD, 15.5, TURNOVER_RATE, 12),
      snapshot(Region.WEST_MIDLANDS, 2018, CASELOAD, 17, TURNOVER_RATE, 13.1),
      snapshot(England.INSTANCE, 2018, CASELOAD, 17.8, TURNOVER_RATE, 14.8)));

  @Test
  void compare_twoAuthorities_columnsAreAuthoritiesThenTheirRegionOnceThenEngland() {
    Comparison c = WF.year(2017).compare("Staffordshire", "Shropshire");

    assertThat(c.columns()).containsExactly(STAFFORDSHIRE, SHROPSHIRE, Region.WEST_MIDLANDS,
        England.INSTANCE);
    assertThat(c.authorities()).containsExactly(STAFFORDSHIRE, SHROPSHIRE);
    assertThat(c.regions()).containsExactly(Region.WEST_MIDLANDS);
    assertThat(c.year()).isEqualTo(2017);
  }

  @Test
  void compare_year2017_cellsAreThePublishedFiguresOfEachArea() {
    Comparison c = WF.year(2017).compare("Staffordshire", "Shropshire");

    assertThat(c.row(CASELOAD).values())
        .containsExactly(Value.of(26.4), Value.of(25.1), Value.of(18.5), Value.of(17.7));
    assertThat(c.value(TURNOVER_RATE, Region.WEST_MIDLANDS)).isEqualTo(Value.of(14));
    assertThat(c.value(TURNOVER_RATE, England.INSTANCE)).isEqualTo(Value.of(13.4));
    assertThat(c.column(SHROPSHIRE)).containsEntry(CASELOAD, Value.of(25.1))
        .containsEntry(TURNOVER_RATE, Value.of(11.8));
    assertThat(c.absent()).isEmpty();
  }

  @Test
  void compare_londonBorough_regionColumnIsLondonNotInnerLondon() {
    Comparison c = WF.year(2017).compare("Camden", "Staffordshire");

    assertThat(c.columns()).containsExactly(CAMDEN, STAFFORDSHIRE, Region.LONDON,
        Region.WEST_MIDLANDS, England.INSTANCE);
    assertThat(c.value(CASELOAD, Region.LONDON)).isEqualTo(Value.of(15.2));
    assertThat(c.value(TURNOVER_RATE, CAMDEN))
        .isEqualTo(Value.suppressed(Suppression.LOW_RELIABILITY));
  }

  @Test
  void compare_areaWithoutRowThatYear_readsXAndIsListedAbsent() {
    Comparison c = WF.year(2018).compare("Camden", "Cumbria");

    assertThat(c.columns()).containsExactly(CAMDEN, CUMBRIA, Region.LONDON, Region.NORTH_WEST,
        England.INSTANCE);
    assertThat(c.value(CASELOAD, CAMDEN)).isEqualTo(Value.of(15.5));
    assertThat(c.value(CASELOAD, CUMBRIA)).isEqualTo(X);
    assertThat(c.value(CASELOAD, Region.LONDON)).isEqualTo(X);
    assertThat(c.absent()).containsExactly(CUMBRIA, Region.LONDON, Region.NORTH_WEST);
    assertThat(c.snapshot(CUMBRIA)).isEmpty();
    assertThat(c.snapshot(CAMDEN)).map(Snapshot::year).contains(2018);
  }

  @Test
  void compare_laNumberAndOnsCode_resolveLikeAuthority() {
    Comparison byName = WF.year(2017).compare("staffordshire", "SHROPSHIRE");
    Comparison byCode = WF.year(2017).compare("860", "E06000051");

    assertThat(byCode).isEqualTo(byName);
    assertThat(byCode.hashCode()).isEqualTo(byName.hashCode());
  }

  @Test
  void compare_noYearNamed_usesLatestYear() {
    assertThat(WF.compare("Staffordshire").year()).isEqualTo(2018);
    assertThat(WF.compare("Staffordshire").value(CASELOAD, STAFFORDSHIRE))
        .isEqualTo(Value.of(19));
  }

  @Test
  void compare_viewSpanningYears_failsAskingForOneYear() {
    assertThatThrownBy(() -> WF.years(2017, 2018).compare("Staffordshire"))
        .isInstanceOf(UnsupportedViewException.class)
        .hasMessage("compare(...) needs one year, the view spans 2017 to 2018; call year(y) first");
  }

  @Test
  void compare_emptyView_fails() {
    assertThatThrownBy(() -> WF.where(s -> false).compare("Staffordshire"))
        .isInstanceOf(UnsupportedViewException.class)
        .hasMessageStartingWith("compare(...) needs a year, but the view holds no snapshots");
  }

  @Test
  void compare_unknownName_failsNamingClosestNames() {
    assertThatThrownBy(() -> WF.compare("Staffordshire", "Shropshir"))
        .isInstanceOf(UnknownAreaException.class)
        .hasMessageStartingWith("no authority matches 'Shropshir'; did you mean Shropshire");
  }

  @Test
  void compare_sameAuthorityTwice_failsNamingIt() {
    assertThatThrownBy(() -> WF.compare("Staffordshire", "860"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("compare(...) names Staffordshire (860) more than once");
  }

  @Test
  void compare_authorities_matchesTheWorkforcesOwnAuthorityByLaNumber() {
    Authority sameNumberOtherCode =
        Authority.of("860", "E99999999", "Staffs (old spelling)", Region.WEST_MIDLANDS);

    Comparison c = WF.year(2017).compare(sameNumberOtherCode, SHROPSHIRE);

    assertThat(c.authorities()).containsExactly(STAFFORDSHIRE, SHROPSHIRE);
    assertThat(c.value(CASELOAD, sameNumberOtherCode)).isEqualTo(Value.of(26.4));
    assertThat(WF.year(2017).compare(List.of(STAFFORDSHIRE, SHROPSHIRE))).isEqualTo(c);
  }

  @Test
  void compare_authorityNotInWorkforce_failsNamingIt() {
    Authority other = Authority.of("999", "E06099999", "Nowhere", Region.SOUTH_WEST);

    assertThatThrownBy(() -> WF.compare(other))
        .isInstanceOf(UnknownAreaException.class)
        .hasMessage("Nowhere (999) is not in this workforce; it holds 4 authorities");
  }

  @Test
  void compare_emptyList_fails() {
    assertThatThrownBy(() -> WF.compare(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("compare(...) needs at least one authority");
  }

  @Test
  void metrics_default_isEveryMetricInDeclarationOrder() {
    Comparison c = WF.year(2017).compare("Staffordshire");

    assertThat(c.metrics()).containsExactly(Metric.values());
    assertThat(c.rows()).extracting(ComparisonRow::metric).containsExactly(Metric.values());
    assertThat(c.value(Metric.STARTERS, STAFFORDSHIRE)).isEqualTo(X);
  }

  @Test
  void metrics_chosen_rowsInTheGivenOrderAndOriginalUnchanged() {
    Comparison all = WF.year(2017).compare("Staffordshire", "Shropshire");

    Comparison two = all.metrics(TURNOVER_RATE, CASELOAD);

    assertThat(two.metrics()).containsExactly(TURNOVER_RATE, CASELOAD);
    assertThat(two.rows()).extracting(ComparisonRow::metric)
        .containsExactly(TURNOVER_RATE, CASELOAD);
    assertThat(two.row(TURNOVER_RATE).value(0)).isEqualTo(Value.of(15));
    assertThat(all.metrics()).hasSize(Metric.values().length);
    assertThat(two.metrics(List.of(TURNOVER_RATE, CASELOAD))).isSameAs(two);
  }

  @Test
  void metrics_twice_fails() {
    Comparison c = WF.year(2017).compare("Staffordshire");

    assertThatThrownBy(() -> c.metrics(CASELOAD, CASELOAD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metrics(...) names CASELOAD more than once");
    assertThatThrownBy(() -> c.metrics(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metrics(...) needs at least one metric");
  }

  @Test
  void value_metricNotShown_failsNamingTheShownMetrics() {
    Comparison c = WF.year(2017).compare("Staffordshire").metrics(CASELOAD);

    assertThatThrownBy(() -> c.value(TURNOVER_RATE, STAFFORDSHIRE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TURNOVER_RATE is not shown in this comparison; metrics: [CASELOAD]");
  }

  @Test
  void value_areaNotAColumn_failsNamingTheColumns() {
    Comparison c = WF.year(2017).compare("Staffordshire");

    assertThatThrownBy(() -> c.value(CASELOAD, Region.LONDON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("London is not a column of this comparison; columns: "
            + "[Staffordshire (860), West Midlands, England]");
  }

  @Test
  void table_rendersAlignedRowsWithUnitsAndMarkers() {
    Comparison c = WF.year(2017).compare("Camden", "Staffordshire")
        .metrics(CASELOAD, TURNOVER_RATE);

    assertThat(c.format(Format.TEXT)).isEqualTo(""
        + "Comparison, 2017\n"
        + "Metric (2017)     Unit           Camden  Staffordshire  London  West Midlands  England\n"
        + "Average caseload  cases per FTE    16.0           26.4    15.2           18.5     17.7\n"
        + "Turnover rate     %                   u           15.0    16.1           14.0     13.4\n"
        + "Note: Regions and England are the published regional and national rows; a London "
        + "borough is set against London.\n");
  }

  @Test
  void toString_namesYearColumnsAndMetricCount() {
    Comparison c = WF.year(2017).compare("Staffordshire").metrics(CASELOAD);

    assertThat(c).hasToString(
        "Comparison[2017: Staffordshire (860), West Midlands, England; 1 metrics]");
  }

  @Test
  void equals_differentYearsOrMetrics_notEqual() {
    Comparison y2017 = WF.year(2017).compare("Staffordshire");

    assertThat(y2017).isEqualTo(WF.year(2017).compare("Staffordshire"))
        .isNotEqualTo(WF.year(2018).compare("Staffordshire"))
        .isNotEqualTo(y2017.metrics(CASELOAD));
  }

  @Test
  void comparisonRow_equalityAndChecks() {
    ComparisonRow row = new ComparisonRow(CASELOAD, ImmutableList.of(Value.of(1), X));

    assertThat(row).isEqualTo(new ComparisonRow(CASELOAD, ImmutableList.of(Value.of(1), X)))
        .hasSameHashCodeAs(new ComparisonRow(CASELOAD, ImmutableList.of(Value.of(1), X)))
        .isNotEqualTo(new ComparisonRow(TURNOVER_RATE, ImmutableList.of(Value.of(1), X)));
    assertThatThrownBy(() -> new ComparisonRow(null, ImmutableList.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a comparison row needs a metric");
    assertThatThrownBy(() -> new ComparisonRow(CASELOAD, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a comparison row needs values");
    assertThatThrownBy(() -> row.value(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 2 is not 0 to 1");
  }
}
