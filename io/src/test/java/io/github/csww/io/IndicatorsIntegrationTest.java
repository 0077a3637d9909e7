package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.csww.Authority;
import io.github.csww.Correlation;
import io.github.csww.CorrelationMethod;
import io.github.csww.CorrelationOptions;
import io.github.csww.England;
import io.github.csww.Exclusion;
import io.github.csww.IndicatorPair;
import io.github.csww.IndicatorValue;
import io.github.csww.Indicators;
import io.github.csww.Metric;
import io.github.csww.PeriodAlignment;
import io.github.csww.Region;
import io.github.csww.Value;
import io.github.csww.Workforce;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The children in need referrals file read as indicators and joined to the published workforce:
 * are higher caseloads linked with more re-referrals? Skipped when ../shared/data is absent.
 *
 * <p>n and rho were checked independently with {@code io/src/test/python/
 * spearman_caseload_rereferral.py} (standard-library Python, average ranks, its own CSV reading
 * and join), which prints:
 *
 * <pre>
 * n = 147
 * spearman rho = 0.270359421859
 * pearson r = 0.273032071505
 * t approximation (145 df) p = 0.000926817...
 * left out (4): Herefordshire (884), Hampshire (850), Isles of Scilly (420), City of London (201)
 * </pre>
 */
class IndicatorsIntegrationTest {
  static final String C1 = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";

  static Indicators cin() throws IOException {
    return IndicatorReader.load(SharedData.file(C1));
  }

  static Workforce workforce() throws IOException {
    return Workforce.load(SharedData.file("csww_indicators_2017_to_2025.csv"));
  }

  @Test
  void load_c1_readsEveryRowWithItsIndicatorsAndPairs() throws IOException {
    Indicators cin = cin();

    assertThat(cin.report().rowsRead()).isEqualTo(2132);
    assertThat(cin.report().isClean()).isTrue();
    assertThat(cin.filters()).containsExactly(Map.entry("category", "Referrals and Re-referrals"));
    assertThat(cin.names()).containsExactly("referral_count", "rereferral_count",
        "rereferral_percent", "no_further_action_count", "no_further_action_percent",
        "not_in_need_count", "not_in_need_percent", "referral_child_count",
        "rereferral_child_count", "rereferral_child_percent");
    assertThat(cin.pairs()).containsExactly(
        IndicatorPair.percent("rereferral_percent", "rereferral_count", "referral_count"),
        IndicatorPair.percent("no_further_action_percent", "no_further_action_count",
            "referral_count"),
        IndicatorPair.percent("not_in_need_percent", "not_in_need_count", "referral_count"),
        IndicatorPair.percent("rereferral_child_percent", "rereferral_child_count",
            "referral_child_count"));
    assertThat(cin.notes()).contains("detected rereferral_percent = rereferral_count / "
        + "referral_count \u00d7 100 (reproduces 2098 of 2104 published values to within 0.05)");
    assertThat(cin.periods()).first().isEqualTo(2013);
    assertThat(cin.periods()).last().isEqualTo(2025);
    assertThat(cin.value(England.INSTANCE, 2024, "referral_count")).contains(Value.of(621880));
  }

  @Test
  void resolve_combinedReturns_sumPartnersCountsFromSeparateRows() throws IOException {
    Indicators cin = cin();
    Workforce wf = workforce().year(2023);
    Authority kr = wf.find("Kingston upon Thames").orElseThrow();
    Authority nw = wf.find("North Northamptonshire").orElseThrow();

    IndicatorValue k = cin.resolve(kr, 2024, "rereferral_percent");
    IndicatorValue n = cin.resolve(nw, 2024, "rereferral_percent");

    assertThat(kr.laNumbers()).containsExactly(314, 318);
    assertThat(k.value().orElseThrow().doubleValue()).isCloseTo(400.0 / 2842 * 100,
        within(1e-12));
    assertThat(k.note()).isEqualTo(
        "combined return 314 / 318: (201 + 199) / (1543 + 1299) \u00d7 100");
    assertThat(nw.laNumbers()).containsExactly(940, 941);
    assertThat(n.value().orElseThrow().doubleValue()).isCloseTo(2570.0 / 10005 * 100,
        within(1e-12));
  }

