package io.github.csww;

import static io.github.csww.Issue2.BLACKBURN;
import static io.github.csww.Issue2.DARLINGTON;
import static io.github.csww.Issue2.HERTFORDSHIRE;
import static io.github.csww.Issue2.HULL;
import static io.github.csww.Issue2.KENSINGTON;
import static io.github.csww.Issue2.KINGSTON_RICHMOND;
import static io.github.csww.Issue2.SHROPSHIRE;
import static io.github.csww.Issue2.SOUTHAMPTON;
import static io.github.csww.Issue2.STAFFORDSHIRE;
import static io.github.csww.Issue2.SUTTON;
import static io.github.csww.Metric.CASELOAD;
import static io.github.csww.Metric.CASE_HOLDERS;
import static io.github.csww.Metric.SOCIAL_WORKERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Views, defaults and construction of a {@link Workforce}. */
class WorkforceTest {

  private final Workforce wf = Issue2.workforce();

  private static List<Area> areas(Workforce view) {
    return view.snapshots().stream().map(Snapshot::area).toList();
  }

  private static Snapshot region(Region r, int year, double socialWorkers) {
    return Snapshot.builder(r, year).set(SOCIAL_WORKERS, socialWorkers).build();
  }

  // ------------------------------------------------------------------ construction

  @Test
  void of_holdsEverySnapshot_byYearLevelAndName() {
    assertThat(wf.snapshots()).hasSize(12);
    assertThat(wf.years()).containsExactly(2016, 2017);
    assertThat(wf.latestYear()).isEqualTo(2017);
    assertThat(areas(wf)).containsExactly(England.INSTANCE, England.INSTANCE, BLACKBURN,
        DARLINGTON, HERTFORDSHIRE, KENSINGTON, HULL, KINGSTON_RICHMOND, SHROPSHIRE, SOUTHAMPTON,
        STAFFORDSHIRE, SUTTON);
    assertThat(wf.snapshots().get(0)).isEqualTo(Issue2.ENGLAND_2016);
    assertThat(wf.report()).isEqualTo(LoadReport.inMemory(12));
    assertThat(wf).hasToString("Workforce[12 snapshots, 2016-2017]");
  }

