package io.github.csww.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.github.csww.Authority;
import io.github.csww.England;
import io.github.csww.IndicatorPair;
import io.github.csww.Indicators;
import io.github.csww.LoadException;
import io.github.csww.LoadOptions;
import io.github.csww.Region;
import io.github.csww.Suppression;
import io.github.csww.Value;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link IndicatorReader} on small files in the EES standard layout, good and bad. */
class IndicatorReaderTest {
  static final String HEADER = "time_period,time_identifier,geographic_level,country_code,"
      + "country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,"
      + "referral_count,rereferral_count,rereferral_percent";
  static final String NATIONAL =
      "2024,Reporting year,National,E92000001,England,,,,,,Referrals,632830,142900,22.6";
  static final String LONDON =
      "2024,Reporting year,Regional,E92000001,England,E12000007,London,,,,Referrals,1,1,100";
  static final String KINGSTON = "2024,Reporting year,Local authority,E92000001,England,"
      + "E13000002,Outer London,314,E09000021,Kingston upon Thames,Referrals,1543,201,13";
  static final String RICHMOND = "2024,Reporting year,Local authority,E92000001,England,"
      + "E13000002,Outer London,318,E09000027,Richmond upon Thames,Referrals,1299,199,15.3";
  static final String HULL = "2024,Reporting year,Local authority,E92000001,England,"
      + "E12000003,Yorkshire and The Humber,810,E06000010,\"Kingston upon Hull, City of\","
      + "Referrals,c,[x],u";
  static final Authority KR = Authority.of("314 / 318", "E09000021 / E09000027",
      "Kingston upon Thames / Richmond upon Thames", Region.OUTER_LONDON);

  static Indicators read(IndicatorReader reader, String... lines) throws IOException {
    String text = String.join("\n", lines) + "\n";
    return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv");
  }

  static Indicators read(String... lines) throws IOException {
    return read(IndicatorReader.standard(), lines);
  }

  static LoadException error(IndicatorReader reader, String... lines) {
    return catchThrowableOfType(LoadException.class, () -> read(reader, lines));
  }

  static LoadException error(String... lines) {
    return error(IndicatorReader.standard(), lines);
  }

  @Test
  void read_standardFile_keysRowsByAreaAndPeriod() throws IOException {
    Indicators t = read(HEADER, NATIONAL, LONDON, KINGSTON, RICHMOND, HULL);

    assertThat(t.names()).containsExactly("referral_count", "rereferral_count",
        "rereferral_percent");
    assertThat(t.filters()).containsExactly(Map.entry("category", "Referrals"));
    assertThat(t.periods()).containsExactly(2024);
    assertThat(t.value(England.INSTANCE, 2024, "rereferral_percent")).contains(Value.of(22.6));
    assertThat(t.value(Region.LONDON, 2024, "referral_count")).contains(Value.of(1));
    Authority hull = Authority.of("810", "E06000010", "Hull", Region.YORKSHIRE_AND_THE_HUMBER);
    assertThat(t.row(hull, 2024).orElseThrow().values()).containsExactly(
        Map.entry("referral_count", Value.suppressed(Suppression.CONFIDENTIAL)),
        Map.entry("rereferral_count", Value.suppressed(Suppression.NOT_AVAILABLE)),
        Map.entry("rereferral_percent", Value.suppressed(Suppression.LOW_RELIABILITY)));
    assertThat(t.report().rowsRead()).isEqualTo(5);
    assertThat(t.report().rowsKept()).isEqualTo(5);
    assertThat(t.source()).isEqualTo("t.csv");
  }

  @Test
  void read_rateWithCounts_detectsThePairAndSaysSo() throws IOException {
    Indicators t = read(HEADER, NATIONAL, KINGSTON, RICHMOND);

    assertThat(t.pairs()).containsExactly(
        IndicatorPair.percent("rereferral_percent", "rereferral_count", "referral_count"));
    assertThat(t.notes()).containsExactly("detected rereferral_percent = rereferral_count / "
        + "referral_count \u00d7 100 (reproduces 3 of 3 published values to within 0.05)");
  }

  @Test
  void read_combinedReturn_sumsPartnersCounts() throws IOException {
    Indicators t = read(HEADER, KINGSTON, RICHMOND);

    assertThat(t.value(KR, 2024, "rereferral_percent").orElseThrow().doubleValue())
        .isCloseTo(400.0 / 2842 * 100, within(1e-12));
  }

