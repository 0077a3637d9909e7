package io.github.csww.io;

import static io.github.csww.Metric.AGENCY_RATE;
import static io.github.csww.Metric.CASELOAD;
import static io.github.csww.Metric.TURNOVER_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.csww.Area;
import io.github.csww.Authority;
import io.github.csww.Comparison;
import io.github.csww.England;
import io.github.csww.Format;
import io.github.csww.Grade;
import io.github.csww.Measure;
import io.github.csww.MissingJoinException;
import io.github.csww.Ranked;
import io.github.csww.Ranking;
import io.github.csww.Region;
import io.github.csww.UnknownAreaException;
import io.github.csww.Workforce;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The questions the API issue names, each one chain on the published files. Expected figures were
 * read from {@code csww_indicators_2017_to_2025.csv} with a short script, independently of csww.
 */
class ApiChainsTest {

  @Test
  void top10AsCsv_isOneChain_withLeftOutRowsAndTheirReasons() throws IOException {
    Workforce wf = JoinsIntegrationTest.workforce();

    String csv = wf.year(2025).rankBy(CASELOAD).top(10).format(Format.CSV);

    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(1 + 10 + 2);
    assertThat(lines.get(0)).isEqualTo("rank,time_period,geographic_level,old_la_code,area_code,"
        + "area_name,region_name,caseload_fte,left_out_reason");
    assertThat(lines.get(1)).isEqualTo("1,2025,Local authority,812,E06000012,"
        + "North East Lincolnshire,Yorkshire and The Humber,20.9,");
    assertThat(lines.subList(11, 13)).extracting(l -> l.substring(l.indexOf(",E") + 12))
        .allSatisfy(l -> assertThat(l).endsWith(",x,x (not available)"));
  }

  @Test
  void largestRiseInTurnover_2022To2023() throws IOException {
    Workforce wf = JoinsIntegrationTest.workforce();

    Ranking rises = wf.rankBy(Measure.change(TURNOVER_RATE, 2022, 2023)).top(3);

    // Manchester 22.5 points, Oldham 21.3, Croydon 19.0; 147 authorities have both years.
    assertThat(rises.rows()).extracting(r -> r.area().label() + " " + r.value())
        .containsExactly("Manchester 22.5", "Oldham 21.3", "Croydon 19.0");
    assertThat(wf.rankBy(Measure.change(TURNOVER_RATE, 2022, 2023)).size()).isEqualTo(147);
    assertThat(rises.format(Format.CSV).lines().findFirst().orElseThrow()).endsWith(
        ",turnover_rate_fte_2022,turnover_rate_fte_2023,turnover_rate_fte_change_2022_2023,"
            + "left_out_reason");
    assertThat(rises.leftOut()).anySatisfy(l -> assertThat(l.reason()).isEqualTo(
        "no figures for 2022"));
  }

  @Test
  void worst5ByPolarity_areTheHighestCaseloads_andBest5TheLowest() throws IOException {
    Workforce wf = JoinsIntegrationTest.workforce();

    Ranking worst = wf.year(2025).rankBy(CASELOAD).worst(5);
    Ranking best = wf.year(2025).rankBy(CASELOAD).best(5);

    assertThat(worst.rows()).extracting(r -> r.rank() + " " + r.area().label()).containsExactly(
        "1 North East Lincolnshire", "2 Bolton", "3 Swindon", "4 Bedford", "4 Dudley");
    assertThat(worst.notes()).contains("Rank 1 is the worst average caseload: the highest.")
        .anySatisfy(n -> assertThat(n).contains("(Wakefield)"));
    assertThat(best.rows().get(0).rank()).isEqualTo(1);
    assertThat(best.rows().get(0).value()).isLessThan(best.rows().get(4).value() + 1e-9);
    assertThat(best.notes()).contains("Rank 1 is the best average caseload: the lowest.");
  }

  @Test
  void inadequateAuthoritiesAboveEnglandsCaseload_2023() throws IOException {
    Workforce joined = JoinsIntegrationTest.workforce()
        .withJudgements(JoinsIntegrationTest.ofsted());

    Ranking r = joined.year(2023).rankBy(CASELOAD).grade(Grade.INADEQUATE).aboveEngland();

    // Independently: every 2023 authority, its judgement in force on 30 September 2023, and
    // England's published 16.0.
    double england = joined.year(2023).england().orElseThrow().number(CASELOAD);
    assertThat(england).isEqualTo(16.0);
    List<String> expected = new ArrayList<>();
    for (Ranked x : joined.year(2023).rankBy(CASELOAD)) {
      boolean inadequate = x.area() instanceof Authority a
          && joined.year(2023).judgement(a).map(j -> j.overall() == Grade.INADEQUATE)
          .orElse(false);
      if (inadequate && x.value() > england) {
        expected.add(x.area().label());
      }
    }
    assertThat(r.rows()).extracting(x -> x.area().label()).isEqualTo(expected).isNotEmpty();
    assertThat(r.notes()).contains("Only areas judged Inadequate by Ofsted; ranks are among all "
        + "areas ranked.", "Only areas above England's figure (England 2023: 16.0); ranks are "
        + "among all areas ranked.");
    assertThatThrownBy(() -> JoinsIntegrationTest.workforce().year(2023).rankBy(CASELOAD)
        .grade(Grade.INADEQUATE))
        .isInstanceOf(MissingJoinException.class)
        .hasMessage("grade(...) needs withJudgements joined to the workforce: call "
            + "withJudgements(...) first");
  }

