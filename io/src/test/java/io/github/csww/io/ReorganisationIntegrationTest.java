package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.csww.Authority;
import io.github.csww.Comparison;
import io.github.csww.Format;
import io.github.csww.Metric;
import io.github.csww.Reorganisation;
import io.github.csww.Suppression;
import io.github.csww.Trend;
import io.github.csww.UnknownAreaException;
import io.github.csww.Value;
import io.github.csww.Workforce;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Authorities across the 2019, 2021 and 2023 reorganisations, on the published 2025 file. */
class ReorganisationIntegrationTest {

  static Workforce workforce() throws IOException {
    return Workforce.load(SharedData.file("csww_indicators_2017_to_2025.csv"));
  }

  @Test
  void find_byWholeWords_findsOneAuthority_butNotARegionNorCommonWords() throws IOException {
    Workforce wf = workforce();
    assertThat(wf.find("Richmond").orElseThrow().laNumber()).isEqualTo("314 / 318");
    assertThat(wf.find("Christchurch").orElseThrow().laNumber()).isEqualTo("839");
    assertThat(wf.find("Furness").orElseThrow().laNumber()).isEqualTo("943");
    // the region, not the City of London; words of many names name no authority
    assertThat(wf.find("London")).isEmpty();
    assertThat(wf.area("London")).isEqualTo(io.github.csww.Region.LONDON);
    assertThat(wf.find("City")).isEmpty();
    assertThat(wf.find("upon")).isEmpty();
    assertThat(wf.find("Kingston")).isEmpty();
    assertThat(wf.find("Bristol").orElseThrow().laNumber()).isEqualTo("801");
  }

  @Test
  void authority_dorsetIn2017_isTheOldCountyWithItsCaseload() throws IOException {
    Workforce w = workforce();
    assertThat(w.year(2017).authority("Dorset").authority().laNumber()).isEqualTo("835");
    assertThat(w.year(2017).compare("Dorset").value(Metric.CASELOAD,
        w.find("835").orElseThrow())).isEqualTo(Value.of(15.4));
    assertThat(w.year(2020).authority("Dorset").authority().laNumber()).isEqualTo("838");
  }

  @Test
  void authority_dorsetInAViewAcrossTheBreak_namesBoth() throws IOException {
    Workforce w = workforce(); // outside the lambda: without the data the test is skipped
    assertThatThrownBy(() -> w.years(2017, 2020).authority("Dorset"))
        .isInstanceOf(UnknownAreaException.class)
        .hasMessageContaining("'Dorset' could mean").hasMessageContaining("835")
        .hasMessageContaining("838");
  }

  @Test
  void authority_dorsetInTheWholeWorkforce_namesBothAsAViewAcrossTheBreakDoes() throws IOException {
    Workforce w = workforce(); // outside the lambdas: without the data the test is skipped
    String both = "'Dorset' could mean Dorset (835), reporting 2017 to 2018; or Dorset (838), "
        + "reporting 2019 to 2025: use an LA number or ONS code, or a view of one year";
    assertThat(w.years()).first().isEqualTo(2017);
    assertThat(w.years()).last().isEqualTo(2025);
    for (Workforce view : java.util.List.of(w, w.years(2017, 2019), w.years(2017, 2025),
        w.region("South West"))) {
      assertThatThrownBy(() -> view.authority("Dorset"))
          .isInstanceOf(UnknownAreaException.class).hasMessage(both)
          .satisfies(e -> assertThat(((UnknownAreaException) e).isAmbiguous()).isTrue());
      assertThatThrownBy(() -> view.trend("Dorset", Metric.CASELOAD)).hasMessage(both);
      assertThatThrownBy(() -> view.area("dorset")).hasMessage(both.replace("'D", "'d"));
    }
    assertThat(w.find("Dorset")).isEmpty();
    // by number or code, in any view; by name, in a view of the years of one
    assertThat(w.authority("835").snapshots()).hasSize(2);
    assertThat(w.authority("E06000059").snapshots()).hasSize(7);
    assertThat(w.years(2017, 2018).authority("Dorset").authority().laNumber()).isEqualTo("835");
    assertThat(w.years(2019, 2025).authority("Dorset").authority().laNumber()).isEqualTo("838");
    // a query of one year resolves by that year: the latest, 2025, when the view names none
    assertThat(w.compare("Dorset").authorities()).extracting(Authority::laNumber)
        .containsExactly("838");
    assertThat(w.rankBy(Metric.CASELOAD).rankOf("Dorset").orElseThrow().value()).isEqualTo(13.4);
  }

  @Test
  void compare_authorityBeforeItWasCreated_saysSoAndReadsZNotX() throws IOException {
    Workforce w = workforce();
    Authority bcp = w.find("839").orElseThrow();
    Comparison c = w.year(2017).compare(bcp);
    assertThat(c.value(Metric.CASELOAD, bcp)).isEqualTo(Value.suppressed(
        Suppression.NOT_APPLICABLE));
    assertThat(c.table().notes()).anyMatch(n -> n.startsWith(
        "Bournemouth, Christchurch and Poole (839) did not exist in 2017: created in 2019 from "
            + "Dorset (835), Poole (836) and Bournemouth (837)"));
  }

  @Test
  void trend_acrossTheCumbriaSplit_stopsAtTheBreakAndNamesSuccessors() throws IOException {
    Workforce w = workforce();
    Trend cumbria = w.trend("909", Metric.CASELOAD);
    assertThat(cumbria.points()).extracting(Trend.Point::year).containsExactly(2017, 2018, 2019,
        2020, 2021, 2022);
    assertThat(cumbria.table().notes()).anyMatch(n -> n.contains("stops at 2022")
        && n.contains("Cumberland (942) and Westmorland and Furness (943)"));
    Trend cumberland = w.trend("942", Metric.CASELOAD);
    assertThat(cumberland.points().get(0).year()).isEqualTo(2023);
    assertThat(cumberland.format(Format.TEXT)).contains("before it: Cumbria (909)");
  }

  @Test
  void notExisting_northamptonshireAfter2021_namesTheSuccessors() throws IOException {
    Authority northants = workforce().find("928").orElseThrow();
    assertThat(Reorganisation.notExisting(northants, 2021)).hasValueSatisfying(s -> assertThat(s)
        .contains("did not exist in 2021: replaced in 2021 by North Northamptonshire (940) and "
            + "West Northamptonshire (941)"));
    assertThat(Reorganisation.notExisting(northants, 2020)).isEmpty();
  }
}
