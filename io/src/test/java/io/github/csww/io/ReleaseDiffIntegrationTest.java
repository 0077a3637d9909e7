package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.England;
import io.github.csww.Format;
import io.github.csww.Metric;
import io.github.csww.ReleaseDiff;
import io.github.csww.Value;
import io.github.csww.Workforce;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2022 and 2025 releases side by side. Skipped when ../shared/data is absent. */
class ReleaseDiffIntegrationTest {

  static ReleaseDiff diff() throws IOException {
    return Workforce.diff(
        Workforce.load(SharedData.file("csww_headline_measures_2017_to_2022.csv")),
        Workforce.load(SharedData.file("csww_indicators_2017_to_2025.csv")));
  }

  @Test
  void diff_england2017Caseload_isRevisedFrom17Point8To17Point7() throws IOException {
    ReleaseDiff d = diff();
    ReleaseDiff.Revision r = d.revision(England.INSTANCE, 2017, Metric.CASELOAD).orElseThrow();
    assertThat(r.older()).isEqualTo(Value.of(17.8));
    assertThat(r.newer()).isEqualTo(Value.of(17.7));
    assertThat(d.format(Format.CSV).lines()).contains(
        "2017,National,,E92000001,England,,caseload_fte,cases per FTE,17.8,17.7,revised");
  }

  @Test
  void diff_csv_hasTheDocumentedColumns_andListsYearsInOnlyOneRelease() throws IOException {
    ReleaseDiff d = diff();
    List<String> lines = d.format(Format.CSV).lines().toList();
    assertThat(lines.get(0)).isEqualTo("time_period,geographic_level,old_la_code,area_code,"
        + "area_name,region_name,metric,unit,old,new,status");
    assertThat(d.table().columns()).filteredOn(c -> c.name().equals("old")
        || c.name().equals("new")).extracting(io.github.csww.Column::type)
        .containsOnly(io.github.csww.Column.Type.NUMBER);
    assertThat(lines).filteredOn(l -> l.endsWith(",only in newer")).hasSize(3 * 163);
    assertThat(d.onlyInNewer()).anyMatch(s -> s.year() == 2025);
    assertThat(d.onlyInNewer()).noneMatch(s -> s.year() == 2020 && s.area() == England.INSTANCE);
    assertThat(d.revision(England.INSTANCE, 2017, Metric.STARTERS)).as("not in the 2022 layout")
        .isEmpty();
    // the 2022 layout's combined returns (940 with a z row for 941) meet 940 / 941
    assertThat(d.onlyInOlder()).isEmpty();
    assertThat(d.onlyInNewer()).hasSize(3 * 163).allMatch(s -> s.year() >= 2023);
    assertThat(d.revisions()).hasSize(2533);
  }
}
