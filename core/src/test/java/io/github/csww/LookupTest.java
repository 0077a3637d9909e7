package io.github.csww;

import static io.github.csww.Issue2.HULL;
import static io.github.csww.Issue2.KINGSTON_RICHMOND;
import static io.github.csww.Issue2.STAFFORDSHIRE;
import static io.github.csww.Metric.CASELOAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Finding authorities by name, LA number and ONS code. */
class LookupTest {

  private final Workforce wf = Issue2.workforce();

  @ParameterizedTest
  @ValueSource(strings = {"Staffordshire", "staffordshire", "STAFFORDSHIRE", "  Staffordshire ",
      "Staffordshire.", "860", " 860 ", "E10000028", "e10000028"})
  void find_staffordshire(String query) {
    assertThat(wf.find(query)).contains(STAFFORDSHIRE);
    assertThat(wf.authority(query).authority()).isEqualTo(STAFFORDSHIRE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kingston upon Hull", "kingston upon hull, city of",
      "Kingston-upon-Hull, City Of", "KINGSTON UPON HULL CITY OF", "810", "E06000010"})
  void find_hull_withOrWithoutItsSuffix(String query) {
    assertThat(wf.find(query)).contains(HULL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Richmond upon Thames", "Kingston upon Thames",
      "Kingston upon Thames / Richmond upon Thames", "kingston upon thames richmond upon thames",
      "314", "318", "314 / 318", "318/314", "E09000021", "E09000027", "E09000021 / E09000027",
      "e09000027/e09000021"})
  void find_combinedReturn_byEitherPartner(String query) {
    assertThat(wf.find(query)).contains(KINGSTON_RICHMOND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Richmond", "richmond", "RICHMOND UPON", "Thames"})
  void find_combinedReturn_byWholeWordsOfOnePartnersName(String query) {
    assertThat(wf.find(query)).contains(KINGSTON_RICHMOND);
    assertThat(wf.authority(query).authority()).isEqualTo(KINGSTON_RICHMOND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Richm", "upon", "ingston"})
  void find_partOfAWordOrWordsOfSeveralNames_isEmpty(String query) {
    assertThat(wf.find(query)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"999", "314 / 999", "E10000099", "E09000021 / E10000028", "Atlantis",
      "", "  ", "99999999999"})
  void find_unknown_isEmpty(String query) {
    assertThat(wf.find(query)).isEmpty();
  }

  @Test
  void authority_unknownName_throwsWithTheClosestNames() {
    assertThatThrownBy(() -> wf.authority("Staffordshir"))
        .isInstanceOf(UnknownAreaException.class)
        .hasMessage("no authority matches 'Staffordshir'; did you mean Staffordshire?");
    assertThatThrownBy(() -> wf.authority("Sotuhampton"))
        .isInstanceOf(UnknownAreaException.class)
        .hasMessage("no authority matches 'Sotuhampton'; did you mean Southampton?");
  }

  @Test
  void authority_partOfAName_suggestsTheNamesThatHoldIt() {
    // Regression: suggestions were by edit distance to whole names only, so "Kingston"
    // suggested Darlington and Sutton before either Kingston.
    assertThatThrownBy(() -> wf.authority("Kingston"))
        .isInstanceOf(UnknownAreaException.class)
        .hasMessage("no authority matches 'Kingston'; did you mean Kingston upon Hull, City of, "
            + "Kingston upon Thames / Richmond upon Thames?");
    assertThatThrownBy(() -> wf.authority("Hull City"))
        .isInstanceOf(UnknownAreaException.class)
        .hasMessage("no authority matches 'Hull City'; did you mean "
            + "Kingston upon Hull, City of?");
  }

  @Test
  void authority_unknownNumberOrCode_throws() {
    assertThatThrownBy(() -> wf.authority("999"))
        .isInstanceOf(UnknownAreaException.class)
        .hasMessage("no authority matches '999'")
        .satisfies(e -> assertThat(((UnknownAreaException) e).suggestions()).isEmpty());
    assertThatThrownBy(() -> Workforce.of(List.of(Issue2.ENGLAND_2017)).authority("Sutton"))
        .isInstanceOf(UnknownAreaException.class)
        .hasMessage("no authority matches 'Sutton'");
  }

  /** Dorset (835) reported 2017 and 2018, Dorset (838) from 2019, with Wiltshire beside both. */
  private static final Authority OLD_DORSET =
      Authority.of("835", "E10000009", "Dorset", Region.SOUTH_WEST);
  private static final Authority NEW_DORSET =
      Authority.of("838", "E06000059", "Dorset", Region.SOUTH_WEST);
  private static final Authority WILTSHIRE =
      Authority.of("865", "E06000054", "Wiltshire", Region.SOUTH_WEST);
  private static final String BOTH_DORSETS = "'Dorset' could mean Dorset (835), reporting 2017 "
      + "to 2018; or Dorset (838), reporting 2019 to 2020: use an LA number or ONS code, or a "
      + "view of one year";

  private static Workforce twoDorsets() {
    List<Snapshot> rows = new ArrayList<>();
    for (int y = 2017; y <= 2020; y++) {
      rows.add(Snapshot.builder(y < 2019 ? OLD_DORSET : NEW_DORSET, y).set(CASELOAD, y - 2000)
          .build());
      rows.add(Snapshot.builder(WILTSHIRE, y).set(CASELOAD, 15).build());
    }
    return Workforce.of(rows);
  }

  @Test
  void authority_nameHeldByTwo_inAViewOfEveryYear_namesBoth() {
    Workforce w = twoDorsets();

    assertThatThrownBy(() -> w.authority("dorset"))
        .isInstanceOf(UnknownAreaException.class)
        .hasMessage(BOTH_DORSETS.replace("'Dorset'", "'dorset'"))
        .satisfies(e -> {
          UnknownAreaException u = (UnknownAreaException) e;
          assertThat(u.isAmbiguous()).isTrue();
          assertThat(u.query()).isEqualTo("dorset");
          assertThat(u.suggestions()).containsExactly("Dorset (835), reporting 2017 to 2018",
              "Dorset (838), reporting 2019 to 2020");
        });
    // the whole workforce, a view across the break and a view of every year name both alike
    for (Workforce view : List.of(w, w.years(2017, 2019), w.years(2018, 2019),
        w.years(2017, 2020), w.region(Region.SOUTH_WEST), w.where(s -> true))) {
      assertThatThrownBy(() -> view.authority("Dorset")).isInstanceOf(UnknownAreaException.class)
          .hasMessage(BOTH_DORSETS);
      assertThatThrownBy(() -> view.area("Dorset")).hasMessage(BOTH_DORSETS);
      assertThatThrownBy(() -> view.trend("Dorset", CASELOAD)).hasMessage(BOTH_DORSETS);
    }
    // find looks in the whole workforce, so finds neither
    assertThat(w.find("Dorset")).isEmpty();
    assertThat(w.year(2017).find("Dorset")).isEmpty();
  }

  @Test
  void authority_nameHeldByTwo_inAViewOfOne_findsIt() {
    Workforce w = twoDorsets();

    assertThat(w.year(2017).authority("Dorset").authority()).isEqualTo(OLD_DORSET);
    assertThat(w.years(2017, 2018).authority("Dorset").authority()).isEqualTo(OLD_DORSET);
    assertThat(w.year(2019).authority("Dorset").authority()).isEqualTo(NEW_DORSET);
    assertThat(w.years(2019, 2020).trend("Dorset", CASELOAD).area()).isEqualTo(NEW_DORSET);
    assertThat(w.year(2018).area("Dorset")).isEqualTo(OLD_DORSET);
    // a name only one authority has held needs no years
    assertThat(w.authority("Wiltshire").snapshots()).hasSize(4);
  }

  @Test
  void authority_nameHeldByTwo_byNumberOrCode_inAnyView() {
    Workforce w = twoDorsets();

    for (Workforce view : List.of(w, w.years(2017, 2019), w.year(2020))) {
      assertThat(view.authority("835").authority()).isEqualTo(OLD_DORSET);
      assertThat(view.authority("E10000009").authority()).isEqualTo(OLD_DORSET);
      assertThat(view.authority("838").authority()).isEqualTo(NEW_DORSET);
      assertThat(view.authority("e06000059").authority()).isEqualTo(NEW_DORSET);
      assertThat(view.area("838")).isEqualTo(NEW_DORSET);
    }
    assertThat(w.authority("835").snapshots()).extracting(Snapshot::year)
        .containsExactly(2017, 2018);
    assertThat(w.find("835")).contains(OLD_DORSET);
    assertThat(w.find("E06000059")).contains(NEW_DORSET);
  }

  @Test
  void oneYearQueries_resolveANameByTheYearTheyAnswerFor() {
    Workforce w = twoDorsets();

    // compare, rankOf and bands answer for one year: the view's, else the latest (2020)
    assertThat(w.compare("Dorset", "Wiltshire").authorities())
        .containsExactly(NEW_DORSET, WILTSHIRE);
    assertThat(w.year(2017).compare("Dorset").authorities()).containsExactly(OLD_DORSET);
    assertThat(w.rankBy(CASELOAD).rankOf("Dorset").orElseThrow().area()).isEqualTo(NEW_DORSET);
    assertThat(w.year(2018).rankBy(CASELOAD).rankOf("Dorset").orElseThrow().value())
        .isEqualTo(18.0);
    assertThat(w.bands(CASELOAD).rankOf("Dorset").orElseThrow().area()).isEqualTo(NEW_DORSET);
    assertThat(w.year(2017).bands(CASELOAD).rankOf("Dorset").orElseThrow().area())
        .isEqualTo(OLD_DORSET);
    assertThatThrownBy(() -> w.years(2017, 2019).compare("Dorset"))
        .isInstanceOf(UnsupportedViewException.class)
        .hasMessage("compare(...) needs one year, the view spans 2017 to 2019; call year(y) first");
  }

  @Test
  void authority_ambiguousName_throwsNamingEach() {
    Authority oldDorset = Authority.of("835", "E10000009", "Dorset", Region.SOUTH_WEST);
    Authority newDorset = Authority.of("838", "E06000059", "Dorset", Region.SOUTH_WEST);
    Workforce w = Workforce.of(List.of(Snapshot.builder(oldDorset, 2019).build(),
        Snapshot.builder(newDorset, 2019).build()));
    assertThatThrownBy(() -> w.authority("dorset"))
        .isInstanceOf(UnknownAreaException.class)
        .hasMessage("'dorset' could mean Dorset (835), reporting 2019; or Dorset (838), "
            + "reporting 2019: use an LA number or ONS code, or a view of one year")
        .satisfies(e -> assertThat(((UnknownAreaException) e).isAmbiguous()).isTrue());
    assertThat(w.find("Dorset")).isEmpty();
    assertThat(w.find("838")).contains(newDorset);
    assertThat(w.find("E10000009")).contains(oldDorset);
  }

  @Test
  void find_laNumber_prefersTheExactUnitOverACombinedReturn() {
    Authority kingston = Authority.of("314", "E09000021", "Kingston upon Thames",
        Region.OUTER_LONDON);
    Workforce w = Workforce.of(List.of(Snapshot.builder(kingston, 2016).build(),
        Issue2.la(KINGSTON_RICHMOND, 65.1, 10.2)));
    assertThat(w.find("314")).contains(kingston);
    assertThat(w.find("318")).contains(KINGSTON_RICHMOND);
    assertThat(w.find("314 / 318")).contains(KINGSTON_RICHMOND);
    assertThat(w.find("Kingston upon Thames")).contains(kingston);
    assertThat(w.find("Richmond upon Thames")).contains(KINGSTON_RICHMOND);
  }

  @Test
  void find_anyHistoricalCode_findsOneAuthorityWithBothCodes() {
    Authority somerset2022 = Authority.of("933", "E10000027", "Somerset", Region.SOUTH_WEST);
    Authority somerset2023 = Authority.of("933", "E06000066", "Somerset", Region.SOUTH_WEST);
    Workforce w = Workforce.of(List.of(
        Snapshot.builder(somerset2022, 2022).set(CASELOAD, 18.5).build(),
        Snapshot.builder(somerset2023, 2023).set(CASELOAD, 17.2).build()));
    Authority byOld = w.find("E10000027").orElseThrow();
    Authority byNew = w.find("E06000066").orElseThrow();
    assertThat(byOld).isEqualTo(byNew).isEqualTo(w.find("Somerset").orElseThrow())
        .isEqualTo(w.find("933").orElseThrow());
    assertThat(byOld.codes()).containsExactly("E10000027", "E06000066");
    assertThat(byOld.code()).isEqualTo("E06000066");
    AuthorityView view = w.authority("E10000027");
    assertThat(view.snapshots()).extracting(Snapshot::year).containsExactly(2022, 2023);
    assertThat(view.series(CASELOAD)).containsExactly(
        java.util.Map.entry(2022, Value.of(18.5)), java.util.Map.entry(2023, Value.of(17.2)));
    assertThat(view.snapshot(2022).orElseThrow().value(CASELOAD)).isEqualTo(Value.of(18.5));
    assertThat(view.snapshot(2021)).isEmpty();
    assertThat(w.year(2023).authority("Somerset").snapshots()).hasSize(1);
  }

  @Test
  void find_formerName_findsTheRenamedAuthority() {
    Authority before = Authority.of("839", "E06000058", "Bournemouth, Christchurch and Poole",
        Region.SOUTH_WEST);
    Authority after = Authority.of("839", "E06000058", "BCP", Region.SOUTH_WEST);
    Workforce w = Workforce.of(List.of(Snapshot.builder(before, 2019).build(),
        Snapshot.builder(after, 2020).build()));
    Authority joined = w.find("BCP").orElseThrow();
    assertThat(joined.names()).containsExactly("Bournemouth, Christchurch and Poole", "BCP");
    assertThat(w.find("Bournemouth, Christchurch & Poole")).contains(joined);
    assertThat(w.find("bournemouth christchurch and poole")).contains(joined);
    assertThat(w.find("Bournemouth")).contains(joined);
  }

  @Test
  void find_namesWithAccentsAndQuotes() {
    Authority mon = Authority.of("999", "W06000001", "Ynys Môn", Region.NORTH_WEST);
    Authority quoted = Authority.of("998", "E06000998", "\"Odd\" O'Name", Region.NORTH_WEST);
    Workforce w = Workforce.of(List.of(Snapshot.builder(mon, 2017).build(),
        Snapshot.builder(quoted, 2017).build()));
    assertThat(w.find("Ynys Mon")).contains(mon);
    assertThat(w.find("YNYS MÔN")).contains(mon);
    assertThat(w.find("odd o name")).contains(quoted);
  }

  @Test
  void authorities_everyAuthorityOnceByName() {
    assertThat(wf.authorities()).hasSize(10)
        .extracting(Authority::name).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    assertThat(wf.region(Region.LONDON).authorities()).hasSize(10);
  }

  @Test
  void authority_byAuthority_givesItsSnapshotsInTheView() {
    AuthorityView v = wf.authority(STAFFORDSHIRE);
    assertThat(v.authority()).isEqualTo(STAFFORDSHIRE);
    assertThat(v.snapshots()).containsExactly(Issue2.LA_2017.get(5));
    assertThat(wf.year(2016).authority(STAFFORDSHIRE).snapshots()).isEmpty();
    assertThat(wf.level(Level.NATIONAL).authority(STAFFORDSHIRE).snapshots()).hasSize(1);
    assertThat(v).hasToString("AuthorityView[Staffordshire (860), 1 years]");
  }

  @Test
  void find_doesNotDependOnInputOrder() {
    List<Snapshot> reversed = new ArrayList<>(Issue2.ALL);
    java.util.Collections.reverse(reversed);
    Workforce w = Workforce.of(ImmutableList.copyOf(reversed));
    assertThat(w.authorities()).containsExactlyElementsOf(wf.authorities());
  }
}
