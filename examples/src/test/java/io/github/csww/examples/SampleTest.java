package io.github.csww.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.Authority;
import io.github.csww.Judgement;
import io.github.csww.Judgements;
import io.github.csww.Workforce;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleTest {

  @Test
  void workforce_holdsTenAuthoritiesAndEngland() {
    Workforce wf = Sample.workforce();

    assertThat(wf.authorities()).hasSize(10);
    assertThat(wf.years()).containsExactly(2016, 2017);
    assertThat(wf.year(2017).england()).isPresent();
    assertThat(wf.judgements()).isEmpty();
  }

  @Test
  void judgements_coverEverySampleAuthorityAndNothingElse() {
    Judgements j = Sample.judgements();

    assertThat(j.size()).isEqualTo(11);
    assertThat(j.unmatched(Sample.workforce())).isEmpty();
    for (Authority a : Sample.workforce().authorities()) {
      assertThat(j.history(a)).as(a.name()).isNotEmpty();
    }
  }

  @Test
  void judgements_inForceInFebruary2018_areTheIssuesGrades() {
    Workforce wf = Sample.workforce().withJudgements(Sample.judgements());
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("314", "Good");
    expected.put("207", "Outstanding");
    expected.put("919", "Good");
    expected.put("841", "Inadequate");
    expected.put("319", "Good");
    expected.put("860", "Good");
    expected.put("893", "Good");
    expected.put("810", "Requires improvement to be good");
    expected.put("852", "Requires improvement to be good");
    expected.put("889", "Good");

    for (Map.Entry<String, String> e : expected.entrySet()) {
      Authority a = wf.find(e.getKey()).orElseThrow();
      assertThat(wf.judgementAt(a, Sample.JUDGEMENTS_AS_AT).map(x -> x.overall().label()))
          .as(a.name()).contains(e.getValue());
    }
  }

  @Test
  void judgements_combinedReturn_bothPartnersGood() {
    Workforce wf = Sample.workforce().withJudgements(Sample.judgements());
    Authority combined = wf.find("314").orElseThrow();

    Map<String, Judgement> byCode = Sample.judgements().inForceByCode(combined,
        Sample.JUDGEMENTS_AS_AT);

    assertThat(byCode.keySet()).containsExactly("E09000021", "E09000027");
    assertThat(byCode.values()).extracting(x -> x.overall().label())
        .containsOnly("Good");
  }

  @Test
  void judgements_datesArePlaceholdersAfterTheCensusDate() {
    Judgements j = Sample.judgements();

    assertThat(j.all()).extracting(Judgement::published)
        .containsOnly(LocalDate.of(2018, 1, 31));
    assertThat(j.all()).extracting(Judgement::framework).containsOnly("SIF");
    Workforce wf = Sample.workforce().withJudgements(j);
    Authority staffs = wf.find("860").orElseThrow();
    assertThat(wf.judgement(staffs)).isEmpty(); // none in force on 30 September 2017
    assertThat(Sample.JUDGEMENTS_AS_AT).isAfter(LocalDate.of(2018, 1, 31))
        .isBefore(LocalDate.of(2018, 3, 1));
  }

  @Test
  void readme_namesSourcesLicenceAndPlaceholders() throws IOException {
    String readme;
    try (InputStream in = Sample.open("sample/README.md")) {
      readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(readme).contains("ofsted_sample_2018.csv").contains("csww_sample_2017.csv")
        .contains("Open Government Licence v3.0")
        .contains("The dates are placeholders, not Ofsted's")
        .contains("2018-01-31");
  }
}
