package io.github.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Look-ups, combined returns and aggregates of an indicator table built in memory. */
class IndicatorsTest {
  static final Authority KINGSTON =
      Authority.of("314", "E09000021", "Kingston upon Thames", Region.OUTER_LONDON);
  static final Authority RICHMOND =
      Authority.of("318", "E09000027", "Richmond upon Thames", Region.OUTER_LONDON);
  static final Authority KINGSTON_RICHMOND = Authority.of("314 / 318", "E09000021 / E09000027",
      "Kingston upon Thames / Richmond upon Thames", Region.OUTER_LONDON);
  static final Authority CAMDEN = Authority.of("202", "E09000007", "Camden", Region.INNER_LONDON);
  static final Authority STAFFORDSHIRE =
      Authority.of("860", "E10000028", "Staffordshire", Region.WEST_MIDLANDS);
  static final List<String> NAMES = List.of("referral_count", "rereferral_count",
      "rereferral_percent", "other_percent");
  static final IndicatorPair REREFERRAL =
      IndicatorPair.percent("rereferral_percent", "rereferral_count", "referral_count");

  static IndicatorRow row(Area area, int period, Object... values) {
    Map<String, Value> m = new LinkedHashMap<>();
    for (int i = 0; i < NAMES.size(); i++) {
      Object v = values[i];
      m.put(NAMES.get(i), v instanceof Suppression s ? Value.suppressed(s)
          : Value.of(((Number) v).doubleValue()));
    }
    return new IndicatorRow(area, period, m);
  }

  static Indicators.Builder builder() {
    Indicators.Builder b = Indicators.builder("c1.csv");
    NAMES.forEach(b::indicator);
    return b.pair(REREFERRAL).filter("category", "Referrals and Re-referrals");
  }

  /** 2024 rows as published for 314 and 318 (rereferral 201/1543 and 199/1299). */
  static Indicators table() {
    return builder()
        .row(row(England.INSTANCE, 2024, 632830, 142900, 22.6, 1))
        .row(row(KINGSTON, 2024, 1543, 201, 13, 2))
        .row(row(RICHMOND, 2024, 1299, 199, 15.3, 3))
        .row(row(CAMDEN, 2024, 2000, Suppression.CONFIDENTIAL, Suppression.CONFIDENTIAL, 4))
        .row(row(STAFFORDSHIRE, 2024, 10000, 1980, 19.8, 5))
        .row(row(KINGSTON, 2023, 1400, 180, 12.9, 6))
        .build();
  }

  @Test
  void resolve_singleAuthority_isThePublishedValue() {
    IndicatorValue v = table().resolve(STAFFORDSHIRE, 2024, "rereferral_percent");

    assertThat(v.value()).contains(Value.of(19.8));
    assertThat(v.note()).isEqualTo("published");
  }

  @Test
  void resolve_authorityFoundByLaNumbersNotName() {
    Authority renamed = Authority.of("860", "E99999999", "Staffs", Region.WEST_MIDLANDS);

    assertThat(table().value(renamed, 2024, "rereferral_percent")).contains(Value.of(19.8));
  }

  @Test
  void resolve_combinedReturn_recomputesSumOfNumeratorsOverSumOfDenominators() {
    IndicatorValue v = table().resolve(KINGSTON_RICHMOND, 2024, "rereferral_percent");

    assertThat(v.value().orElseThrow().doubleValue())
        .isCloseTo(400.0 / 2842 * 100, within(1e-12));
    assertThat(v.note())
        .isEqualTo("combined return 314 / 318: (201 + 199) / (1543 + 1299) \u00d7 100");
    assertThat(v.pooling()).contains("(201 + 199) / (1543 + 1299) \u00d7 100");
  }

  @Test
  void pooling_onlyForANumberPooledFromPartnersRows() {
    Authority camdenKingston = Authority.of("202 / 314", "E1 / E2", "C / K", Region.LONDON);

    assertThat(table().resolve(KINGSTON_RICHMOND, 2024, "referral_count").pooling())
        .contains("1543 + 1299");
    assertThat(table().resolve(STAFFORDSHIRE, 2024, "rereferral_percent").pooling()).isEmpty();
    assertThat(table().resolve(KINGSTON, 2024, "rereferral_percent").pooling()).isEmpty();
    assertThat(table().resolve(camdenKingston, 2024, "rereferral_percent").pooling()).isEmpty();
    assertThat(table().resolve(KINGSTON_RICHMOND, 2023, "rereferral_percent").pooling())
        .isEmpty();
    assertThat(table().aggregate("rereferral_percent", 2024, Region.LONDON).pooling()).isEmpty();
  }