  @Test
  void aggregate_london2024_recomputesFromAuthoritiesAndSaysWhoWasLeftOut() throws IOException {
    IndicatorValue v = cin().aggregate("rereferral_percent", 2024, Region.LONDON);

    assertThat(v.value().orElseThrow().doubleValue()).isCloseTo(19892.0 / 105637 * 100,
        within(1e-12));
    assertThat(v.note()).endsWith("sum over 32 of 33 authorities; left out: 201 "
        + "(rereferral_count c)");
  }

  @Test
  void spearman_caseload2023WithRereferralsTo31March2024_isAsCheckedInPython()
      throws IOException {
    Correlation c = Correlation.spearman(workforce().year(2023), Metric.CASELOAD, cin(),
        "rereferral_percent", PeriodAlignment.childrenInNeedYear(),
        CorrelationOptions.defaults());

    assertThat(c.n()).isEqualTo(147);
    assertThat(c.rho()).isCloseTo(0.270359421859, within(1e-9));
    assertThat(c.aligned()).isEqualTo("workforce census 30 September 2023 \u2194 children in "
        + "need year to 31 March 2024 (time_period 2024)");
    // seed 1: 9 of 9999 random permutations as extreme as the observed rho, p = (1 + 9) / 10000
    assertThat(c.pValue()).isCloseTo(0.001, within(1e-12));
    assertThat(c.pValueMethod()).startsWith("Monte Carlo permutation test, 9999 permutations, "
        + "seed 1");
    assertThat(c.tApproximationP()).isCloseTo(0.000926817, within(1e-8)); // Python: Simpson
    assertThat(c.interval().lower()).isCloseTo(0.10857405296002386, within(1e-9));
    assertThat(c.interval().upper()).isCloseTo(0.4167110483238625, within(1e-9));
    assertThat(c.interval().resamples()).isEqualTo(2000);
    assertThat(c.leftOut()).extracting(Exclusion::toString).containsExactlyInAnyOrder(
        "City of London (201): rereferral_percent c (confidential)",
        "Hampshire (850): rereferral_percent u (low reliability)",
        "Herefordshire, County of (884): rereferral_percent u (low reliability)",
        "Isles of Scilly (420): rereferral_percent c (confidential)");
    assertThat(c.n() + c.leftOut().size()).isEqualTo(151);

    // A result like any other: one row of statistics, the pairs behind it, every format.
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind
        .ObjectMapper().readTree(c.format(io.github.csww.Format.JSON));
    assertThat(json.get("rows").get(0).get("n").asInt()).isEqualTo(147);
    assertThat(json.get("rows").get(0).get("rho").asDouble()).isEqualTo(0.2704);
    assertThat(json.get("rows").get(0).get("p_value").asDouble()).isEqualTo(0.001);
    assertThat(c.table().notes()).anySatisfy(n -> assertThat(n).startsWith("4 left out: "));
    assertThat(c.pairsTable().rows()).hasSize(147);
    assertThat(c.pairsTable().leftOut()).hasSize(4);
    assertThat(c.format(io.github.csww.Format.CSV).lines().findFirst().orElseThrow())
        .isEqualTo("time_period,x,y,method,n,rho,p_value,p_value_method,p_value_t,ci_lower,"
            + "ci_upper,ci_level,geographic_level,old_la_code,area_code,area_name,region_name,"
            + "left_out_reason");

    // The authorities left out are left-out rows, as in every other result: JSON and CSV too.
    assertThat(json.get("left_out")).hasSize(4);
    assertThat(json.get("left_out").findValuesAsText("area_name")).containsExactlyInAnyOrder(
        "City of London", "Hampshire", "Herefordshire, County of", "Isles of Scilly");
    assertThat(json.get("left_out").get(0).get("left_out_reason").asText())
        .contains("rereferral_percent");
    assertThat(c.table().leftOut()).extracting(r -> r.reason().orElseThrow())
        .contains("rereferral_percent c (confidential)");
    assertThat(c.format(io.github.csww.Format.CSV).lines())
        .anyMatch(l -> l.startsWith("2023,,,,,,,,,,,,Local authority,201,E09000001,City of "
            + "London,Inner London,rereferral_percent c (confidential)"));
    assertThat(c.format(io.github.csww.Format.TEXT)).contains("Left out (4):",
        "City of London, Inner London: rereferral_percent c (confidential)");

    // Combined returns are one unit in the workforce file, partners' rows in c1: pooled, said so
    assertThat(c.pooled()).hasSize(2);
    assertThat(c.pooled()).anyMatch(p -> p.contains("(314 / 318): rereferral_percent = ("))
        .anyMatch(p -> p.contains("(940 / 941): rereferral_percent = ("));
    assertThat(c.table().notes()).anyMatch(n -> n.startsWith("2 combined returns pooled: ")
        && n.contains("314 / 318") && n.contains("940 / 941"));
  }

