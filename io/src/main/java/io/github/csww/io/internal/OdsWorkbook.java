package io.github.csww.io.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.csww.LoadException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the sheets of an OpenDocument spreadsheet (ODS) with the JDK alone: {@link
 * ZipInputStream} for the package and the StAX streaming parser for {@code content.xml}.
 *
 * <p>Guards: DTDs are refused outright (the parser is also set not to support DTDs or external
 * entities, and to resolve nothing), so an XXE payload can never read a local file; every entry is
 * read through a counter, so decompressed bytes and the number of entries are bounded (a zip bomb
 * is refused mid-stream); repeated rows and columns are expanded only where they hold text, and
 * only up to a bound. Only the wanted sheets are kept.
 */
public final class OdsWorkbook {
  static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String SPREADSHEET_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
  /** The most columns a row may have text in. */
  static final int MAX_COLUMNS = 1_024;
  /** The most times a row or cell with text is expanded. */
  static final int MAX_REPEAT = 1_000;

  private final ImmutableList<String> sheetNames;
  private final ImmutableMap<String, ImmutableList<SheetRow>> sheets;

  private OdsWorkbook(ImmutableList<String> sheetNames,
      ImmutableMap<String, ImmutableList<SheetRow>> sheets) {
    this.sheetNames = sheetNames;
    this.sheets = sheets;
  }

  /** Every sheet's name, in workbook order. */
  public ImmutableList<String> sheetNames() {
    return sheetNames;
  }

  /** The rows of a wanted sheet (blank rows left out), or null when the workbook lacks it. */
  public ImmutableList<SheetRow> sheet(String name) {
    return sheets.get(name);
  }