  @Test
  void of_copiesItsInput() {
    List<Snapshot> input = new ArrayList<>(Issue2.ALL);
    Workforce w = Workforce.of(input);
    input.clear();
    assertThat(w.snapshots()).hasSize(12);
    // Unmodifiable (a JDK list since the load path stopped loading Guava's collections).
    assertThatThrownBy(() -> w.snapshots().add(Issue2.ENGLAND_2016))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> w.snapshots().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void of_duplicateAreaAndYear_throwsNamingThem() {
    Snapshot again = Issue2.la(STAFFORDSHIRE, 1, 2);
    List<Snapshot> input = new ArrayList<>(Issue2.ALL);
    input.add(again);
    assertThatThrownBy(() -> Workforce.of(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two snapshots for Staffordshire (860) in 2017: each area has one per year");
    assertThatThrownBy(() -> Workforce.of(List.of(Issue2.ENGLAND_2017,
        Snapshot.builder(England.INSTANCE, 2017).build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two snapshots for England in 2017: each area has one per year");
  }

  @Test
  void of_duplicateAreaAndYear_amongYearsFarApart_throwsNamingThem() {
    // Years 1900 and 2999 make the grid of years by areas sparse: the keys are sorted instead.
    List<Snapshot> input = List.of(Snapshot.builder(England.INSTANCE, 1900).build(),
        Issue2.la(STAFFORDSHIRE, 1, 2), Snapshot.builder(England.INSTANCE, 2999).build(),
        Issue2.la(STAFFORDSHIRE, 3, 4));
    assertThatThrownBy(() -> Workforce.of(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two snapshots for Staffordshire (860) in 2017: each area has one per year");
    assertThat(Workforce.of(input.subList(0, 3)).snapshots()).extracting(Snapshot::year)
        .containsExactly(1900, 2017, 2999);
  }

  @Test
  void of_duplicateLaNumberUnderAnotherName_throws() {
    Authority renamed = Authority.of("860", "E10000028", "Staffs", Region.WEST_MIDLANDS);
    assertThatThrownBy(() -> Workforce.of(List.of(Issue2.la(STAFFORDSHIRE, 1, 2),
        Issue2.la(renamed, 1, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("two snapshots for ")
        .hasMessageEndingWith(" (860) in 2017: each area has one per year");
  }

  @Test
  void of_duplicateBetweenTwoAuthoritiesOfTheSameNameAndCode_throws() {
    // Regression: duplicates were only looked for between neighbours in sorted order, and a
    // different authority with the same name and code could sit between them.
    Authority one = Authority.of("1", "E0", "Same", Region.LONDON);
    Authority two = Authority.of("2", "E0", "Same", Region.LONDON);
    List<Snapshot> input = List.of(Snapshot.builder(one, 2017).set(CASELOAD, 1).build(),
        Snapshot.builder(two, 2017).build(),
        Snapshot.builder(one, 2017).set(CASELOAD, 2).build());
    assertThatThrownBy(() -> Workforce.of(input))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two snapshots for Same (1) in 2017: each area has one per year");
  }

  @Test
  void of_orderOfInputDoesNotMatter_evenForAuthoritiesSharingNameAndCode() {
    Authority one = Authority.of("1", "E0", "Same", Region.LONDON);
    Authority two = Authority.of("2", "E0", "Same", Region.LONDON);
    Snapshot a = Snapshot.builder(one, 2017).set(CASELOAD, 1).build();
    Snapshot b = Snapshot.builder(two, 2017).set(CASELOAD, 1).build();
    assertThat(Workforce.of(List.of(a, b)).snapshots())
        .isEqualTo(Workforce.of(List.of(b, a)).snapshots())
        .containsExactly(a, b);
    assertThat(Workforce.of(List.of(b, a)).rankBy(CASELOAD).rows())
        .extracting(Ranked::snapshot).containsExactly(a, b);
  }

  @Test
  void of_joinsAnAuthoritysCodesAndNamesAcrossYears() {
    Authority somerset2022 = Authority.of("933", "E10000027", "Somerset", Region.SOUTH_WEST);
    Authority somerset2023 = Authority.of("933", "E06000066", "Somerset", Region.SOUTH_WEST);
    Workforce w = Workforce.of(List.of(
        Snapshot.builder(somerset2023, 2023).set(CASELOAD, 17).build(),
        Snapshot.builder(somerset2022, 2022).set(CASELOAD, 18).build()));
    Authority joined = new Authority(ImmutableList.of(933),
        ImmutableList.of("E10000027", "E06000066"), ImmutableList.of("Somerset"),
        Region.SOUTH_WEST);
    assertThat(areas(w)).containsExactly(joined, joined);
    assertThat(w.authorities()).containsExactly(joined);
    assertThat(w.years(2022, 2023).rankBy(CASELOAD).rows()).extracting(Ranked::area)
        .containsOnly(joined);
  }

  @Test
  void of_empty_isAnEmptyWorkforce() {
    Workforce empty = Workforce.of(List.of());
    assertThat(empty.snapshots()).isEmpty();
    assertThat(empty.years()).isEmpty();
    assertThat(empty.rankBy(CASELOAD).rows()).isEmpty();
    assertThat(empty.authorities()).isEmpty();
    assertThat(empty).hasToString("Workforce[0 snapshots]");
    assertThatThrownBy(empty::latestYear)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the view holds no snapshots (the workforce is empty)");
  }

  // ------------------------------------------------------------------ year and years

  @Test
  void year_selectsOneYear() {
    assertThat(wf.year(2017).snapshots()).hasSize(11)
        .allSatisfy(s -> assertThat(s.year()).isEqualTo(2017));
    assertThat(wf.year(2016).snapshots()).containsExactly(Issue2.ENGLAND_2016);
  }

  @Test
  void year_absent_throwsListingTheYears() {
    assertThatThrownBy(() -> wf.year(2015))
        .isInstanceOf(UnsupportedViewException.class)
        .hasMessage("no figures for 2015; years present: 2016 to 2017");
    assertThatThrownBy(() -> Workforce.of(List.of(Issue2.ENGLAND_2016)).year(2017))
        .isInstanceOf(UnsupportedViewException.class)
        .hasMessage("no figures for 2017; years present: 2016");
    // A missing year behaves the same in years(a, b).
    assertThatThrownBy(() -> wf.years(2015, 2015))
        .isInstanceOf(UnsupportedViewException.class)
        .hasMessage("no figures for 2015; years present: 2016 to 2017");
    assertThatThrownBy(() -> wf.years(2018, 2030))
        .isInstanceOf(UnsupportedViewException.class)
        .hasMessage("no figures for 2018 to 2030; years present: 2016 to 2017");
  }

  @Test
  void years_selectsARangeBothEndsIncluded() {
    assertThat(wf.years(2016, 2016).snapshots()).containsExactly(Issue2.ENGLAND_2016);
    assertThat(wf.years(2016, 2017)).isEqualTo(wf);
    assertThat(wf.years(2017, 2030)).isEqualTo(wf.year(2017));
    // a range that holds any year present selects those years
    assertThat(wf.years(2010, 2016).snapshots()).containsExactly(Issue2.ENGLAND_2016);
  }

  @Test
  void years_extremeBounds_areStillBounds() {
    // Regression: years(Integer.MIN_VALUE, to) was read as "no year filter".
    assertThat(wf.years(Integer.MIN_VALUE, 2016).snapshots())
        .containsExactly(Issue2.ENGLAND_2016);
    assertThat(wf.years(2017, Integer.MAX_VALUE)).isEqualTo(wf.year(2017));
    assertThat(wf.years(Integer.MIN_VALUE, 2016).level(Level.NATIONAL).rankBy(CASELOAD).rows())
        .extracting(Ranked::value).containsExactly(16.1);
  }

  @Test
  void years_fromAfterTo_throws() {
    assertThatThrownBy(() -> wf.years(2017, 2016))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("years(from, to) needs from <= to, got 2017 and 2016");
  }

  @Test
  void steps_narrowTheViewTheyAreCalledOn() {
    // Regression: a second year, level or region step replaced the first instead of narrowing.
    assertThat(wf.year(2017).years(2016, 2017)).isEqualTo(wf.year(2017));
    assertThat(wf.years(2016, 2017).year(2016)).isEqualTo(wf.year(2016));
    assertThat(wf.year(2016).year(2017).snapshots()).isEmpty();
    assertThat(wf.level(Level.NATIONAL).level(Level.LOCAL_AUTHORITY).snapshots()).isEmpty();
    assertThat(wf.level(Level.NATIONAL, Level.LOCAL_AUTHORITY).level(Level.NATIONAL))
        .isEqualTo(wf.level(Level.NATIONAL));
    assertThat(wf.region(Region.LONDON).region(Region.INNER_LONDON))
        .isEqualTo(wf.region(Region.INNER_LONDON).region(Region.LONDON))
        .isEqualTo(wf.region(Region.INNER_LONDON));
    assertThat(wf.region(Region.LONDON).region(Region.WEST_MIDLANDS).snapshots()).isEmpty();
    assertThat(wf.region(Region.INNER_LONDON).region(Region.OUTER_LONDON).snapshots()).isEmpty();
    assertThat(wf.region(Region.LONDON).region(Region.WEST_MIDLANDS).rankBy(CASELOAD).size())
        .isZero();
  }

  // ------------------------------------------------------------------ level and defaults

  @Test
  void rankBy_withoutYearOrLevel_ranksLocalAuthoritiesOfTheLatestYear() {
    assertThat(wf.rankBy(CASELOAD).rows()).hasSize(10)
        .allSatisfy(r -> {
          assertThat(r.area()).isInstanceOf(Authority.class);
          assertThat(r.year()).isEqualTo(2017);
        });
  }

  @Test
  void rankBy_latestYearIsTheLatestOfTheRankedLevel() {
    List<Snapshot> input = new ArrayList<>(Issue2.ALL);
    input.add(Snapshot.builder(STAFFORDSHIRE, 2018).set(CASELOAD, 30).build());
    Workforce w = Workforce.of(input);
    assertThat(w.rankBy(CASELOAD).rows()).extracting(Ranked::year).containsExactly(2018);
    assertThat(w.level(Level.NATIONAL).rankBy(CASELOAD).single().year()).isEqualTo(2017);
  }

  @Test
  void level_national_isEngland() {
    assertThat(wf.level(Level.NATIONAL).snapshots())
        .containsExactly(Issue2.ENGLAND_2016, Issue2.ENGLAND_2017);
    assertThat(wf.level(Level.NATIONAL).rankBy(CASELOAD).single().value()).isEqualTo(17.8);
    assertThat(wf.year(2016).level(Level.NATIONAL).rankBy(CASELOAD).single().value())
        .isEqualTo(16.1);
    assertThat(wf.level(Level.REGIONAL).snapshots()).isEmpty();
    assertThat(wf.level(Level.LOCAL_AUTHORITY).snapshots()).hasSize(10);
    assertThat(wf.level(Level.NATIONAL, Level.LOCAL_AUTHORITY, Level.REGIONAL)).isEqualTo(wf);
  }

  @Test
  void rankBy_yearWithoutAuthorities_isEmpty() {
    assertThat(wf.year(2016).rankBy(CASELOAD).rows()).isEmpty();
    assertThat(wf.year(2016).rankBy(CASELOAD).leftOut()).isEmpty();
  }

  // ------------------------------------------------------------------ region and where

  @Test
  void region_london_includesInnerAndOuterLondon() {
    assertThat(areas(wf.region(Region.LONDON))).containsExactly(KENSINGTON, KINGSTON_RICHMOND,
        SUTTON);
    assertThat(areas(wf.region(Region.INNER_LONDON))).containsExactly(KENSINGTON);
    assertThat(areas(wf.region(Region.OUTER_LONDON))).containsExactly(KINGSTON_RICHMOND, SUTTON);
    assertThat(areas(wf.region(Region.WEST_MIDLANDS))).containsExactly(SHROPSHIRE,
        STAFFORDSHIRE);
    assertThat(wf.region(Region.SOUTH_WEST).snapshots()).isEmpty();
  }

  @Test
  void region_includesRegionalRowsInsideIt_andNeverEngland() {
    List<Snapshot> input = new ArrayList<>(Issue2.ALL);
    input.add(region(Region.LONDON, 2017, 100));
    input.add(region(Region.INNER_LONDON, 2017, 40));
    input.add(region(Region.OUTER_LONDON, 2017, 60));
    input.add(region(Region.WEST_MIDLANDS, 2017, 50));
    Workforce w = Workforce.of(input);
    assertThat(areas(w.region(Region.LONDON).level(Level.REGIONAL)))
        .containsExactly(Region.INNER_LONDON, Region.LONDON, Region.OUTER_LONDON);
    assertThat(areas(w.region(Region.INNER_LONDON).level(Level.REGIONAL)))
        .containsExactly(Region.INNER_LONDON);
    assertThat(areas(w.level(Level.REGIONAL))).hasSize(4);
    assertThat(w.region(Region.LONDON).snapshots()).hasSize(6);
    assertThat(w.region(Region.LONDON).snapshots())
        .noneMatch(s -> s.area() instanceof England);
  }

  @Test
  void where_keepsSnapshotsThatPass_andCombinesWithOtherSteps() {
    Workforce big = wf.where(s -> s.has(CASE_HOLDERS) && s.number(CASE_HOLDERS) > 100);
    assertThat(areas(big)).containsExactly(HERTFORDSHIRE, HULL, STAFFORDSHIRE);
    assertThat(areas(big.region(Region.WEST_MIDLANDS))).containsExactly(STAFFORDSHIRE);
    assertThat(areas(big.where(s -> s.area().label().startsWith("H"))))
        .containsExactly(HERTFORDSHIRE);
    assertThat(big.rankBy(CASELOAD).rows()).extracting(Ranked::area)
        .containsExactly(STAFFORDSHIRE, HULL, HERTFORDSHIRE);
  }

  @Test
  void views_areImmutableAndReusable() {
    Workforce london = wf.region(Region.LONDON);
    Workforce inner = london.region(Region.INNER_LONDON);
    london.year(2017).where(s -> false);
    assertThat(london.snapshots()).hasSize(3);
    assertThat(inner.snapshots()).hasSize(1);
    assertThat(wf.snapshots()).hasSize(12);
    Ranking r = london.rankBy(CASELOAD);
    r.ascending();
    assertThat(r.isAscending()).isFalse();
  }

  // ------------------------------------------------------------------ snapshot and england

  @Test
  void snapshot_ofAnArea_inTheViewsYear() {
    assertThat(wf.snapshot(STAFFORDSHIRE)).contains(Issue2.LA_2017.get(5));
    assertThat(wf.year(2016).snapshot(STAFFORDSHIRE)).isEmpty();
    assertThat(wf.snapshot(Region.LONDON)).isEmpty();
    assertThat(wf.england()).contains(Issue2.ENGLAND_2017);
    assertThat(wf.year(2016).england()).contains(Issue2.ENGLAND_2016);
    assertThat(wf.level(Level.LOCAL_AUTHORITY).england()).contains(Issue2.ENGLAND_2017);
  }

  @Test
  void latestYear_emptyView_throwsNamingTheYearsHeld() {
    assertThatThrownBy(() -> wf.year(2016).level(Level.LOCAL_AUTHORITY).latestYear())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the view holds no snapshots; the workforce holds 2016 to 2017");
    assertThat(wf.region(Region.LONDON).latestYear()).isEqualTo(2017);
    assertThat(wf.level(Level.NATIONAL).years()).containsExactly(2016, 2017);
  }

  // ------------------------------------------------------------------ loading

  @Test
  void load_withoutAReader_namesTheArtifactToAdd(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("csww.csv");
    Files.writeString(file, "time_period,geographic_level\n");
    assertThatThrownBy(() -> Workforce.load(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no workforce file reader is installed: add the dependency "
            + "io.github.csww:csww-io (artifact csww-io) to the class path or module path "
            + "to read " + file);
    assertThatThrownBy(() -> Workforce.load(new ByteArrayInputStream(new byte[0]), "s.csv",
        LoadOptions.lenient()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("to read s.csv");
  }

  @Test
  void load_missingFileOrDirectory_throwsLoadException(@TempDir Path dir) {
    Path missing = dir.resolve("missing.csv");
    assertThatThrownBy(() -> Workforce.load(missing))
        .isInstanceOf(LoadException.class)
        .hasMessage(missing + ": no such file");
    assertThatThrownBy(() -> Workforce.load(dir, LoadOptions.strict()))
        .isInstanceOf(LoadException.class)
        .hasMessage(dir + ": is a directory, expected a workforce file");
  }
}
