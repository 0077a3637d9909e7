package io.github.csww.io;

import static java.util.Objects.requireNonNull;

import io.github.csww.Area;
import io.github.csww.Authority;
import io.github.csww.LoadOptions;
import io.github.csww.Metric;
import io.github.csww.Region;
import io.github.csww.Snapshot;
import io.github.csww.Value;
import io.github.csww.Workforce;
import io.github.csww.io.internal.EesCsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The children's social work workforce CSV of Explore Education Statistics (EES): reading both
 * published layouts, and writing snapshots and rankings in the 2025 layout.
 *
 * <p><b>Reading.</b> {@link io.github.csww.Workforce#load(Path)} finds this reader by itself;
 * the static {@code read} methods here call it directly. The layout ({@link EesLayout}) is told
 * from the header; a UTF-8 byte order mark is skipped; lines may end with LF or CRLF; fields may
 * be quoted, with commas, doubled quotes and line breaks inside; columns may come in any order.
 * Columns the reader does not know are listed in {@link io.github.csww.LoadReport#unknownColumns()}
 * and otherwise ignored; a missing required column refuses the file. Suppression markers ({@code
 * c}, {@code x}, {@code z}, {@code u}, {@code low}, {@code :}, {@code .}, also in brackets, as in
 * {@code [x]}) become suppressed values. A combined return in the 2025 layout ({@code 314 / 318},
 * Kingston upon Thames with Richmond upon Thames) is one {@link Authority} with two LA numbers.
 * The 2022 layout publishes the same unit as two rows, the figures on the first authority
 * (Kingston upon Thames, {@code 314}) and the partner (Richmond upon Thames, {@code 318}) with
 * every cell {@code z}: the reader folds the pair into one snapshot of {@code 314 / 318}, and
 * Kingston's rows of the years before the partner rows (2017 to 2020, which the 2025 release
 * republished as {@code 314 / 318}) join the same unit, so the unit is one authority with one
 * series in both layouts. {@link io.github.csww.LoadReport#rowsKept()} counts a folded partner row
 * as kept.
 *
 * <p><b>Writing.</b> An {@code EesCsv} value holds writer options: {@link #plain()} writes what
 * reads back equal; {@link #spreadsheetSafe()} also neutralises text cells a spreadsheet would
 * run as a formula and starts the file with a byte order mark so spreadsheets read it as UTF-8.
 * CSV holds one code and one name per row: an authority whose ONS code or name changed is
 * written in each year with the code and name that year's row was published with ({@link
 * Snapshot#publishedArea()}), so a published file reads back equal (JSON keeps the whole history).
 *
 * <p><b>Results.</b> Rankings, comparisons and every other result are not written here: each is a
 * {@link io.github.csww.Result} that {@link io.github.csww.Format#CSV} renders.
 *
 * <pre>{@code
 * Workforce wf = EesCsv.read(Path.of("csww_indicators_2017_to_2025.csv"));
 * EesCsv.plain().write(wf.year(2017), Path.of("2017.csv"));
 * String top10 = wf.rankBy(Metric.CASELOAD).top(10).format(Format.SPREADSHEET_CSV);
 * }</pre>
 */
public final class EesCsv {

  private static final EesCsv PLAIN = new EesCsv(false, false);
  private static final EesCsv SPREADSHEET_SAFE = new EesCsv(true, true);
  private static final EesCsvReader READER = new EesCsvReader();
  private static final Metric[] METRICS_2025 = metrics2025();

  private final boolean neutralise;
  private final boolean byteOrderMark;

  private EesCsv(boolean neutralise, boolean byteOrderMark) {
    this.neutralise = neutralise;
    this.byteOrderMark = byteOrderMark;
  }

  private static Metric[] metrics2025() {
    List<String> columns = EesLayout.LAYOUT_2025.metricColumns();
    Metric[] out = new Metric[columns.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = EesLayout.LAYOUT_2025.metric(columns.get(i)).orElseThrow();
    }
    return out;
  }

  // ------------------------------------------------------------------ reading

  /**
   * Reads a file strictly: the first bad cell refuses it.
   *
   * @param path the CSV file, in either EES layout
   * @return the workforce the file holds, with its {@link io.github.csww.LoadReport}
   * @throws io.github.csww.LoadException naming file, line, column, what was found and what was
   *     expected; also for a path that does not exist or is a directory
   * @throws IOException if reading fails
   */
  public static Workforce read(Path path) throws IOException {
    return read(path, LoadOptions.strict());
  }

  /**
   * Reads a file, strictly or leniently ({@link LoadOptions#lenient()} skips bad rows and lists
   * each in the load report).
   *
   * @param path the CSV file, in either EES layout
   * @param options {@link LoadOptions#strict()} or {@link LoadOptions#lenient()}
   * @return the workforce the file holds; its load report lists what a lenient read skipped
   * @throws io.github.csww.LoadException naming file, line, column, what was found and what was
   *     expected, when a strict read meets a bad row, or whatever the mode when the header is
   *     bad or no data row follows it; also for a path that does not exist or is a directory
   * @throws IOException if reading fails
   * @see #read(Path)
   */
  public static Workforce read(Path path, LoadOptions options) throws IOException {
    requireNonNull(path, "path is null");
    requireNonNull(options, "options is null");
    return READER.read(path, options);
  }

  /**
   * Reads a stream; the caller closes it.
   *
   * @param in the CSV bytes, UTF-8, in either EES layout
   * @param sourceName the name used in messages, for example {@code "sample.csv"}
   * @param options {@link LoadOptions#strict()} or {@link LoadOptions#lenient()}
   * @return the workforce the stream holds, with its {@link io.github.csww.LoadReport}
   * @throws io.github.csww.LoadException naming source, line, column, what was found and what
   *     was expected
   * @throws IOException if reading the stream fails
   * @see #read(Path)
   */
  public static Workforce read(InputStream in, String sourceName, LoadOptions options)
      throws IOException {
    requireNonNull(in, "stream is null");
    requireNonNull(sourceName, "sourceName is null");
    requireNonNull(options, "options is null");
    return READER.read(in, sourceName, options);
  }

  // ------------------------------------------------------------------ writer options

  /**
   * Writes cells as they are, without a byte order mark: what is written reads back equal.
   *
   * @return the plain writer options
   */
  public static EesCsv plain() {
    return PLAIN;
  }

  /**
   * Neutralises formula-like text cells (see {@link #neutralise(String)}) and starts the file
   * with a UTF-8 byte order mark, for files people open in a spreadsheet.
   *
   * @return the spreadsheet-safe writer options
   */
  public static EesCsv spreadsheetSafe() {
    return SPREADSHEET_SAFE;
  }

  /**
   * These options with text cells neutralised, or not; the byte order mark is unchanged.
   *
   * @param on true to neutralise formula-like text cells
   * @return new writer options
   */
  public EesCsv withSpreadsheetSafe(boolean on) {
    return new EesCsv(on, byteOrderMark);
  }

  /**
   * These options with a UTF-8 byte order mark at the start of the file, or not; neutralising
   * is unchanged.
   *
   * @param on true to start the file with a byte order mark
   * @return new writer options
   */
  public EesCsv withByteOrderMark(boolean on) {
    return new EesCsv(neutralise, on);
  }

  /**
   * Whether formula-like text cells are neutralised.
   *
   * @return true when they are
   */
  public boolean isSpreadsheetSafe() {
    return neutralise;
  }

  /**
   * Whether the file starts with a UTF-8 byte order mark.
   *
   * @return true when it does
   */
  public boolean hasByteOrderMark() {
    return byteOrderMark;
  }

  /**
   * A text cell a spreadsheet cannot run: a cell starting with {@code =}, {@code +}, {@code -},
   * {@code @}, a tab or a carriage return gets a leading apostrophe, as OWASP advises against CSV
   * injection; any other cell is returned as it is.
   *
   * <pre>{@code
   * EesCsv.neutralise("=HYPERLINK(\"http://x\")"); // "'=HYPERLINK(\"http://x\")"
   * EesCsv.neutralise("Staffordshire");            // "Staffordshire"
   * }</pre>
   *
   * @param cell the text of one cell
   * @return the cell with a leading apostrophe when it starts with one of those characters, else
   *     the cell itself
   */
  public static String neutralise(String cell) {
    return io.github.csww.Format.neutralise(cell); // one rule for workforce files and results
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes the view's snapshots in the 2025 layout, one row each, in year, level and name order.
   * The writer is not closed.
   *
   * @param view the workforce, or any view of it, to write
   * @param out where to write the header and rows
   * @throws IOException if writing fails
   */
  public void write(Workforce view, Writer out) throws IOException {
    requireNonNull(view, "workforce is null");
    requireNonNull(out, "writer is null");
    start(out, EesLayout.LAYOUT_2025.columns());
    StringBuilder line = new StringBuilder(256);
    for (Snapshot s : view.snapshots()) {
      line.setLength(0);
      row(line, s);
      out.append(line.append('\n'));
    }
  }

  /**
   * Writes the view's snapshots to a file in UTF-8, replacing it.
   *
   * @param view the workforce, or any view of it, to write
   * @param path the file to create or replace
   * @throws IOException if the file cannot be written
   */
  public void write(Workforce view, Path path) throws IOException {
    requireNonNull(path, "path is null");
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      write(view, out);
    }
  }

  /**
   * The view's snapshots as CSV text.
   *
   * @param view the workforce, or any view of it, to write
   * @return the header and one line per snapshot, each ending in {@code \n}
   */
  public String toCsv(Workforce view) {
    return csv(out -> write(view, out));
  }

  // ------------------------------------------------------------------ shared by every writer

  /** Something written to a writer. */
  @FunctionalInterface
  private interface Body {
    void writeTo(Writer out) throws IOException;
  }

  /** What a body writes, as a string. */
  private static String csv(Body body) {
    StringWriter out = new StringWriter();
    try {
      body.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Starts a file: the byte order mark if asked, then the header line. */
  void start(Writer out, List<String> columns) throws IOException {
    if (byteOrderMark) {
      out.write('\uFEFF');
    }
    StringBuilder line = new StringBuilder(256);
    for (String c : columns) {
      if (line.length() > 0) {
        line.append(',');
      }
      text(line, c);
    }
    out.append(line.append('\n'));
  }

  private void row(StringBuilder line, Snapshot s) {
    Area area = s.publishedArea(); // this year's code and name, not the latest

    line.append(s.year()).append(",Reporting year,");
    text(line, area.level().label());
    line.append(",E92000001,England,");
    if (area instanceof Region r) {
      text(line, r.code());
      line.append(',');
      text(line, r.label());
      line.append(",,,");
    } else if (area instanceof Authority a) {
      text(line, a.region().code());
      line.append(',');
      text(line, a.region().label());
      line.append(',');
      text(line, a.laNumber());
      line.append(',');
      text(line, a.code());
      line.append(',');
      text(line, a.name());
    } else {
      line.append(",,,,");
    }
    for (Metric m : METRICS_2025) {
      line.append(',');
      value(line, s.value(m));
    }
  }

  /** Appends a value cell: a number as it is, a suppression marker as a text cell. */
  void value(StringBuilder line, Value v) {
    if (v.isPresent()) {
      line.append(v);
    } else {
      text(line, v.toString());
    }
  }

  /** Appends a text cell, neutralised if asked, quoted when it holds a comma, quote or break. */
  void text(StringBuilder line, String cell) {
    String t = neutralise ? neutralise(cell) : cell;
    boolean quote = false;
    for (int i = 0; i < t.length() && !quote; i++) {
      char c = t.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      line.append(t);
      return;
    }
    line.append('"');
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    line.append('"');
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EesCsv e && e.neutralise == neutralise
        && e.byteOrderMark == byteOrderMark;
  }

  @Override
  public int hashCode() {
    return (neutralise ? 2 : 0) + (byteOrderMark ? 1 : 0);
  }

  /** For example {@code EesCsv[spreadsheetSafe=true, byteOrderMark=true]}. */
  @Override
  public String toString() {
    return "EesCsv[spreadsheetSafe=" + neutralise + ", byteOrderMark=" + byteOrderMark + "]";
  }
}
