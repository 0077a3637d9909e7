package io.github.csww.io;

import static io.github.csww.io.Ees.csv;
import static io.github.csww.io.Ees.csv2025;
import static io.github.csww.io.Ees.la;
import static io.github.csww.io.Ees.national;
import static io.github.csww.io.Ees.regional;
import static io.github.csww.io.Ees.with;
import static io.github.csww.io.EesLayout.LAYOUT_2022;
import static io.github.csww.io.EesLayout.LAYOUT_2025;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.csww.Authority;
import io.github.csww.England;
import io.github.csww.LoadOptions;
import io.github.csww.Metric;
import io.github.csww.Region;
import io.github.csww.Snapshot;
import io.github.csww.Suppression;
import io.github.csww.Value;
import io.github.csww.Workforce;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EesCsvReadTest {

  private static final List<List<String>> ROWS = List.of(
      national(LAYOUT_2025, 2017),
      regional(LAYOUT_2025, 2017, Region.WEST_MIDLANDS),
      la(LAYOUT_2025, 2017, "860", "E10000028", "Staffordshire", Region.WEST_MIDLANDS),
      la(LAYOUT_2025, 2017, "810", "E06000010", "Kingston upon Hull, City of",
          Region.YORKSHIRE_AND_THE_HUMBER));

  @Test
  void layoutFormat_isWhatTheLoadReportSays() {
    assertThat(EesLayout.LAYOUT_2025.format()).isEqualTo("EES CSV (2025 layout)");
    assertThat(EesLayout.LAYOUT_2022.format()).isEqualTo("EES CSV (2022 layout)");
    assertThat(Ees.load(csv2025(ROWS)).report().format())
        .isEqualTo(EesLayout.LAYOUT_2025.format());
  }

  @Test
  void load_2025Layout_readsEveryLevelAndMetric() {
    Workforce wf = Ees.load(csv2025(ROWS));

    assertThat(wf.snapshots()).hasSize(4);
    assertThat(wf.report().format()).isEqualTo("EES CSV (2025 layout)");
    assertThat(wf.report().isClean()).isTrue();
    Snapshot england = wf.england().orElseThrow();
    Metric[] metrics = Metric.values();
    for (int k = 0; k < metrics.length; k++) {
      // The 2025 layout publishes every metric, in Metric order.
      assertThat(england.value(metrics[k])).as("%s", metrics[k]).isEqualTo(Value.of(k + 1.5));
    }
    assertThat(wf.snapshot(Region.WEST_MIDLANDS)).isPresent();
    Authority hull = wf.find("Kingston upon Hull").orElseThrow();
    assertThat(hull.name()).isEqualTo("Kingston upon Hull, City of");
    assertThat(hull.region()).isEqualTo(Region.YORKSHIRE_AND_THE_HUMBER);
    assertThat(hull.laNumbers()).containsExactly(810);
  }

  @Test
  void load_2022Layout_mapsRenamedColumnsAndReadsStartersAsNotAvailable() {
    List<String> row = la(LAYOUT_2022, 2020, "860", "E10000028", "Staffordshire",
        Region.WEST_MIDLANDS);
    row = with(LAYOUT_2022, row, "social_worker_fte", "201.3");
    row = with(LAYOUT_2022, row, "turnover_rate_fte_%", "14.2");
    row = with(LAYOUT_2022, row, "agency_worker_rate_fte_%", "9.9");
    row = with(LAYOUT_2022, row, "leaver_headcount", "31");

    Workforce wf = Ees.load(csv(Ees.HEADER_2022, List.of(row)));

    Snapshot s = wf.snapshots().get(0);
    assertThat(wf.report().format()).isEqualTo("EES CSV (2022 layout)");
    assertThat(s.value(Metric.SOCIAL_WORKERS)).isEqualTo(Value.of(201.3));
    assertThat(s.value(Metric.TURNOVER_RATE)).isEqualTo(Value.of(14.2));
    assertThat(s.value(Metric.AGENCY_RATE)).isEqualTo(Value.of(9.9));
    assertThat(s.value(Metric.LEAVERS_HEADCOUNT)).isEqualTo(Value.of(31));
    assertThat(s.value(Metric.STARTERS)).isEqualTo(Value.suppressed(Suppression.NOT_AVAILABLE));
    assertThat(s.value(Metric.STARTERS_HEADCOUNT))
        .isEqualTo(Value.suppressed(Suppression.NOT_AVAILABLE));
  }

  @Test
  void load_everyLayoutColumn_mapsToItsMetric() {
    for (EesLayout layout : EesLayout.values()) {
      List<String> row = national(layout, 2019);
      List<String> columns = layout.metricColumns();
      for (int k = 0; k < columns.size(); k++) {
        row = with(layout, row, columns.get(k), String.valueOf(1000 + k));
      }
      Snapshot s = Ees.load(csv(layout.columns(), List.of(row))).snapshots().get(0);
      for (int k = 0; k < columns.size(); k++) {
        Metric m = layout.metric(columns.get(k)).orElseThrow();
        assertThat(s.value(m)).as("%s %s", layout, columns.get(k)).isEqualTo(Value.of(1000 + k));
      }
    }
  }

  @Test
  void load_byteOrderMark_isSkipped() {
    String text = csv2025(ROWS);
    Workforce plain = Ees.load(text);

    Workforce withBom = Ees.load("\uFEFF" + text);

    assertThat(withBom).isEqualTo(plain);
    assertThat(withBom.report().unknownColumns()).isEmpty();
  }

  @Test
  void load_crlfAndMixedLineEnds_readTheSame() {
    String text = csv2025(ROWS);
    Workforce lf = Ees.load(text);

    assertThat(Ees.load(text.replace("\n", "\r\n"))).isEqualTo(lf);
    assertThat(Ees.load(text.replaceFirst("\n", "\r\n"))).isEqualTo(lf);
    assertThat(Ees.load(text.stripTrailing())).isEqualTo(lf);
    assertThat(Ees.load(text + "\n\r\n")).isEqualTo(lf);
  }

  @Test
  void load_quotedFields_keepCommasDoubledQuotesAndLineBreaks() {
    List<String> row = la(LAYOUT_2025, 2018, "999", "E06000999",
        "Saint \"Upper\", Lower\nand Middle", Region.SOUTH_WEST);

    Workforce wf = Ees.load(csv2025(List.of(row)));

    assertThat(wf.authorities()).singleElement()
        .extracting(Authority::name).isEqualTo("Saint \"Upper\", Lower\nand Middle");
  }

  @Test
  void load_quotedNumbersAndMarkers_readLikeUnquotedOnes() {
    String text = csv2025(List.of(national(LAYOUT_2025, 2017)))
        .replace(",1.5,", ",\"1.5\",").replace(",2.5,", ",\"x\",");

    Snapshot s = Ees.load(text).snapshots().get(0);

    assertThat(s.value(Metric.SOCIAL_WORKERS)).isEqualTo(Value.of(1.5));
    assertThat(s.value(Metric.SOCIAL_WORKERS_HEADCOUNT))
        .isEqualTo(Value.suppressed(Suppression.NOT_AVAILABLE));
  }

  @Test
  void load_columnsInAnyOrder_readTheSame() {
    Workforce expected = Ees.load(csv2025(ROWS));
    Random random = new Random(7);
    for (int trial = 0; trial < 5; trial++) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < Ees.HEADER_2025.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
      List<List<String>> rows = new ArrayList<>();
      for (List<String> r : ROWS) {
        rows.add(permute(r, order));
      }

      Workforce shuffled = Ees.load(csv(permute(Ees.HEADER_2025, order), rows));

      assertThat(shuffled).isEqualTo(expected);
    }
  }

  private static List<String> permute(List<String> cells, List<Integer> order) {
    List<String> out = new ArrayList<>();
    for (int i : order) {
      out.add(cells.get(i));
    }
    return out;
  }

  @Test
  void load_unknownColumns_areReportedNotFatal() {
    List<String> header = new ArrayList<>(Ees.HEADER_2025);
    header.add(3, "note");
    header.add("starters_rate");
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r : ROWS) {
      List<String> extended = new ArrayList<>(r);
      extended.add(3, "revised");
      extended.add("12");
      rows.add(extended);
    }

    Workforce wf = Ees.load(csv(header, rows));

    assertThat(wf.report().unknownColumns()).containsExactly("note", "starters_rate");
    assertThat(wf.report().isClean()).isFalse();
    assertThat(wf).isEqualTo(Ees.load(csv2025(ROWS)));
  }

  @Test
  void load_optionalStandardColumnsMissing_stillReads() {
    List<String> header = new ArrayList<>(Ees.HEADER_2025);
    List<Integer> drop = List.of(1, 3, 4, 6); // time_identifier, country_*, region_name
    List<List<String>> rows = new ArrayList<>();
    for (List<String> r : ROWS) {
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        if (!drop.contains(i)) {
          kept.add(r.get(i));
        }
      }
      rows.add(kept);
    }
    header.removeIf(c -> drop.contains(Ees.HEADER_2025.indexOf(c)));

    Workforce wf = Ees.load(csv(header, rows));

    assertThat(wf).isEqualTo(Ees.load(csv2025(ROWS)));
  }

  @Test
  void load_combinedReturn2025_isOneAuthorityWithTwoNumbers() {
    List<String> row = la(LAYOUT_2025, 2024, "314 / 318", "E09000021 / E09000027",
        "Kingston upon Thames / Richmond upon Thames", Region.OUTER_LONDON);

    Workforce wf = Ees.load(csv2025(List.of(row)));

    Authority kr = wf.authorities().iterator().next();
    assertThat(wf.authorities()).hasSize(1);
    assertThat(kr.isCombined()).isTrue();
    assertThat(kr.laNumbers()).containsExactly(314, 318);
    assertThat(kr.allCodes()).containsExactly("E09000021", "E09000027");
    assertThat(wf.find("Richmond upon Thames")).contains(kr);
    assertThat(wf.find("314")).contains(kr);
  }

  @Test
  void load_combinedReturn2022_isOneUnitAsThe2025LayoutPublishesIt() {
    List<String> kingston = la(LAYOUT_2022, 2022, "314", "E09000021", "Kingston upon Thames",
        Region.OUTER_LONDON);
    List<String> richmond = la(LAYOUT_2022, 2022, "318", "E09000027", "Richmond upon Thames",
        Region.OUTER_LONDON);
    for (String c : LAYOUT_2022.metricColumns()) {
      richmond = with(LAYOUT_2022, richmond, c, "z");
    }

    Workforce wf = Ees.load(csv(Ees.HEADER_2022, List.of(kingston, richmond)));

    assertThat(wf.authorities()).hasSize(1);
    Authority unit = wf.authorities().iterator().next();
    assertThat(unit.laNumber()).isEqualTo("314 / 318");
    assertThat(unit.name()).isEqualTo("Kingston upon Thames / Richmond upon Thames");
    for (String q : List.of("314", "318", "314 / 318", "E09000021", "E09000027",
        "E09000021 / E09000027", "Richmond upon Thames", "Kingston upon Thames")) {
      assertThat(wf.find(q)).as(q).contains(unit);
    }
    assertThat(wf.authority(unit).snapshots()).singleElement()
        .satisfies(s -> assertThat(s.has(Metric.CASELOAD)).isTrue());
    assertThat(wf.report().rowsRead()).isEqualTo(2);
    assertThat(wf.report().rowsKept()).isEqualTo(2);
  }

  @Test
  void load_zRowWithoutItsLead_isKeptAsPublished() {
    List<String> richmond = la(LAYOUT_2022, 2022, "318", "E09000027", "Richmond upon Thames",
        Region.OUTER_LONDON);
    for (String c : LAYOUT_2022.metricColumns()) {
      richmond = with(LAYOUT_2022, richmond, c, "z");
    }
    Workforce wf = Ees.load(csv(Ees.HEADER_2022, List.of(richmond)));
    assertThat(wf.find("318").orElseThrow().isCombined()).isFalse();
    assertThat(wf.snapshots().get(0).value(Metric.CASELOAD))
        .isEqualTo(Value.suppressed(Suppression.NOT_APPLICABLE));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "c|CONFIDENTIAL", "[c]|CONFIDENTIAL", "x|NOT_AVAILABLE", "[x]|NOT_AVAILABLE",
      "X|NOT_AVAILABLE", "z|NOT_APPLICABLE", "[z]|NOT_APPLICABLE", "u|LOW_RELIABILITY",
      "[u]|LOW_RELIABILITY", "low|ROUNDS_TO_ZERO", "[low]|ROUNDS_TO_ZERO",
      ":|LEGACY_NOT_AVAILABLE", "[:]|LEGACY_NOT_AVAILABLE", ".|LEGACY_NOT_APPLICABLE",
      "[.]|LEGACY_NOT_APPLICABLE", "' x '|NOT_AVAILABLE"})
  void load_suppressionMarker_becomesSuppressedValue(String marker, Suppression expected) {
    List<String> row = with(LAYOUT_2025, national(LAYOUT_2025, 2021), "cases", marker);

    Snapshot s = Ees.load(csv2025(List.of(row))).snapshots().get(0);

    assertThat(s.value(Metric.CASES)).isEqualTo(Value.suppressed(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "0|0", "17.7|17.7", "316647|316647", "0.05|0.05", "12.30|12.3", "5.|5", ".5|0.5",
      "1e3|1000", "' 26.4 '|26.4", "123456789012345678|123456789012345678",
      "0.1234567890123456789|0.1234567890123456789"})
  void load_number_readsAsTheSameDoubleAsParseDouble(String cell, String number) {
    List<String> row = with(LAYOUT_2025, national(LAYOUT_2025, 2021), "cases", cell);

    Snapshot s = Ees.load(csv2025(List.of(row))).snapshots().get(0);

    assertThat(s.value(Metric.CASES)).isEqualTo(Value.of(Double.parseDouble(number)));
  }

  @Test
  void load_snapshotsOfManyYears_keepAuthorityAcrossCodeChange() {
    List<String> before = la(LAYOUT_2025, 2022, "933", "E10000027", "Somerset",
        Region.SOUTH_WEST);
    List<String> after = la(LAYOUT_2025, 2023, "933", "E06000066", "Somerset",
        Region.SOUTH_WEST);

    Workforce wf = Ees.load(csv2025(List.of(after, before)));

    Authority somerset = wf.find("Somerset").orElseThrow();
    assertThat(somerset.codes()).containsExactly("E10000027", "E06000066");
    assertThat(wf.authority("E10000027").snapshots()).extracting(Snapshot::year)
        .containsExactly(2022, 2023);
  }

  @Test
  void load_lenient_skipsBadRowsAndListsEach() {
    List<List<String>> rows = new ArrayList<>(ROWS);
    rows.add(with(LAYOUT_2025, la(LAYOUT_2025, 2018, "860", "E10000028", "Staffordshire",
        Region.WEST_MIDLANDS), "cases", "-4"));
    rows.add(with(LAYOUT_2025, national(LAYOUT_2025, 2018), "geographic_level", "Ward"));
    rows.add(ROWS.get(2)); // duplicate of line 4
    rows.add(la(LAYOUT_2025, 2018, "810", "E06000010", "Kingston upon Hull, City of",
        Region.YORKSHIRE_AND_THE_HUMBER));
    String text = csv2025(rows) + "2018,Reporting year,National\n";

    Workforce wf = Ees.load(text.getBytes(StandardCharsets.UTF_8), LoadOptions.lenient());

    assertThat(wf.report().rowsRead()).isEqualTo(9);
    assertThat(wf.report().rowsKept()).isEqualTo(5);
    assertThat(wf.report().skipped()).extracting(s -> s.line() + ":" + s.column() + " " + s.reason())
        .containsExactly(
            "6:29 column 'cases': expected a non-negative number or a suppression marker "
                + "(c, x, z, u, low, :, .), found '-4'",
            "7:3 column 'geographic_level': expected National, Regional or Local authority, "
                + "found 'Ward'",
            "8:0 duplicate row: Staffordshire (860) in 2017 was already read on line 4; "
                + "expected one row per area and year",
            "10:4 column 'country_code': missing, the row ends before it; expected 32 fields as in "
                + "the header, found 3 (too few)");
    assertThat(wf.snapshots()).hasSize(5);
  }

  @Test
  void load_lenientRowSkippedBeforeItsYearIsTaken_laterGoodRowIsKept() {
    List<String> good = la(LAYOUT_2025, 2018, "860", "E10000028", "Staffordshire",
        Region.WEST_MIDLANDS);
    List<String> bad = with(LAYOUT_2025, good, "cases", "n/a");

    Workforce wf = Ees.load(csv2025(List.of(bad, good)).getBytes(StandardCharsets.UTF_8),
        LoadOptions.lenient());

    assertThat(wf.snapshots()).hasSize(1);
    assertThat(wf.report().skipped()).singleElement().extracting(s -> s.line())
        .isEqualTo(2L);
  }

  @Test
  void read_directly_matchesWorkforceLoad() throws Exception {
    byte[] bytes = csv2025(ROWS).getBytes(StandardCharsets.UTF_8);

    Workforce direct = EesCsv.read(new ByteArrayInputStream(bytes), "direct.csv",
        LoadOptions.strict());

    assertThat(direct).isEqualTo(Ees.load(bytes, LoadOptions.strict()));
    assertThat(direct.report().source()).isEqualTo("direct.csv");
    assertThat(direct.england()).map(Snapshot::area).contains(England.INSTANCE);
  }

  @Test
  void load_streamWithoutCsvName_isRecognisedByItsHeader() throws Exception {
    byte[] bytes = csv2025(ROWS).getBytes(StandardCharsets.UTF_8);

    Workforce wf = Workforce.load(new ByteArrayInputStream(bytes), "resource");

    assertThat(wf.report().format()).isEqualTo("EES CSV (2025 layout)");
  }
}
