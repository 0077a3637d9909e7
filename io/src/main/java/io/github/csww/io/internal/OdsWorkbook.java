package io.github.csww.io.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.csww.LoadException;
import io.github.csww.io.OdsLimits;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * only up to the bounds of {@link OdsLimits}; repeated rows share one list of cells; a declared
 * count never sizes an allocation. Only the wanted sheets are kept. Every error is a {@link
 * LoadException} naming the file and, inside a sheet, the sheet, row and column.
 */
public final class OdsWorkbook {
  static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String SPREADSHEET_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

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
   * @param limits the bounds on decompression, repeats, cells and cell text
   * @return the workbook's sheet names and the wanted sheets' rows
   * @throws LoadException for a file that is not an ODS spreadsheet, a truncated or corrupt ZIP
   *     archive, a DTD, malformed XML, or a bound exceeded, saying which and where
   */
  public static OdsWorkbook read(InputStream in, String source, Set<String> wanted,
      OdsLimits limits) throws IOException {
    Counter total = new Counter(limits.maxTotalBytes());
    OdsWorkbook book = null;
    boolean mimetypeSeen = false;
    int entries = 0;
    String current = null;
    try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
      ZipEntry e;
      while ((e = nextEntry(zip, source, entries)) != null) {
        entries++;
        if (entries > limits.maxEntries()) {
          throw new LoadException(source, 0, 0, "has more than " + limits.maxEntries()
              + " ZIP entries (the limit, OdsLimits.maxEntries); an ODS workbook has a handful: "
              + "refused as a possible zip bomb");
        }
        String name = e.getName();
        current = name;
        Bounded entry = new Bounded(zip, name, limits.maxTotalBytes(), total,
            name.equals("content.xml") ? limits.maxXmlBytes() : limits.maxTotalBytes());
        try {
          if (name.equals("mimetype")) {
            String type = new String(entry.readNBytes(256), StandardCharsets.US_ASCII).strip();
            if (!type.equals(SPREADSHEET_TYPE)) {
              throw new LoadException(source, 0, 0, "is an OpenDocument file of type '"
                  + Printable.of(type, 80) + "', expected a spreadsheet (" + SPREADSHEET_TYPE
                  + ")");
            }
            mimetypeSeen = true;
          } else if (name.equals("content.xml")) {
            book = new Parse(entry, source, wanted, limits).run();
          }
          entry.drain();
        } catch (TooLarge t) {
          throw new LoadException(source, 0, 0, t.getMessage() + ": refused as a possible zip "
              + "bomb", t);
        }
        current = null;
        if (book != null && mimetypeSeen) {
          break;
        }
      }
    } catch (LoadException l) {
      throw l;
    } catch (EOFException x) {
      throw new LoadException(source, 0, 0, "is truncated: the ZIP archive ends inside "
          + (current == null ? "an entry header" : "the entry " + Printable.of(current, 80))
          + "; is the download complete?", x);
    } catch (ZipException z) {
      throw new LoadException(source, 0, 0, "is not a readable ZIP archive, so not an ODS "
          + "workbook: " + (current == null ? "" : "entry " + Printable.of(current, 80)
          + ": ") + z.getMessage(), z);
    } catch (IOException io) {
      throw new LoadException(source, 0, 0, "cannot be read as a ZIP archive"
          + (current == null ? "" : " (entry " + Printable.of(current, 80) + ")") + ": "
          + io, io);
    } catch (IllegalArgumentException | IllegalStateException bad) {
      throw new LoadException(source, 0, 0, "is not a readable ZIP archive, so not an ODS "
          + "workbook: " + bad.getMessage(), bad);
    }
    if (book == null) {
      throw new LoadException(source, 0, 0, entries == 0
          ? "is not an ODS workbook: expected a ZIP archive holding content.xml, found no "
              + "ZIP entries"
          : "is not an ODS workbook: the ZIP archive has no content.xml");
    }
    return book;
  }

  /** The next entry; a name that is not UTF-8 is refused with the entry's number. */
  private static ZipEntry nextEntry(ZipInputStream zip, String source, int read)
      throws IOException {
    try {
      return zip.getNextEntry();
    } catch (IllegalArgumentException bad) {
      throw new LoadException(source, 0, 0, "is not a readable ZIP archive, so not an ODS "
          + "workbook: the name of ZIP entry " + (read + 1) + " is not UTF-8 ("
          + bad.getMessage() + ")", bad);
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external resource refused: " + systemId);
    });
    // Problems are reported through exceptions, never printed to standard error.
    f.setXMLReporter((message, errorType, relatedInformation, location) -> { });
    return f;
  }

  /** One parse of content.xml, with its running counts. */
  private static final class Parse {
    private final Bounded in;
    private final String source;
    private final Set<String> wanted;
    private final OdsLimits limits;
    /** Characters of cell text kept, across the workbook. */
    private long chars;
    private XMLStreamReader r;

    Parse(Bounded in, String source, Set<String> wanted, OdsLimits limits) {
      this.in = in;
      this.source = source;
      this.wanted = wanted;
      this.limits = limits;
    }

    OdsWorkbook run() throws IOException {
      List<String> names = new ArrayList<>();
      Map<String, ImmutableList<SheetRow>> sheets = new LinkedHashMap<>();
      boolean spreadsheet = false;
      try {
        // Decoded here, not by the parser: the JDK parser's own UTF-8 decoder prints
        // "[Fatal Error]" lines to standard error on a malformed byte. ODF's XML is UTF-8.
        PushbackReader text = new PushbackReader(new InputStreamReader(in,
            StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1);
        int first = text.read();
        if (first >= 0 && first != '\uFEFF') {
          text.unread(first);
        }
        r = factory().createXMLStreamReader(text);
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.DTD) {
            throw new LoadException(source, 0, 0, "content.xml declares a DTD (<!DOCTYPE ...>), "
                + "which an ODS workbook never has; DTDs and external entities are refused so "
                + "that a crafted file cannot read local files (XXE)");
          }
          if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new LoadException(source, 0, 0, "content.xml refers to the entity '&"
                + Printable.of(r.getLocalName(), 80) + ";', which an ODS workbook never has; "
                + "entities are refused");
          }
          if (ev != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          if (OFFICE.equals(r.getNamespaceURI()) && r.getLocalName().equals("spreadsheet")) {
            spreadsheet = true;
          } else if (TABLE.equals(r.getNamespaceURI()) && r.getLocalName().equals("table")) {
            String name = r.getAttributeValue(TABLE, "name");
            name = name == null ? "" : name;
            if (names.size() < 1_000) {
              names.add(Printable.of(name, 100));
            }
            if (wanted.contains(name) && !sheets.containsKey(name)) {
              sheets.put(name, readTable(name));
            } else {
              skip(r);
            }
          }
        }
      } catch (XMLStreamException x) {
        if (in.tooLarge != null) {
          throw in.tooLarge;
        }
        // The parser turns an EOFException from the stream into "Premature end of file": the
        // stream remembers it.
        Throwable cause = in.failure != null ? in.failure
            : x.getNestedException() != null ? x.getNestedException() : x.getCause();
        if (cause instanceof CharacterCodingException coding) {
          throw new LoadException(source, 0, 0, "content.xml is not UTF-8 text"
              + (x.getLocation() == null ? "" : " (near line " + x.getLocation().getLineNumber()
                  + ")") + ": " + coding, coding);
        }
        if (cause instanceof IOException io && !(cause instanceof LoadException)) {
          throw new LoadException(source, 0, 0, (io instanceof EOFException
              ? "is truncated: the ZIP archive ends inside the entry content.xml"
              : "content.xml cannot be inflated: " + io.getMessage())
              + "; is the download complete?", io);
        }
        String where = x.getLocation() == null ? ""
            : " at line " + x.getLocation().getLineNumber() + ", column "
                + x.getLocation().getColumnNumber();
        throw new LoadException(source, 0, 0, "content.xml is not well-formed XML" + where + ": "
            + Printable.of(firstLine(x.getMessage()), 200), x);
      } catch (CharacterCodingException coding) {
        throw new LoadException(source, 0, 0, "content.xml is not UTF-8 text: " + coding, coding);
      } catch (IllegalArgumentException | IllegalStateException bad) {
        throw new LoadException(source, 0, 0, "content.xml cannot be read: " + bad.getMessage(),
            bad);
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

    private LoadException error(String sheet, long row, long column, String detail) {
      return new LoadException(source, Printable.of(sheet, 100), row,
          (int) Math.min(column, Integer.MAX_VALUE), detail, null);
    }

    private ImmutableList<SheetRow> readTable(String sheet)
        throws XMLStreamException, LoadException {
      ImmutableList.Builder<SheetRow> rows = ImmutableList.builder();
      long rowNumber = 0;
      long cellsInSheet = 0;
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
          long repeat = repeat("number-rows-repeated");
          long row = rowNumber + 1;
          ImmutableList<String> cells = readRow(sheet, row);
          if (!cells.isEmpty()) {
            if (repeat > limits.maxRepeatedRows()) {
              throw error(sheet, row, 0, "a row with text is repeated " + repeat
                  + " times (table:number-rows-repeated); the limit is "
                  + limits.maxRepeatedRows() + " (OdsLimits.maxRepeatedRows)");
            }
            if (row + repeat - 1 > Integer.MAX_VALUE) {
              throw error(sheet, row, 0, "a row with text lies beyond row " + Integer.MAX_VALUE
                  + ", the last row csww reads");
            }
            cellsInSheet += cells.size() * repeat;
            if (cellsInSheet > limits.maxCellsPerSheet()) {
              throw error(sheet, row, 0, "the sheet holds more than "
                  + limits.maxCellsPerSheet() + " cells up to this row, counting repeated rows "
                  + "and cells; the limit is " + limits.maxCellsPerSheet()
                  + " (OdsLimits.maxCellsPerSheet)");
            }
            for (long k = 0; k < repeat; k++) {
              rows.add(new SheetRow((int) (row + k), cells));
            }
          }
          rowNumber = Math.min(rowNumber + repeat, MAX_COUNT);
        } else if (TABLE.equals(r.getNamespaceURI()) && r.getLocalName().equals("table")) {
          skip(r); // a table inside a table (subtable): not part of this sheet's grid
        } else {
          depth++; // header-rows, row-group, columns ...: descend
        }
      }
      return rows.build();
    }

    /** Reads a row's cells up to its end; trailing empty cells are left out. */
    private ImmutableList<String> readRow(String sheet, long row)
        throws XMLStreamException, LoadException {
      List<String> cells = new ArrayList<>();
      long pendingBlank = 0;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.END_ELEMENT) {
          return ImmutableList.copyOf(cells); // end of table-row
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
        long repeat = repeat("number-columns-repeated");
        String type = r.getAttributeValue(OFFICE, "value-type");
        String dateValue = r.getAttributeValue(OFFICE, "date-value");
        long first = cells.size() + pendingBlank + 1;
        String text = readCell(sheet, row, first);
        if ("date".equals(type) && dateValue != null && dateValue.length() >= 10) {
          text = dateValue.substring(0, 10);
        }
        if (text.isEmpty()) {
          pendingBlank = Math.min(pendingBlank + repeat, MAX_COUNT);
          continue;
        }
        long last = cells.size() + pendingBlank + repeat;
        if (last > limits.maxRepeatedColumns()) {
          throw error(sheet, row, Math.min(first, limits.maxRepeatedColumns() + 1L),
              repeat > 1 ? "a cell with text is repeated " + repeat + " times "
                  + "(table:number-columns-repeated), reaching column " + last
                  + "; the limit is column " + limits.maxRepeatedColumns()
                  + " (OdsLimits.maxRepeatedColumns)"
                  : "text in column " + last + "; the limit is column "
                      + limits.maxRepeatedColumns() + " (OdsLimits.maxRepeatedColumns)");
        }
        for (long k = 0; k < pendingBlank; k++) {
          cells.add("");
        }
        pendingBlank = 0;
        for (long k = 0; k < repeat; k++) {
          cells.add(text);
        }
      }
      return ImmutableList.copyOf(cells);
    }

    /** A cell's text: its paragraphs joined by line breaks, annotations left out. */
    private String readCell(String sheet, long row, long column)
        throws XMLStreamException, LoadException {
      StringBuilder sb = new StringBuilder();
      int max = limits.maxCellChars();
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
              long n = 1;
              String c = r.getAttributeValue(TEXT, "c");
              if (c != null) {
                n = Math.max(1, parseCount(c));
              }
              if (sb.length() + n > max) {
                throw cellTooLong(sheet, row, column, sb.length() + n);
              }
              for (long k = 0; k < n; k++) {
                sb.append(' ');
              }
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
              if (sb.length() + (long) r.getTextLength() > max) {
                throw cellTooLong(sheet, row, column, sb.length() + (long) r.getTextLength());
              }
              sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            }
          }
          default -> {
            // comments and processing instructions carry no cell text
          }
        }
        if (sb.length() > max) {
          throw cellTooLong(sheet, row, column, sb.length());
        }
      }
      chars += sb.length();
      if (chars > limits.maxXmlBytes()) {
        throw error(sheet, row, column, "the cells' text, with repeated spaces (text:s) "
            + "expanded, exceeds " + limits.maxXmlBytes() + " characters; the limit is "
            + "OdsLimits.maxXmlBytes: refused as a possible zip bomb");
      }
      return sb.toString();
    }

    private LoadException cellTooLong(String sheet, long row, long column, long length) {
      return error(sheet, row, column, "a cell's text reaches " + length + " characters"
          + " (spaces declared by text:s count as many times as declared); the limit is "
          + limits.maxCellChars() + " (OdsLimits.maxCellChars)");
    }

    private long repeat(String attribute) {
      String v = r.getAttributeValue(TABLE, attribute);
      return v == null ? 1 : Math.max(1, parseCount(v));
    }
  }

  /** The largest count kept: a declared count above it is read as it (and refused by a limit). */
  static final long MAX_COUNT = 1L << 40;

  /**
   * A non-negative decimal count, saturated at {@link #MAX_COUNT}; anything else (a sign, a
   * fraction, letters, blank) reads as 1.
   */
  static long parseCount(String v) {
    String t = v.strip();
    if (t.isEmpty()) {
      return 1;
    }
    long n = 0;
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch < '0' || ch > '9') {
        return 1;
      }
      n = Math.min(n * 10 + (ch - '0'), MAX_COUNT);
    }
    return n;
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
    /** The first exception reading the entry threw (a truncated archive's EOFException). */
    IOException failure;

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
      int b;
      try {
        b = super.read();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
        throw e;
      }
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        n = super.read(b, off, len);
      } catch (IOException e) {
        failure = failure == null ? e : failure;
        throw e;
      }
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