  @Test
  void read_twoBaseCounts_takesTheOneThatReproducesTheRate() throws IOException {
    String header = "time_period,geographic_level,region_code,old_la_code,new_la_code,la_name,"
        + "referral_count,referral_child_count,rereferral_child_count,rereferral_child_percent,"
        + "rereferral_count,rereferral_percent";
    Indicators t = read(header,
        "2024,Local authority,E12000004,940,E06000061,North Northamptonshire,5066,4356,1081,24.8,"
            + "1342,26.5",
        "2024,Local authority,E12000004,941,E06000062,West Northamptonshire,4939,4278,992,23.2,"
            + "1228,24.9");

    assertThat(t.pairs()).containsExactly(
        IndicatorPair.percent("rereferral_child_percent", "rereferral_child_count",
            "referral_child_count"),
        IndicatorPair.percent("rereferral_percent", "rereferral_count", "referral_count"));
  }

  @Test
  void read_pairThatDoesNotReproduceTheRates_isDroppedWithANote() throws IOException {
    Indicators t = read(HEADER,
        KINGSTON.replace("1543,201,13", "1543,201,50"),
        RICHMOND.replace("1299,199,15.3", "1299,199,60"));

    assertThat(t.pairs()).isEmpty();
    assertThat(t.notes()).containsExactly("no pair for rereferral_percent: the best candidate "
        + "rereferral_percent = rereferral_count / referral_count \u00d7 100 reproduces only 0 "
        + "of 2 published values; declare the pair to use it");
  }

  @Test
  void read_declaredPair_replacesDetection() throws IOException {
    IndicatorPair odd = IndicatorPair.percent("rereferral_percent", "referral_count",
        "rereferral_count");
    Indicators t = read(IndicatorReader.standard().pair(odd), HEADER, KINGSTON);

    assertThat(t.pairs()).containsExactly(odd);
    assertThat(t.notes()).containsExactly("declared " + odd);
  }

  @Test
  void read_detectionOff_findsNoPair() throws IOException {
    assertThat(read(IndicatorReader.standard().detectPairs(false), HEADER, KINGSTON).pairs())
        .isEmpty();
  }

  @Test
  void read_filterWithSeveralValues_needsASelection() {
    LoadException e = error(HEADER, KINGSTON, KINGSTON.replace("Referrals", "Other"));

    assertThat(e).hasMessage("t.csv:3:11: filter column 'category' has 2 values ('Referrals' "
        + "on line 2 only, 'Other' on line 3 only): choose one with filter(\"category\", "
        + "value)");
  }

  @Test
  void read_oneRowWithAnotherFilterValue_namesItsLine() {
    LoadException e = error(HEADER, KINGSTON, RICHMOND, RICHMOND.replace("318,", "319,")
        .replace("Referrals", "Referals"), KINGSTON.replace("2024", "2023"));

    assertThat(e).hasMessage("t.csv:4:11: filter column 'category' has 2 values ('Referrals' "
        + "first on line 2, 'Referals' on line 4 only): choose one with filter(\"category\", "
        + "value)");
  }

  @Test
  void read_blankRows_areNotReadAndNoted() throws IOException {
    String blank = ",".repeat(13);
    for (LoadOptions o : List.of(LoadOptions.strict(), LoadOptions.lenient())) {
      Indicators t = read(IndicatorReader.standard().options(o), HEADER, KINGSTON, blank,
          RICHMOND, blank, " , ,");

      assertThat(t.rows()).hasSize(2);
      assertThat(t.filters()).containsExactly(Map.entry("category", "Referrals"));
      assertThat(t.report().rowsRead()).isEqualTo(2);
      assertThat(t.report().rowsKept()).isEqualTo(2);
      assertThat(t.report().skipped()).isEmpty();
      assertThat(t.notes()).contains("3 blank rows (every cell empty) not read: lines 3, 5, 6");
    }
  }

  @Test
  void read_onlyBlankRows_isRefused() {
    assertThat(error(HEADER, ",".repeat(13)))
        .hasMessage("t.csv: has a header but no data rows (only 1 blank row): expected at "
            + "least one row after the header");
  }

