package io.github.csww.io;

import static io.github.csww.io.Ees.la;
import static io.github.csww.io.Ees.national;
import static io.github.csww.io.EesLayout.LAYOUT_2025;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.csww.LoadException;
import io.github.csww.LoadLimits;
import io.github.csww.LoadOptions;
import io.github.csww.Region;
import io.github.csww.Workforce;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile inputs of issue 12, each small and generated, each refused with a clear error. */
class HostileInputTest {
  private static final String SHEET = "sheet '" + OfstedReader.LATEST_SHEET + "'";

  @TempDir
  Path tmp;

  private static void readOds(byte[] bytes, String name) throws IOException {
    OfstedReader.read(new ByteArrayInputStream(bytes), name);
  }

  private static Workforce json(String text) throws IOException {
    return WorkforceJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "hostile.json", LoadOptions.strict());
  }

  // ------------------------------------------------------------------ case 1

  @Test
  void read_odsRowsAndCellsRepeatedBillionsOfTimes_isRefusedAtTheCellLimit() {
    assertThatThrownBy(() -> readOds(Hostile.odsRepeats(), "repeats.ods"))
        .isInstanceOf(LoadException.class)
        .hasMessage("repeats.ods: " + SHEET + ", row 1001: the sheet holds more than 1000000 "
            + "cells up to this row, counting repeated rows and cells; the limit is 1000000 "
            + "(OdsLimits.maxCellsPerSheet)");
  }

  @Test
  void read_odsRowRepeatedOverTheRaisedLimit_namesTheLimit() {
    OdsLimits few = OdsLimits.defaults().withMaxRepeatedRows(10);

    assertThatThrownBy(() -> OfstedReader.read(new ByteArrayInputStream(Hostile.odsRepeats()),
        "repeats.ods", few))
        .isInstanceOf(LoadException.class)
        .hasMessage("repeats.ods: " + SHEET + ", row 1: a row with text is repeated 1000 times "
            + "(table:number-rows-repeated); the limit is 10 (OdsLimits.maxRepeatedRows)");
  }

  // ------------------------------------------------------------------ case 2

  @Test
  void read_odsSpacesOfHugeCount_isRefusedAtTheCellTextLimit() {
    assertThatThrownBy(() -> readOds(Hostile.odsSpaces(), "spaces.ods"))
        .isInstanceOf(LoadException.class)
        .hasMessage("spaces.ods: " + SHEET + ", row 1, column 1: a cell's text reaches "
            + "1000000001 characters (spaces declared by text:s count as many times as "
            + "declared); the limit is 32767 (OdsLimits.maxCellChars)");
  }

  @Test
  void read_odsSpacesUnderTheCellLimit_countAgainstTheXmlBound() {
    String cell = "<table:table-cell><text:p><text:s text:c=\"30000\"/></text:p>"
        + "</table:table-cell>";
    String xml = TestOds.PROLOGUE + TestOds.ROOT_OPEN + "<table:table table:name=\""
        + OfstedReader.LATEST_SHEET + "\"><table:table-row>" + cell.repeat(100)
        + "</table:table-row></table:table>" + TestOds.ROOT_CLOSE;
    OdsLimits small = new OdsLimits(1_000_000, 2_000_000, 10);

    assertThatThrownBy(() -> OfstedReader.read(new ByteArrayInputStream(
        TestOds.zip(TestOds.MIMETYPE, xml)), "many-spaces.ods", small))
        .isInstanceOf(LoadException.class)
        .hasMessage("many-spaces.ods: " + SHEET + ", row 1, column 34: the cells' text, with "
            + "repeated spaces (text:s) expanded, exceeds 1000000 characters; the limit is "
            + "OdsLimits.maxXmlBytes: refused as a possible zip bomb");
  }

  // ------------------------------------------------------------------ case 3

  @Test
  void read_odsBlankCellsRepeatedPastIntRange_isRefusedAtTheColumnLimit() {
    assertThatThrownBy(() -> readOds(Hostile.odsBlankRepeats(), "blanks.ods"))
        .isInstanceOf(LoadException.class)
        .hasMessage("blanks.ods: " + SHEET + ", row 1, column 1025: text in column 4000000001; "
            + "the limit is column 1024 (OdsLimits.maxRepeatedColumns)")
        .satisfies(e -> {
          LoadException l = (LoadException) e;
          assertThat(l.source()).isEqualTo("blanks.ods");
          assertThat(l.sheet()).contains(OfstedReader.LATEST_SHEET);
          assertThat(l.line()).isEqualTo(1);
          assertThat(l.column()).isEqualTo(1025);
        });
  }

  @Test
  void read_odsBlankRowsRepeatedPastIntRange_areSkippedWithoutCost() {
    String blankRows = "<table:table-row table:number-rows-repeated=\"2000000000\">"
        + "<table:table-cell table:number-columns-repeated=\"2000000000\"/></table:table-row>";
    String xml = TestOds.PROLOGUE + TestOds.ROOT_OPEN + "<table:table table:name=\""
        + OfstedReader.LATEST_SHEET + "\">" + blankRows.repeat(3) + "<table:table-row>"
        + TestOds.cellXml("late") + "</table:table-row></table:table>" + TestOds.ROOT_CLOSE;

    assertThatThrownBy(() -> readOds(TestOds.zip(TestOds.MIMETYPE, xml), "far.ods"))
        .isInstanceOf(LoadException.class)
        .hasMessage("far.ods: " + SHEET + ", row 6000000001: a row with text lies beyond row "
            + "2147483647, the last row csww reads");
  }

  // ------------------------------------------------------------------ case 4

  @Test
  void read_odsEntryNameNotUtf8_isALoadExceptionNamingTheFile() {
    assertThatThrownBy(() -> readOds(Hostile.odsBadEntryName(), "names.ods"))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith("names.ods: is not a readable ZIP archive, so not an ODS "
            + "workbook: the name of ZIP entry 2 is not UTF-8");
  }

  // ------------------------------------------------------------------ case 5

  @Test
  void read_odsTruncatedInsideAnEntry_isALoadExceptionNamingTheFile() {
    assertThatThrownBy(() -> readOds(Hostile.odsTruncated(), "cut.ods"))
        .isInstanceOf(LoadException.class)
        .hasMessage("cut.ods: is truncated: the ZIP archive ends inside the entry content.xml; "
            + "is the download complete?");
  }

  @Test
  void read_odsTruncatedAtEveryLength_isAlwaysALoadException() {
    byte[] whole = TestOds.workbook(java.util.Map.of(OfstedReader.LATEST_SHEET,
        List.of(List.of("Local authority area code"), List.of("E10000028"))));
    for (int n = 0; n < whole.length; n += 7) {
      byte[] cut = Arrays.copyOf(whole, n);
      assertThatThrownBy(() -> readOds(cut, "cut.ods"))
          .as("cut at %s of %s bytes", cut.length, whole.length)
          .isInstanceOf(LoadException.class)
          .hasMessageStartingWith("cut.ods: ");
    }
  }

  // ------------------------------------------------------------------ case 6

  @Test
  void read_jsonYearBeyondLong_isRefusedNotWrapped() {
    assertThatThrownBy(() -> json(Hostile.jsonHugeYear()))
        .isInstanceOf(LoadException.class)
        .hasMessage("hostile.json:2:12: snapshots[0].year: expected a reporting year between "
            + "1900 and 2999, found 18446744073709553633");
  }

  @Test
  void read_jsonLaNumberBeyondInt_isRefused() {
    String text = Hostile.jsonAuthorityNamed("Staffordshire").replace("[860]", "[4294968156]");

    assertThatThrownBy(() -> json(text))
        .isInstanceOf(LoadException.class)
        .hasMessage("hostile.json:2:69: snapshots[0].area.laNumbers: expected positive LA "
            + "numbers such as 860, found 4294968156");
  }

  // ------------------------------------------------------------------ case 7

  @Test
  void load_csvSingleLineOverTheRowLimit_isRefused() {
    byte[] line = new byte[3 << 20];
    Arrays.fill(line, (byte) 'a');

    assertThat(Ees.failure(line)).hasMessage("test.csv:1:1: a row longer than 1 MiB, the limit "
        + "(LoadLimits.maxRowBytes) (an unterminated quote?); is this a CSV file?");
  }

  @Test
  void load_csvRowLimitRaised_readsLongerRows() {
    String csv = Ees.csv2025(List.of(la(LAYOUT_2025, 2017, "860", "E10000028",
        "S" + "t".repeat(200), Region.WEST_MIDLANDS)));
    LoadOptions tight = LoadOptions.strict().withLimits(LoadLimits.defaults()
        .withMaxRowBytes(100));

    assertThat(Ees.load(csv.getBytes(StandardCharsets.UTF_8), LoadOptions.strict()).snapshots())
        .hasSize(1);
    assertThatThrownBy(() -> Ees.load(csv.getBytes(StandardCharsets.UTF_8), tight))
        .hasRootCauseInstanceOf(LoadException.class)
        .rootCause().hasMessage("test.csv:1:8: a row longer than 100 bytes, the limit "
            + "(LoadLimits.maxRowBytes) (an unterminated quote?); is this a CSV file?");
  }

  @Test
  void load_sparseFileLargerThanTheFileLimit_isRefusedBeforeReading() throws IOException {
    Path sparse = tmp.resolve("sparse.csv");
    try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
      f.setLength(13L << 30);
    }

    assertThatThrownBy(() -> Workforce.load(sparse))
        .isInstanceOf(LoadException.class)
        .hasMessage(sparse + ": is 13958643712 bytes, larger than 4294967296 bytes, the limit "
            + "(LoadLimits.maxFileBytes); raise it to read a larger file");
  }

  @Test
  void load_sparseFileWithTheLimitRaised_stopsAtTheFirstRow() throws IOException {
    Path sparse = tmp.resolve("sparse.csv");
    try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
      f.setLength(13L << 30);
    }
    LoadOptions big = LoadOptions.strict().withLimits(LoadLimits.defaults()
        .withMaxFileBytes(1L << 40));

    assertThatThrownBy(() -> Workforce.load(sparse, big))
        .isInstanceOf(LoadException.class)
        .hasMessage(sparse + ":1:1: a row longer than 1 MiB, the limit (LoadLimits.maxRowBytes) "
            + "(an unterminated quote?); is this a CSV file?");
  }

  @Test
  void load_streamOverTheFileLimit_isRefusedWhileReading() {
    String csv = Ees.csv2025(List.of(national(LAYOUT_2025, 2017)));
    LoadOptions tiny = LoadOptions.strict().withLimits(LoadLimits.defaults()
        .withMaxFileBytes(100));

    assertThatThrownBy(() -> Ees.load(csv.getBytes(StandardCharsets.UTF_8), tiny))
        .rootCause().isInstanceOf(LoadException.class)
        .hasMessage("test.csv: is larger than 100 bytes, the limit (LoadLimits.maxFileBytes); "
            + "raise it to read a larger file");
  }

  @Test
  void load_csvWithTooManyCells_isRefused() {
    String row = "a,".repeat(2_000) + "a\n";

    assertThat(Ees.failure(row)).hasMessage("test.csv:1:1025: more than 1024 fields in one "
        + "row, the limit (LoadLimits.maxCellsPerRow); is this a CSV file?");
  }

  // ------------------------------------------------------------------ case 8

  @Test
  void read_jsonNegativeValue_isRefusedAsInCsv() {
    assertThatThrownBy(() -> json(Hostile.jsonValue("CASES", "-4")))
        .isInstanceOf(LoadException.class)
        .hasMessage("hostile.json:2:69: snapshots[0].values.CASES: expected a non-negative "
            + "number or a suppression marker (c, x, z, u, low, :, .), found -4 (negative)");
  }

  @Test
  void load_laNumberInArabicIndicDigits_isRefused() {
    String csv = Ees.csv2025(List.of(la(LAYOUT_2025, 2017, "\u0668\u0666\u0660", "E10000028",
        "Staffordshire", Region.WEST_MIDLANDS)));

    assertThat(Ees.failure(csv)).hasMessage("test.csv:2:8: column 'old_la_code': expected an "
        + "LA number such as 860 or 314 / 318, found '\u0668\u0666\u0660'");
  }

  @Test
  void read_neighbourNumberInArabicIndicDigits_isRefused() {
    StringBuilder csv = new StringBuilder("old_la_code,la_name");
    for (int k = 1; k <= 10; k++) {
      csv.append(",SN_").append(k).append(",SN_").append(k).append('P');
    }
    csv.append("\n\u0668\u0666\u0660,Staffordshire\n");

    assertThatThrownBy(() -> StatisticalNeighboursReader.read(new ByteArrayInputStream(
        csv.toString().getBytes(StandardCharsets.UTF_8)), "sn.csv"))
        .isInstanceOf(LoadException.class)
        .hasMessage("sn.csv:2:1: column 'old_la_code': expected an LA number such as 860, "
            + "found '\u0668\u0666\u0660'");
  }

  @Test
  void load_nameWithTerminalEscape_isRefused() {
    String csv = Ees.csv2025(List.of(la(LAYOUT_2025, 2017, "860", "E10000028",
        "Staff\u001b[2Jordshire", Region.WEST_MIDLANDS)));

    assertThat(Ees.failure(csv)).hasMessage("test.csv:2:10: column 'la_name': expected the "
        + "authority's name, found a control character (U+001B) at character 6; names may not "
        + "hold control characters");
  }

  @Test
  void read_ofstedInspectionTypeWithTerminalEscape_isRefused() {
    String csv = "Local authority area code,Local authority name,Inspection date,"
        + "Publication date,Inspection type,Overall effectiveness\n"
        + "E10000028,Staffordshire,06/11/2023,12/01/2024,ILACS\u001b]0;x\u0007,Good\n";

    assertThatThrownBy(() -> OfstedReader.read(new ByteArrayInputStream(
        csv.getBytes(StandardCharsets.UTF_8)), "ofsted.csv"))
        .isInstanceOf(LoadException.class)
        .hasMessage("ofsted.csv:2:5: column 'Inspection type': expected text, found a control "
            + "character (U+001B) at character 6; text may not hold control characters");
  }

  @Test
  void read_ofstedNameWithBidiOverrideInOds_namesSheetRowAndColumn() {
    // XML 1.0 cannot hold an escape character at all: the parser refuses it; a right-to-left
    // override is legal XML, and refused as a name.
    byte[] ods = TestOds.workbook(java.util.Map.of(OfstedReader.LATEST_SHEET, List.of(
        List.of("Local authority area code", "Local authority name", "Inspection date",
            "Publication date", "Overall effectiveness"),
        List.of("E10000028", "Staff\u202eordshire", "date:2023-11-06", "date:2024-01-12",
            "Good"))));

    assertThatThrownBy(() -> readOds(ods, "esc.ods"))
        .isInstanceOf(LoadException.class)
        .hasMessage("esc.ods: " + SHEET + ", row 2, column B ('Local authority name'): "
            + "expected the authority's name, found a control character (U+202E) at character "
            + "6; names may not hold control characters");
  }

  @Test
  void read_jsonNameWithBidiOverride_isRefused() {
    assertThatThrownBy(() -> json(Hostile.jsonAuthorityNamed("Staff\\u202Eordshire")))
        .isInstanceOf(LoadException.class)
        .hasMessage("hostile.json:2:109: snapshots[0].area.names: expected names, found a control "
            + "character (U+202E) at character 6; names may not hold control characters");
  }

  @Test
  void load_nameOverTheNameLimit_isRefused() {
    String csv = Ees.csv2025(List.of(la(LAYOUT_2025, 2017, "860", "E10000028",
        "S".repeat(300), Region.WEST_MIDLANDS)));

    assertThat(Ees.failure(csv)).hasMessage("test.csv:2:10: column 'la_name': expected the "
        + "authority's name, found a name of 300 characters; the limit is 256 "
        + "(LoadLimits.maxNameLength)");
  }

  @Test
  void read_jsonTenMegabyteName_isRefusedByTheStringLimit() {
    String big = "S".repeat(10 << 20);

    assertThatThrownBy(() -> json(Hostile.jsonAuthorityNamed(big)))
        .isInstanceOf(LoadException.class)
        .hasMessageStartingWith("hostile.json:2:")
        .hasMessageContaining("not valid csww JSON: String value length (")
        .hasMessageContaining(") exceeds the maximum allowed (100000");
  }

  @Test
  void load_numberOverTheNumberLimit_isRefused() {
    String csv = Ees.csv2025(List.of(Ees.with(LAYOUT_2025, national(LAYOUT_2025, 2017),
        "cases", "1" + "0".repeat(500))));

    assertThat(Ees.failure(csv)).hasMessageContaining("column 'cases': expected a "
        + "non-negative number or a suppression marker (c, x, z, u, low, :, .), found a cell of "
        + "501 characters; the limit for a number is 400 (LoadLimits.maxNumberLength)");
  }

  @Test
  void read_malformedOdsXml_printsNothingToStandardError() throws Exception {
    String xml = TestOds.PROLOGUE + TestOds.ROOT_OPEN + "<table:table";
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(() -> readOds(TestOds.zip(TestOds.MIMETYPE, xml), "bad.ods"))
          .isInstanceOf(LoadException.class)
          .hasMessageStartingWith("bad.ods: content.xml is not well-formed XML");
    } finally {
      System.setErr(saved);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void read_odsXmlNotUtf8_printsNothingToStandardError() throws Exception {
    byte[] xml = (TestOds.PROLOGUE + TestOds.ROOT_OPEN + "<table:table table:name=\"x\">"
        + "<table:table-row><table:table-cell><text:p>\u00ff</text:p></table:table-cell>"
        + "</table:table-row></table:table>" + TestOds.ROOT_CLOSE)
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] ods = TestOds.zip(TestOds.MIMETYPE, java.util.Map.of("content.xml", xml));
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(() -> readOds(ods, "latin1.ods"))
          .isInstanceOf(LoadException.class)
          .hasMessageStartingWith("latin1.ods: content.xml is not UTF-8 text");
    } finally {
      System.setErr(saved);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void read_neighbourTableOverTheTableLimit_isRefused() {
    byte[] big = new byte[100_000];
    Arrays.fill(big, (byte) '\n');
    LoadLimits small = LoadLimits.defaults().withMaxTableBytes(50_000);

    assertThatThrownBy(() -> StatisticalNeighboursReader.read(new ByteArrayInputStream(big),
        "sn.csv", small))
        .isInstanceOf(LoadException.class)
        .hasMessage("sn.csv: is larger than 50000 bytes, the limit (LoadLimits.maxTableBytes; a "
            + "statistical neighbour or Ofsted table is a few hundred kilobytes); raise it to "
            + "read a larger file");
  }

  @Test
  void read_ofstedCsvOverTheCellLimit_isRefused() {
    String csv = "a\n".repeat(300_000);

    assertThatThrownBy(() -> OfstedReader.read(new ByteArrayInputStream(
        csv.getBytes(StandardCharsets.UTF_8)), "ofsted.csv"))
        .isInstanceOf(LoadException.class)
        .hasMessage("ofsted.csv:250001: the table holds more than 250000 cells, the limit "
            + "(LoadLimits.maxTableCells); a statistical neighbour or Ofsted table has a few "
            + "thousand");
  }

  @Test
  void loadException_withoutSheet_hasNoSheet() {
    LoadException e = new LoadException("f.csv", 3, 4, "bad");

    assertThat(e.sheet()).isEmpty();
    assertThat(e).hasMessage("f.csv:3:4: bad");
    assertThat(new LoadException("f.ods", "S", 0, 0, "no header", null))
        .hasMessage("f.ods: sheet 'S': no header");
  }

  @Test
  void limits_notPositive_areRefusedNamingTheBound() {
    assertThatThrownBy(() -> LoadLimits.defaults().withMaxRowBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRowBytes must be positive, got 0");
    assertThatThrownBy(() -> OdsLimits.defaults().withMaxCellChars(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxCellChars must be positive, got -1");
    assertThat(OdsLimits.defaults()).isEqualTo(new OdsLimits(64L << 20, 256L << 20, 1_000,
        1_000, 1_024, 1_000_000, 32_767));
    assertThat(LoadOptions.strict().limits()).isEqualTo(LoadLimits.defaults());
  }
}
