package io.github.csww.io.internal;

import io.github.csww.Area;
import io.github.csww.Authority;
import io.github.csww.England;
import io.github.csww.Level;
import io.github.csww.LoadException;
import io.github.csww.LoadLimits;
import io.github.csww.LoadOptions;
import io.github.csww.LoadReport;
import io.github.csww.Metric;
import io.github.csww.Region;
import io.github.csww.SkippedRow;
import io.github.csww.Snapshot;
import io.github.csww.Suppression;
import io.github.csww.Value;
import io.github.csww.Workforce;
import io.github.csww.io.EesLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the children's social work workforce CSV of Explore Education Statistics, in either
 * {@link EesLayout}, straight from bytes: cells are compared and numbers parsed in the scanner's
 * buffer, authorities are looked up by their bytes, so a row allocates only its snapshot.
 */
public final class EesCsvParser {
  static final String EXPECTED_NUMBER =
      "expected a non-negative number or a suppression marker (c, x, z, u, low, :, .)";

  private static final byte[] NATIONAL = ascii("National");
  private static final byte[] REGIONAL = ascii("Regional");
  private static final byte[] LOCAL_AUTHORITY = ascii("Local authority");
  private static final List<Region> REGIONS = List.of(Region.values());
  private static final byte[][] REGION_CODES = regionCodes();
  /**
   * Files of at least this many rows (by their size) have their records split on another thread:
   * below it, starting the thread costs more than it saves.
   */
  static final int PIPELINE_ROWS = 50_000;
  private static final double[] POW10 = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
      1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  private static final int BUFFER = 1 << 18;

  private final CsvScanner scanner;
  /** The records: the scanner, or after the header {@link PipelinedRecords} on a large file. */
  private CsvRecord in;
  private final String source;
  private final boolean lenient;
  private final LoadLimits limits;

  private EesLayout layout;
  private int columns;
  /** One builder for every row: reset, filled, built. */
  private Snapshot.Builder builder;
  private int colYear = -1;
  private int colLevel = -1;
  private int colRegion = -1;
  private int colOldLa = -1;
  private int colNewLa = -1;
  private int colName = -1;
  /** Metric columns in file order, and the metric of each. */
  private int[] metricCols;
  private Metric[] metricOf;
  private final List<String> unknown = new ArrayList<>();

  private final AuthorityTable authorities = new AuthorityTable();
  private final PartnerRows partnerRows = new PartnerRows();
  /** The authority of the row being read, or null for England or a region. */
  private AuthorityTable.Entry entry;
  /** The kept rows that {@link CombinedReturns#fold} may fold, in order. */
  private final List<Integer> foldCandidates = new ArrayList<>();
  private final YearLines englandYears = new YearLines();
  private final YearLines[] regionYears = new YearLines[REGIONS.size()];

  private EesCsvParser(InputStream in, String source, LoadOptions options) {
    this.limits = options.limits();
    this.scanner = CsvScanner.bounded(in, source, BUFFER, limits);
    this.in = scanner;
    this.source = source;
    this.lenient = options.isLenient();
    for (int i = 0; i < regionYears.length; i++) {
      regionYears[i] = new YearLines();
    }
  }

  /**
   * Reads a whole source.
   *
   * @param in the bytes; not closed
   * @param source the name used in messages
   * @param options strict or lenient
   * @param expectedRows a hint for the number of rows, or 0
   * @throws LoadException naming file, line, column, what was found and what was expected
   */
  public static Workforce read(InputStream in, String source, LoadOptions options,
      int expectedRows) throws IOException {
    boolean pipelined = expectedRows >= PIPELINE_ROWS
        && Runtime.getRuntime().availableProcessors() > 1;
    return read(in, source, options, expectedRows, pipelined ? PipelinedRecords.BATCH_BYTES : 0);
  }

  /**
   * Reads a whole source, splitting records on another thread or not.
   *
   * @param batchBytes the batch size when records are split on another thread ({@link
   *     PipelinedRecords}), or 0 to split them on this one
   */
  static Workforce read(InputStream in, String source, LoadOptions options, int expectedRows,
      int batchBytes) throws IOException {
    EesCsvParser p = new EesCsvParser(in, source, options);
    p.header();
    if (batchBytes == 0) {
      return p.read(expectedRows);
    }
    try (CsvRecord records = PipelinedRecords.start(p.scanner, batchBytes, p.columns,
        p.metricCols)) {
      p.in = records;
      return p.read(expectedRows);
    }
  }