  @Test
  void read_longName_isRefusedWithTheLimit() throws IOException {
    String name = "N".repeat(5000);
    assertThat(error(HEADER, KINGSTON, RICHMOND.replace("Richmond upon Thames", name)))
        .hasMessage("t.csv:3:10: column 'la_name': expected the authority's name, found a name "
            + "of 5000 characters; the limit is 256 (LoadLimits.maxNameLength)");
    Indicators t = read(IndicatorReader.standard().options(LoadOptions.lenient()), HEADER,
        KINGSTON, RICHMOND.replace("Richmond upon Thames", name));
    assertThat(t.report().skipped()).singleElement().satisfies(s -> {
      assertThat(s.line()).isEqualTo(3);
      assertThat(s.column()).isEqualTo(10);
      assertThat(s.reason()).isEqualTo("column 'la_name': expected the authority's name, found "
          + "a name of 5000 characters; the limit is 256 (LoadLimits.maxNameLength)");
    });
  }

  @Test
  void read_longCodeOrHeader_isRefusedWithTheLimit() {
    assertThat(error(HEADER, KINGSTON.replace("E09000021", "E".repeat(300))))
        .hasMessage("t.csv:2:9: column 'new_la_code': expected an ONS code such as E10000028, "
            + "found a name of 300 characters; the limit is 256 (LoadLimits.maxNameLength)");
    assertThat(error(HEADER + ",x\u001b[2J", KINGSTON + ",1"))
        .hasMessage("t.csv:1:15: expected a column name in the header, found a control "
            + "character (U+001B) at character 2; names may not hold control characters");
  }

  @Test
  void read_rateNamedOutsideTheConvention_isNotedAsUnpaired() throws IOException {
    Indicators t = read(HEADER.replace("rereferral_percent", "Rereferral percent"), NATIONAL,
        KINGSTON, RICHMOND);

    assertThat(t.pairs()).isEmpty();
    assertThat(t.notes()).containsExactly("no pair for rereferral percent: a rate by its name, "
        + "but pairs are detected only for a column S_percent or S_rate beside a count "
        + "S_count, so combined returns and aggregates cannot recompute it; declare the pair "
        + "to use it");
  }

  @Test
  void read_detectionOff_notesTheUnpairedRate() throws IOException {
    Indicators t = read(IndicatorReader.standard().detectPairs(false), HEADER, KINGSTON);

    assertThat(t.notes()).containsExactly("no pair for rereferral_percent: a rate by its name, "
        + "but pair detection is off, so combined returns and aggregates cannot recompute it; "
        + "declare the pair to use it");
  }

  @Test
  void read_selectedFilter_keepsOnlyItsRowsAndNotesTheRest() throws IOException {
    Indicators t = read(IndicatorReader.standard().filter("Category", "Other"), HEADER, KINGSTON,
        KINGSTON.replace("Referrals", "Other"));

    assertThat(t.rows()).hasSize(1);
    assertThat(t.filters()).containsExactly(Map.entry("category", "Other"));
    assertThat(t.notes()).contains("1 rows with other filter values not read (kept category = "
        + "Other)");
    assertThat(t.report().rowsRead()).isEqualTo(1);
  }

  @Test
  void read_selectedFilterValueAbsent_namesTheValues() {
    assertThat(error(IndicatorReader.standard().filter("category", "Nope"), HEADER, KINGSTON))
        .hasMessage("t.csv:1:11: filter column 'category' has no value 'Nope'; values: "
            + "'Referrals'");
  }

  @Test
  void read_selectedFilterColumnAbsent_namesIt() {
    assertThat(error(IndicatorReader.standard().filter("age", "10"), HEADER, KINGSTON))
        .hasMessageStartingWith("t.csv:1: filter column 'age' is not in the header; columns: "
            + "time_period,");
  }

  @Test
  void read_geographyColumnAsFilter_isRefused() {
    assertThat(error(IndicatorReader.standard().filter("la_name", "x"), HEADER, KINGSTON))
        .hasMessage("t.csv:1:10: column 'la_name' is a time or geography column of the EES "
            + "layout, not a filter");
  }

