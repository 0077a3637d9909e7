package io.github.csww;

import static io.github.csww.Metric.AGENCY_RATE;
import static io.github.csww.Metric.AGENCY_WORKERS;
import static io.github.csww.Metric.SOCIAL_WORKERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationTest {
  private static final Authority A = Authority.of("1", "E06001001", "Alpha", Region.NORTH_EAST);
  private static final Authority B = Authority.of("2", "E06001002", "Beta", Region.NORTH_EAST);

  /** A: 10 agency over 90 in post; B: agency x over 100 in post. */
  private static Workforce workforce(double publishedEngland) {
    return Workforce.of(List.of(
        Snapshot.builder(A, 2025).set(AGENCY_WORKERS, 10).set(SOCIAL_WORKERS, 90).build(),
        Snapshot.builder(B, 2025).suppress(AGENCY_WORKERS, Suppression.NOT_AVAILABLE)
            .set(SOCIAL_WORKERS, 100).build(),
        Snapshot.builder(England.INSTANCE, 2025).set(AGENCY_RATE, publishedEngland).build()));
  }

  @Test
  void reconcile_reproducedCell_hasNoExplanation() {
    // each total over the authorities that publish it: 10 / (10 + 90 + 100) = 5.0%
    Reconciliation r = workforce(5.0).reconcile();
    assertThat(r.cells()).singleElement().satisfies(c -> {
      assertThat(c.reproduced()).isTrue();
      assertThat(c.explanation()).isEmpty();
      assertThat(c.metric()).isEqualTo(AGENCY_RATE);
    });
    assertThat(r.reproduced()).isEqualTo(1);
  }

  @Test
  void reconcile_missedCell_namesTheSuppressedAuthority() {
    Reconciliation r = workforce(9.1).reconcile();
    ReconciledCell c = r.cells().get(0);
    assertThat(c.reproduced()).isFalse();
    assertThat(c.explanation()).contains("suppressed at LA level but counted by the publisher")
        .contains("Beta (agency_fte x)");
    assertThat(c.difference().doubleValue()).isCloseTo(5.0 - 9.1,
        org.assertj.core.api.Assertions.within(1e-9));
    assertThat(r.unexplained()).isZero();
  }

  @Test
  void reconcile_matched_reproducesWhatEachTotalMisses() {
    // matched: 10 / (10 + 90) = 10%
    assertThat(workforce(10.0).reconcile(Coverage.MATCHED).reproduced()).isEqualTo(1);
    assertThat(workforce(10.0).reconcile(Coverage.EACH_TOTAL).reproduced()).isZero();
  }

  @Test
  void reconcile_table_hasTheDocumentedColumns() {
    Table t = workforce(5.0).reconcile().table();
    assertThat(t.columns()).extracting(Column::name).containsExactly("time_period",
        "geographic_level", "old_la_code", "area_code", "area_name", "region_name", "metric",
        "published", "recomputed", "difference", "reproduced", "explanation");
    assertThat(workforce(5.0).reconcile().format(Format.CSV).lines().skip(1).findFirst())
        .hasValue("2025,National,,E92000001,England,,agency_rate_fte,5.0,5.0,0.0,true,");
  }

  @Test
  void reconcile_unexplainedWhenNothingAccountsForTheGap() {
    Workforce w = Workforce.of(List.of(
        Snapshot.builder(A, 2025).set(AGENCY_WORKERS, 10).set(SOCIAL_WORKERS, 90).build(),
        Snapshot.builder(England.INSTANCE, 2025).set(AGENCY_RATE, 20).build()));
    Reconciliation r = w.reconcile();
    assertThat(r.unexplained()).isEqualTo(1);
    assertThat(r.cells().get(0).explanation()).startsWith("unexplained");
  }

  @Test
  void reconciledCell_notReproducedWithoutExplanation_isRefused() {
    assertThatThrownBy(() -> new ReconciledCell(2025, England.INSTANCE, AGENCY_RATE, 5,
        Value.of(6), false, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a cell that is not reproduced needs an explanation");
  }

  @Test
  void reconcile_noAuthorityPublishesTheNumerator_isXNotZero() {
    // caseload = cases / case holders: no authority publishes cases
    Workforce w = Workforce.of(List.of(
        Snapshot.builder(A, 2017).set(Metric.CASE_HOLDERS, 90)
            .suppress(Metric.CASES, Suppression.NOT_AVAILABLE).build(),
        Snapshot.builder(B, 2017).set(Metric.CASE_HOLDERS, 100)
            .suppress(Metric.CASES, Suppression.NOT_AVAILABLE).build(),
        Snapshot.builder(England.INSTANCE, 2017).set(Metric.CASELOAD, 17.8).build()));
    ReconciledCell c = w.reconcile().cells().get(0);
    assertThat(c.metric()).isEqualTo(Metric.CASELOAD);
    assertThat(c.recomputed()).isEqualTo(Value.suppressed(Suppression.NOT_AVAILABLE));
    assertThat(c.difference()).isEqualTo(Value.suppressed(Suppression.NOT_AVAILABLE));
    assertThat(c.reproduced()).isFalse();
    assertThat(c.explanation()).contains("no authority publishes the numerator (cases)")
        .doesNotContain("denominator");
    assertThat(w.reconcile().format(Format.CSV).lines().skip(1).findFirst().orElseThrow())
        .startsWith("2017,National,,E92000001,England,,caseload_fte,17.8,x,x,false,");
    assertThatThrownBy(() -> w.reconcile().largestDifference())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no cell was recomputed");
  }

  @Test
  void reconcile_noAuthorityPublishesTheDenominator_differenceIsX() {
    Workforce w = Workforce.of(List.of(
        Snapshot.builder(A, 2017).set(Metric.LEAVERS, 9)
            .suppress(SOCIAL_WORKERS, Suppression.NOT_AVAILABLE).build(),
        Snapshot.builder(England.INSTANCE, 2017).set(Metric.TURNOVER_RATE, 15.1).build()));
    ReconciledCell c = w.reconcile().cells().get(0);
    assertThat(c.recomputed().isPresent()).isFalse();
    assertThat(c.difference().isPresent()).isFalse();
    assertThat(c.explanation()).contains("no authority publishes the denominator (inpost_fte)");
    Table t = w.reconcile().table();
    assertThat(t.cell(0, "difference")).isEqualTo(Cell.of(Value.suppressed(
        Suppression.NOT_AVAILABLE)));
    assertThat(t.notes()).anyMatch(n -> n.startsWith("1 cell could not be recomputed"));
  }

  @Test
  void largestDifference_skipsCellsNotRecomputed() {
    ReconciledCell none = new ReconciledCell(2017, England.INSTANCE, Metric.CASELOAD, 17.8,
        Value.suppressed(Suppression.NOT_AVAILABLE), false, "no authority publishes cases");
    ReconciledCell some = new ReconciledCell(2017, England.INSTANCE, AGENCY_RATE, 5,
        Value.of(6), false, "rounding");
    assertThat(new Reconciliation(Coverage.PUBLISHER, List.of(none, some), List.of())
        .largestDifference()).isEqualTo(some);
  }
}
