package io.github.csww.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.csww.Area;
import io.github.csww.Authority;
import io.github.csww.Closeness;
import io.github.csww.Metric;
import io.github.csww.UnknownAreaException;
import io.github.csww.MissingJoinException;
import io.github.csww.Neighbour;
import io.github.csww.NeighbourGroup;
import io.github.csww.Region;
import io.github.csww.Snapshot;
import io.github.csww.StatisticalNeighbours;
import io.github.csww.Workforce;
import io.github.csww.io.StatisticalNeighboursReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgainstNeighboursTest {

  static String print(Workforce wf, String authority, Metric metric) {
    return HighestAndLowestTest.capture(out -> AgainstNeighbours.print(wf, authority, metric,
        out));
  }

  /**
   * Eleven authorities numbered 101..111 in 2020, authority 101 holding 10 cases per case holder
   * and each neighbour k (102..111) k - 100 case holders with 10 × (k - 100) + k - 100 cases.
   */
  static Workforce fixture() {
    List<Snapshot> snapshots = new ArrayList<>();
    List<NeighbourGroup> groups = new ArrayList<>();
    for (int la = 101; la <= 111; la++) {
      int k = la - 100;
      Area area = Authority.of(Integer.toString(la), String.format("E0600%04d", la),
          "Authority " + la, Region.NORTH_EAST);
      double holders = la == 101 ? 20 : k;
      double cases = la == 101 ? 200 : 10.0 * k + k;
      snapshots.add(Snapshot.builder(area, 2020).set(Metric.CASE_HOLDERS, holders)
          .set(Metric.CASES, cases).set(Metric.CASELOAD, cases / holders).build());
      List<Neighbour> list = new ArrayList<>();
      int position = 1;
      for (int n = 101; n <= 111; n++) {
        if (n != la) {
          list.add(new Neighbour(position++, n, Closeness.CLOSE));
        }
      }
      groups.add(new NeighbourGroup(la, "Authority " + la, ImmutableList.copyOf(list)));
    }
    return Workforce.of(snapshots).withNeighbours(StatisticalNeighbours.of("fixture", groups));
  }

  @Test
  void print_fixture_meanIsCasesOverCaseHoldersAndRankIsLast() {
    String text = print(fixture(), "101", Metric.CASELOAD);

    // neighbours: Σ cases = 11 × (1 + ... + 10) = 605, Σ case holders = 55: mean 11
    assertThat(text).startsWith("Average caseload, Authority 101 against its statistical "
        + "neighbours, 2020\n");
    assertThat(text).containsPattern("authority +101 +Authority 101 +North East +10.0 +11 "
        + "+compared");
    assertThat(text).containsPattern("neighbour +1 +Close +102 +Authority 102 .* 11.0 +1 "
        + "+compared\n");
    assertThat(text).containsPattern("neighbour mean +Neighbour mean +11.0 +10 of 10 neighbours");
    assertThat(text).contains("Note: Authority 101 ranks 11 of 11")
        .contains("Note: Neighbour mean: Σ cases / Σ case holders over the 10 of 10 neighbours")
        .endsWith("Note: Statistical neighbours from fixture.\n");
  }

  @Test
  void print_withoutModel_saysToJoinOne() {
    assertThatThrownBy(() -> print(Sample.workforce(), "Staffordshire", Metric.CASELOAD))
        .isInstanceOf(MissingJoinException.class)
        .hasMessageContaining("withNeighbours");
  }

  @Test
  void print_misspeltAuthority_namesTheClosest() {
    assertThatThrownBy(() -> print(fixture(), "Authority 1O5", Metric.CASELOAD))
        .isInstanceOf(UnknownAreaException.class)
        .hasMessageContaining("did you mean Authority 105");
  }

  @Test
  void run_misspeltAuthorityOrMetric_saysSoInOneLine_andExitsOne() throws IOException {
    Path csv = SharedData.file("csww_indicators_2017_to_2025.csv");
    Path model = SharedData.file("sn_model_2025_wide.csv");
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int status = AgainstNeighbours.run(new String[] {csv.toString(), model.toString(),
        "Stafordshire"}, new java.io.PrintStream(out, true), new java.io.PrintStream(err, true));
    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).startsWith("AgainstNeighbours: ").contains("Staffordshire")
        .doesNotContain("\tat ");
    assertThat(out.toString()).isEmpty();

    err.reset();
    assertThat(AgainstNeighbours.run(new String[] {csv.toString(), model.toString(),
        "Staffordshire", "agency"}, new java.io.PrintStream(out, true),
        new java.io.PrintStream(err, true))).isEqualTo(1);
    assertThat(err.toString()).startsWith("AgainstNeighbours: unknown metric 'agency'");
  }

  @Test
  void print_onPublishedFiles_matchesTheFilesFigures() throws IOException {
    Path csv = SharedData.file("csww_indicators_2017_to_2025.csv");
    Path model = SharedData.file("sn_model_2025_wide.csv");
    List<Map<String, String>> rows = SharedData.rows(csv);
    String latest = rows.stream().map(r -> r.get("time_period")).max(String::compareTo)
        .orElseThrow();
    Map<String, String> group = SharedData.rows(model).stream()
        .filter(r -> r.get("old_la_code").strip().equals("860")).findFirst().orElseThrow();
    double cases = 0;
    double holders = 0;
    List<String> names = new ArrayList<>();
    for (int k = 1; k <= 10; k++) {
      Map<String, String> n = CompareAuthoritiesTest.find(rows, latest,
          group.get("SN_" + k).strip());
      names.add(n.get("la_name"));
      cases += Double.parseDouble(n.get("cases"));
      holders += Double.parseDouble(n.get("case_holders_fte"));
    }
    String mean = BigDecimal.valueOf(cases / holders).setScale(1, RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
    Map<String, String> staffs = CompareAuthoritiesTest.find(rows, latest, "860");
    Workforce wf = Workforce.load(csv).withNeighbours(StatisticalNeighboursReader.read(model));

    String text = print(wf, "Staffordshire", Metric.CASELOAD);

    assertThat(text).startsWith("Average caseload, Staffordshire against its statistical "
        + "neighbours, " + latest + "\n");
    assertThat(text).containsPattern("authority +860 +Staffordshire .* "
        + staffs.get("caseload_fte") + " ");
    assertThat(text).containsSubsequence(names.toArray(new String[0]));
    assertThat(text).containsPattern("Neighbour mean +" + mean + " +10 of 10 neighbours");
  }
}