  @Test
  void pearson_caseload2023WithRereferrals_isAsCheckedInPython() throws IOException {
    Correlation c = Correlation.of(CorrelationMethod.PEARSON, workforce().year(2023),
        Metric.CASELOAD, cin(), "rereferral_percent", PeriodAlignment.childrenInNeedYear(),
        CorrelationOptions.defaults().withPermutations(999).withResamples(200));

    assertThat(c.n()).isEqualTo(147);
    assertThat(c.rho()).isCloseTo(0.273032071505, within(1e-9));
  }

  @Test
  void eachYear_2017To2024_alignsEachCensusToTheNextTimePeriod() throws IOException {
    CorrelationOptions quick = CorrelationOptions.defaults().withPermutations(199)
        .withResamples(100);

    List<Correlation> all = Correlation.eachYear(CorrelationMethod.SPEARMAN,
        workforce().years(2017, 2024), Metric.CASELOAD, cin(), "rereferral_percent",
        PeriodAlignment.childrenInNeedYear(), quick);

    assertThat(all).extracting(Correlation::year)
        .containsExactly(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024);
    for (Correlation c : all) {
      assertThat(c.aligned()).endsWith("(time_period " + (c.year() + 1) + ")");
      assertThat(c.n()).isBetween(140, 151);
    }
    assertThat(all.get(6).rho()).isCloseTo(0.270359421859, within(1e-9));
  }

  @Test
  void eachYear_yearWhosePeriodIsNotPublished_isRefusedNamingIt() throws IOException {
    Workforce wf = workforce(); // outside the lambda: without the data the test is skipped
    Indicators c1 = cin();
    assertThatThrownBy(() -> Correlation.eachYear(CorrelationMethod.SPEARMAN, wf,
        Metric.CASELOAD, c1, "rereferral_percent", PeriodAlignment.childrenInNeedYear(),
        CorrelationOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("time_period 2026 (workforce census 30 September 2025 \u2194 "
            + "children in need year to 31 March 2026 (time_period 2026)) is not in ");
  }

  /** The README snippet, as written there (with the published files' paths). */
  @Test
  void readmeSnippet_caseloadAndRereferrals_printsTheAnswer() throws IOException {
    java.nio.file.Path workforceFile = SharedData.file("csww_indicators_2017_to_2025.csv");
    java.nio.file.Path c1File = SharedData.file(C1);
    // --- README snippet: are higher caseloads linked with more re-referrals? ---
    Workforce wf = Workforce.load(workforceFile);
    Indicators cin = IndicatorReader.load(c1File);
    Correlation c = Correlation.spearman(wf.year(2023), Metric.CASELOAD, cin,
        "rereferral_percent", PeriodAlignment.childrenInNeedYear(),
        CorrelationOptions.defaults().withSeed(1));
    System.out.print(c.format());
    // n = 147, rho = 0.2704, p = 0.0010, 95% CI [0.109, 0.417]; 4 authorities left out
    // --- end of snippet ---

    assertThat(c.format()).contains("n = 147, rho = 0.2704", "p = 0.0010 (Monte Carlo",
        "95% CI [0.109, 0.417]", "left out: 4:");
  }
}