  @Test
  void staffordshireAgainstItsNeighbours_onThreeMetrics() throws IOException {
    Workforce joined = JoinsIntegrationTest.workforce().withNeighbours(
        StatisticalNeighboursReader.read(SharedData.file("sn_model_2025_wide.csv")));

    Comparison c = joined.year(2025).authority("Staffordshire").compareWithNeighbours()
        .metrics(CASELOAD, TURNOVER_RATE, AGENCY_RATE);

    assertThat(c.authorities()).hasSize(11).first().extracting(Area::label)
        .isEqualTo("Staffordshire");
    assertThat(c.columns()).endsWith(England.INSTANCE);
    assertThat(c.value(CASELOAD, c.authorities().get(0)).doubleValue()).isEqualTo(18.4);
    assertThat(c.table().rows()).hasSize(3);
    assertThat(c.format(Format.TEXT)).contains("Westmorland and Furness", "West Midlands");
  }

  @Test
  void staffordshiresRankWithinTheWestMidlands_foundByName() throws IOException {
    Workforce wf = JoinsIntegrationTest.workforce();

    Ranked staffs = wf.year(2025).region("West Midlands").rankBy(CASELOAD)
        .rankOf("Staffordshire").orElseThrow();

    // Dudley 19.5, then Staffordshire 18.4, of 14 West Midlands authorities with a caseload.
    assertThat(staffs.rank()).isEqualTo(2);
    assertThat(staffs.value()).isEqualTo(18.4);
    assertThat(wf.year(2025).region("west midlands").rankBy(CASELOAD).size()).isEqualTo(14);
    assertThat(wf.year(2025).region("E12000005").rankBy(CASELOAD).rankOf("860"))
        .contains(staffs);
    assertThatThrownBy(() -> wf.region("West Midland"))
        .isInstanceOf(UnknownAreaException.class)
        .hasMessageStartingWith("no region 'West Midland'; did you mean West Midlands, East Midlands?");
    assertThat(Region.fromName("West Midlands")).contains(Region.WEST_MIDLANDS);
  }

  @Test
  void lookups_resolveByTheYearsOfTheView_dorset() throws IOException {
    Workforce wf = JoinsIntegrationTest.workforce();

    assertThat(wf.year(2017).authority("Dorset").authority().laNumber()).isEqualTo("835");
    assertThat(wf.year(2019).authority("Dorset").authority().laNumber()).isEqualTo("838");
    assertThat(wf.year(2017).rankBy(CASELOAD).rankOf("Dorset").orElseThrow().value())
        .isEqualTo(15.4);
    assertThatThrownBy(() -> wf.years(2017, 2025).authority("Dorset"))
        .isInstanceOf(UnknownAreaException.class)
        .hasMessageContaining("'Dorset' could mean Dorset (835), reporting 2017 to 2018; or "
            + "Dorset (838), reporting 2019 to 2025");
  }

  @Test
  void englandAndRegions_areAcceptedWhereverAnAuthorityIs() throws IOException {
    Workforce wf = JoinsIntegrationTest.workforce();

    assertThat(wf.trend("England", CASELOAD).points()).hasSize(9);
    assertThat(wf.trend("england", CASELOAD).point(2017).orElseThrow().value().doubleValue())
        .isEqualTo(17.7);
    assertThat(wf.trend("West Midlands", CASELOAD).area()).isEqualTo(Region.WEST_MIDLANDS);
    assertThat(wf.area("E92000001")).isEqualTo(England.INSTANCE);
    assertThat(wf.year(2025).compare("Staffordshire", "West Midlands", "England").columns())
        .extracting(Area::label).containsExactly("Staffordshire", "West Midlands", "England");
    assertThat(wf.year(2025).compare("Staffordshire", "London").columns())
        .extracting(Area::label)
        .containsExactly("Staffordshire", "West Midlands", "London", "England");
    assertThat(wf.year(2025).compare("Hull").authorities()).extracting(Area::label)
        .containsExactly("Kingston upon Hull, City of");
    assertThat(wf.area("Bristol").label()).isEqualTo("Bristol, City of");
    assertThat(wf.area("Herefordshire").label()).isEqualTo("Herefordshire, County of");
  }

  @Test
  void bandsAndRankings_acceptEveryFormOfLookUp() throws IOException {
    Workforce wf = JoinsIntegrationTest.workforce();
    io.github.csww.QuartileBands bands = wf.year(2025).bands(CASELOAD);
    Authority staffs = wf.find("Staffordshire").orElseThrow();

    assertThat(bands.bandOf("Staffordshire")).isEqualTo(bands.bandOf(staffs)).isPresent();
    assertThat(bands.bandOf("860")).isEqualTo(bands.bandOf(staffs));
    assertThat(bands.bandOf("E10000028")).isEqualTo(bands.bandOf(staffs));
    assertThat(bands.rankOf("staffordshire")).isEqualTo(bands.rankOf(staffs));
    // by the years of the view: Dorset in 2017 is 835
    assertThat(wf.year(2017).bands(CASELOAD).rankOf("Dorset").orElseThrow().area())
        .extracting(a -> ((Authority) a).laNumber()).isEqualTo("835");
    assertThatThrownBy(() -> bands.bandOf("Stafordshire"))
        .isInstanceOf(UnknownAreaException.class)
        .hasMessageStartingWith("no authority matches 'Stafordshire'; did you mean Staffordshire");
  }
}
