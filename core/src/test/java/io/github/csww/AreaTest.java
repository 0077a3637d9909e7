package io.github.csww;

import static io.github.csww.Issue2.HULL;
import static io.github.csww.Issue2.KINGSTON_RICHMOND;
import static io.github.csww.Issue2.STAFFORDSHIRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AreaTest {

  // ------------------------------------------------------------------ Authority

  @Test
  void authorityOf_oneLaNumber() {
    assertThat(STAFFORDSHIRE.laNumbers()).containsExactly(860);
    assertThat(STAFFORDSHIRE.laNumber()).isEqualTo("860");
    assertThat(STAFFORDSHIRE.codes()).containsExactly("E10000028");
    assertThat(STAFFORDSHIRE.allCodes()).containsExactly("E10000028");
    assertThat(STAFFORDSHIRE.names()).containsExactly("Staffordshire");
    assertThat(STAFFORDSHIRE.code()).isEqualTo("E10000028");
    assertThat(STAFFORDSHIRE.name()).isEqualTo("Staffordshire");
    assertThat(STAFFORDSHIRE.region()).isSameAs(Region.WEST_MIDLANDS);
    assertThat(STAFFORDSHIRE.level()).isEqualTo(Level.LOCAL_AUTHORITY);
    assertThat(STAFFORDSHIRE.isCombined()).isFalse();
    assertThat(STAFFORDSHIRE).hasToString("Staffordshire (860)");
  }

  @Test
  void authorityOf_combinedReturn_isOneUnitWithTwoNumbers() {
    assertThat(KINGSTON_RICHMOND.laNumbers()).containsExactly(314, 318);
    assertThat(KINGSTON_RICHMOND.laNumber()).isEqualTo("314 / 318");
    assertThat(KINGSTON_RICHMOND.isCombined()).isTrue();
    assertThat(KINGSTON_RICHMOND.code()).isEqualTo("E09000021 / E09000027");
    assertThat(KINGSTON_RICHMOND.allCodes()).containsExactly("E09000021", "E09000027");
    assertThat(KINGSTON_RICHMOND)
        .hasToString("Kingston upon Thames / Richmond upon Thames (314 / 318)");
  }

  @Test
  void authorityOf_stripsCells() {
    Authority a = Authority.of(" 810 ", " E06000010\t", "  Kingston upon Hull, City of ",
        Region.YORKSHIRE_AND_THE_HUMBER);
    assertThat(a).isEqualTo(HULL);
  }

  @Test
  void authority_keepsHistoryOldestFirst_latestIsCurrent() {
    Authority somerset = new Authority(ImmutableList.of(933),
        ImmutableList.of("E10000027", "E06000066"), ImmutableList.of("Somerset"),
        Region.SOUTH_WEST);
    assertThat(somerset.code()).isEqualTo("E06000066");
    assertThat(somerset.allCodes()).containsExactly("E10000027", "E06000066");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"860|860", "314 / 318|314,318", "314/318|314,318",
      " 0860 |860", "928 / 940 / 941|928,940,941"})
  void parseLaNumbers_valid(String text, String expected) {
    assertThat(Authority.parseLaNumbers(text)).containsExactlyElementsOf(
        java.util.Arrays.stream(expected.split(",")).map(Integer::valueOf).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "/", "abc", "86O", "1.5", "314 / x", "E10000028",
      "99999999999"})
  void parseLaNumbers_notNumbers_throwsNamingTheText(String text) {
    assertThatThrownBy(() -> Authority.parseLaNumbers(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected an LA number such as 860 or 314 / 318, got '" + text + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "314 / 0"})
  void parseLaNumbers_notPositive_throws(String text) {
    assertThatThrownBy(() -> Authority.parseLaNumbers(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a positive LA number, got '" + text + "'");
  }

  @Test
  void authority_badParts_throw() {
    assertThatThrownBy(() -> Authority.of("860", " ", "Staffordshire", Region.WEST_MIDLANDS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("authority [860] has a blank ONS code");
    assertThatThrownBy(() -> Authority.of("860", "E10000028", "", Region.WEST_MIDLANDS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("authority [860] has a blank name");
    assertThatThrownBy(() -> new Authority(ImmutableList.of(), ImmutableList.of("E1"),
        ImmutableList.of("A"), Region.LONDON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an authority needs an LA number");
    assertThatThrownBy(() -> new Authority(ImmutableList.of(-1), ImmutableList.of("E1"),
        ImmutableList.of("A"), Region.LONDON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LA numbers are positive, got -1");
    assertThatThrownBy(() -> new Authority(ImmutableList.of(1), ImmutableList.of(),
        ImmutableList.of("A"), Region.LONDON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("authority [1] needs an ONS code");
    assertThatThrownBy(() -> new Authority(ImmutableList.of(1), ImmutableList.of("E1"),
        ImmutableList.of(), Region.LONDON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("authority [1] needs a name");
  }

  // ------------------------------------------------------------------ Region

  @Test
  void regions_nineEnglishRegionsThenInnerAndOuterLondon() {
    assertThat(Region.values()).extracting(Region::code).containsExactly("E12000001",
        "E12000002", "E12000003", "E12000004", "E12000005", "E12000006", "E12000007",
        "E12000008", "E12000009", "E13000001", "E13000002");
    assertThat(Region.values()).filteredOn(Region::isEnglishRegion).hasSize(9)
        .doesNotContain(Region.INNER_LONDON, Region.OUTER_LONDON);
    for (Region r : Region.values()) {
      assertThat(r.level()).isEqualTo(Level.REGIONAL);
      assertThat(Region.valueOf(r.name())).isSameAs(r);
      assertThat(Region.fromCode(r.code())).containsSame(r);
      assertThat(Region.fromName(r.label())).containsSame(r);
      assertThat(r).hasToString(r.label());
    }
  }

  @Test
  void within_londonHoldsInnerAndOuterLondon() {
    assertThat(Region.INNER_LONDON.within(Region.LONDON)).isTrue();
    assertThat(Region.OUTER_LONDON.within(Region.LONDON)).isTrue();
    assertThat(Region.LONDON.within(Region.LONDON)).isTrue();
    assertThat(Region.INNER_LONDON.within(Region.INNER_LONDON)).isTrue();
    assertThat(Region.LONDON.within(Region.INNER_LONDON)).isFalse();
    assertThat(Region.INNER_LONDON.within(Region.OUTER_LONDON)).isFalse();
    assertThat(Region.INNER_LONDON.within(Region.SOUTH_EAST)).isFalse();
    assertThat(Region.SOUTH_EAST.within(Region.LONDON)).isFalse();
    assertThat(Region.INNER_LONDON.englishRegion()).isSameAs(Region.LONDON);
    assertThat(Region.NORTH_EAST.englishRegion()).isSameAs(Region.NORTH_EAST);
  }

  @Test
  void fromCodeAndName_ignoreCaseSpacesAndPunctuation() {
    assertThat(Region.fromCode(" e12000005 ")).containsSame(Region.WEST_MIDLANDS);
    assertThat(Region.fromCode("E12000010")).isEmpty();
    assertThat(Region.fromName("yorkshire and the humber"))
        .containsSame(Region.YORKSHIRE_AND_THE_HUMBER);
    assertThat(Region.fromName("Yorkshire & The Humber"))
        .containsSame(Region.YORKSHIRE_AND_THE_HUMBER);
    assertThat(Region.fromName("  EAST-OF-ENGLAND ")).containsSame(Region.EAST_OF_ENGLAND);
    assertThat(Region.fromName("London (Inner)")).isEmpty();
  }

  @Test
  void valueOf_unknown_isTheEnumsError_andNamesAreFoundByFromName() {
    // Region is an enum: valueOf takes constants; names as people type them go to fromName,
    // fromCode or Workforce.region(String), which suggests the closest.
    assertThatThrownBy(() -> Region.valueOf("MIDLANDS"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MIDLANDS");
    assertThat(Region.valueOf("WEST_MIDLANDS")).isSameAs(Region.WEST_MIDLANDS);
    assertThat(Region.WEST_MIDLANDS.name()).isEqualTo("WEST_MIDLANDS");
    assertThat(Region.WEST_MIDLANDS.label()).isEqualTo("West Midlands")
        .isEqualTo(Region.WEST_MIDLANDS.toString());
    assertThat(Region.fromName("west midlands")).contains(Region.WEST_MIDLANDS);
  }

  // ------------------------------------------------------------------ England and Level

  @Test
  void england_isTheNationalArea() {
    assertThat(England.INSTANCE.code()).isEqualTo("E92000001").isEqualTo(England.CODE);
    assertThat(England.INSTANCE.name()).isEqualTo("England");
    assertThat(England.INSTANCE.level()).isEqualTo(Level.NATIONAL);
    assertThat(new England()).isEqualTo(England.INSTANCE).hasToString("England");
  }

  @Test
  void levelFromLabel_readsPublishedLabels() {
    assertThat(Level.fromLabel("National")).contains(Level.NATIONAL);
    assertThat(Level.fromLabel(" regional ")).contains(Level.REGIONAL);
    assertThat(Level.fromLabel("LOCAL AUTHORITY")).contains(Level.LOCAL_AUTHORITY);
    assertThat(Level.fromLabel("Local authority district")).isEmpty();
    assertThat(Level.LOCAL_AUTHORITY.label()).isEqualTo("Local authority");
  }

  // ------------------------------------------------------------------ names

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Kingston upon Hull, City of|kingston upon hull city of",
      "Bournemouth, Christchurch & Poole|bournemouth christchurch and poole",
      "Bournemouth, Christchurch and Poole|bournemouth christchurch and poole",
      "St. Helens|st helens", "  Ynys Môn |ynys mon", "KINGSTON-UPON-THAMES|kingston upon thames",
      "\"Quoted\" O'Name / Other|quoted o name other", "A&B|a and b", "&|and", "---|''"})
  void normalise_ignoresCaseAccentsAndPunctuation(String name, String expected) {
    assertThat(Names.normalise(name)).isEqualTo(expected);
  }

  @Test
  void distance_isLevenshtein() {
    assertThat(Names.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Names.distance("", "abc")).isEqualTo(3);
    assertThat(Names.distance("staffordshire", "staffordshire")).isZero();
  }
}