  @Test
  void read_declaredPairColumnAbsent_namesIt() {
    IndicatorPair p = IndicatorPair.percent("rereferral_percent", "rereferral_count", "kids");
    assertThat(error(IndicatorReader.standard().pair(p), HEADER, KINGSTON))
        .hasMessageStartingWith("t.csv:1: declared pair column 'kids' is not in the header");
  }

  @Test
  void read_badCell_namesLineColumnAndWhatWasExpected() {
    assertThat(error(HEADER, KINGSTON, RICHMOND.replace("1299,199", "1299,-")))
        .hasMessage("t.csv:3:13: column 'rereferral_count': expected a number or a "
            + "suppression marker (c, x, z, u, low, :, .), found '-'");
  }

  @Test
  void read_emptyIndicatorCell_isRefused() {
    assertThat(error(HEADER, KINGSTON.replace("1543,201", "1543,")))
        .hasMessage("t.csv:2:13: column 'rereferral_count': expected a number or a suppression "
            + "marker (c, x, z, u, low, :, .), found an empty cell");
  }

  @Test
  void read_lenient_skipsBadRowsAndListsEach() throws IOException {
    Indicators t = read(IndicatorReader.standard().options(LoadOptions.lenient()), HEADER,
        KINGSTON, RICHMOND.replace("1299,199", "1299,-"), "2024,National,too,few");

    assertThat(t.rows()).hasSize(1);
    assertThat(t.report().rowsRead()).isEqualTo(3);
    assertThat(t.report().skipped()).extracting(Object::toString).containsExactly(
        "line 4, column 5: column 'country_name': missing, the row ends before it; expected 14 "
            + "fields as in the header, found 4 (too few)",
        "line 3, column 13: column 'rereferral_count': expected a number or a suppression "
            + "marker (c, x, z, u, low, :, .), found '-'");
  }

  @Test
  void read_duplicateRow_namesBothLines() {
    assertThat(error(HEADER, KINGSTON, RICHMOND, KINGSTON))
        .hasMessage("t.csv:4: duplicate row: Kingston upon Thames (314) in time_period 2024 "
            + "was already read on line 2; expected one row per area and period (does a filter "
            + "column need a selection?)");
  }

  @Test
  void read_badPeriod_isRefused() {
    assertThat(error(HEADER, KINGSTON.replace("2024,", "202324,")))
        .hasMessage("t.csv:2:1: column 'time_period': expected a year such as 2024 between 1900 "
            + "and 2999 (six-digit academic and financial years such as 202324 are not read "
            + "yet), found '202324'");
  }

  @Test
  void read_badLevel_isRefused() {
    assertThat(error(HEADER, KINGSTON.replace("Local authority", "Ward")))
        .hasMessage("t.csv:2:3: column 'geographic_level': expected National, Regional or Local "
            + "authority, found 'Ward'");
  }

  @Test
  void read_badRegion_isRefused() {
    assertThat(error(HEADER, KINGSTON.replace("E13000002", "E99")))
        .hasMessage("t.csv:2:6: column 'region_code': expected an English region code "
            + "(E12000001 to E12000009, E13000001 or E13000002), found 'E99'");
  }

  @Test
  void read_badLaNumber_isRefused() {
    assertThat(error(HEADER, KINGSTON.replace(",314,", ",three,")))
        .hasMessage("t.csv:2:8: column 'old_la_code': expected an LA number such as 860 or "
            + "314 / 318, found 'three'");
  }

  @Test
  void read_blankCodeOrName_isRefused() {
    assertThat(error(HEADER, KINGSTON.replace("E09000021", "")))
        .hasMessage("t.csv:2:9: column 'new_la_code': expected an ONS code such as E10000028, "
            + "found an empty cell");
    assertThat(error(HEADER, KINGSTON.replace("Kingston upon Thames", " ")))
        .hasMessage("t.csv:2:10: column 'la_name': expected the authority's name, found ' '");
  }

  @Test
  void read_wrongFieldCount_isRefused() {
    assertThat(error(HEADER, KINGSTON + ",extra"))
        .hasMessage("t.csv:2:15: field 15: past the header's 14 columns; expected 14 fields as in "
            + "the header, found 15 (too many)");
  }

  @Test
  void read_missingRequiredColumns_areNamed() {
    assertThat(error("time_period,la_name,x_count", "2024,A,1"))
        .hasMessage("t.csv:1: missing required columns 'geographic_level', 'region_code', "
            + "'old_la_code', 'new_la_code' (Explore Education Statistics standard layout)");
  }

