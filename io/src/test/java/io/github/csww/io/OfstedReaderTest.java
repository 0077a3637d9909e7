package io.github.csww.io;

import static io.github.csww.Judgement.CARE_LEAVERS;
import static io.github.csww.Judgement.CHILDREN_IN_CARE;
import static io.github.csww.Judgement.HELP_AND_PROTECTION;
import static io.github.csww.Judgement.LEADERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.csww.Authority;
import io.github.csww.Grade;
import io.github.csww.Judgement;
import io.github.csww.Judgements;
import io.github.csww.LoadException;
import io.github.csww.Region;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfstedReaderTest {
  static final String LATEST = OfstedReader.LATEST_SHEET;
  static final String HISTORY = OfstedReader.HISTORY_SHEET;
  static final String RI = "Requires improvement to be good";
  static final Authority SOMERSET = new Authority(ImmutableList.of(933),
      ImmutableList.of("E10000027", "E06000066"), ImmutableList.of("Somerset"),
      Region.SOUTH_WEST);
  static final Authority STAFFORDSHIRE =
      Authority.of("860", "E10000028", "Staffordshire", Region.WEST_MIDLANDS);

  @TempDir
  Path tmp;

  // ------------------------------------------------------------ fixtures shaped like Ofsted's

  static List<List<String>> latest() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Local authority inspection judgements as at 31 March 2025"));
    rows.add(List.of("This worksheet contains one table with no blank rows or columns."));
    rows.add(List.of("Web link", "Local authority area code", "Local authority name",
        "Ofsted region", "Inspection date", "Publication date", "Overall effectiveness", LEADERS,
        HELP_AND_PROTECTION, CHILDREN_IN_CARE, CARE_LEAVERS));
    rows.add(List.of("Ofsted Local Authority Webpage", "E10000028", "Staffordshire",
        "West Midlands", "date:2023-11-06", "date:2024-01-12", RI, RI, RI, "Good", RI));
    rows.add(List.of("Ofsted Local Authority Webpage", "E06000066", "Somerset", "South West",
        "date:2022-07-18", "date:2022-09-21", "Good", "Good", "Good", "Good"));
    rows.add(List.of("Ofsted Local Authority Webpage", "E06000058",
        "Bournemouth, Christchurch & Poole", "South West", "date:2024-12-02", "date:2025-01-29",
        "Good", "Good", "Good", "Good", RI));
    return rows;
  }

  static List<List<String>> history() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("ILACS inspection history from 2018-2025"));
    rows.add(List.of("This worksheet contains one table with no blank rows or columns."));
    rows.add(List.of("Web link", "Local authority area code", "Local authority name",
        "Local authority status", "Ofsted region", "Inspection date", "Publication date",
        "Inspection type", "Overall effectiveness", LEADERS, HELP_AND_PROTECTION,
        CHILDREN_IN_CARE, CARE_LEAVERS));
    rows.add(List.of("Ofsted Local Authority Webpage", "E06000028", "Bournemouth",
        "No longer exists", "South West", "date:2018-07-16", "date:2018-08-24",
        "ILACS Standard Inspection", RI, "Inadequate", RI, RI));
    rows.add(List.of("Ofsted Local Authority Webpage", "E06000058",
        "Bournemouth, Christchurch & Poole", "Current", "South West", "date:2021-12-06",
        "date:2022-02-11", "ILACS Standard Inspection", "Inadequate", "Inadequate", "Inadequate",
        RI));
    rows.add(List.of("Ofsted Local Authority Webpage", "E06000058",
        "Bournemouth, Christchurch & Poole", "Current", "South West", "date:2024-12-02",
        "date:2025-01-29", "ILACS Standard Inspection", "Good", "Good", "Good", "Good", RI));
    rows.add(List.of("Ofsted Local Authority Webpage", "E06000066", "Somerset", "Current",
        "South West", "date:2022-07-18", "date:2022-09-21", "ILACS Standard Inspection", "Good",
        "Good", "Good", "Good"));
    rows.add(List.of("Ofsted Local Authority Webpage", "E10000028", "Staffordshire", "Current",
        "West Midlands", "date:2019-02-04", "date:2019-03-11", "ILACS Short Inspection", "Good",
        "Good", RI, "Good"));
    rows.add(List.of("Ofsted Local Authority Webpage", "E10000028", "Staffordshire", "Current",
        "West Midlands", "date:2023-11-06", "date:2024-01-12", "ILACS Short Inspection", RI, RI,
        RI, "Good", RI));
    return rows;
  }

  static Map<String, List<List<String>>> sheets(List<List<String>> latest,
      List<List<String>> history) {
    Map<String, List<List<String>>> m = new LinkedHashMap<>();
    m.put("Cover", List.of(List.of("Local authority inspection outcomes as at 31 March 2025")));
    m.put(LATEST, latest);
    m.put("In-year_inspections", List.of(List.of("Local authority in-year inspection activity")));
    m.put(HISTORY, history);
    return m;
  }

  Path ods(Map<String, List<List<String>>> sheets) throws IOException {
    return Files.write(tmp.resolve("outcomes.ods"), TestOds.workbook(sheets));
  }

  static List<List<String>> with(List<List<String>> rows, int row, int column, String value) {
    List<List<String>> out = new ArrayList<>(rows);
    List<String> r = new ArrayList<>(out.get(row - 1));
    r.set(column, value);
    out.set(row - 1, r);
    return out;
  }

  static Judgements read(byte[] bytes, String name) throws IOException {
    return OfstedReader.read(new ByteArrayInputStream(bytes), name);
  }

  // ------------------------------------------------------------ reading

  @Test
  void read_workbook_mergesBothSheets() throws IOException {
    Judgements js = OfstedReader.read(ods(sheets(latest(), history())));

    assertThat(js.size()).isEqualTo(6);
    Judgement staffs = js.latest(STAFFORDSHIRE).orElseThrow();
    assertThat(staffs).isEqualTo(new Judgement("E10000028", "Staffordshire",
        Grade.REQUIRES_IMPROVEMENT, ImmutableMap.of(LEADERS, Grade.REQUIRES_IMPROVEMENT,
            HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT, CHILDREN_IN_CARE, Grade.GOOD,
            CARE_LEAVERS, Grade.REQUIRES_IMPROVEMENT),
        LocalDate.of(2023, 11, 6), Optional.empty(), LocalDate.of(2024, 1, 12), "ILACS",
        Optional.of("ILACS Short Inspection")));
    assertThat(js.forCode("E06000058").get(1).name())
        .isEqualTo("Bournemouth, Christchurch & Poole");
    assertThat(js.forCode("E06000066").get(0).subJudgements()).doesNotContainKey(CARE_LEAVERS);
  }

  @Test
  void readSheet_readsOneSheet() throws IOException {
    Path ods = ods(sheets(latest(), history()));

    Judgements latest = OfstedReader.readSheet(ods, LATEST);
    Judgements history = OfstedReader.readSheet(ods, HISTORY);

    assertThat(latest.size()).isEqualTo(3);
    assertThat(latest.all()).allSatisfy(j -> assertThat(j.inspectionType()).isEmpty());
    assertThat(latest.all()).allSatisfy(j -> assertThat(j.framework()).isEqualTo("ILACS"));
    assertThat(history.size()).isEqualTo(6);
  }

  @Test
  void read_csvSavedFromTheSheet_equalsTheWorkbook() throws IOException {
    String csv = "\uFEFFILACS inspection history from 2018-2025,,,\r\n"
        + "\"This worksheet contains one table, with no blank rows or columns.\",,\r\n"
        + "Web link,Local authority area code,Local authority name,Local authority status,"
        + "Ofsted region,Inspection date,Publication date,Inspection type,Overall effectiveness,"
        + LEADERS + "," + HELP_AND_PROTECTION + "," + CHILDREN_IN_CARE + "," + CARE_LEAVERS
        + "\r\n"
        + "Ofsted Local Authority Webpage,E06000058,\"Bournemouth, Christchurch & Poole\","
        + "Current,South West,02/12/2024,29/01/2025,ILACS Standard Inspection,Good,Good,Good,"
        + "Good," + RI + "\r\n"
        + "Ofsted Local Authority Webpage,E10000028,Staffordshire,Current,West Midlands,"
        + "06/11/2023,12/01/2024,ILACS Short Inspection," + RI + "," + RI + "," + RI + ",Good,"
        + RI + "\r\n"
        + ",,,,,,,,,,,,\r\n";
    Judgements fromCsv = read(csv.getBytes(StandardCharsets.UTF_8), "history.csv");
    Judgements fromOds = OfstedReader.read(ods(sheets(latest(), history())));

    assertThat(fromCsv.all()).hasSize(2);
    for (Judgement j : fromCsv.all()) {
      assertThat(fromOds.all()).contains(j);
    }
  }

  @Test
  void read_minimalCsv_derivesTheFramework() throws IOException {
    String csv = "Local authority area code,Local authority name,Inspection date,"
        + "Publication date,Overall effectiveness,Inspection end date\n"
        + "E10000028,Staffordshire,2017-01-09,2017-03-01,Good,2017-01-26\n"
        + "e06000066,Somerset,2022-07-18,2022-09-21,Good,\n";
    Judgements js = read(csv.getBytes(StandardCharsets.UTF_8), "judgements.csv");

    assertThat(js.forCode("E10000028").get(0).framework()).isEqualTo("SIF");
    assertThat(js.forCode("E10000028").get(0).inspectionEnd())
        .contains(LocalDate.of(2017, 1, 26));
    assertThat(js.forCode("E06000066").get(0).framework()).isEqualTo("ILACS");
    assertThat(js.forCode("E06000066").get(0).subJudgements()).isEmpty();
  }

  @Test
  void read_publishedWorkbook() throws IOException {
    Path path = SharedData.file("LA_Inspection_Outcomes_as_at_31_March_2025.ods");

    Judgements js = OfstedReader.read(path);

    // 153 rows in Inspections_as_at_31_March, 271 in ILACS_inspection_history; every one of
    // the 153 is also in the history with the same grades, so 271 inspections in all.
    assertThat(js.size()).isEqualTo(271);
    assertThat(OfstedReader.readSheet(path, LATEST).size()).isEqualTo(153);
    assertThat(js.all().get(0).published()).isEqualTo(LocalDate.of(2018, 3, 12));
    assertThat(js.all().get(js.size() - 1).published()).isEqualTo(LocalDate.of(2025, 5, 14));
    assertThat(js.all()).allSatisfy(j -> assertThat(j.framework()).isEqualTo("ILACS"));

    // Staffordshire, row 123 of Inspections_as_at_31_March and rows 218-219 of the history
    assertThat(js.history(STAFFORDSHIRE)).extracting(Judgement::published)
        .containsExactly(LocalDate.of(2019, 3, 11), LocalDate.of(2024, 1, 12));
    Judgement staffs = js.latest(STAFFORDSHIRE).orElseThrow();
    assertThat(staffs.overall()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
    assertThat(staffs.inspected()).isEqualTo(LocalDate.of(2023, 11, 6));
    assertThat(staffs.inspectionType()).contains("ILACS Short Inspection");
    assertThat(staffs.subJudgements()).containsExactly(
        Map.entry(LEADERS, Grade.REQUIRES_IMPROVEMENT),
        Map.entry(HELP_AND_PROTECTION, Grade.REQUIRES_IMPROVEMENT),
        Map.entry(CHILDREN_IN_CARE, Grade.GOOD),
        Map.entry(CARE_LEAVERS, Grade.REQUIRES_IMPROVEMENT));
    assertThat(js.inForce(STAFFORDSHIRE, LocalDate.of(2023, 9, 30)).orElseThrow().overall())
        .isEqualTo(Grade.GOOD);

    // Somerset's 2022 inspection is filed under E06000066, the code it took in 2023; authority
    // 933 has had both codes, so it matches before the change.
    Judgement somerset = js.inForce(SOMERSET, LocalDate.of(2022, 9, 30)).orElseThrow();
    assertThat(somerset.code()).isEqualTo("E06000066");
    assertThat(somerset.published()).isEqualTo(LocalDate.of(2022, 9, 21));
    assertThat(somerset.overall()).isEqualTo(Grade.GOOD);
    assertThat(js.inForce(SOMERSET, LocalDate.of(2022, 9, 20))).isEmpty();
    assertThat(js.forCode("E10000027")).isEmpty();

    // Ofsted's own spelling
    assertThat(js.forCode("E06000058").get(0).name())
        .isEqualTo("Bournemouth, Christchurch & Poole");
  }

  // ------------------------------------------------------------ bad input

  @Test
  void read_workbookWithoutTheSheets_isRefusedNamingTheSheetsFound() throws IOException {
    Map<String, List<List<String>>> m = new LinkedHashMap<>();
    m.put("Sheet1", latest());
    Path ods = ods(m);

    assertThatThrownBy(() -> OfstedReader.read(ods))
        .isInstanceOf(LoadException.class)
        .hasMessage(ods + ": has no sheet 'Inspections_as_at_31_March'; its sheets are Sheet1; "
            + "expected Ofsted's 'Local authority inspection outcomes' workbook with the sheets "
            + "Inspections_as_at_31_March and ILACS_inspection_history");
  }

  @Test
  void readSheet_unknownSheetName_isRefused() throws IOException {
    Path ods = ods(sheets(latest(), history()));

    assertThatThrownBy(() -> OfstedReader.readSheet(ods, "In-year_inspections"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown sheet 'In-year_inspections': csww reads the sheets "
            + "Inspections_as_at_31_March and ILACS_inspection_history");
  }

  @Test
  void read_missingColumn_isRefusedNamingSheetAndRow() throws IOException {
    Path ods = ods(sheets(with(latest(), 3, 5, "Publication"), history()));

    assertThatThrownBy(() -> OfstedReader.read(ods))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith(ods + ": sheet 'Inspections_as_at_31_March', row 3: missing "
            + "column 'Publication date'; the header has: 'Web link', 'Local authority area code'");
  }

  @Test
  void read_noHeaderRow_isRefused() throws IOException {
    Path ods = ods(sheets(List.of(List.of("nothing here")), history()));

    assertThatThrownBy(() -> OfstedReader.read(ods))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith(ods + ": sheet 'Inspections_as_at_31_March': no header row with "
            + "the column 'Local authority area code' in rows 1 to 10");
  }

  @Test
  void read_unknownGrade_isRefusedNamingSheetRowAndColumn() throws IOException {
    Path ods = ods(sheets(latest(), with(history(), 6, 8, "Excellent")));

    assertThatThrownBy(() -> OfstedReader.read(ods))
        .isInstanceOf(LoadException.class)
        .hasMessage(ods + ": sheet 'ILACS_inspection_history', row 6, column I ('Overall "
            + "effectiveness'): expected a grade (Outstanding, Good, Requires improvement to be "
            + "good, Inadequate), found 'Excellent'");
  }

  @Test
  void read_unknownSubJudgementGrade_isRefusedNamingTheColumn() throws IOException {
    Path ods = ods(sheets(with(latest(), 4, 10, "Fine"), history()));

    assertThatThrownBy(() -> OfstedReader.read(ods))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith(ods + ": sheet 'Inspections_as_at_31_March', row 4, column K ('"
            + CARE_LEAVERS + "'): expected a grade (Outstanding, Good, Requires improvement to be "
            + "good, Inadequate) or a blank cell, found 'Fine'");
  }

  @Test
  void read_malformedDate_isRefusedNamingSheetRowAndColumn() throws IOException {
    Path ods = ods(sheets(with(latest(), 5, 5, "31/02/2022"), history()));

    assertThatThrownBy(() -> OfstedReader.read(ods))
        .isInstanceOf(LoadException.class)
        .hasMessage(ods + ": sheet 'Inspections_as_at_31_March', row 5, column F ('Publication "
            + "date'): expected a date such as 06/11/2023 or 2023-11-06, found '31/02/2022'");
  }

  @Test
  void read_malformedCode_isRefusedNamingSheetRowAndColumn() throws IOException {
    Path ods = ods(sheets(latest(), with(history(), 9, 1, "860")));

    assertThatThrownBy(() -> OfstedReader.read(ods))
        .isInstanceOf(LoadException.class)
        .hasMessage(ods + ": sheet 'ILACS_inspection_history', row 9, column B ('Local "
            + "authority area code'): expected an ONS code such as E10000028, found '860'");
  }

  @Test
  void read_publishedBeforeInspected_isRefused() throws IOException {
    Path ods = ods(sheets(latest(), with(history(), 4, 6, "date:2018-07-01")));

    assertThatThrownBy(() -> OfstedReader.read(ods))
        .isInstanceOf(LoadException.class)
        .hasMessage(ods + ": sheet 'ILACS_inspection_history', row 4, column G ('Publication "
            + "date'): the publication date 2018-07-01 is before the inspection date 2018-07-16");
  }

  @Test
  void read_sheetsDisagreeOnAnInspection_isRefusedNamingBothRows() throws IOException {
    Path ods = ods(sheets(with(latest(), 4, 6, "Inadequate"), history()));

    assertThatThrownBy(() -> OfstedReader.read(ods))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith(ods + ": sheet 'ILACS_inspection_history', row 9 and sheet "
            + "'Inspections_as_at_31_March', row 4 give different grades for the inspection of "
            + "Staffordshire (E10000028) on 2023-11-06");
  }

  @Test
  void read_csvBadCells_areRefusedWithLineAndColumn() {
    String header = "Local authority area code,Local authority name,Inspection date,"
        + "Publication date,Overall effectiveness\n";

    assertThatThrownBy(() -> read((header + "E10000028,Staffordshire,06/11/2023,12/01/2024,Fair\n")
        .getBytes(StandardCharsets.UTF_8), "j.csv"))
        .isInstanceOf(LoadException.class)
        .hasMessage("j.csv:2:5: column 'Overall effectiveness': expected a grade (Outstanding, "
            + "Good, Requires improvement to be good, Inadequate), found 'Fair'");
    assertThatThrownBy(() -> read((header + "E10000028,Staffordshire,2023-13-06,12/01/2024,Good\n")
        .getBytes(StandardCharsets.UTF_8), "j.csv"))
        .isInstanceOf(LoadException.class)
        .hasMessage("j.csv:2:3: column 'Inspection date': expected a date such as 06/11/2023 or "
            + "2023-11-06, found '2023-13-06'");
    assertThatThrownBy(() -> read(header.replace(",Overall effectiveness", "")
        .getBytes(StandardCharsets.UTF_8), "j.csv"))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith("j.csv:1: missing column 'Overall effectiveness'");
  }

  @Test
  void read_csvSavedAsCp1252_namesLineColumnAndByte() {
    String csv = "ILACS inspection history from 2018-2025,,,\r\n"
        + "Local authority area code,Local authority name,Inspection date,"
        + "Publication date,Overall effectiveness\r\n"
        + "E10000028,Staffordshire,06/11/2023,12/01/2024,Good\r\n"
        + "E06000058,\"Bournemouth, Christchurch & Poole \u00e9\",02/12/2024,29/01/2025,Good\r\n";

    assertThatThrownBy(() -> read(csv.getBytes(java.nio.charset.Charset.forName("windows-1252")),
        "ofsted_cp1252.csv"))
        .isInstanceOf(LoadException.class)
        .hasMessage("ofsted_cp1252.csv:4:2: column 'Local authority name': not UTF-8 (byte 0xE9 "
            + "at byte 35 of the cell); save the file as CSV UTF-8");
  }

  @Test
  void read_otherOpenDocumentFile_isRefused() {
    byte[] odt = TestOds.zip("application/vnd.oasis.opendocument.text",
        TestOds.contentXml(sheets(latest(), history())));

    assertThatThrownBy(() -> read(odt, "letter.ods"))
        .isInstanceOf(LoadException.class)
        .hasMessage("letter.ods: is an OpenDocument file of type "
            + "'application/vnd.oasis.opendocument.text', expected a spreadsheet "
            + "(application/vnd.oasis.opendocument.spreadsheet)");
  }

  @Test
  void read_zipWithoutContent_isRefused() {
    byte[] zip = TestOds.zip(TestOds.MIMETYPE, Map.of("styles.xml", new byte[10]));

    assertThatThrownBy(() -> read(zip, "empty.ods"))
        .isInstanceOf(LoadException.class)
        .hasMessage("empty.ods: is not an ODS workbook: the ZIP archive has no content.xml");
  }

  @Test
  void read_repeatedRowWithText_isBounded() {
    String xml = TestOds.PROLOGUE + TestOds.ROOT_OPEN + "<table:table table:name=\"" + LATEST
        + "\"><table:table-row table:number-rows-repeated=\"1000000\">"
        + TestOds.cellXml("spam") + "</table:table-row></table:table>" + TestOds.ROOT_CLOSE;

    assertThatThrownBy(() -> read(TestOds.zip(TestOds.MIMETYPE, xml), "spam.ods"))
        .isInstanceOf(LoadException.class)
        .hasMessage("spam.ods: sheet 'Inspections_as_at_31_March', row 1: a row with text is "
            + "repeated 1000000 times (table:number-rows-repeated); the limit is 1000 "
            + "(OdsLimits.maxRepeatedRows)");
  }
}
