package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.Format;
import io.github.csww.Grade;
import io.github.csww.JudgementBands;
import io.github.csww.Judgements;
import io.github.csww.Metric;
import io.github.csww.Ranking;
import io.github.csww.Workforce;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On the published files (skipped when ../shared/data is absent): Kingston upon Thames and
 * Richmond upon Thames make one return, 314 / 318, and Ofsted judges each; the tables name both
 * partners' judgements, in 2022 (Kingston Outstanding 2019, Richmond Good 2022) and in 2025
 * (Kingston Outstanding 2025, Richmond Good 2022).
 */
class CombinedReturnJudgementsRealDataTest {
  private static Workforce workforce() throws IOException {
    Judgements ofsted =
        OfstedReader.read(SharedData.file("LA_Inspection_Outcomes_as_at_31_March_2025.ods"));
    return Workforce.load(SharedData.file("csww_indicators_2017_to_2025.csv"))
        .withJudgements(ofsted);
  }

  private static String row(Ranking r, String laNumber) {
    return r.format(Format.CSV).lines().filter(l -> l.contains("," + laNumber + ","))
        .findFirst().orElseThrow();
  }

  @Test
  void kingstonAndRichmond2022_bothPartnersNamed() throws IOException {
    Ranking r = workforce().year(2022).rankBy(Metric.CASELOAD);

    assertThat(row(r, "314 / 318")).endsWith(",Kingston upon Thames: Outstanding; "
        + "Richmond upon Thames: Good,,,"); // no dates, no left-out reason
    assertThat(r.table().notes()).anySatisfy(n -> assertThat(n).contains("314 / 318 Kingston "
        + "upon Thames / Richmond upon Thames on 2022-09-30: Kingston upon Thames Outstanding "
        + "(inspected 2019-10-21, published 2019-12-19), Richmond upon Thames Good (inspected "
        + "2022-01-31, published 2022-03-18)"));
    assertThat(r.grade(Grade.GOOD).rows()).extracting(x -> x.area().label())
        .doesNotContain("Kingston upon Thames / Richmond upon Thames");
    assertThat(r.grade(Grade.OUTSTANDING).rows()).extracting(x -> x.area().label())
        .doesNotContain("Kingston upon Thames / Richmond upon Thames");
    assertThat(r.grade(Grade.OUTSTANDING, Grade.GOOD).rows()).extracting(x -> x.area().label())
        .contains("Kingston upon Thames / Richmond upon Thames");
  }

  @Test
  void kingstonAndRichmond2025_bothPartnersNamed_northamptonshiresAgree() throws IOException {
    Ranking r = workforce().year(2025).rankBy(Metric.CASELOAD);

    assertThat(row(r, "314 / 318")).endsWith(",Kingston upon Thames: Outstanding; "
        + "Richmond upon Thames: Good,,,"); // no dates, no left-out reason
    assertThat(row(r, "940 / 941"))
        .endsWith(",Requires improvement to be good,2022-10-03,2022-11-25,");
    assertThat(r.table().notes()).anySatisfy(n -> assertThat(n).contains("314 / 318 Kingston "
        + "upon Thames / Richmond upon Thames on 2025-09-30: Kingston upon Thames Outstanding "
        + "(inspected 2024-12-02, published 2025-01-29), Richmond upon Thames Good (inspected "
        + "2022-01-31, published 2022-03-18)"));

    JudgementBands jb = workforce().year(2025).judgementsByBand(Metric.CASELOAD);
    assertThat(jb.judgedDifferentlyTotal()).isEqualTo(1);
    assertThat(List.of(jb.rows().get(5).label(), jb.rows().get(5).total()))
        .containsExactly("Partners judged differently", 1);
  }
}
