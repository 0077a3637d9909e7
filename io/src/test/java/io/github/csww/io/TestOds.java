package io.github.csww.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small ODS workbooks for tests, shaped like Ofsted's: trailing cells and rows repeated to
 * the sheet's edge. A cell written {@code "date:2023-11-06"} becomes a date cell.
 */
final class TestOds {
  static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
  static final String PROLOGUE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  static final String ROOT_OPEN = "<office:document-content"
      + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
      + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
      + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
      + "<office:body><office:spreadsheet>";
  static final String ROOT_CLOSE = "</office:spreadsheet></office:body></office:document-content>";

  private TestOds() {}

  /** A workbook of the given sheets, each a list of rows of cells. */
  static byte[] workbook(Map<String, List<List<String>>> sheets) {
    return zip(MIMETYPE, contentXml(sheets));
  }

  static String contentXml(Map<String, List<List<String>>> sheets) {
    StringBuilder sb = new StringBuilder(PROLOGUE).append(ROOT_OPEN);
    for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
      sb.append(tableXml(sheet.getKey(), sheet.getValue()));
    }
    return sb.append(ROOT_CLOSE).toString();
  }

  static String tableXml(String name, List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("<table:table table:name=\"").append(escape(name)).append("\">")
        .append("<table:table-column table:number-columns-repeated=\"16384\"/>");
    for (List<String> row : rows) {
      sb.append("<table:table-row>");
      for (String cell : row) {
        sb.append(cellXml(cell));
      }
      sb.append("<table:table-cell table:number-columns-repeated=\"")
          .append(16384 - row.size()).append("\"/></table:table-row>");
    }
    sb.append("<table:table-row table:number-rows-repeated=\"1048000\">"
        + "<table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>");
    return sb.append("</table:table>").toString();
  }

  static String cellXml(String cell) {
    if (cell.isEmpty()) {
      return "<table:table-cell/>";
    }
    if (cell.startsWith("date:")) {
      String iso = cell.substring(5);
      String[] p = iso.split("-");
      return "<table:table-cell office:value-type=\"date\" office:date-value=\"" + iso
          + "T00:00:00\"><text:p>" + p[2] + "/" + p[1] + "/" + p[0] + "</text:p></table:table-cell>";
    }
    return "<table:table-cell office:value-type=\"string\"><text:p>" + escape(cell)
        + "</text:p></table:table-cell>";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** A ZIP with a stored mimetype entry first, then content.xml deflated. */
  static byte[] zip(String mimetype, String contentXml) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("content.xml", contentXml.getBytes(StandardCharsets.UTF_8));
    return zip(mimetype, entries);
  }

  static byte[] zip(String mimetype, Map<String, byte[]> entries) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        if (mimetype != null) {
          byte[] m = mimetype.getBytes(StandardCharsets.US_ASCII);
          ZipEntry e = new ZipEntry("mimetype");
          e.setMethod(ZipEntry.STORED);
          e.setSize(m.length);
          CRC32 crc = new CRC32();
          crc.update(m);
          e.setCrc(crc.getValue());
          zip.putNextEntry(e);
          zip.write(m);
          zip.closeEntry();
        }
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
          zip.putNextEntry(new ZipEntry(entry.getKey()));
          zip.write(entry.getValue());
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
