package io.github.csww.io;

import static io.github.csww.io.Ees.csv;
import static io.github.csww.io.Ees.csv2025;
import static io.github.csww.io.Ees.la;
import static io.github.csww.io.Ees.national;
import static io.github.csww.io.Ees.with;
import static io.github.csww.io.EesLayout.LAYOUT_2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.csww.LoadException;
import io.github.csww.LoadOptions;
import io.github.csww.Region;
import io.github.csww.UnrecognisedFileException;
import io.github.csww.Workforce;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EesCsvBadInputTest {
  private static final String EXPECTED_NUMBER =
      "expected a non-negative number or a suppression marker (c, x, z, u, low, :, .)";
  private static final List<String> STAFFS = la(LAYOUT_2025, 2017, "860", "E10000028",
      "Staffordshire", Region.WEST_MIDLANDS);

  @Test
  void load_emptyFile_isRefused() {
    assertThat(Ees.failure("")).hasMessage("test.csv: is empty: expected a CSV header such as "
        + "time_period,time_identifier,geographic_level,...");
    assertThat(Ees.failure("\uFEFF\n\r\n")).hasMessageStartingWith("test.csv: is empty");
  }

  @Test
  void load_headerOnly_isRefusedEvenWhenLenient() {
    String text = csv2025(List.of());

    assertThat(Ees.failure(text)).hasMessage(
        "test.csv: has a header but no data rows: expected at least one row after the header");
    assertThatThrownBy(() -> Ees.load(text.getBytes(StandardCharsets.UTF_8),
        LoadOptions.lenient())).hasMessageContaining("has a header but no data rows");
  }

  @Test
  void load_headerOfAnotherPublication_namesWhatWasExpected() {
    String text = "time_period,time_identifier,geographic_level,country_code,country_name,"
        + "region_code,region_name,old_la_code,new_la_code,la_name,referral_count,"
        + "rereferral_count\n2025,Reporting year,National,E92000001,England,,,,,,1,2\n";

    assertThat(Ees.failure(text)).hasMessage("test.csv:1: the header is not the children's "
        + "social work workforce publication: expected a column inpost_fte (2025 layout) or "
        + "social_worker_fte (2022 layout), found 'time_period,time_identifier,"
        + "geographic_level,country_code,country_name,region_code,region_name,old_la_code,...' "
        + "(12 columns)");
  }

  @Test
  void load_headerOfBothLayouts_isRefused() {
    List<String> header = new ArrayList<>(Ees.HEADER_2025);
    header.add("social_worker_fte");
    List<String> row = new ArrayList<>(STAFFS);
    row.add("1");

    assertThat(Ees.failure(csv(header, List.of(row)))).hasMessage("test.csv:1: the header "
        + "mixes the 2025 layout (inpost_fte) and the 2022 layout (social_worker_fte); "
        + "expected one of them");
  }

  @Test
  void load_missingRequiredColumn_namesIt() {
    int cases = Ees.HEADER_2025.indexOf("cases");
    List<String> header = new ArrayList<>(Ees.HEADER_2025);
    header.remove(cases);
    List<String> row = new ArrayList<>(STAFFS);
    row.remove(cases);

    assertThat(Ees.failure(csv(header, List.of(row))))
        .hasMessage("test.csv:1: missing required column 'cases' (2025 layout)");
  }

  @Test
  void load_severalMissingColumns_namesAll() {
    List<String> header = new ArrayList<>(Ees.HEADER_2025);
    header.removeAll(List.of("la_name", "caseload_fte"));

    assertThat(Ees.failure(String.join(",", header) + "\n"))
        .hasMessage("test.csv:1: missing required columns 'la_name', 'caseload_fte' "
            + "(2025 layout)");
  }

  @Test
  void load_misspeltColumn_namesTheMissingOne_andPointsAtTheUnrecognisedOne() {
    List<String> header = new ArrayList<>(Ees.HEADER_2025);
    int at = header.indexOf("caseload_fte");
    header.set(at, "caseload_fteX");

    assertThat(Ees.failure(csv(header, List.of(STAFFS))))
        .hasMessage("test.csv:1:" + (at + 1) + ": missing required column 'caseload_fte' (2025 "
            + "layout); the header's column 'caseload_fteX' is not a column of this layout");
  }

  @Test
  void load_twoMisspeltColumns_namesBothPairs() {
    List<String> header = new ArrayList<>(Ees.HEADER_2025);
    int cases = header.indexOf("cases");
    header.set(cases, "cases2");
    header.set(header.indexOf("caseload_fte"), "caseload");

    assertThat(Ees.failure(csv(header, List.of(STAFFS))))
        .hasMessage("test.csv:1:" + (cases + 1) + ": missing required columns 'cases', "
            + "'caseload_fte' (2025 layout); the header's columns 'cases2', 'caseload' are not "
            + "columns of this layout");
  }

  @Test
  void load_columnTwiceInHeader_isRefused() {
    List<String> header = new ArrayList<>(Ees.HEADER_2025);
    header.add("cases");

    assertThat(Ees.failure(String.join(",", header) + "\n"))
        .hasMessage("test.csv:1:33: column 'cases' appears twice in the header "
            + "(columns 29 and 33)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"many", "1,5", "12a", "1.2.3", "--4", "0x10", "1d", "+5", "n/a"})
  void load_nonNumericCell_namesCellAndText(String cell) {
    String text = csv2025(List.of(with(LAYOUT_2025, STAFFS, "cases", cell)));

    assertThat(Ees.failure(text)).hasMessage(
        "test.csv:2:29: column 'cases': " + EXPECTED_NUMBER + ", found '" + cell + "'");
  }

  @Test
  void load_negativeNumber_isRefused() {
    String text = csv2025(List.of(with(LAYOUT_2025, STAFFS, "cases", "-4")));

    assertThat(Ees.failure(text)).hasMessage(
        "test.csv:2:29: column 'cases': " + EXPECTED_NUMBER + ", found '-4'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "nan", "-NaN"})
  void load_notANumber_isRefused(String cell) {
    String text = csv2025(List.of(with(LAYOUT_2025, STAFFS, "caseload_fte", cell)));

    assertThat(Ees.failure(text)).hasMessage(
        "test.csv:2:30: column 'caseload_fte': " + EXPECTED_NUMBER + ", found '" + cell + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Infinity", "-Infinity", "inf"})
  void load_infinity_isRefused(String cell) {
    String text = csv2025(List.of(with(LAYOUT_2025, STAFFS, "inpost_fte", cell)));

    assertThat(Ees.failure(text)).hasMessage(
        "test.csv:2:11: column 'inpost_fte': " + EXPECTED_NUMBER + ", found '" + cell + "'");
  }

  @Test
  void load_numberTooLargeForADouble_isRefusedAsInfinite() {
    String text = csv2025(List.of(with(LAYOUT_2025, STAFFS, "cases", "1e999")));

    assertThat(Ees.failure(text)).hasMessage("test.csv:2:29: column 'cases': "
        + EXPECTED_NUMBER + ", found '1e999' (too large for a number)");
  }

  @Test
  void load_emptyNumericCell_isRefused() {
    String text = csv2025(List.of(with(LAYOUT_2025, STAFFS, "cases", "")));

    assertThat(Ees.failure(text)).hasMessage(
        "test.csv:2:29: column 'cases': " + EXPECTED_NUMBER + ", found an empty cell");
  }

  @Test
  void load_unknownSuppressionMarker_namesTheCell() {
    String text = csv2025(List.of(with(LAYOUT_2025, STAFFS, "vacancy_fte", "[q]")));

    assertThat(Ees.failure(text)).hasMessage(
        "test.csv:2:25: column 'vacancy_fte': " + EXPECTED_NUMBER + ", found '[q]'");
  }

  @Test
  void load_duplicateAreaAndYear_namesBothLines() {
    String text = csv2025(List.of(STAFFS, national(LAYOUT_2025, 2017), STAFFS));

    assertThat(Ees.failure(text)).hasMessage("test.csv:4: duplicate row: Staffordshire (860) "
        + "in 2017 was already read on line 2; expected one row per area and year");
  }

  @Test
  void load_duplicateUnderAnotherCodeOrName_isStillADuplicate() {
    List<String> renamed = with(LAYOUT_2025, STAFFS, "la_name", "Staffordshire County");

    assertThat(Ees.failure(csv2025(List.of(STAFFS, renamed))))
        .hasMessageStartingWith("test.csv:3: duplicate row: Staffordshire County (860) in 2017 "
            + "was already read on line 2");
  }

  @Test
  void load_duplicateNationalRow_isRefused() {
    String text = csv2025(List.of(national(LAYOUT_2025, 2019), national(LAYOUT_2025, 2019)));

    assertThat(Ees.failure(text)).hasMessage("test.csv:3: duplicate row: England in 2019 was "
        + "already read on line 2; expected one row per area and year");
  }

  @Test
  void load_unknownGeographicLevel_namesIt() {
    String text = csv2025(List.of(with(LAYOUT_2025, STAFFS, "geographic_level", "Ward")));

    assertThat(Ees.failure(text)).hasMessage("test.csv:2:3: column 'geographic_level': "
        + "expected National, Regional or Local authority, found 'Ward'");
  }

  @Test
  void load_unknownRegionCode_namesIt() {
    String text = csv2025(List.of(with(LAYOUT_2025, STAFFS, "region_code", "E12000010")));

    assertThat(Ees.failure(text)).hasMessage("test.csv:2:6: column 'region_code': expected "
        + "an English region code (E12000001 to E12000009, E13000001 or E13000002), "
        + "found 'E12000010'");
  }

  @Test
  void load_badLaNumber_namesIt() {
    String text = csv2025(List.of(with(LAYOUT_2025, STAFFS, "old_la_code", "86O")));

    assertThat(Ees.failure(text)).hasMessage("test.csv:2:8: column 'old_la_code': expected "
        + "an LA number such as 860 or 314 / 318, found '86O'");
  }

  @Test
  void load_blankAuthorityName_isRefused() {
    String text = csv2025(List.of(with(LAYOUT_2025, STAFFS, "la_name", " ")));

    assertThat(Ees.failure(text)).hasMessage("test.csv:2:10: column 'la_name': expected the "
        + "authority's name, found ' '");
  }

  @ParameterizedTest
  @ValueSource(strings = {"17", "2017/18", "", "1850"})
  void load_badYear_namesIt(String cell) {
    String text = csv2025(List.of(with(LAYOUT_2025, STAFFS, "time_period", cell)));
    String found = cell.isEmpty() ? "an empty cell" : "'" + cell + "'";
    String expected = cell.equals("1850") ? "expected a reporting year between 1900 and 2999"
        : "expected a reporting year such as 2017";

    assertThat(Ees.failure(text))
        .hasMessage("test.csv:2:1: column 'time_period': " + expected + ", found " + found);
  }

  @Test
  void load_rowWithTooFewFields_isRefused() {
    String text = csv2025(List.of(STAFFS.subList(0, 31)));

    assertThat(Ees.failure(text)).hasMessage(
        "test.csv:2:32: column 'absence_rate_fte': missing, the row ends before it; expected 32 "
            + "fields as in the header, found 31 (too few)");
  }

  @Test
  void load_rowWithTooManyFields_isRefused() {
    List<String> row = new ArrayList<>(STAFFS);
    row.add("");

    assertThat(Ees.failure(csv2025(List.of(row)))).hasMessage(
        "test.csv:2:33: field 33: past the header's 32 columns; expected 32 fields as in the "
            + "header, found 33 (too many)");
  }

  @Test
  void load_unterminatedQuote_namesWhereItOpens() {
    String text = csv2025(List.of(national(LAYOUT_2025, 2017)))
        + "2017,Reporting year,Local authority,E92000001,England,E12000005,West Midlands,860,"
        + "E10000028,\"Staffordshire,1,2,3\n2018,Reporting year,National\n";

    assertThat(Ees.failure(text)).hasMessage("test.csv:3:10: column 'la_name': unterminated "
        + "quoted field: the quote that opens it is never closed");
  }

  @Test
  void load_unterminatedQuote_isFatalEvenWhenLenient() {
    String text = csv2025(List.of(STAFFS)) + "\"2018,Reporting year\n";

    assertThatThrownBy(() -> Workforce.load(new ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8)), "test.csv", LoadOptions.lenient()))
        .isInstanceOf(LoadException.class)
        .hasMessage("test.csv:3:1: column 'time_period': unterminated quoted field: the quote "
            + "that opens it is never closed");
  }

  @Test
  void load_textAfterClosingQuote_isRefused() {
    String text = csv2025(List.of(with(LAYOUT_2025, STAFFS, "la_name", "\"Staffs\"x")))
        .replace("\"\"\"Staffs\"\"x\"", "\"Staffs\"x");

    assertThat(Ees.failure(text)).hasMessage("test.csv:2:10: column 'la_name': after the "
        + "closing quote expected a comma or the end of the line, found 'x'");
  }

  @Test
  void load_latin1Name_isRefusedAsNotUtf8() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(csv2025(List.of()).getBytes(StandardCharsets.UTF_8));
    String row = String.join(",", with(LAYOUT_2025, STAFFS, "la_name", "Caf\u00e9 Town"))
        + "\n";
    out.write(row.getBytes(StandardCharsets.ISO_8859_1));

    assertThat(Ees.failure(out.toByteArray())).hasMessage("test.csv:2:10: column 'la_name': "
        + "not UTF-8 (byte 0xE9 at byte 4 of the cell); save the file as CSV UTF-8");
  }

  @Test
  void load_badUtf8InUnknownColumn_isStillRefused() throws Exception {
    List<String> header = new ArrayList<>(Ees.HEADER_2025);
    header.add("note");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(csv(header, List.of()).getBytes(StandardCharsets.UTF_8));
    out.write((String.join(",", STAFFS) + ",\u00a3\n").getBytes(StandardCharsets.ISO_8859_1));

    assertThat(Ees.failure(out.toByteArray())).hasMessage("test.csv:2:33: column 'note': "
        + "not UTF-8 (byte 0xA3 at byte 1 of the cell); save the file as CSV UTF-8");
  }

  @Test
  void load_utf16File_isRefusedAsNotUtf8() {
    byte[] bytes = ("\uFEFF" + csv2025(List.of(STAFFS))).getBytes(StandardCharsets.UTF_16LE);

    assertThat(Ees.failure(bytes)).hasMessage("test.csv:1: not UTF-8: the file starts with a "
        + "UTF-16 byte order mark; save it as CSV UTF-8");
  }

  @Test
  void load_pathThatDoesNotExist_namesIt(@TempDir Path dir) {
    Path missing = dir.resolve("nope.csv");

    assertThatThrownBy(() -> Workforce.load(missing)).isInstanceOf(LoadException.class)
        .hasMessage(missing + ": no such file");
    assertThatThrownBy(() -> EesCsv.read(missing)).isInstanceOf(LoadException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void load_directory_namesIt(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("data.csv"));

    assertThatThrownBy(() -> Workforce.load(folder)).isInstanceOf(LoadException.class)
        .hasMessage(folder + ": is a directory, expected a workforce file");
    assertThatThrownBy(() -> EesCsv.read(folder)).isInstanceOf(LoadException.class)
        .hasMessage(folder + ": is a directory, expected a workforce file");
  }

  @Test
  void load_fileWithBadRow_failsWithLineAndColumnFromPath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, csv2025(List.of(STAFFS, with(LAYOUT_2025,
        national(LAYOUT_2025, 2017), "cases", "-4"))));

    assertThatThrownBy(() -> Workforce.load(file)).isInstanceOf(LoadException.class)
        .hasMessage(file + ":3:29: column 'cases': " + EXPECTED_NUMBER + ", found '-4'")
        .satisfies(e -> {
          LoadException le = (LoadException) e;
          assertThat(le.source()).isEqualTo(file.toString());
          assertThat(le.line()).isEqualTo(3);
          assertThat(le.column()).isEqualTo(29);
        });
  }

  @Test
  void load_unrecognisedSource_isRefusedByEveryReader() {
    assertThatThrownBy(() -> Workforce.load(
        new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)), "notes.txt"))
        .isInstanceOf(LoadException.class)
        .hasMessage("notes.txt: no installed reader accepts this file (readers: EES CSV, "
            + "csww JSON)")
        .asInstanceOf(InstanceOfAssertFactories.type(UnrecognisedFileException.class))
        .satisfies(e -> {
          assertThat(e.content()).isEqualTo(UnrecognisedFileException.Content.OTHER);
          assertThat(e.readers()).containsExactly("EES CSV", "csww JSON");
          assertThat(e.source()).isEqualTo("notes.txt");
        });
  }

  @Test
  void load_spreadsheet_pointsToTheOfstedReader() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
    assertThatThrownBy(() -> Workforce.load(new ByteArrayInputStream(zip), "outcomes.ods"))
        .isInstanceOf(LoadException.class)
        .hasMessage("outcomes.ods: no installed reader accepts this file (readers: EES CSV, csww "
            + "JSON); it is a zip archive, such as an ODS or XLSX spreadsheet: Ofsted's "
            + "inspection outcomes are read with io.github.csww.io.OfstedReader and joined with "
            + "Workforce.withJudgements, and the workforce figures come as an EES CSV")
        .asInstanceOf(InstanceOfAssertFactories.type(UnrecognisedFileException.class))
        .extracting(UnrecognisedFileException::content)
        .isEqualTo(UnrecognisedFileException.Content.ZIP_ARCHIVE);
  }

  @Test
  void load_spreadsheetFile_saysItIsAZipArchive(@TempDir Path dir) throws Exception {
    // found from the file's bytes: a caller need not read the message
    Path file = Files.write(dir.resolve("outcomes.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0});

    assertThatThrownBy(() -> Workforce.load(file))
        .isInstanceOfSatisfying(UnrecognisedFileException.class, e -> {
          assertThat(e.content()).isEqualTo(UnrecognisedFileException.Content.ZIP_ARCHIVE);
          assertThat(e.source()).isEqualTo(file.toString());
          assertThat(e.line()).isZero();
        });
  }

  @Test
  void load_emptyStreamOfNoKnownKind_saysItIsEmpty() {
    assertThatThrownBy(() -> Workforce.load(new ByteArrayInputStream(new byte[0]),
        "standard input"))
        .isInstanceOf(LoadException.class)
        .hasMessage("standard input: is empty: expected a workforce file (readers: EES CSV, "
            + "csww JSON)")
        .asInstanceOf(InstanceOfAssertFactories.type(UnrecognisedFileException.class))
        .extracting(UnrecognisedFileException::content)
        .isEqualTo(UnrecognisedFileException.Content.EMPTY);
  }
}
