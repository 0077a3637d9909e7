package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.csww.Aggregate;
import io.github.csww.Coverage;
import io.github.csww.Format;
import io.github.csww.Metric;
import io.github.csww.Ranked;
import io.github.csww.ReconciledCell;
import io.github.csww.Reconciliation;
import io.github.csww.Region;
import io.github.csww.Workforce;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published files reconciled: every England and regional rate cell beside its recomputation.
 * Skipped when ../shared/data is absent. The counts were checked independently with {@code
 * io/src/test/python/reconcile_check.py} (standard-library Python, its own CSV reading), which
 * prints:
 *
 * <pre>
 * csww_indicators_2017_to_2025.csv:
 *   publisher  rule: 908 of 971 rate cells reproduced at 1 dp
 *   each_total rule: 885 of 971 rate cells reproduced at 1 dp
 *   matched    rule: 895 of 971 rate cells reproduced at 1 dp
 *   largest difference (publisher rule): 21.7 (West Midlands 2024 vacancy_agency_cover_rate_fte: 47.5 against 69.2)
 *   absence (matched): 253 working days reproduces 101 of 108 cells; 252: 82, 254: 95
 * csww_headline_measures_2017_to_2022.csv:
 *   publisher  rule: 621 of 648 rate cells reproduced at 1 dp
 *   each_total rule: 620 of 648 rate cells reproduced at 1 dp
 *   matched    rule: 614 of 648 rate cells reproduced at 1 dp
 *   largest difference (publisher rule): 7.1 (South East 2017 vacancy_agency_cover_rate_fte_%: 66.0 against 73.1)
 *   absence (matched): 253 working days reproduces 69 of 72 cells; 252: 55, 254: 67
 * </pre>
 */
class ReconcileIntegrationTest {
  static final String F2025 = "csww_indicators_2017_to_2025.csv";
  static final String F2022 = "csww_headline_measures_2017_to_2022.csv";

  static Workforce load(String name) throws IOException {
    return Workforce.load(SharedData.file(name));
  }

  @Test
  void reconcile_2025_reproduces908Of971_noneUnexplained() throws IOException {
    Reconciliation r = load(F2025).reconcile();
    assertThat(r.cells()).hasSize(971);
    assertThat(r.reproduced()).isEqualTo(908);
    assertThat(r.unexplained()).isZero();
    assertThat(r.cells()).filteredOn(c -> !c.reproduced())
        .allSatisfy(c -> assertThat(c.explanation()).isNotBlank());
    ReconciledCell largest = r.largestDifference();
    assertThat(largest.area()).isEqualTo(Region.WEST_MIDLANDS);
    assertThat(largest.year()).isEqualTo(2024);
    assertThat(largest.metric()).isEqualTo(Metric.VACANCY_AGENCY_COVER_RATE);
    assertThat(largest.explanation()).contains("Birmingham (agency_cover_fte u)");
  }

  @Test
  void reconcile_eachRule_countsAsThePythonCheck() throws IOException {
    Workforce w2025 = load(F2025);
    Workforce w2022 = load(F2022);
    assertThat(w2025.reconcile(Coverage.EACH_TOTAL).reproduced()).isEqualTo(885);
    assertThat(w2025.reconcile(Coverage.MATCHED).reproduced()).isEqualTo(895);
    assertThat(w2022.reconcile().cells()).hasSize(648);
    assertThat(w2022.reconcile().reproduced()).isEqualTo(621);
    assertThat(w2022.reconcile().unexplained()).isZero();
    assertThat(w2022.reconcile(Coverage.EACH_TOTAL).reproduced()).isEqualTo(620);
    assertThat(w2022.reconcile(Coverage.MATCHED).reproduced()).isEqualTo(614);
  }

  @Test
  void reconcile_csv_hasTheDocumentedColumns() throws IOException {
    String csv = load(F2025).reconcile().format(Format.CSV);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("time_period,geographic_level,old_la_code,area_code,"
        + "area_name,region_name,metric,published,recomputed,difference,reproduced,explanation");
    assertThat(lines).hasSize(972);
    assertThat(lines).anyMatch(l -> l.startsWith(
        "2023,Regional,,E12000001,North East,,agency_rate_fte,9.9,") && l.contains(",true,"));
  }

  @Test
  void reconcile_eastMidlands2019_flagsACoverRateAbove100WherePublishedIsU() throws IOException {
    assertThat(load(F2025).reconcile().flags()).anyMatch(f -> f.startsWith(
        "East Midlands 2019 vacancy_agency_cover_rate_fte recomputes to 113.4%"));
  }

  @Test
  void rankBy_agencyRate_ranksSunderlandAsLow_2023to2025() throws IOException {
    Workforce w = load(F2025);
    for (int year = 2023; year <= 2025; year++) {
      Ranked sunderland = w.year(year).rankBy(Metric.AGENCY_RATE).rankOf("Sunderland")
          .orElseThrow();
      assertThat(sunderland.isLow()).isTrue();
      assertThat(sunderland.toString()).contains("low");
    }
  }

  @Test
  void aggregate_northEast2023AgencyRate_keepsSunderlandsFteAndReproduces9Point9()
      throws IOException {
    Aggregate a = load(F2025).year(2023).region(Region.NORTH_EAST).aggregate(Metric.AGENCY_RATE);
    assertThat(a.value().doubleValue()).isCloseTo(9.9, within(0.05));
    assertThat(a.published()).hasValueSatisfying(p -> assertThat(p.doubleValue()).isEqualTo(9.9));
    assertThat(a.errorBound()).isPositive();
    Aggregate matched = load(F2025).year(2023).region(Region.NORTH_EAST)
        .aggregate(Metric.AGENCY_RATE, Coverage.MATCHED);
    assertThat(matched.value().doubleValue()).isCloseTo(9.9, within(0.05));
  }

  @Test
  void aggregate_england2025Caseload_namesWhoIsLeftOutOfEachTotal() throws IOException {
    Aggregate a = load(F2025).year(2025).aggregate(Metric.CASELOAD);
    assertThat(a.covered()).isEqualTo(149);
    assertThat(a.numeratorLeftOut()).extracting(l -> l.area().label())
        .containsExactly("Kensington and Chelsea", "Westminster");
    assertThat(a.denominatorLeftOut()).extracting(l -> l.area().label())
        .containsExactly("Kensington and Chelsea", "Westminster");
  }

  @Test
  void aggregate_london2024AgencyRate_keepsTheSocialWorkersOfBoroughsWithoutAgencyFigures()
      throws IOException {
    // Kensington and Chelsea (agency u) and Westminster (agency x) publish 182.9 + 148.4 = 331.3
    // social workers: summed, as the publisher does, the published 21.9 is reproduced
    Aggregate a = load(F2025).year(2024).region(Region.LONDON).aggregate(Metric.AGENCY_RATE);
    assertThat(a.published()).hasValueSatisfying(p -> assertThat(p.doubleValue()).isEqualTo(21.9));
    assertThat(a.value().doubleValue()).isCloseTo(21.9, within(0.05));
    assertThat(a.denominatorPartlyKept()).extracting(l -> l.area().label())
        .containsExactly("Kensington and Chelsea", "Westminster");
    assertThat(a.table().notes()).anyMatch(n -> n.endsWith("coverage PUBLISHER: 2 areas left "
        + "out of the numerator; 2 areas' agency workers left out of the denominator, their "
        + "social workers kept."));
  }
}