  private Workforce read(int expectedRows) throws IOException {
    List<Snapshot> kept = new ArrayList<>(Math.max(16, Math.min(expectedRows,
        Sources.MAX_EXPECTED_ROWS)));
    List<SkippedRow> skipped = new ArrayList<>();
    long rowsRead = 0;
    while (in.next()) {
      rowsRead++;
      // Exceptions are translated here, not in a method wrapping row(): C2 then compiles the
      // row's code once, not a second time inlined into the wrapper (in a load of 1,000,000
      // rows, 112 ms of C2 time instead of 163).
      try {
        kept.add(row());
        if (entry != null && entry.mayFold) {
          foldCandidates.add(kept.size() - 1);
        }
      } catch (LoadException e) {
        skip(e, skipped);
      } catch (IllegalArgumentException | IllegalStateException e) {
        skip(new LoadException(source, in.line(), 0, e.getMessage(), e), skipped);
      }
    }
    if (rowsRead == 0) {
      throw new LoadException(source, 0, 0,
          "has a header but no data rows: expected at least one row after the header");
    }
    int folded = CombinedReturns.fold(kept, foldCandidates);
    LoadReport report = new LoadReport(source, layout.format(), rowsRead, kept.size() + folded, List.copyOf(skipped), List.copyOf(unknown));
    try {
      return Workforce.of(kept, report);
    } catch (IllegalArgumentException e) {
      throw new LoadException(source, 0, 0, e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------ header

  private void header() throws IOException {
    if (!in.next()) {
      throw new LoadException(source, 0, 0, "is empty: expected a CSV header such as "
          + "time_period,time_identifier,geographic_level,...");
    }
    columns = in.count();
    String[] names = new String[columns];
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < columns; i++) {
      names[i] = in.text(i).strip();
      String bad = Printable.problem(names[i], limits.maxNameLength());
      if (bad != null) {
        throw new LoadException(source, in.line(), i + 1, "expected a column name in the "
            + "header, found " + bad);
      }
      String key = names[i].toLowerCase(Locale.ROOT);
      Integer before = index.putIfAbsent(key, i);
      if (before != null && !key.isEmpty()) {
        throw new LoadException(source, in.line(), i + 1, "column '" + names[i]
            + "' appears twice in the header (columns " + (before + 1) + " and " + (i + 1)
            + ")");
      }
    }
    in.names(names);
    boolean has2025 = index.containsKey(EesLayout.LAYOUT_2025.markerColumn());
    boolean has2022 = index.containsKey(EesLayout.LAYOUT_2022.markerColumn());
    if (has2025 && has2022) {
      throw new LoadException(source, in.line(), 0, "the header mixes the 2025 layout ("
          + EesLayout.LAYOUT_2025.markerColumn() + ") and the 2022 layout ("
          + EesLayout.LAYOUT_2022.markerColumn() + "); expected one of them");
    }
    if (!has2025 && !has2022) {
      throw new LoadException(source, in.line(), 0, "the header is not the children's social "
          + "work workforce publication: expected a column "
          + EesLayout.LAYOUT_2025.markerColumn() + " (2025 layout) or "
          + EesLayout.LAYOUT_2022.markerColumn() + " (2022 layout), found " + preview(names));
    }
    layout = has2025 ? EesLayout.LAYOUT_2025 : EesLayout.LAYOUT_2022;

    Set<String> missing = new LinkedHashSet<>();
    colYear = required(index, "time_period", missing);
    colLevel = required(index, "geographic_level", missing);
    colRegion = required(index, "region_code", missing);
    colOldLa = required(index, "old_la_code", missing);
    colNewLa = required(index, "new_la_code", missing);
    colName = required(index, "la_name", missing);
    for (String c : layout.metricColumns()) {
      required(index, c, missing);
    }
    List<Integer> cols = new ArrayList<>();
    List<Metric> metrics = new ArrayList<>();
    int firstUnknown = -1;
    for (int i = 0; i < columns; i++) {
      String key = names[i].toLowerCase(Locale.ROOT);
      Optional<Metric> m = layout.metric(key);
      if (m.isPresent()) {
        cols.add(i);
        metrics.add(m.get());
      } else if (!EesLayout.commonColumns().contains(key)) {
        unknown.add(names[i].isEmpty() ? "(unnamed column " + (i + 1) + ")" : names[i]);
        firstUnknown = firstUnknown < 0 ? i : firstUnknown;
      }
    }
    if (!missing.isEmpty()) {
      // A misspelt name is both missing and not recognised: name the columns not recognised,
      // and point at the first of them.
      throw new LoadException(source, in.line(), firstUnknown + 1, "missing required column"
          + (missing.size() > 1 ? "s " : " ") + quoteAll(missing) + " (" + layout.label()
          + ")" + (unknown.isEmpty() ? "" : "; the header's column" + (unknown.size() > 1
              ? "s " : " ") + quoteAll(unknown) + (unknown.size() > 1
                  ? " are not columns" : " is not a column") + " of this layout"));
    }
    metricCols = new int[cols.size()];
    for (int k = 0; k < metricCols.length; k++) {
      metricCols[k] = cols.get(k);
    }
    metricOf = metrics.toArray(new Metric[0]);
  }

  private static int required(Map<String, Integer> index, String name, Set<String> missing) {
    Integer i = index.get(name);
    if (i == null) {
      missing.add(name);
      return -1;
    }
    return i;
  }

  private static String quoteAll(Collection<String> names) {
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append('\'').append(n).append('\'');
    }
    return sb.toString();
  }

  private static String preview(String[] names) {
    int n = Math.min(names.length, 8);
    String shown = String.join(",", Arrays.asList(names).subList(0, n));
    return "'" + shown + (names.length > n ? ",..." : "") + "' (" + names.length + " columns)";
  }

  // ------------------------------------------------------------------ rows

  /** Skips a bad row in lenient mode; else throws its error. */
  private void skip(LoadException e, List<SkippedRow> skipped) throws LoadException {
    if (!lenient) {
      throw e;
    }
    skipped.add(new SkippedRow(e.line(), e.column(), e.detail()));
  }

  /**
   * Reads the current record as a snapshot.
   *
   * @throws LoadException naming the cell at fault
   * @throws IllegalArgumentException when the snapshot refuses a value (the caller names the
   *     line)
   * @throws IllegalStateException likewise
   */
  private Snapshot row() throws LoadException {
    long line = in.line();
    int count = in.count();
    if (count != columns) {
      throw in.fieldCount(source, columns);
    }
    if (in.anyNonAscii()) {
      checkUtf8(count);
    }
    entry = null;
    int year = year();
    Area area;
    YearLines years;
    // if, not a switch on the enum: the switch compiles to a class of its own (a switch map),
    // one more class for every load to find and define.
    Level level = level();
    if (level == Level.NATIONAL) {
      area = England.INSTANCE;
      years = englandYears;
    } else if (level == Level.REGIONAL) {
      int r = region();
      area = REGIONS.get(r);
      years = regionYears[r];
    } else {
      entry = authority();
      area = entry.authority;
      years = entry.years;
    }
    long before = years.get(year);
    if (before != 0) {
      throw duplicate(line, area, year, before);
    }
    if (entry != null) {
      partners(entry, year, line);
    }
    Snapshot.Builder b = builder == null ? (builder = Snapshot.builder(area, year))
        : builder.reset(area, year);
    cells(b);
    years.put(year, line);
    return b.build();
  }

  private void checkUtf8(int count) throws LoadException {
    for (int i = 0; i < count; i++) {
      if (in.nonAscii(i)) {
        in.checkUtf8(i);
      }
    }
  }

  private LoadException duplicate(long line, Area area, int year, long before) {
    return new LoadException(source, line, 0, "duplicate row: " + area + " in " + year
        + " was already read on line " + before + "; expected one row per area and year");
  }

  /**
   * Reads the row's metric cells into the builder: as the reading thread decoded them ({@link
   * CsvRecord#codes}), else by {@link MetricCells#decode} here, else the full way ({@link
   * #cell}).
   */
  private void cells(Snapshot.Builder b) throws LoadException {
    int[] cols = metricCols;
    Metric[] metrics = metricOf;
    int[] codes = in.codes;
    int at = in.codeBase;
    byte[] buf = in.buffer();
    for (int k = 0; k < cols.length; k++) {
      int code = codes != null ? codes[at + k] : MetricCells.UNREAD;
      if (code == MetricCells.UNREAD) {
        code = MetricCells.decode(buf, in.start(cols[k]), in.end(cols[k]));
      }
      if (code >= 0) {
        b.setDecimal(metrics[k], code, 1);
      } else if (code != MetricCells.SLOW) {
        b.suppress(metrics[k], MetricCells.suppression(code));
      } else {
        cell(cols[k], metrics[k], b);
      }
    }
  }

  /**
   * Refuses a row whose LA number another row of the same year also holds: a partner's own row
   * beside the combined return it belongs to ({@code 318} beside {@code 314 / 318}) would count
   * the partner twice.
   */
  private void partners(AuthorityTable.Entry e, int year, long line) throws LoadException {
    if (e.partners == null) {
      e.partners = partnerRows.register(e.authority, e.years);
    }
    if (e.authority.isCombined()) {
      for (PartnerRows.Number n : e.partners) {
        if (n.single != null && n.singleYears.get(year) != 0) {
          partnerRow(n.single, e.authority, year, n.singleYears.get(year), line);
        }
      }
      return;
    }
    PartnerRows.Number n = e.partners[0];
    for (PartnerRows.Return r : n.returns) {
      long other = r.years().get(year);
      if (other != 0) {
        partnerRow(e.authority, r.authority(), year, other, line);
      }
    }
  }

  private void partnerRow(Authority partner, Authority combinedReturn, int year, long other,
      long line) throws LoadException {
    throw new LoadException(source, line, colOldLa + 1, partner.name() + " ("
        + partner.laNumber() + ") and the combined return " + combinedReturn.name() + " ("
        + combinedReturn.laNumber() + ") both have a row in " + year + " (lines " + other
        + " and " + line + "): the partner would be counted twice; expected the partner "
        + "inside the combined row only");
  }

  private int year() throws LoadException {
    byte[] buf = in.buffer();
    int s = in.start(colYear);
    int e = in.end(colYear);
    if (e - s == 4) {
      int y = 0;
      boolean digits = true;
      for (int i = s; i < e; i++) {
        int d = buf[i] - '0';
        if (d < 0 || d > 9) {
          digits = false;
          break;
        }
        y = y * 10 + d;
      }
      if (digits && y >= 1900 && y <= 2999) {
        return y;
      }
    }
    String t = in.text(colYear).strip();
    boolean fourDigits = t.length() == 4;
    for (int i = 0; i < t.length() && fourDigits; i++) {
      fourDigits = t.charAt(i) >= '0' && t.charAt(i) <= '9';
    }
    if (fourDigits) {
      int y = Integer.parseInt(t);
      if (y >= 1900 && y <= 2999) {
        return y;
      }
      throw cellError(colYear, "expected a reporting year between 1900 and 2999");
    }
    throw cellError(colYear, "expected a reporting year such as 2017");
  }

  private Level level() throws LoadException {
    if (in.is(colLevel, LOCAL_AUTHORITY)) {
      return Level.LOCAL_AUTHORITY;
    }
    if (in.is(colLevel, REGIONAL)) {
      return Level.REGIONAL;
    }
    if (in.is(colLevel, NATIONAL)) {
      return Level.NATIONAL;
    }
    Optional<Level> l = Level.fromLabel(in.text(colLevel));
    if (l.isPresent()) {
      return l.get();
    }
    throw cellError(colLevel, "expected National, Regional or Local authority");
  }

  /** The index in {@link #REGIONS} of the row's region. */
  private int region() throws LoadException {
    for (int i = 0; i < REGION_CODES.length; i++) {
      if (in.is(colRegion, REGION_CODES[i])) {
        return i;
      }
    }
    Optional<Region> r = Region.fromCode(in.text(colRegion));
    if (r.isPresent()) {
      return REGIONS.indexOf(r.get());
    }
    throw cellError(colRegion,
        "expected an English region code (E12000001 to E12000009, E13000001 or E13000002)");
  }

  private AuthorityTable.Entry authority() throws LoadException {
    Region region = REGIONS.get(region());
    int h = AuthorityTable.hash(in, colOldLa, colNewLa, colName, region);
    AuthorityTable.Entry e = authorities.find(h, in, colOldLa, colNewLa, colName, region);
    return e != null ? e : newAuthority(h, region);
  }

  /**
   * Reads and checks an authority not seen before under this spelling, and remembers it. Kept
   * apart from {@link #authority()}'s look-up, which every row takes, so that the look-up
   * compiles small and fast (compiled together they took the JIT a quarter of a second).
   */
  private AuthorityTable.Entry newAuthority(int h, Region region) throws LoadException {
    String laNumber = in.text(colOldLa);
    // ASCII only: Integer.parseInt would read Arabic-Indic and other digits.
    if (in.nonAscii(colOldLa) || laNumber.length() > limits.maxNumberLength()) {
      throw cellError(colOldLa, "expected an LA number such as 860 or 314 / 318");
    }
    try {
      Authority.parseLaNumbers(laNumber);
    } catch (IllegalArgumentException ex) {
      throw cellError(colOldLa, "expected an LA number such as 860 or 314 / 318");
    }
    String code = in.text(colNewLa);
    if (code.isBlank()) {
      throw cellError(colNewLa, "expected an ONS code such as E10000028");
    }
    String badCode = Printable.problem(code, limits.maxNameLength());
    if (badCode != null) {
      throw new LoadException(source, in.line(), colNewLa + 1, in.label(colNewLa)
          + ": expected an ONS code such as E10000028, found " + badCode);
    }
    String name = in.text(colName);
    if (name.isBlank()) {
      throw cellError(colName, "expected the authority's name");
    }
    String badName = Printable.problem(name, limits.maxNameLength());
    if (badName != null) {
      throw new LoadException(source, in.line(), colName + 1, in.label(colName)
          + ": expected the authority's name, found " + badName);
    }
    Authority a;
    try {
      a = Authority.of(laNumber, code, name, region);
    } catch (IllegalArgumentException ex) {
      throw cellError(colOldLa, "expected an authority (" + ex.getMessage() + ")");
    }
    return authorities.add(h, in, colOldLa, colNewLa, colName, region, a);
  }

  /**
   * Reads one metric cell into the builder, the full way, for the cells {@link MetricCells#decode}
   * leaves: more than one decimal, large numbers, and anything that is not a number or a marker.
   */
  private void cell(int col, Metric metric, Snapshot.Builder b) throws LoadException {
    long plain = MetricCells.plainDecimal(in.buffer(), in.start(col), in.end(col));
    if (plain >= 0) {
      // Exact: both operands are exact doubles, so the quotient is the correctly rounded value,
      // the same double Double.parseDouble would give.
      long mantissa = plain >>> 4;
      int fraction = (int) (plain & 15);
      b.set(metric, fraction == 0 ? (double) mantissa : mantissa / POW10[fraction]);
      return;
    }
    slowCell(col, metric, b);
  }

  private void slowCell(int col, Metric metric, Snapshot.Builder b) throws LoadException {
    String text = in.text(col);
    Optional<Suppression> marker = Suppression.fromMarker(text);
    if (marker.isPresent()) {
      b.suppress(metric, marker.get());
      return;
    }
    String t = text.strip();
    String tooLong = Printable.numberProblem(t, limits.maxNumberLength());
    if (tooLong != null) {
      throw new LoadException(source, in.line(), col + 1, in.label(col) + ": "
          + EXPECTED_NUMBER + ", found " + tooLong);
    }
    // Unsigned: a sign is refused as bad input (published figures are never negative).
    if (!t.startsWith("+") && !t.startsWith("-") && Value.isDecimal(t)) {
      double d = Double.parseDouble(t);
      if (Double.isFinite(d)) {
        b.set(metric, d);
        return;
      }
      throw cellError(col, EXPECTED_NUMBER, " (too large for a number)");
    }
    throw cellError(col, EXPECTED_NUMBER);
  }

  private LoadException cellError(int col, String expected) throws LoadException {
    return cellError(col, expected, "");
  }

  private LoadException cellError(int col, String expected, String note) throws LoadException {
    return new LoadException(source, in.line(), col + 1,
        in.label(col) + ": " + expected + ", found " + found(col) + note);
  }

  private String found(int col) throws LoadException {
    if (in.start(col) == in.end(col)) {
      return "an empty cell";
    }
    String t = in.text(col);
    return "'" + (t.length() > 60 ? Printable.of(t.substring(0, 57), 57) + "..."
        : Printable.of(t, 60)) + "'";
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[][] regionCodes() {
    byte[][] out = new byte[REGIONS.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = ascii(REGIONS.get(i).code());
    }
    return out;
  }
}
