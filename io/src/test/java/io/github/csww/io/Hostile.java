package io.github.csww.io;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small generated versions of the hostile inputs of issue 12: each is a few kilobytes that once
 * declared gigabytes, overflowed a count or escaped as the wrong exception.
 */
final class Hostile {
  static final String LATEST = OfstedReader.LATEST_SHEET;

  private Hostile() {}

  private static byte[] sheet(String rowsXml) {
    String xml = TestOds.PROLOGUE + TestOds.ROOT_OPEN + "<table:table table:name=\"" + LATEST
        + "\">" + rowsXml + "</table:table>" + TestOds.ROOT_CLOSE;
    return TestOds.zip(TestOds.MIMETYPE, xml);
  }

  /**
   * Case 1: a row repeated 1,000 times holding one text cell repeated 1,000 times, the row itself
   * written 2,000 times: 2 billion cells declared in under 2 KB compressed.
   */
  static byte[] odsRepeats() {
    String row = "<table:table-row table:number-rows-repeated=\"1000\">"
        + "<table:table-cell table:number-columns-repeated=\"1000\" office:value-type=\"string\">"
        + "<text:p>x</text:p></table:table-cell></table:table-row>";
    return sheet(row.repeat(2_000));
  }

  /** Case 2: cells whose text declares a billion spaces each ({@code <text:s text:c=.../>}). */
  static byte[] odsSpaces() {
    String cell = "<table:table-cell office:value-type=\"string\"><text:p>a"
        + "<text:s text:c=\"1000000000\"/>".repeat(50) + "</text:p></table:table-cell>";
    return sheet(("<table:table-row>" + cell.repeat(20) + "</table:table-row>").repeat(50));
  }

  /** Case 3: two blank cells repeated 2e9 times each, then a cell with text. */
  static byte[] odsBlankRepeats() {
    String blank = "<table:table-cell table:number-columns-repeated=\"2000000000\"/>";
    return sheet("<table:table-row>" + blank + blank + TestOds.cellXml("late")
        + "</table:table-row>");
  }

  /** Case 4: a workbook whose second ZIP entry's name is not UTF-8. */
  static byte[] odsBadEntryName() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("bad\u00e9.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
    entries.put("content.xml", TestOds.contentXml(Map.of(LATEST, List.of(List.of("a"))))
        .getBytes(StandardCharsets.UTF_8));
    byte[] zip = TestOds.zip(TestOds.MIMETYPE, entries);
    // é is C3 A9 in UTF-8; FF FE is never UTF-8. Patch the local and central headers alike.
    for (int i = 0; i + 1 < zip.length; i++) {
      if (zip[i] == (byte) 0xC3 && zip[i + 1] == (byte) 0xA9) {
        zip[i] = (byte) 0xFF;
        zip[i + 1] = (byte) 0xFE;
      }
    }
    return zip;
  }

  /** Case 5: a real-looking workbook cut off in the middle of content.xml's deflated bytes. */
  static byte[] odsTruncated() {
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      rows.append("<table:table-row>").append(TestOds.cellXml("E1000" + (1000 + i)))
          .append(TestOds.cellXml("Authority number " + i * 7919)).append("</table:table-row>");
    }
    byte[] whole = sheet(rows.toString());
    byte[] cut = new byte[whole.length / 2];
    System.arraycopy(whole, 0, cut, 0, cut.length);
    return cut;
  }

  /** Case 6: a JSON year past the range of a long, which wraps to 2017. */
  static String jsonHugeYear() {
    return "{\"format\": \"csww-workforce\", \"version\": 1, \"snapshots\": [\n"
        + "  {\"year\": 18446744073709553633, \"area\": {\"level\": \"National\"}, "
        + "\"values\": {}}]}";
  }

  /** A JSON document of one national snapshot with one value. */
  static String jsonValue(String metric, String value) {
    return "{\"format\": \"csww-workforce\", \"version\": 1, \"snapshots\": [\n"
        + "  {\"year\": 2017, \"area\": {\"level\": \"National\"}, "
        + "\"values\": {\"" + metric + "\": " + value + "}}]}";
  }

  /** A JSON document of one authority with the given name (JSON-escaped by the caller). */
  static String jsonAuthorityNamed(String escapedName) {
    return "{\"format\": \"csww-workforce\", \"version\": 1, \"snapshots\": [\n"
        + "  {\"year\": 2017, \"area\": {\"level\": \"Local authority\", \"laNumbers\": [860], "
        + "\"codes\": [\"E10000028\"], \"names\": [\"" + escapedName + "\"], "
        + "\"region\": \"E12000005\"}, \"values\": {}}]}";
  }
}
