package io.github.csww.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.csww.UnknownAreaException;
import io.github.csww.Workforce;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompareAuthoritiesTest {

  static String print(Workforce wf, List<String> names) {
    return HighestAndLowestTest.capture(out -> CompareAuthorities.print(wf, names, out));
  }

  @Test
  void print_onSample_showsBothAuthoritiesTheirRegionAndEngland() {
    String text = print(Sample.workforce(), List.of("Staffordshire", "Shropshire"));

    List<String> lines = List.of(text.split("\n"));
    assertThat(lines.get(0)).isEqualTo("Comparison, 2017");
    assertThat(lines.get(1)).containsSubsequence("Metric (2017)", "Staffordshire", "Shropshire",
        "West Midlands", "England");
    assertThat(text).containsPattern("Average caseload +cases per FTE +26.4 +25.1 +x +17.8");
    assertThat(text).containsPattern("Case holders +FTE +199.4 +77.7 +x +x");
    assertThat(text).containsPattern("Social workers +FTE +x +x +x +28500");
    assertThat(text).contains("Note: West Midlands has no row for 2017: its cells read x.");
  }

  @Test
  void print_threeAuthoritiesInTwoRegions_showsEachRegionOnce() {
    String text = print(Sample.workforce(), List.of("860", "Darlington", "Shropshire"));

    assertThat(text.split("\n")[1]).containsSubsequence("Staffordshire", "Darlington",
        "Shropshire", "West Midlands", "North East", "England");
  }

  @Test
  void print_oneAuthority_isRefused() {
    assertThatThrownBy(() -> print(Sample.workforce(), List.of("Staffordshire")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name two or more authorities");
  }

  @Test
  void print_misspeltAuthority_namesTheClosest() {
    assertThatThrownBy(() -> print(Sample.workforce(), List.of("Staffordshire", "Sutonn")))
        .isInstanceOf(UnknownAreaException.class)
        .hasMessageContaining("Sutonn").hasMessageContaining("did you mean Sutton");
  }

  @Test
  void print_onPublishedFile_showsTheFilesFiguresForTheLatestYear() throws IOException {
    Path csv = SharedData.file("csww_indicators_2017_to_2025.csv");
    List<Map<String, String>> rows = SharedData.rows(csv);
    String latest = rows.stream().map(r -> r.get("time_period")).max(String::compareTo)
        .orElseThrow();
    Map<String, String> staffs = find(rows, latest, "860");
    Map<String, String> shrops = find(rows, latest, "893");
    Map<String, String> england = rows.stream().filter(r -> r.get("time_period").equals(latest)
        && r.get("geographic_level").equals("National")).findFirst().orElseThrow();
    Map<String, String> wm = rows.stream().filter(r -> r.get("time_period").equals(latest)
        && r.get("geographic_level").equals("Regional")
        && r.get("region_name").equals("West Midlands")).findFirst().orElseThrow();

    String text = print(Workforce.load(csv), List.of("Staffordshire", "Shropshire"));

    assertThat(text).containsPattern("Average caseload +cases per FTE +"
        + staffs.get("caseload_fte") + " +" + shrops.get("caseload_fte") + " +"
        + wm.get("caseload_fte") + " +" + england.get("caseload_fte") + "\n");
    assertThat(text).containsPattern("Turnover rate +% +"
        + staffs.get("turnover_rate_fte") + " +" + shrops.get("turnover_rate_fte") + " ");
    assertThat(text).doesNotContain("has no row for");
  }

  static Map<String, String> find(List<Map<String, String>> rows, String year, String la) {
    return rows.stream().filter(r -> r.get("time_period").equals(year)
        && r.get("old_la_code").equals(la)).findFirst().orElseThrow();
  }
}
