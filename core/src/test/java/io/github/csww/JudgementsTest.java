package io.github.csww;

import static io.github.csww.Fixtures.judgement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JudgementsTest {
  private static final Authority SOMERSET = new Authority(ImmutableList.of(933),
      ImmutableList.of("E10000027", "E06000066"), ImmutableList.of("Somerset"),
      Region.SOUTH_WEST);
  private static final Authority KINGSTON_RICHMOND = Authority.of("314 / 318",
      "E09000021 / E09000027", "Kingston upon Thames / Richmond upon Thames",
      Region.OUTER_LONDON);

  @Test
  void inForce_matchesThroughEveryCodeTheAuthorityHasHad() {
    // Ofsted files a 2022 inspection of Somerset under the code it took in 2023.
    Judgement j = judgement("E06000066", "Somerset", Grade.GOOD, LocalDate.of(2022, 9, 21));
    Judgements js = Judgements.of(List.of(j));

    assertThat(js.inForce(SOMERSET, LocalDate.of(2022, 9, 30))).contains(j);
    assertThat(js.history(SOMERSET)).containsExactly(j);
  }

  @Test
  void inForce_neverMatchesByName() {
    Judgement sameNameOtherCode =
        judgement("E06000024", "Somerset", Grade.INADEQUATE, LocalDate.of(2021, 1, 10));
    Judgement otherSpellingSameCode =
        judgement("E10000027", "Somerset County Council", Grade.GOOD, LocalDate.of(2019, 5, 1));
    Judgements js = Judgements.of(List.of(sameNameOtherCode, otherSpellingSameCode));

    assertThat(js.inForce(SOMERSET, LocalDate.of(2022, 1, 1))).contains(otherSpellingSameCode);
    assertThat(js.history(SOMERSET)).containsExactly(otherSpellingSameCode);
  }

  @Test
  void inForce_isTheLatestPublishedOnOrBeforeTheDate() {
    Judgement old = judgement("E10000028", "Staffordshire", Grade.GOOD, LocalDate.of(2019, 3, 11));
    Judgement recent = judgement("E10000028", "Staffordshire", Grade.REQUIRES_IMPROVEMENT,
        LocalDate.of(2024, 1, 12));
    Authority staffs = Fixtures.authority("860", "E10000028", "Staffordshire");
    Judgements js = Judgements.of(List.of(recent, old));

    assertThat(js.inForce(staffs, LocalDate.of(2024, 1, 12))).contains(recent);
    assertThat(js.inForce(staffs, LocalDate.of(2024, 1, 11))).contains(old);
    assertThat(js.inForce(staffs, LocalDate.of(2019, 3, 10))).isEmpty();
    assertThat(js.latest(staffs)).contains(recent);
    assertThat(js.all()).containsExactly(old, recent);
  }

  @Test
  void inForceByCode_givesOnePerPartnerOfACombinedReturn() {
    Judgement kingston = judgement("E09000021", "Kingston upon Thames", Grade.OUTSTANDING,
        LocalDate.of(2025, 1, 29));
    Judgement richmond = judgement("E09000027", "Richmond upon Thames", Grade.GOOD,
        LocalDate.of(2022, 3, 18));
    Judgements js = Judgements.of(List.of(kingston, richmond));
    LocalDate date = LocalDate.of(2025, 9, 30);

    assertThat(js.inForceByCode(KINGSTON_RICHMOND, date))
        .isEqualTo(ImmutableMap.of("E09000021", kingston, "E09000027", richmond));
    assertThat(js.inForce(KINGSTON_RICHMOND, date)).contains(kingston);
    assertThat(js.inForce(KINGSTON_RICHMOND, LocalDate.of(2024, 1, 1))).contains(richmond);
  }

  @Test
  void of_equalJudgements_countOnce() {
    Judgement j = judgement("E10000028", "Staffordshire", Grade.GOOD, LocalDate.of(2019, 3, 11));
    Judgement same = judgement("E10000028", "Staffordshire", Grade.GOOD, LocalDate.of(2019, 3, 11));

    assertThat(Judgements.of(List.of(j, same)).size()).isEqualTo(1);
  }

  @Test
  void of_twoJudgementsSameCodeSameDay_throwsNamingBoth() {
    Judgement a = judgement("E10000028", "Staffordshire", Grade.GOOD, LocalDate.of(2019, 3, 11));
    Judgement b = judgement("E10000028", "Staffordshire", Grade.INADEQUATE,
        LocalDate.of(2019, 3, 11));

    assertThatThrownBy(() -> Judgements.of(List.of(a, b)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two different judgements for E10000028 published on 2019-03-11")
        .hasMessageContaining("Good").hasMessageContaining("Inadequate");
  }

  @Test
  void forCode_ignoresCase() {
    Judgement j = judgement("E10000028", "Staffordshire", Grade.GOOD, LocalDate.of(2019, 3, 11));

    assertThat(Judgements.of(List.of(j)).forCode(" e10000028 ")).containsExactly(j);
  }

  @Test
  void unmatched_listsJudgementsWhoseCodeNoAuthorityHolds() {
    Authority staffs = Fixtures.authority("860", "E10000028", "Staffordshire");
    Workforce wf = Workforce.of(List.of(Fixtures.caseload(staffs, 2025, 100, 10)));
    Judgement held = judgement("E10000028", "Staffordshire", Grade.GOOD, LocalDate.of(2019, 3, 11));
    Judgement stray = judgement("E06000099", "Nowhere", Grade.GOOD, LocalDate.of(2020, 1, 1));

    assertThat(Judgements.of(List.of(held, stray)).unmatched(wf)).containsExactly(stray);
  }

  @Test
  void judgement_refusesBadParts() {
    LocalDate d = LocalDate.of(2020, 1, 1);
    assertThatThrownBy(() -> judgement("860", "x", Grade.GOOD, d))
        .hasMessageContaining("expected an ONS code such as E10000028, got '860'");
    assertThatThrownBy(() -> new Judgement("E10000028", "x", Grade.GOOD, ImmutableMap.of(), d,
        Optional.empty(), d.minusDays(1), "ILACS", Optional.empty()))
        .hasMessageContaining("published on 2019-12-31, before its inspection on 2020-01-01");
    assertThatThrownBy(() -> new Judgement("E10000028", "x", null, ImmutableMap.of(), d,
        Optional.empty(), d, "ILACS", Optional.empty()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Judgement("E10000028", "x", Grade.GOOD, ImmutableMap.of(), d,
        null, d, "ILACS", Optional.empty()))
        .hasMessageContaining("Optional.empty()");
  }

  @Test
  void judgement_onsCode_isACapitalAndEightAsciiDigits() {
    LocalDate d = LocalDate.of(2020, 1, 1);
    assertThat(judgement("E10000028", "x", Grade.GOOD, d).code()).isEqualTo("E10000028");
    assertThat(judgement("W06000001", "x", Grade.GOOD, d).code()).isEqualTo("W06000001");
    for (String bad : List.of("", "E", "e10000028", "E1000002", "E100000280", "EE0000028",
        "E1000002X", "E1000002\u0668", "1E0000002", " E10000028", "E10000028 ", "[10000028",
        "@10000028", "E1000002/")) {
      assertThatThrownBy(() -> judgement(bad, "x", Grade.GOOD, d))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("expected an ONS code such as E10000028, got '" + bad + "'");
    }
  }

  @Test
  void judgement_subJudgements_keepOrderAreCopiedAndRefuseNulls() {
    LocalDate d = LocalDate.of(2020, 1, 1);
    java.util.Map<String, Grade> subs = new java.util.LinkedHashMap<>();
    subs.put(Judgement.LEADERS, Grade.GOOD);
    subs.put(Judgement.CARE_LEAVERS, Grade.INADEQUATE);
    subs.put(Judgement.HELP_AND_PROTECTION, Grade.OUTSTANDING);
    Judgement j = new Judgement("E10000028", "x", Grade.GOOD, subs, d, Optional.empty(), d,
        "ILACS", Optional.empty());
    subs.clear();
    assertThat(j.subJudgements()).containsExactly(
        java.util.Map.entry(Judgement.LEADERS, Grade.GOOD),
        java.util.Map.entry(Judgement.CARE_LEAVERS, Grade.INADEQUATE),
        java.util.Map.entry(Judgement.HELP_AND_PROTECTION, Grade.OUTSTANDING));
    assertThatThrownBy(() -> j.subJudgements().put(Judgement.LEADERS, Grade.INADEQUATE))
        .isInstanceOf(UnsupportedOperationException.class);
    java.util.Map<String, Grade> nullGrade = new java.util.HashMap<>();
    nullGrade.put(Judgement.LEADERS, null);
    assertThatThrownBy(() -> new Judgement("E10000028", "x", Grade.GOOD, nullGrade, d,
        Optional.empty(), d, "ILACS", Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("judgement for E10000028 has a null grade for " + Judgement.LEADERS);
    java.util.Map<String, Grade> nullName = new java.util.HashMap<>();
    nullName.put(null, Grade.GOOD);
    assertThatThrownBy(() -> new Judgement("E10000028", "x", Grade.GOOD, nullName, d,
        Optional.empty(), d, "ILACS", Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("judgement for E10000028 has a null sub-judgement name");
    assertThatThrownBy(() -> new Judgement("E10000028", "x", Grade.GOOD, null, d,
        Optional.empty(), d, "ILACS", Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("subJudgements is null: use an empty map");
    assertThatThrownBy(() -> new Judgement("E10000028", "x", Grade.GOOD, java.util.Map.of(), d,
        Optional.of(d.minusDays(1)), d, "ILACS", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("judgement for E10000028: inspection ends on 2019-12-31, before it starts on "
            + "2020-01-01");
  }

  @Test
  void judgement_equalityAndSubJudgements() {
    LocalDate d = LocalDate.of(2020, 1, 1);
    Judgement a = new Judgement("E10000028", "Staffordshire", Grade.GOOD,
        ImmutableMap.of(Judgement.CARE_LEAVERS, Grade.INADEQUATE), d, Optional.empty(),
        d.plusDays(40), "ILACS", Optional.of("ILACS Short Inspection"));
    Judgement b = new Judgement("E10000028", "Staffordshire", Grade.GOOD,
        ImmutableMap.of(Judgement.CARE_LEAVERS, Grade.INADEQUATE), d, Optional.empty(),
        d.plusDays(40), "ILACS", Optional.of("ILACS Short Inspection"));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.subJudgement(Judgement.CARE_LEAVERS)).contains(Grade.INADEQUATE);
    assertThat(a.subJudgement(Judgement.LEADERS)).isEmpty();
    assertThat(a.isPublishedBy(d.plusDays(40))).isTrue();
    assertThat(a.isPublishedBy(d.plusDays(39))).isFalse();
  }

  @Test
  void inForce_neverHasAPublicationDateAfterTheDate_property() {
    LocalDate base = LocalDate.of(2015, 1, 1);
    qt().forAll(lists().of(integers().between(0, 4000)).ofSizeBetween(0, 25),
            integers().between(-10, 4100))
        .checkAssert((offsets, at) -> {
          Set<Integer> distinct = new LinkedHashSet<>(offsets);
          List<Judgement> all = new ArrayList<>();
          int i = 0;
          for (int off : distinct) {
            String code = i++ % 2 == 0 ? "E10000027" : "E06000066";
            all.add(judgement(code, "Somerset", Grade.values()[off % 4],
                base.plusDays(off)));
          }
          LocalDate date = base.plusDays(at);
          Judgements js = Judgements.of(all);
          Optional<Judgement> j = js.inForce(SOMERSET, date);
          Optional<LocalDate> latest = all.stream().map(Judgement::published)
              .filter(p -> !p.isAfter(date)).max(LocalDate::compareTo);
          assertThat(j.map(Judgement::published)).isEqualTo(latest);
          j.ifPresent(x -> assertThat(x.published()).isBeforeOrEqualTo(date));
        });
  }
}
