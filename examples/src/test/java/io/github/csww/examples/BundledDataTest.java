package io.github.csww.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.Judgements;
import io.github.csww.Metric;
import io.github.csww.StatisticalNeighbours;
import io.github.csww.Workforce;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class BundledDataTest {

  @Test
  void workforce_loadsEveryYearWithEnglandAndTheCombinedReturn() throws IOException {
    Workforce wf = BundledData.workforce();

    assertThat(wf.years()).containsExactly(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
    assertThat(wf.year(2017).england()).isPresent();
    assertThat(wf.year(2017).england().get().number(Metric.CASELOAD)).isEqualTo(17.7);
    assertThat(wf.year(2025).authorities())
        .anySatisfy(a -> assertThat(a.name()).contains("Kingston upon Thames"));
  }

  @Test
  void judgements_loadFromTheWorkbook() throws IOException {
    Judgements j = BundledData.judgements();

    assertThat(j.size()).isGreaterThan(150);
    assertThat(j.unmatched(BundledData.workforce())).isEmpty();
  }

  @Test
  void neighbours_loadTheWholeModel() throws IOException {
    StatisticalNeighbours sn = BundledData.neighbours();

    assertThat(sn.size()).isGreaterThanOrEqualTo(150);
    assertThat(sn.group(860)).isPresent();
    assertThat(sn.source()).isEqualTo("sn_model_2025_wide.csv");
  }

  @Test
  void sourceLine_isThePublishedCreditWithTheLicence() {
    assertThat(BundledData.WORKFORCE.sourceLine()).isEqualTo("Source: Department for Education, "
        + "Children's social work workforce, 2025 release. Contains public sector information "
        + "licensed under the Open Government Licence v3.0.");
    assertThat(BundledData.OFSTED.release()).isEqualTo("as at 31 March 2025");
  }

  @Test
  void open_givesTheFilesByteForByteAsPublished() throws IOException {
    for (BundledData d : BundledData.values()) {
      byte[] published = Files.readAllBytes(SharedData.file(d.fileName()));
      try (InputStream in = d.open()) {
        assertThat(in.readAllBytes()).as(d.fileName()).isEqualTo(published);
      }
    }
  }

  @Test
  void readmeAndNotice_areBesideTheFiles() throws IOException {
    for (String name : new String[] {"README.md", "NOTICE"}) {
      try (InputStream in = BundledData.class.getResourceAsStream(
          "/io/github/csww/examples/data/" + name)) {
        assertThat(in).as(name).isNotNull();
        assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
            .contains("Open Government Licence v3.0");
      }
    }
  }
}
