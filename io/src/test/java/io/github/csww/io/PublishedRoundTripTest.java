package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.Authority;
import io.github.csww.LoadOptions;
import io.github.csww.Snapshot;
import io.github.csww.Workforce;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What csww writes of a published file reads back equal, code changes and all. */
class PublishedRoundTripTest {

  private static Workforce readBack(String csv) throws IOException {
    return EesCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        "written.csv", LoadOptions.strict());
  }

  @Test
  void plainCsv_ofThePublished2025File_readsBackEqual() throws IOException {
    Workforce published = Workforce.load(SharedData.file("csww_indicators_2017_to_2025.csv"));

    String csv = EesCsv.plain().toCsv(published);
    Workforce back = readBack(csv);

    assertThat(back).isEqualTo(published);
    assertThat(back.authority("933").authority().codes())
        .containsExactly("E10000027", "E06000066");
  }

  @Test
  void plainCsv_writesEachYearsOwnCode() throws IOException {
    Workforce published = Workforce.load(SharedData.file("csww_indicators_2017_to_2025.csv"));
    Authority somerset = published.authority("Somerset").authority();

    String csv2017 = EesCsv.plain().toCsv(published.year(2017).where(
        s -> s.area().equals(somerset)));

    assertThat(csv2017).contains(",933,E10000027,Somerset,").doesNotContain("E06000066");
    Snapshot s2025 = published.year(2025).snapshot(somerset).orElseThrow();
    assertThat(((Authority) s2025.publishedArea()).codes()).containsExactly("E06000066");
    assertThat(published.year(2017).snapshot(somerset).orElseThrow().publishedArea().code())
        .isEqualTo("E10000027");
  }

  @Test
  void json_ofThePublished2025File_keepsEachYearsPublishedCodeAndName() throws IOException {
    Workforce published = Workforce.load(SharedData.file("csww_indicators_2017_to_2025.csv"));

    Workforce back = WorkforceJson.fromJson(WorkforceJson.toJson(published));

    assertThat(back).isEqualTo(published);
    assertThat(back.snapshots()).hasSameSizeAs(published.snapshots());
    for (int i = 0; i < published.snapshots().size(); i++) {
      Snapshot before = published.snapshots().get(i);
      Snapshot after = back.snapshots().get(i);
      assertThat(after.publishedArea().code()).as("code of %s", before)
          .isEqualTo(before.publishedArea().code());
      assertThat(after.publishedArea().label()).as("name of %s", before)
          .isEqualTo(before.publishedArea().label());
    }
    assertThat(back.authority("Somerset").snapshot(2017).orElseThrow().publishedArea().code())
        .isEqualTo("E10000027");
    assertThat(EesCsv.plain().toCsv(back)).isEqualTo(EesCsv.plain().toCsv(published));
  }

  @Test
  void json_ofThePublished2022LayoutFile_readsBackEqual() throws IOException {
    Workforce published =
        Workforce.load(SharedData.file("csww_headline_measures_2017_to_2022.csv"));

    assertThat(WorkforceJson.fromJson(WorkforceJson.toJson(published))).isEqualTo(published);
  }
}
