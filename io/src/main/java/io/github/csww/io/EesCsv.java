package io.github.csww.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

import io.github.csww.Area;
import io.github.csww.Authority;
import io.github.csww.Comparison;
import io.github.csww.JudgementBands;
import io.github.csww.LoadOptions;
import io.github.csww.Metric;
import io.github.csww.NeighbourComparison;
import io.github.csww.QuartileBands;
import io.github.csww.Ranked;
import io.github.csww.Ranking;
import io.github.csww.Region;
import io.github.csww.Snapshot;
import io.github.csww.Trend;
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
 * every cell {@code z}; both rows are kept as published, as two authorities.
 *
 * <p><b>Writing.</b> An {@code EesCsv} value holds writer options: {@link #plain()} writes what
 * reads back equal; {@link #spreadsheetSafe()} also neutralises text cells a spreadsheet would
 * run as a formula and starts the file with a byte order mark so spreadsheets read it as UTF-8.
 * CSV holds one code and one name per row: an authority whose ONS code or name changed is
 * written with its latest code and name in every year (JSON keeps the whole history).
 *
 * <p><b>Results.</b> Comparisons, trends, neighbour comparisons, quartile bands and cross-tabs of
 * judgement against band are written in
 * flat shapes of their own, one row per area or year, described on each {@code write} method: an
 * area is named by {@code old_la_code}, {@code area_code} and {@code area_name}, a metric's
 * column by its 2025 EES name ({@code caseload_fte}), a value as a number or a suppression marker,
 * a judgement (where joined) by {@link #JUDGEMENT_COLUMNS}. The same options apply.
 *
 * <pre>{@code
 * Workforce wf = EesCsv.read(Path.of("csww_indicators_2017_to_2025.csv"));
 * EesCsv.plain().write(wf.year(2017), Path.of("2017.csv"));
 * EesCsv.spreadsheetSafe().write(wf.rankBy(Metric.CASELOAD), Path.of("caseload.csv"));
 * String csv = EesCsv.spreadsheetSafe().toCsv(wf.year(2017).compare("Staffordshire", "Shropshire"));
 * }</pre>
 */
public final class EesCsv {
  /** The extra column a ranking is written with, after the 2025 layout's columns. */
  public static final String RANK_COLUMN = "rank";

  /**
   * The columns a judgement is written in, where the workforce was joined with judgements: the
   * overall grade as Ofsted words it ({@code Good}), the inspection date and the publication date
   * (ISO dates, {@code 2024-01-12}). All three are empty when no judgement was in force.
   */
  public static final List<String> JUDGEMENT_COLUMNS = ResultCsv.JUDGEMENT_COLUMNS;

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
   * @see #read(Path)
   */
  public static Workforce read(Path path, LoadOptions options) throws IOException {
    checkNotNull(path, "path is null");
    checkNotNull(options, "options is null");
    return READER.read(path, options);
  }

  /**
   * Reads a stream; the caller closes it.
   *
   * @param sourceName the name used in messages, for example {@code "sample.csv"}
   * @see #read(Path)
   */
  public static Workforce read(InputStream in, String sourceName, LoadOptions options)
      throws IOException {
    checkNotNull(in, "stream is null");
    checkNotNull(sourceName, "sourceName is null");
    checkNotNull(options, "options is null");
    return READER.read(in, sourceName, options);
  }

  // ------------------------------------------------------------------ writer options

  /** Writes cells as they are, without a byte order mark: what is written reads back equal. */
  public static EesCsv plain() {
    return PLAIN;
  }

  /**
   * Neutralises formula-like text cells (see {@link #neutralise(String)}) and starts the file
   * with a UTF-8 byte order mark, for files people open in a spreadsheet.
   */
  public static EesCsv spreadsheetSafe() {
    return SPREADSHEET_SAFE;
  }

  /** These options with text cells neutralised, or not. */
  public EesCsv withSpreadsheetSafe(boolean on) {
    return new EesCsv(on, byteOrderMark);
  }

  /** These options with a UTF-8 byte order mark at the start of the file, or not. */
  public EesCsv withByteOrderMark(boolean on) {
    return new EesCsv(neutralise, on);
  }

  /** True when formula-like text cells are neutralised. */
  public boolean isSpreadsheetSafe() {
    return neutralise;
  }

  /** True when the file starts with a UTF-8 byte order mark. */
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
   */
  public static String neutralise(String cell) {
    checkNotNull(cell, "cell is null");
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        ? "'" + cell
        : cell;
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes the view's snapshots in the 2025 layout, one row each, in year, level and name order.
   * The writer is not closed.
   */
  public void write(Workforce view, Writer out) throws IOException {
    checkNotNull(view, "workforce is null");
    checkNotNull(out, "writer is null");
    start(out, EesLayout.LAYOUT_2025.columns());
    StringBuilder line = new StringBuilder(256);
    for (Snapshot s : view.snapshots()) {
      line.setLength(0);
      row(line, s);
      out.append(line.append('\n'));
    }
  }

  /** Writes the view's snapshots to a file in UTF-8, replacing it. */
  public void write(Workforce view, Path path) throws IOException {
    checkNotNull(path, "path is null");
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      write(view, out);
    }
  }

  /** The view's snapshots as CSV text. */
  public String toCsv(Workforce view) {
    return csv(out -> write(view, out));
  }

  /**
   * Writes the ranked rows in rank order in the 2025 layout, followed by a {@value #RANK_COLUMN}
   * column and, when the ranking carries judgements ({@link Ranking#hasJudgements()}), the {@link
   * #JUDGEMENT_COLUMNS judgement columns} (a reader of the layout lists them as unknown columns).
   * Areas left out of the ranking are not written. The writer is not closed.
   */
  public void write(Ranking ranking, Writer out) throws IOException {
    checkNotNull(ranking, "ranking is null");
    checkNotNull(out, "writer is null");
    start(out, ResultCsv.rankingColumns(ranking));
    StringBuilder line = new StringBuilder(256);
    for (Ranked r : ranking.rows()) {
      line.setLength(0);
      row(line, r.snapshot());
      line.append(',').append(r.rank());
      if (ranking.hasJudgements()) {
        ResultCsv.judgement(this, line, r.judgement());
      }
      out.append(line.append('\n'));
    }
  }

  /** Writes the ranked rows to a file in UTF-8, replacing it. */
  public void write(Ranking ranking, Path path) throws IOException {
    checkNotNull(path, "path is null");
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      write(ranking, out);
    }
  }

  /** The ranked rows as CSV text. */
  public String toCsv(Ranking ranking) {
    return csv(out -> write(ranking, out));
  }

  // ------------------------------------------------------------------ results

  /**
   * Writes a comparison, one row per area in the order of {@link Comparison#columns()} (the
   * authorities, their regions, England), one column per metric shown. The writer is not closed.
   *
   * <p>Columns: {@code time_period}, {@code geographic_level} ({@code Local authority}, {@code
   * Regional}, {@code National}), {@code old_la_code} (the LA number as published, {@code 314 /
   * 318} for a combined return; empty for regions and England), {@code area_code} (the current
   * ONS code), {@code area_name}, then each metric under its 2025 EES column name ({@code
   * caseload_fte}, ...), and, where the workforce was joined with judgements, the {@link
   * #JUDGEMENT_COLUMNS judgement columns}: each authority's judgement in force on the census date
   * (empty for regions and England). A number is written as published, a suppression as its
   * marker ({@code x} where the area has no row that year).
   *
   * <pre>{@code
   * time_period,geographic_level,old_la_code,area_code,area_name,caseload_fte
   * 2017,Local authority,860,E10000028,Staffordshire,26.4
   * 2017,Local authority,893,E06000051,Shropshire,25.1
   * 2017,Regional,,E12000005,West Midlands,18.5
   * 2017,National,,E92000001,England,17.7
   * }</pre>
   */
  public void write(Comparison comparison, Writer out) throws IOException {
    checkNotNull(comparison, "comparison is null");
    checkNotNull(out, "out is null");
    ResultCsv.comparison(this, comparison, out);
  }

  /** A comparison as CSV text; see {@link #write(Comparison, Writer)} for the columns. */
  public String toCsv(Comparison comparison) {
    checkNotNull(comparison, "comparison is null");
    return csv(out -> write(comparison, out));
  }

  /**
   * Writes a trend, one row per point, oldest first. The writer is not closed.
   *
   * <p>Columns: {@code time_period}, the area ({@code geographic_level}, {@code old_la_code},
   * {@code area_code}, {@code area_name}, as for a comparison), the value under the metric's 2025
   * EES column name, then the change into this year from the point before: {@code change_from}
   * (that point's year), {@code change} (absolute), {@code change_percent} (relative, in percent
   * of the earlier figure, not rounded; {@code z} when the earlier figure is zero), {@code
   * comparable} ({@code true}, or {@code false} when the change spans a series break) and {@code
   * series_break} (the years of the breaks it spans, space-separated). The five change cells are
   * empty for the first point and next to a suppressed one.
   *
   * <pre>{@code
   * time_period,geographic_level,old_la_code,area_code,area_name,caseload_fte,change_from,change,change_percent,comparable,series_break
   * 2017,Local authority,933,E06000066,Somerset,13.3,,,,,
   * 2018,Local authority,933,E06000066,Somerset,15.3,2017,2,15.037593984962406,true,
   * }</pre>
   */
  public void write(Trend trend, Writer out) throws IOException {
    checkNotNull(trend, "trend is null");
    checkNotNull(out, "out is null");
    ResultCsv.trend(this, trend, out);
  }

  /** A trend as CSV text; see {@link #write(Trend, Writer)} for the columns. */
  public String toCsv(Trend trend) {
    checkNotNull(trend, "trend is null");
    return csv(out -> write(trend, out));
  }

  /**
   * Writes an authority against its statistical neighbours: a row for the authority, a row per
   * neighbour in the model's order (compared or not: nothing is dropped), and a last row for the
   * neighbour mean. The writer is not closed.
   *
   * <p>Columns: {@code time_period}; {@code role} ({@code authority}, {@code neighbour} or {@code
   * neighbour mean}); {@code position} (1 for the closest neighbour) and {@code closeness} (the
   * band's label, {@code Very close} say), empty except for neighbours; {@code old_la_code},
   * {@code area_code}, {@code area_name} (for a neighbour the workforce does not hold, only its LA
   * number from the model); the value under the metric's 2025 EES column name (the mean is not
   * rounded); {@code rank} among the authority and its compared neighbours, highest value first;
   * {@code status} ({@code COMPARED}, or why a neighbour was not: {@code NOT_HELD}, {@code
   * NO_FIGURES}, {@code SAME_AS_CLOSER}, {@code SAME_AS_SUBJECT}; for the mean {@code covered N of
   * M}); and, where judgements are joined, the {@link #JUDGEMENT_COLUMNS judgement columns}.
   */
  public void write(NeighbourComparison comparison, Writer out) throws IOException {
    checkNotNull(comparison, "comparison is null");
    checkNotNull(out, "out is null");
    ResultCsv.neighbours(this, comparison, out);
  }

  /**
   * A neighbour comparison as CSV text; see {@link #write(NeighbourComparison, Writer)} for the
   * columns.
   */
  public String toCsv(NeighbourComparison comparison) {
    checkNotNull(comparison, "comparison is null");
    return csv(out -> write(comparison, out));
  }

  /**
   * Writes quartile bands: a row per banded authority, best first, then a row per authority left
   * out with its suppression marker and empty band and rank. The writer is not closed.
   *
   * <p>Columns: {@code time_period}, {@code band} ({@code A} the best quarter to {@code D}),
   * {@code rank} (best first), {@code old_la_code}, {@code area_code}, {@code area_name}, and the
   * value under the metric's 2025 EES column name.
   *
   * <pre>{@code
   * time_period,band,rank,old_la_code,area_code,area_name,caseload_fte
   * 2025,A,1,...
   * 2025,,,213,E09000033,Westminster,x
   * }</pre>
   */
  public void write(QuartileBands bands, Writer out) throws IOException {
    checkNotNull(bands, "bands is null");
    checkNotNull(out, "out is null");
    ResultCsv.bands(this, bands, out);
  }

  /** Quartile bands as CSV text; see {@link #write(QuartileBands, Writer)} for the columns. */
  public String toCsv(QuartileBands bands) {
    checkNotNull(bands, "bands is null");
    return csv(out -> write(bands, out));
  }

  /**
   * Writes a cross-tab of Ofsted judgement against quartile band: a row per grade (Outstanding
   * first), a {@code No judgement} row for banded authorities with none in force on the census
   * date, and a {@code Total} row. The writer is not closed.
   *
   * <p>Columns: {@code time_period}, {@code metric} (the metric's 2025 EES column name), {@code
   * ofsted_judgement} (the grade as Ofsted words it, {@code No judgement} or {@code Total}),
   * {@code band_a} to {@code band_d} (counts; A is the best quarter) and {@code total}.
   *
   * <pre>{@code
   * time_period,metric,ofsted_judgement,band_a,band_b,band_c,band_d,total
   * 2025,caseload_fte,Outstanding,6,4,5,2,17
   * ...
   * 2025,caseload_fte,No judgement,0,1,0,2,3
   * 2025,caseload_fte,Total,38,38,37,37,150
   * }</pre>
   */
  public void write(JudgementBands crossTab, Writer out) throws IOException {
    checkNotNull(crossTab, "crossTab is null");
    checkNotNull(out, "out is null");
    ResultCsv.judgementBands(this, crossTab, out);
  }

  /**
   * A cross-tab of judgement against band as CSV text; see {@link #write(JudgementBands, Writer)}
   * for the columns.
   */
  public String toCsv(JudgementBands crossTab) {
    checkNotNull(crossTab, "crossTab is null");
    return csv(out -> write(crossTab, out));
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
      text(line, r.name());
      line.append(",,,");
    } else if (area instanceof Authority a) {
      text(line, a.region().code());
      line.append(',');
      text(line, a.region().name());
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