  @Test
  void read_duplicateHeaderColumn_isRefused() {
    assertThat(error(HEADER + ",Category", KINGSTON + ",x"))
        .hasMessage("t.csv:1:15: column 'category' appears twice in the header (columns 11 "
            + "and 15)");
  }

  @Test
  void read_noIndicatorColumn_isRefused() {
    String header = "time_period,geographic_level,region_code,old_la_code,new_la_code,la_name,"
        + "category";
    assertThat(error(header, "2024,National,,,,,Total"))
        .hasMessageStartingWith("t.csv:1: no indicator column: expected at least one column of "
            + "numbers");
  }

  @Test
  void read_emptyOrHeaderOnly_isRefused() {
    assertThat(catchThrowableOfType(LoadException.class, () -> IndicatorReader.standard()
        .read(new ByteArrayInputStream(new byte[0]), "e.csv")))
        .hasMessage("e.csv: is empty: expected a CSV header such as "
            + "time_period,time_identifier,geographic_level,...");
    assertThat(error(HEADER)).hasMessage("t.csv: has a header but no data rows: expected at "
        + "least one row after the header");
  }

  @Test
  void read_byteOrderMarkAndCrlf_areAccepted() throws IOException {
    byte[] text = ("\uFEFF" + HEADER + "\r\n" + KINGSTON + "\r\n").getBytes(
        StandardCharsets.UTF_8);
    Indicators t = IndicatorReader.standard().read(new ByteArrayInputStream(text), "b.csv");

    assertThat(t.rows()).hasSize(1);
    assertThat(t.names()).first().isEqualTo("referral_count");
  }

  @Test
  void read_columnOfMarkersOnly_isAnIndicatorAndOtherCodesAreReported() throws IOException {
    String header = HEADER + ",lad_code,all_x";
    Indicators t = read(header, KINGSTON + ",E1,x", RICHMOND + ",E2,z");

    assertThat(t.names()).contains("all_x");
    assertThat(t.report().unknownColumns()).containsExactly("lad_code");
  }

  @Test
  void read_unnamedColumnOfNumbers_isReportedNotAnIndicator() throws IOException {
    // Regression (found by ReadersFuzzTest#indicators): a trailing comma in the header made an
    // unnamed column of numbers an indicator with no name, an IllegalArgumentException.
    Indicators t = read(HEADER + ",", KINGSTON + ",12", RICHMOND + ",13");

    assertThat(t.names()).doesNotContain("");
    assertThat(t.report().unknownColumns()).containsExactly("(unnamed column "
        + (HEADER.split(",").length + 1) + ")");
  }

  @Test
  void read_path_missingFileOrDirectory_isNamed(@TempDir Path dir) throws IOException {
    assertThat(catchThrowableOfType(LoadException.class,
        () -> IndicatorReader.load(dir.resolve("none.csv"))))
        .hasMessageEndingWith("none.csv: no such file");
    assertThat(catchThrowableOfType(LoadException.class, () -> IndicatorReader.load(dir)))
        .hasMessageEndingWith(": is a directory, expected an Explore Education Statistics CSV "
            + "file");
    Path f = dir.resolve("c1.csv");
    Files.writeString(f, HEADER + "\n" + KINGSTON + "\n");
    assertThat(IndicatorReader.load(f).source()).isEqualTo(f.toString());
  }

  @Test
  void reader_badArguments_areNamed() {
    IndicatorReader r = IndicatorReader.standard().filter("category", "A");
    assertThatThrownBy(() -> r.filter("Category", "B"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("filter 'category' is already selected as 'A'");
    assertThatThrownBy(() -> r.filter(" ", "B"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a filter column needs a name, got ' '");
    IndicatorPair p = IndicatorPair.percent("a_percent", "a_count", "b_count");
    assertThatThrownBy(() -> r.pair(p).pair(p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a pair for 'a_percent' is already declared: " + p);
    assertThat(r.pair(p).pairs()).containsExactly(p);
    assertThat(r.filters()).containsExactly(Map.entry("category", "A"));
    assertThat(IndicatorReader.standard().filters()).isEmpty();
    assertThat(List.of(r)).hasSize(1);
  }
}