  @Test
  void pooling_blankOrOfANonNumber_isRefused() {
    Optional<Value> c = Optional.of(Value.suppressed(Suppression.CONFIDENTIAL));

    assertThatThrownBy(() -> new IndicatorValue(CAMDEN, 2024, "x", Optional.of(Value.of(1)),
        "combined", Optional.of(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a pooling must not be blank");
    assertThatThrownBy(() -> new IndicatorValue(CAMDEN, 2024, "x", c, "combined",
        Optional.of("1 + 2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("only a number is pooled, got Optional[c] with the pooling Optional[1 + 2]");
    assertThat(new IndicatorValue(CAMDEN, 2024, "x", c, "published"))
        .isEqualTo(new IndicatorValue(CAMDEN, 2024, "x", c, "published", Optional.empty()));
  }

  @Test
  void resolve_combinedReturnCount_isTheSum() {
    IndicatorValue v = table().resolve(KINGSTON_RICHMOND, 2024, "referral_count");

    assertThat(v.value()).contains(Value.of(2842));
    assertThat(v.note()).isEqualTo("combined return 314 / 318: 1543 + 1299");
  }

  @Test
  void resolve_combinedReturnWithAPartnerMissing_isLeftOutWithTheReason() {
    IndicatorValue v = table().resolve(KINGSTON_RICHMOND, 2023, "rereferral_percent");

    assertThat(v.value()).isEmpty();
    assertThat(v.whyMissing())
        .isEqualTo("combined return 314 / 318: 318 not in the indicator file for time_period 2023");
  }

  @Test
  void resolve_combinedReturnRateWithoutCounts_isNotCombined() {
    IndicatorValue v = table().resolve(KINGSTON_RICHMOND, 2024, "other_percent");

    assertThat(v.value()).isEmpty();
    assertThat(v.note()).contains("other_percent is neither a count nor a rate with known counts");
  }

  @Test
  void resolve_combinedReturnWithASuppressedPartnerCount_isThatSuppression() {
    Authority camdenKingston = Authority.of("202 / 314", "E1 / E2", "C / K", Region.LONDON);

    IndicatorValue v = table().resolve(camdenKingston, 2024, "rereferral_percent");

    assertThat(v.value()).contains(Value.suppressed(Suppression.CONFIDENTIAL));
    assertThat(v.whyMissing()).isEqualTo("rereferral_percent c (confidential) (combined return "
        + "202 / 314: rereferral_count of 202 is c (confidential))");
  }

  @Test
  void resolve_suppressedCell_isThePublishedSuppression() {
    IndicatorValue v = table().resolve(CAMDEN, 2024, "rereferral_percent");

    assertThat(v.value()).contains(Value.suppressed(Suppression.CONFIDENTIAL));
    assertThat(v.whyMissing()).isEqualTo("rereferral_percent c (confidential)");
  }

  @Test
  void resolve_absentAuthority_saysNotInTheFile() {
    Authority other = Authority.of("999", "E1", "Nowhere", Region.NORTH_EAST);

    assertThat(table().resolve(other, 2024, "rereferral_percent").whyMissing())
        .isEqualTo("not in the indicator file for time_period 2024");
  }

  @Test
  void resolve_partnerOfACombinedRow_saysItIsOnlyPublishedCombined() {
    Indicators t = builder().row(row(KINGSTON_RICHMOND, 2024, 2842, 400, 14.1, 1)).build();

    assertThat(t.resolve(KINGSTON, 2024, "rereferral_percent").whyMissing())
        .isEqualTo("published only within the combined return 314 / 318 for time_period 2024");
    assertThat(t.value(KINGSTON_RICHMOND, 2024, "rereferral_percent")).contains(Value.of(14.1));
  }

  @Test
  void resolve_england_isTheNationalRow() {
    assertThat(table().value(England.INSTANCE, 2024, "rereferral_percent"))
        .contains(Value.of(22.6));
    assertThat(table().row(Region.LONDON, 2024)).isEmpty();
  }

  @Test
  void resolve_unknownIndicator_namesItAndTheIndicators() {
    assertThatThrownBy(() -> table().resolve(CAMDEN, 2024, "rereferal_percent"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown indicator 'rereferal_percent' in c1.csv; indicators: "
            + "[referral_count, rereferral_count, rereferral_percent, other_percent]");
  }

  @Test
  void aggregate_london_recomputesOverAuthoritiesPublishingBothCounts() {
    IndicatorValue v = table().aggregate("rereferral_percent", 2024, Region.LONDON);

    assertThat(v.value().orElseThrow().doubleValue()).isCloseTo(400.0 / 2842 * 100,
        within(1e-12));
    assertThat(v.note()).isEqualTo("\u03a3rereferral_count / \u03a3referral_count = 400 / 2842, "
        + "sum over 2 of 3 authorities; left out: 202 (rereferral_count c)");
  }

  @Test
  void aggregate_count_sumsOverEngland() {
    IndicatorValue v = table().aggregate("referral_count", 2024, England.INSTANCE);

    assertThat(v.value()).contains(Value.of(1543 + 1299 + 2000 + 10000));
  }

  @Test
  void aggregate_authorityOrRateWithoutCounts_isRefused() {
    assertThatThrownBy(() -> table().aggregate("rereferral_percent", 2024, CAMDEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("aggregate over England or a region, got the authority Camden (202)");
    assertThatThrownBy(() -> table().aggregate("other_percent", 2024, England.INSTANCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'other_percent' is neither a count nor a rate with known counts");
  }

  @Test
  void table_accessors_giveWhatWasBuilt() {
    Indicators t = table();

    assertThat(t.names()).isEqualTo(NAMES);
    assertThat(t.pairs()).containsExactly(REREFERRAL);
    assertThat(t.pair("rereferral_percent")).contains(REREFERRAL);
    assertThat(t.pair("other_percent")).isEmpty();
    assertThat(t.filters()).containsExactly(Map.entry("category", "Referrals and Re-referrals"));
    assertThat(t.periods()).containsExactly(2023, 2024);
    assertThat(t.rows()).hasSize(6);
    assertThat(t.report().rowsKept()).isEqualTo(6);
    assertThat(t.toString()).isEqualTo(
        "Indicators[c1.csv, category=Referrals and Re-referrals, 4 indicators, 6 rows]");
  }

  @Test
  void builder_duplicateRow_namesAreaAndPeriod() {
    Indicators.Builder b = builder().row(row(CAMDEN, 2024, 1, 1, 1, 1));

    assertThatThrownBy(() -> b.row(row(CAMDEN, 2024, 1, 1, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate row: Camden (202) in time_period 2024");
  }

  @Test
  void builder_pairWithUnknownColumn_namesIt() {
    Indicators.Builder b = builder().pair(IndicatorPair.percent("rereferral_percent",
        "rereferral_count", "children_count"));

    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pair rereferral_percent = rereferral_count / children_count "
            + "\u00d7 100: 'children_count' is not an indicator of c1.csv");
  }

  @Test
  void builder_rowWithOtherIndicators_namesThem() {
    assertThatThrownBy(() -> builder().row(new IndicatorRow(CAMDEN, 2024,
        Map.of("x_count", Value.of(1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("row for Camden (202) 2024 has indicators [x_count], expected");
  }

  @Test
  void builder_badArguments_areNamed() {
    assertThatThrownBy(() -> Indicators.builder(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an indicator table needs a source name");
    assertThatThrownBy(() -> builder().indicator("referral_count"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("indicator 'referral_count' is already added");
    assertThatThrownBy(() -> builder().filter("category", "Other"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("filter 'category' is already selected as 'Referrals and Re-referrals'");
  }

  @Test
  void indicatorRow_periodOutOfRange_isNamed() {
    assertThatThrownBy(() -> new IndicatorRow(CAMDEN, 202324, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a time_period lies between 1900 and 2999, got 202324");
  }

  @Test
  void indicatorPair_badNamesOrScale_areNamed() {
    assertThatThrownBy(() -> IndicatorPair.percent("a", "a", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a pair needs three different columns, got rate 'a', numerator 'a', "
            + "denominator 'b'");
    assertThatThrownBy(() -> IndicatorPair.percent("a", " ", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a pair needs three column names, got rate 'a', numerator '', "
            + "denominator 'b'");
    assertThatThrownBy(() -> new IndicatorPair("a", "b", "c", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a pair's scale is a positive number such as 100, got 0.0");
    assertThatThrownBy(() -> REREFERRAL.recompute(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rate needs a positive denominator, got 0.0");
    assertThat(REREFERRAL.toString())
        .isEqualTo("rereferral_percent = rereferral_count / referral_count \u00d7 100");
  }

  @Test
  void indicatorValue_whyMissingOfAPresentValue_isRefused() {
    IndicatorValue v = table().resolve(STAFFORDSHIRE, 2024, "rereferral_percent");

    assertThatThrownBy(v::whyMissing).isInstanceOf(IllegalStateException.class)
        .hasMessage("rereferral_percent is present for Staffordshire (860): 19.8");
  }

  @Test
  void periodAlignment_childrenInNeed_describesBothDates() {
    PeriodAlignment a = PeriodAlignment.childrenInNeedYear();

    assertThat(a.period(2023)).isEqualTo(2024);
    assertThat(a.describe(2023)).isEqualTo("workforce census 30 September 2023 \u2194 children "
        + "in need year to 31 March 2024 (time_period 2024)");
    assertThat(PeriodAlignment.offset(0).describe(2023))
        .isEqualTo("workforce census 30 September 2023 \u2194 time_period 2023");
    assertThat(a.toString()).isEqualTo(
        "census year Y \u2194 children in need year to 31 March, time_period Y+1");
    assertThat(PeriodAlignment.offset(-2).toString())
        .isEqualTo("census year Y \u2194 time_period Y-2");
  }

  @Test
  void periodAlignment_offsetOutOfRange_isNamed() {
    assertThatThrownBy(() -> PeriodAlignment.offset(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a period offset lies between -10 and 10 years, got 11");
  }
}
