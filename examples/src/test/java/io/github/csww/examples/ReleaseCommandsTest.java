package io.github.csww.examples;

import static io.github.csww.examples.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.examples.CliTest.Result;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code csww reconcile} and {@code csww diff}. */
class ReleaseCommandsTest {

  @Test
  void reconcile_bundledRelease_reproduces908Of971AndExplainsTheRest() {
    Result r = run("reconcile", "--format", "csv", "--plain-csv");

    assertThat(r.status()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("year,area_code,area,metric,published,recomputed,"
        + "difference,reproduced,explanation");
    assertThat(lines).hasSize(1 + 971);
    assertThat(lines).filteredOn(l -> l.contains(",true,")).hasSize(908);
    assertThat(lines).filteredOn(l -> l.contains(",false,"))
        .hasSize(63).allSatisfy(l -> assertThat(l).doesNotEndWith(",false,"));
    assertThat(r.err()).contains("908 of 971");
  }

  @Test
  void reconcile_matchedCoverage_reproducesFewer() {
    Result r = run("reconcile", "--coverage", "matched", "--format", "csv");

    assertThat(r.status()).isZero();
    assertThat(r.out().lines().filter(l -> l.contains(",true,")).count()).isEqualTo(895);
  }

  @Test
  void diff_2022And2025Releases_listsEnglands2017CaseloadRevision() {
    Path older = SharedData.file("csww_headline_measures_2017_to_2022.csv");
    Path newer = SharedData.file("csww_indicators_2017_to_2025.csv");

    Result r = run("diff", older.toString(), newer.toString(), "--format", "csv", "--plain-csv");

    assertThat(r.status()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow())
        .isEqualTo("year,area_code,area,metric,old,new");
    assertThat(r.out()).contains("\n2017,E92000001,England,caseload_fte,17.8,17.7\n");
  }

  @Test
  void diff_missingFile_exitsOneNamingIt() {
    Result r = run("diff", "none-old.csv", "none-new.csv");

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("none-old.csv");
  }
}