  /**
   * Reads a workbook.
   *
   * @param in the bytes of the .ods file; the caller closes the stream
   * @param source the file name, for messages
   * @param wanted the names of the sheets to keep
   * @param maxXmlBytes the most bytes content.xml may inflate to
   * @param maxTotalBytes the most bytes all entries read may inflate to
   * @param maxEntries the most entries read
   * @throws LoadException for a file that is not an ODS spreadsheet, a DTD, malformed XML, or a
   *     bound exceeded, saying which
   */
  public static OdsWorkbook read(InputStream in, String source, Set<String> wanted,
      long maxXmlBytes, long maxTotalBytes, int maxEntries) throws IOException {
    Counter total = new Counter(maxTotalBytes);
    OdsWorkbook book = null;
    boolean mimetypeSeen = false;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        entries++;
        if (entries > maxEntries) {
          throw new LoadException(source, 0, 0, "has more than " + maxEntries
              + " ZIP entries (the limit); an ODS workbook has a handful: refused as a possible "
              + "zip bomb");
        }
        String name = e.getName();
        Bounded entry = new Bounded(zip, name, maxTotalBytes, total,
            name.equals("content.xml") ? maxXmlBytes : maxTotalBytes);
        try {
          if (name.equals("mimetype")) {
            String type = new String(entry.readNBytes(256), StandardCharsets.US_ASCII).strip();
            if (!type.equals(SPREADSHEET_TYPE)) {
              throw new LoadException(source, 0, 0, "is an OpenDocument file of type '" + type
                  + "', expected a spreadsheet (" + SPREADSHEET_TYPE + ")");
            }
            mimetypeSeen = true;
          } else if (name.equals("content.xml")) {
            book = parse(entry, source, wanted);
          }
          entry.drain();
        } catch (TooLarge t) {
          throw new LoadException(source, 0, 0, t.getMessage() + ": refused as a possible zip "
              + "bomb", t);
        }
        if (book != null && mimetypeSeen) {
          break;
        }
      }
    } catch (ZipException z) {
      throw new LoadException(source, 0, 0, "is not a readable ZIP archive, so not an ODS "
          + "workbook: " + z.getMessage(), z);
    }
    if (book == null) {
      throw new LoadException(source, 0, 0, entries == 0
          ? "is not an ODS workbook: expected a ZIP archive holding content.xml, found no "
              + "ZIP entries"
          : "is not an ODS workbook: the ZIP archive has no content.xml");
    }
    return book;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external resource refused: " + systemId);
    });
    return f;
  }

  private static OdsWorkbook parse(Bounded in, String source, Set<String> wanted)
      throws IOException {
    List<String> names = new ArrayList<>();
    Map<String, ImmutableList<SheetRow>> sheets = new LinkedHashMap<>();
    boolean spreadsheet = false;
    XMLStreamReader r = null;
    try {
      r = factory().createXMLStreamReader(in);
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.DTD) {
          throw new LoadException(source, 0, 0, "content.xml declares a DTD (<!DOCTYPE ...>), "
              + "which an ODS workbook never has; DTDs and external entities are refused so that "
              + "a crafted file cannot read local files (XXE)");
        }
        if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new LoadException(source, 0, 0, "content.xml refers to the entity '&"
              + r.getLocalName() + ";', which an ODS workbook never has; entities are refused");
        }
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (OFFICE.equals(r.getNamespaceURI()) && r.getLocalName().equals("spreadsheet")) {
          spreadsheet = true;
        } else if (TABLE.equals(r.getNamespaceURI()) && r.getLocalName().equals("table")) {
          String name = r.getAttributeValue(TABLE, "name");
          name = name == null ? "" : name;
          names.add(name);
          if (wanted.contains(name) && !sheets.containsKey(name)) {
            sheets.put(name, readTable(r, source, name));
          } else {
            skip(r);
          }
        }
      }
    } catch (XMLStreamException x) {
      if (in.tooLarge != null) {
        throw in.tooLarge;
      }
      String where = x.getLocation() == null ? ""
          : " at line " + x.getLocation().getLineNumber() + ", column "
              + x.getLocation().getColumnNumber();
      throw new LoadException(source, 0, 0, "content.xml is not well-formed XML" + where + ": "
          + firstLine(x.getMessage()), x);
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a reader over a stream we drain ourselves
        }
      }
    }
    if (!spreadsheet) {
      throw new LoadException(source, 0, 0, "content.xml has no office:spreadsheet body: it is "
          + "an OpenDocument file but not a spreadsheet");
    }
    return new OdsWorkbook(ImmutableList.copyOf(names), ImmutableMap.copyOf(sheets));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String m = message.strip();
    int msg = m.indexOf("Message:");
    if (msg >= 0) {
      m = m.substring(msg + "Message:".length()).strip();
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** Skips the current element's subtree. */
  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static ImmutableList<SheetRow> readTable(XMLStreamReader r, String source, String sheet)
      throws XMLStreamException, LoadException {
    ImmutableList.Builder<SheetRow> rows = ImmutableList.builder();
    int rowNumber = 0;
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (TABLE.equals(r.getNamespaceURI()) && r.getLocalName().equals("table-row")) {
        int repeat = repeat(r, "number-rows-repeated");
        List<String> cells = readRow(r, source, sheet, rowNumber + 1);
        if (!cells.isEmpty()) {
          if (repeat > MAX_REPEAT) {
            throw new LoadException(source, 0, 0, "sheet '" + sheet + "', row " + (rowNumber + 1)
                + ": a row with text is repeated " + repeat + " times; the limit is "
                + MAX_REPEAT);
          }
          for (int k = 0; k < repeat; k++) {
            rows.add(new SheetRow(rowNumber + k + 1, ImmutableList.copyOf(cells)));
          }
        }
        rowNumber += repeat;
      } else if (TABLE.equals(r.getNamespaceURI()) && r.getLocalName().equals("table")) {
        skip(r); // a table inside a table (subtable): not part of this sheet's grid
      } else {
        depth++; // header-rows, row-group, columns ...: descend
      }
    }
    return rows.build();
  }

  /** Reads a row's cells up to its end; trailing empty cells are left out. */
  private static List<String> readRow(XMLStreamReader r, String source, String sheet, int row)
      throws XMLStreamException, LoadException {
    List<String> cells = new ArrayList<>();
    int pendingBlank = 0;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        return cells; // end of table-row
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      boolean cell = TABLE.equals(r.getNamespaceURI()) && (r.getLocalName().equals("table-cell")
          || r.getLocalName().equals("covered-table-cell"));
      if (!cell) {
        skip(r);
        continue;
      }
      int repeat = repeat(r, "number-columns-repeated");
      String type = r.getAttributeValue(OFFICE, "value-type");
      String dateValue = r.getAttributeValue(OFFICE, "date-value");
      String text = readCell(r);
      if ("date".equals(type) && dateValue != null && dateValue.length() >= 10) {
        text = dateValue.substring(0, 10);
      }
      if (text.isEmpty()) {
        pendingBlank += repeat;
        continue;
      }
      long column = (long) cells.size() + pendingBlank + repeat;
      if (column > MAX_COLUMNS || repeat > MAX_REPEAT) {
        throw new LoadException(source, 0, 0, "sheet '" + sheet + "', row " + row
            + ": text in column " + column + "; the limit is " + MAX_COLUMNS + " columns");
      }
      cells.addAll(Collections.nCopies(pendingBlank, ""));
      pendingBlank = 0;
      cells.addAll(Collections.nCopies(repeat, text));
    }
    return cells;
  }

  /** A cell's text: its paragraphs joined by line breaks, annotations left out. */
  private static String readCell(XMLStreamReader r) throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int depth = 1;
    int paragraphs = 0;
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      switch (ev) {
        case XMLStreamConstants.START_ELEMENT -> {
          String ns = r.getNamespaceURI();
          String local = r.getLocalName();
          if (OFFICE.equals(ns) && local.equals("annotation")) {
            skip(r);
          } else if (TEXT.equals(ns) && local.equals("s")) {
            String c = r.getAttributeValue(TEXT, "c");
            int n = 1;
            if (c != null) {
              try {
                n = Math.max(1, Math.min(Integer.parseInt(c.strip()), MAX_COLUMNS));
              } catch (NumberFormatException e) {
                n = 1;
              }
            }
            sb.append(" ".repeat(n));
            skip(r);
          } else if (TEXT.equals(ns) && local.equals("tab")) {
            sb.append('\t');
            skip(r);
          } else if (TEXT.equals(ns) && local.equals("line-break")) {
            sb.append('\n');
            skip(r);
          } else {
            if (TEXT.equals(ns) && local.equals("p") && paragraphs++ > 0) {
              sb.append('\n');
            }
            depth++;
          }
        }
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
            XMLStreamConstants.SPACE -> {
          if (depth > 1) {
            sb.append(r.getText());
          }
        }
        default -> {
          // comments and processing instructions carry no cell text
        }
      }
    }
    return sb.toString();
  }

  private static int repeat(XMLStreamReader r, String attribute) {
    String v = r.getAttributeValue(TABLE, attribute);
    if (v == null) {
      return 1;
    }
    try {
      return Math.max(1, Integer.parseInt(v.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** A decompressed size over a bound. */
  static final class TooLarge extends LoadException {
    private static final long serialVersionUID = 1L;

    TooLarge(String detail) {
      super("zip", 0, 0, detail);
    }

    @Override
    public String getMessage() {
      return detail();
    }
  }

  /** Counts bytes inflated across every entry. */
  static final class Counter {
    final long limit;
    long count;

    Counter(long limit) {
      this.limit = limit;
    }
  }

  /**
   * One entry's bytes, counted against its own bound and the workbook's total; the first read
   * past a bound throws {@link TooLarge} (kept, because the XML parser wraps it).
   */
  static final class Bounded extends FilterInputStream {
    private final String name;
    private final long totalLimit;
    private final Counter total;
    private final long limit;
    private long count;
    TooLarge tooLarge;

    Bounded(InputStream in, String name, long totalLimit, Counter total, long limit) {
      super(in);
      this.name = name;
      this.totalLimit = totalLimit;
      this.total = total;
      this.limit = limit;
    }

    private void add(long n) throws TooLarge {
      count += n;
      total.count += n;
      if (count > limit) {
        tooLarge = new TooLarge("the ZIP entry " + name + " inflates to more than " + limit
            + " bytes (the limit)");
        throw tooLarge;
      }
      if (total.count > totalLimit) {
        tooLarge = new TooLarge("the ZIP entries inflate to more than " + totalLimit
            + " bytes together (the limit)");
        throw tooLarge;
      }
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buf = new byte[8192];
      long done = 0;
      while (done < n) {
        int k = read(buf, 0, (int) Math.min(buf.length, n - done));
        if (k < 0) {
          break;
        }
        done += k;
      }
      return done;
    }

    /** Reads the rest of the entry, counting it. */
    void drain() throws IOException {
      byte[] buf = new byte[8192];
      while (read(buf, 0, buf.length) >= 0) {
        // counted by read
      }
    }

    @Override
    public void close() {
      // the ZIP stream is closed by its owner
    }
  }
}
