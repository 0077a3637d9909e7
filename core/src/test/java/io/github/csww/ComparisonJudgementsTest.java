package io.github.csww;

import static io.github.csww.CompareFixtures.CAMDEN;
import static io.github.csww.CompareFixtures.SHROPSHIRE;
import static io.github.csww.CompareFixtures.STAFFORDSHIRE;
import static io.github.csww.CompareFixtures.snapshot;
import static io.github.csww.Fixtures.judgement;
import static io.github.csww.Metric.CASELOAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonJudgementsTest {
  /** Staffordshire: Good from 2016, Requires improvement published on the 2017 census date. */
  private static final Judgement STAFFS_2016 =
      judgement("E10000028", "Staffordshire", Grade.GOOD, LocalDate.of(2016, 6, 1));
  private static final Judgement STAFFS_2017 = judgement("E10000028", "Staffordshire",
      Grade.REQUIRES_IMPROVEMENT, LocalDate.of(2017, 9, 30));
  /** Shropshire: published the day after the 2017 census date. */
  private static final Judgement SHROPS_2017 =
      judgement("E06000051", "Shropshire", Grade.INADEQUATE, LocalDate.of(2017, 10, 1));
  /** Camden: has no 2018 row. */
  private static final Judgement CAMDEN_2015 =
      judgement("E09000007", "Camden", Grade.OUTSTANDING, LocalDate.of(2015, 1, 1));

  private static final Workforce WF = Workforce.of(List.of(
      snapshot(STAFFORDSHIRE, 2017, CASELOAD, 26.4),
      snapshot(SHROPSHIRE, 2017, CASELOAD, 25.1),
      snapshot(CAMDEN, 2017, CASELOAD, 16),
      snapshot(Region.WEST_MIDLANDS, 2017, CASELOAD, 18.5),
      snapshot(England.INSTANCE, 2017, CASELOAD, 17.7),
      snapshot(STAFFORDSHIRE, 2018, CASELOAD, 19),
      snapshot(SHROPSHIRE, 2018, CASELOAD, 17.5),
      snapshot(England.INSTANCE, 2018, CASELOAD, 17.8)));
  private static final Judgements OFSTED =
      Judgements.of(List.of(STAFFS_2016, STAFFS_2017, SHROPS_2017, CAMDEN_2015));

  @Test
  void judgement_isTheOneInForceOnTheCensusDateOfTheComparedYear() {
    Comparison c2017 = WF.withJudgements(OFSTED).year(2017)
        .compare("Staffordshire", "Shropshire", "Camden");
    Comparison c2018 = WF.withJudgements(OFSTED).year(2018)
        .compare("Staffordshire", "Shropshire");

    assertThat(c2017.hasJudgements()).isTrue();
    assertThat(c2017.judgement(STAFFORDSHIRE)).contains(STAFFS_2017); // published on the day
    assertThat(c2017.judgement(SHROPSHIRE)).isEmpty();                // published a day later
    assertThat(c2017.judgement(CAMDEN)).contains(CAMDEN_2015);
    assertThat(c2018.judgement(SHROPSHIRE)).contains(SHROPS_2017);
    for (Comparison c : List.of(c2017, c2018)) {
      for (Authority a : c.authorities()) {
        c.judgement(a).ifPresent(j -> assertThat(j.published())
            .isBeforeOrEqualTo(LocalDate.of(c.year(), 9, 30)));
      }
    }
  }

  @Test
  void judgement_authorityWithoutARowThatYear_isEmpty() {
    Comparison c = WF.withJudgements(OFSTED).year(2018).compare("Staffordshire", "Camden");

    assertThat(c.absent()).contains(CAMDEN);
    assertThat(c.judgement(CAMDEN)).isEmpty();
  }

  @Test
  void judgement_withoutJudgementsJoined_isEmptyAndTheTableHasNoJudgementLine() {
    Comparison c = WF.year(2017).compare("Staffordshire");

    assertThat(c.hasJudgements()).isFalse();
    assertThat(c.judgement(STAFFORDSHIRE)).isEmpty();
    assertThat(c.format(Format.TEXT)).doesNotContain("Ofsted");
  }

  @Test
  void judgement_ofAnAuthorityNotCompared_isRefused() {
    Comparison c = WF.withJudgements(OFSTED).year(2017).compare("Staffordshire");

    assertThatThrownBy(() -> c.judgement(SHROPSHIRE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Shropshire (893) is not a column of this comparison");
    assertThatThrownBy(() -> c.judgement(null))
        .isInstanceOf(NullPointerException.class).hasMessage("authority is null");
  }

  @Test
  void table_withJudgements_addsAnOfstedJudgementLine() {
    Comparison c = WF.withJudgements(OFSTED).year(2017).compare("Staffordshire", "Shropshire")
        .metrics(CASELOAD);

    List<String> lines = c.format(Format.TEXT).lines().toList();

    assertThat(lines).hasSize(6); // title, header, one metric, three notes
    assertThat(lines.get(4)).isEqualTo("Note: Ofsted judgements in force on 2017-09-30: "
        + "Staffordshire: Requires improvement to be good (published 2017-09-30); "
        + "Shropshire: none in force.");
    // the judgements start in 2015: Shropshire's "none" may be a judgement published before
    assertThat(lines.get(5)).isEqualTo("Note: Ofsted judgements on 2017-09-30: 1 of 2 "
        + "authorities shown has none in force in the judgements file, whose earliest judgement "
        + "was published on 2015-01-01; one published before then (an older inspection still in "
        + "force) is not in it, so it may have had one.");
    assertThat(c.byArea().column("ofsted_judgement")).containsExactly(
        Cell.text("Requires improvement to be good"), Cell.blank(), Cell.blank(), Cell.blank());
  }

  @Test
  void equals_comparisonsDifferingOnlyInJudgements_areNotEqual() {
    Comparison plain = WF.year(2017).compare("Staffordshire");
    Comparison judged = WF.withJudgements(OFSTED).year(2017).compare("Staffordshire");
    Comparison none = WF.withJudgements(Judgements.empty()).year(2017).compare("Staffordshire");

    assertThat(judged).isNotEqualTo(plain).isEqualTo(
        WF.withJudgements(OFSTED).year(2017).compare("860"));
    assertThat(none).isNotEqualTo(plain);
    assertThat(judged.metrics(CASELOAD).judgement(STAFFORDSHIRE)).contains(STAFFS_2017);
  }

  @Test
  void publicMethods_nullArguments_throwNullPointerException() {
    new NullPointerTester().setDefault(Authority.class, STAFFORDSHIRE)
        .setDefault(Area.class, STAFFORDSHIRE)
        .testAllPublicInstanceMethods(WF.withJudgements(OFSTED).year(2017)
            .compare("Staffordshire"));
  }

  @Test
  void judgementsAt_anotherDate_looksEachUpOnThatDate() {
    Comparison c = WF.withJudgements(OFSTED).year(2017).compare("Staffordshire", "Shropshire");

    Comparison earlier = c.judgementsAt(LocalDate.of(2017, 1, 1));
    Comparison later = c.judgementsAt(LocalDate.of(2017, 10, 1));

    assertThat(c.judgementDate()).contains(LocalDate.of(2017, 9, 30));
    assertThat(earlier.judgementDate()).contains(LocalDate.of(2017, 1, 1));
    assertThat(earlier.judgement(STAFFORDSHIRE)).contains(STAFFS_2016);
    assertThat(earlier.judgement(SHROPSHIRE)).isEmpty();
    assertThat(later.judgement(SHROPSHIRE)).contains(SHROPS_2017);
    assertThat(later.metrics(CASELOAD).judgement(SHROPSHIRE)).contains(SHROPS_2017);
    assertThat(later).isNotEqualTo(c);
  }

  @Test
  void judgementsAt_withoutJudgements_saysWhatIsMissing() {
    Comparison c = WF.year(2017).compare("Staffordshire");

    assertThat(c.judgementDate()).isEmpty();
    assertThatThrownBy(() -> c.judgementsAt(LocalDate.of(2018, 1, 1)))
        .isInstanceOf(MissingJoinException.class)
        .hasMessage("judgementsAt(2018-01-01) needs withJudgements joined to the workforce: call "
            + "withJudgements(...) first");
  }
}
