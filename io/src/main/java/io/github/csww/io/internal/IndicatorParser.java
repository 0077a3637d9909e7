package io.github.csww.io.internal;

import com.google.common.collect.ImmutableList;
import io.github.csww.Area;
import io.github.csww.Authority;
import io.github.csww.England;
import io.github.csww.IndicatorPair;
import io.github.csww.IndicatorRow;
import io.github.csww.Indicators;
import io.github.csww.Level;
import io.github.csww.LoadException;
import io.github.csww.LoadOptions;
import io.github.csww.LoadReport;
import io.github.csww.Region;
import io.github.csww.SkippedRow;
import io.github.csww.Suppression;
import io.github.csww.Value;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads any file in the Explore Education Statistics standard layout into {@link Indicators}.
 * See {@code io.github.csww.io.IndicatorReader} for the rules; this class applies them.
 */
public final class IndicatorParser {
  /** Time and geography columns of the EES standard layout, never filters or indicators. */
  static final Set<String> GEOGRAPHY = Set.of("time_period", "time_identifier",
      "geographic_level", "country_code", "country_name", "region_code", "region_name",
      "old_la_code", "new_la_code", "la_name");
  private static final int BUFFER = 1 << 16;
  /** A recomputed rate within this of the published one reproduces it (published to 1 dp). */
  private static final double ROUNDING = 0.05 + 1e-9;
  private static final String EXPECTED_NUMBER =
      "expected a number or a suppression marker (c, x, z, u, low, :, .)";

  private final CsvScanner in;
  private final String source;
  private final boolean lenient;
  private final Map<String, String> selection;
  private final List<IndicatorPair> declared;
  private final boolean detect;
  private final int maxNameLength;
  private final int maxNumberLength;

  private String[] names;
  private final Map<String, Integer> index = new HashMap<>();
  private long headerLine;
  private final List<String[]> cells = new ArrayList<>();
  private final List<Long> lines = new ArrayList<>();
  private final List<SkippedRow> skipped = new ArrayList<>();
  /** Lines of rows whose every cell is blank: neither read nor skipped, as a blank line. */
  private final List<Long> blankLines = new ArrayList<>();
  private long rowsRead;

  private IndicatorParser(InputStream in, String source, LoadOptions options,
      Map<String, String> selection, List<IndicatorPair> declared, boolean detect) {
    this.in = CsvScanner.bounded(in, source, BUFFER, options.limits());
    this.source = source;
    this.lenient = options.isLenient();
    this.selection = selection;
    this.declared = declared;
    this.detect = detect;
    this.maxNameLength = options.limits().maxNameLength();
    this.maxNumberLength = options.limits().maxNumberLength();
  }

  /**
   * Reads a whole source.
   *
   * @param in the bytes; not closed
   * @param source the name used in messages
   * @param options strict or lenient, and the limits the source must keep within
   * @param selection the value to keep for each filter column the caller chose
   * @param declared numerator/denominator pairs the caller declared
   * @param detect whether to detect pairs by the EES naming convention
   * @return the indicator table
   * @throws LoadException naming file, line, column, what was found and what was expected
   * @throws IOException if the source cannot be read
   */
  public static Indicators read(InputStream in, String source, LoadOptions options,
      Map<String, String> selection, List<IndicatorPair> declared, boolean detect)
      throws IOException {
    return new IndicatorParser(in, source, options, selection, declared, detect).read();
  }

  private Indicators read() throws IOException {
    header();
    while (in.next()) {
      String[] row = new String[in.count()];
      boolean blank = true;
      for (int i = 0; i < row.length; i++) {
        row[i] = in.text(i);
        blank &= row[i].isBlank();
      }
      if (blank) {
        // a spreadsheet's empty row (",,,,"): not data, like a blank line; noted below
        blankLines.add(in.line());
        continue;
      }
      rowsRead++;
      if (row.length != names.length) {
        fail(in.fieldCount(source, names.length));
        continue;
      }
      cells.add(row);
      lines.add(in.line());
    }
    if (rowsRead == 0) {
      throw new LoadException(source, 0, 0,
          "has a header but no data rows" + (blankLines.isEmpty() ? "" : " (only "
              + rows(blankLines.size(), "blank row") + ")")
              + ": expected at least one row after the header");
    }

    // Columns: geography, filters, indicators, ignored.
    List<Integer> filterCols = new ArrayList<>();
    List<Integer> indicatorCols = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    Set<String> pairColumns = new LinkedHashSet<>();
    for (IndicatorPair p : declared) {
      pairColumns.addAll(List.of(p.rate(), p.numerator(), p.denominator()));
    }
    for (String s : selection.keySet()) {
      if (!index.containsKey(s)) {
        throw new LoadException(source, headerLine, 0, "filter column '" + s
            + "' is not in the header; columns: " + String.join(", ", names));
      }
      if (GEOGRAPHY.contains(s)) {
        throw new LoadException(source, headerLine, index.get(s) + 1, "column '" + s
            + "' is a time or geography column of the EES layout, not a filter");
      }
    }
    for (String c : pairColumns) {
      if (!index.containsKey(c)) {
        throw new LoadException(source, headerLine, 0, "declared pair column '" + c
            + "' is not in the header; columns: " + String.join(", ", names));
      }
    }
    for (int i = 0; i < names.length; i++) {
      String n = names[i];
      if (GEOGRAPHY.contains(n)) {
        continue;
      }
      if (n.isEmpty()) {
        // an unnamed column (a trailing comma) is never an indicator: nothing could name it
        unknown.add("(unnamed column " + (i + 1) + ")");
      } else if (selection.containsKey(n)) {
        filterCols.add(i);
      } else if (pairColumns.contains(n) || isIndicator(i)) {
        indicatorCols.add(i);
      } else if (n.endsWith("_code") || n.endsWith("_name")) {
        unknown.add(n.isEmpty() ? "(unnamed column " + (i + 1) + ")" : n);
      } else {
        filterCols.add(i);
      }
    }
    if (indicatorCols.isEmpty()) {
      throw new LoadException(source, headerLine, 0, "no indicator column: expected at least "
          + "one column of numbers (or suppression markers) besides the time, geography and "
          + "filter columns; columns: " + String.join(", ", names));
    }

    // Filter selection: chosen by the caller, or the one value a column holds.
    Map<String, String> chosen = new LinkedHashMap<>();
    for (int f : filterCols) {
      // each value with the line it is first on and how many rows hold it
      Map<String, long[]> found = new LinkedHashMap<>();
      for (int r = 0; r < cells.size(); r++) {
        long[] lineAndCount = found.computeIfAbsent(cells.get(r)[f].strip(),
            v -> new long[] {0, 0});
        if (lineAndCount[1]++ == 0) {
          lineAndCount[0] = lines.get(r);
        }
      }
      Set<String> values = found.keySet();
      String want = selection.get(names[f]);
      if (want != null) {
        if (!values.contains(want.strip())) {
          throw new LoadException(source, headerLine, f + 1, "filter column '" + names[f]
              + "' has no value '" + want + "'; values: " + preview(values));
        }
        chosen.put(names[f], want.strip());
      } else if (values.size() == 1) {
        String only = values.iterator().next();
        // the file's own value reaches Indicators.filters() and the notes: checked as a name
        String bad = Printable.problem(only, maxNameLength);
        if (bad != null) {
          throw new LoadException(source, lines.get(0), f + 1, in.label(f) + ": expected a "
              + "filter value, found " + bad.replace("a name", "a value")
                  .replace("names may not", "values may not"));
        }
        chosen.put(names[f], only);
      } else {
        // located at the first row whose value is not the first row's
        long second = new ArrayList<>(found.values()).get(1)[0];
        throw new LoadException(source, second, f + 1, "filter column '" + names[f]
            + "' has " + values.size() + " values (" + preview(found) + "): choose one with "
            + "filter(\"" + names[f] + "\", value)");
      }
    }

    Indicators.Builder b = Indicators.builder(source);
    chosen.forEach(b::filter);
    for (int c : indicatorCols) {
      b.indicator(names[c]);
    }

    // Rows.
    int colYear = required("time_period");
    int colLevel = required("geographic_level");
    int[] fcols = filterCols.stream().mapToInt(Integer::intValue).toArray();
    String[] fwant = new String[fcols.length];
    for (int k = 0; k < fcols.length; k++) {
      fwant[k] = chosen.get(names[fcols[k]]);
    }
    Map<String, Long> seen = new HashMap<>();
    List<IndicatorRow> rows = new ArrayList<>();
    long notSelected = 0;
    for (int r = 0; r < cells.size(); r++) {
      String[] row = cells.get(r);
      long line = lines.get(r);
      boolean selected = true;
      for (int k = 0; k < fcols.length && selected; k++) {
        selected = row[fcols[k]].strip().equals(fwant[k]);
      }
      if (!selected) {
        notSelected++;
        rowsRead--;
        continue;
      }
      try {
        int period = period(row, line, colYear);
        Area area = area(row, line, colLevel);
        Map<String, Value> values = new LinkedHashMap<>();
        for (int c : indicatorCols) {
          values.put(names[c], value(row, line, c));
        }
        String key = area.level() + "|" + (area instanceof Authority a ? a.laNumbers()
            : area.code()) + "|" + period;
        Long before = seen.putIfAbsent(key, line);
        if (before != null) {
          throw new LoadException(source, line, 0, "duplicate row: " + area + " in time_period "
              + period + " was already read on line " + before + "; expected one row per area "
              + "and period (does a filter column need a selection?)");
        }
        rows.add(new IndicatorRow(area, period, values));
      } catch (LoadException e) {
        fail(e);
      }
    }
    for (IndicatorRow row : rows) {
      b.row(row);
    }
    if (!blankLines.isEmpty()) {
      b.note(rows(blankLines.size(), "blank row") + " (every cell empty) not read: "
          + (blankLines.size() == 1 ? "line " : "lines ") + lineList(blankLines));
    }
    if (notSelected > 0) {
      StringBuilder sb = new StringBuilder();
      chosen.forEach((k, v) -> sb.append(sb.length() > 0 ? ", " : "").append(k).append(" = ")
          .append(v));
      b.note(notSelected + " rows with other filter values not read (kept " + sb + ")");
    }

    // Pairs: declared first, then detected for the other rates.
    Map<String, IndicatorPair> pairs = new LinkedHashMap<>();
    for (IndicatorPair p : declared) {
      pairs.put(p.rate(), p);
      b.note("declared " + p);
    }
    Set<String> explained = new LinkedHashSet<>(pairs.keySet());
    if (detect) {
      explained.addAll(detectPairs(indicatorCols, rows, pairs, b));
    }
    for (int c : indicatorCols) {
      if (!explained.contains(names[c]) && looksLikeRate(names[c])) {
        b.note("no pair for " + names[c] + ": a rate by its name, but "
            + (detect ? "pairs are detected only for a column S_percent or S_rate beside a "
                + "count S_count" : "pair detection is off")
            + ", so combined returns and aggregates cannot recompute it; declare the pair to "
            + "use it");
      }
    }
    pairs.values().forEach(b::pair);
    b.report(new LoadReport(source, "EES CSV (indicators)", rowsRead, rows.size(),
        ImmutableList.copyOf(skipped), ImmutableList.copyOf(unknown)));
    return b.build();
  }

  private void fail(LoadException e) throws LoadException {
    if (!lenient) {
      throw e;
    }
    skipped.add(new SkippedRow(e.line(), e.column(), e.detail()));
  }

  // ------------------------------------------------------------------ header

  private void header() throws IOException {
    if (!in.next()) {
      throw new LoadException(source, 0, 0, "is empty: expected a CSV header such as "
          + "time_period,time_identifier,geographic_level,...");
    }
    headerLine = in.line();
    names = new String[in.count()];
    for (int i = 0; i < names.length; i++) {
      names[i] = in.text(i).strip();
      String bad = Printable.problem(names[i], maxNameLength);
      if (bad != null) {
        throw new LoadException(source, headerLine, i + 1, "expected a column name in the "
            + "header, found " + bad);
      }
      String key = names[i].toLowerCase(Locale.ROOT);
      names[i] = key;
      Integer before = index.putIfAbsent(key, i);
      if (before != null && !key.isEmpty()) {
        throw new LoadException(source, headerLine, i + 1, "column '" + names[i]
            + "' appears twice in the header (columns " + (before + 1) + " and " + (i + 1)
            + ")");
      }
    }
    in.names(names);
    Set<String> missing = new LinkedHashSet<>();
    for (String c : List.of("time_period", "geographic_level", "region_code", "old_la_code",
        "new_la_code", "la_name")) {
      if (!index.containsKey(c)) {
        missing.add("'" + c + "'");
      }
    }
    if (!missing.isEmpty()) {
      throw new LoadException(source, headerLine, 0, "missing required column"
          + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
          + " (Explore Education Statistics standard layout)");
    }
  }

  private int required(String name) {
    return index.get(name);
  }

  /** True when a cell of the column is a number, or every cell is a marker or empty. */
  private boolean isIndicator(int col) {
    boolean allMarkers = !cells.isEmpty();
    for (String[] r : cells) {
      String t = r[col].strip();
      if (Value.isDecimal(t)) {
        return true;
      }
      if (!t.isEmpty() && Suppression.fromMarker(t).isEmpty()) {
        allMarkers = false;
      }
    }
    return allMarkers;
  }

  private static String preview(Map<String, long[]> values) {
    List<String> shown = new ArrayList<>();
    for (Map.Entry<String, long[]> v : values.entrySet()) {
      if (shown.size() == 8) {
        shown.add("...");
        break;
      }
      long[] lineAndCount = v.getValue();
      shown.add("'" + Printable.of(v.getKey(), 60) + "' " + (lineAndCount[1] == 1
          ? "on line " + lineAndCount[0] + " only" : "first on line " + lineAndCount[0]));
    }
    return String.join(", ", shown);
  }

  private static String rows(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  /** Up to 10 line numbers, then how many more. */
  private static String lineList(List<Long> lines) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size() && i < 10; i++) {
      sb.append(i > 0 ? ", " : "").append(lines.get(i));
    }
    if (lines.size() > 10) {
      sb.append(" and ").append(lines.size() - 10).append(" more");
    }
    return sb.toString();
  }

  /**
   * True when a column's name says it is a rate: a word {@code percent}, {@code percentage},
   * {@code pct}, {@code rate} or {@code ratio}, or a {@code %}.
   */
  static boolean looksLikeRate(String name) {
    if (name.indexOf('%') >= 0) {
      return true;
    }
    for (String w : name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      switch (w) {
        case "percent", "percentage", "pct", "rate", "ratio":
          return true;
        default:
          break;
      }
    }
    return false;
  }

  private static String preview(Set<String> values) {
    List<String> shown = new ArrayList<>();
    for (String v : values) {
      if (shown.size() == 8) {
        shown.add("...");
        break;
      }
      shown.add("'" + v + "'");
    }
    return String.join(", ", shown);
  }

  // ------------------------------------------------------------------ cells

  private LoadException cellError(long line, int col, String expected, String found) {
    String f = found.isEmpty() ? "an empty cell"
        : "'" + (found.length() > 60 ? found.substring(0, 57) + "..." : found) + "'";
    return new LoadException(source, line, col + 1, in.label(col) + ": " + expected
        + ", found " + f);
  }

  private int period(String[] row, long line, int col) throws LoadException {
    String t = row[col].strip();
    if (t.length() == 4 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int y = Integer.parseInt(t);
      if (y >= 1900 && y <= 2999) {
        return y;
      }
    }
    throw cellError(line, col, "expected a year such as 2024 between 1900 and 2999 (six-digit "
        + "academic and financial years such as 202324 are not read yet)", t);
  }

  private Area area(String[] row, long line, int colLevel) throws LoadException {
    String label = row[colLevel];
    Optional<Level> level = Level.fromLabel(label);
    if (level.isEmpty()) {
      throw cellError(line, colLevel, "expected National, Regional or Local authority", label);
    }
    if (level.get() == Level.NATIONAL) {
      return England.INSTANCE;
    }
    int colRegion = index.get("region_code");
    Optional<Region> region = Region.fromCode(row[colRegion]);
    if (region.isEmpty()) {
      throw cellError(line, colRegion, "expected an English region code (E12000001 to "
          + "E12000009, E13000001 or E13000002)", row[colRegion]);
    }
    if (level.get() == Level.REGIONAL) {
      return region.get();
    }
    int colOld = index.get("old_la_code");
    int colNew = index.get("new_la_code");
    int colName = index.get("la_name");
    // ASCII digits only, as the workforce reader: Integer.parseInt would read Arabic-Indic and
    // other digits. No longer than a number may be.
    if (!row[colOld].chars().allMatch(c -> c < 0x80)
        || row[colOld].length() > maxNumberLength) {
      throw cellError(line, colOld, "expected an LA number such as 860 or 314 / 318",
          row[colOld]);
    }
    try {
      Authority.parseLaNumbers(row[colOld]);
    } catch (IllegalArgumentException e) {
      throw cellError(line, colOld, "expected an LA number such as 860 or 314 / 318",
          row[colOld]);
    }
    if (row[colNew].isBlank()) {
      throw cellError(line, colNew, "expected an ONS code such as E10000028", row[colNew]);
    }
    String badCode = Printable.problem(row[colNew], maxNameLength);
    if (badCode != null) {
      throw new LoadException(source, line, colNew + 1, in.label(colNew)
          + ": expected an ONS code such as E10000028, found " + badCode);
    }
    if (row[colName].isBlank()) {
      throw cellError(line, colName, "expected the authority's name", row[colName]);
    }
    String badName = Printable.problem(row[colName], maxNameLength);
    if (badName != null) {
      throw new LoadException(source, line, colName + 1, in.label(colName)
          + ": expected the authority's name, found " + badName);
    }
    return Authority.of(row[colOld], row[colNew], row[colName], region.get());
  }

  private Value value(String[] row, long line, int col) throws LoadException {
    String t = row[col];
    Optional<Suppression> marker = Suppression.fromMarker(t);
    if (marker.isPresent()) {
      return Value.suppressed(marker.get());
    }
    String tooLong = Printable.numberProblem(t.strip(), maxNumberLength);
    if (tooLong != null) {
      throw new LoadException(source, line, col + 1, in.label(col) + ": " + EXPECTED_NUMBER
          + ", found " + tooLong);
    }
    try {
      return Value.parse(t);
    } catch (IllegalArgumentException e) {
      throw cellError(line, col, EXPECTED_NUMBER, t.strip());
    }
  }

  // ------------------------------------------------------------------ pairs

  /**
   * For each indicator {@code S_percent} or {@code S_rate} with an indicator {@code S_count},
   * finds the denominator among the base counts (the {@code *_count} indicators that are not
   * such a numerator): the one that reproduces the most published rates (rate within 0.05 of
   * numerator / base × 100, on rows where all three are numbers); on a tie the one whose name
   * ends with the most words of {@code S}, then the one with fewest words, then the first. A
   * pair is kept when it reproduces at least half the rows that publish all three, or when no
   * row does; otherwise it is dropped with a note.
   */
  private Set<String> detectPairs(List<Integer> indicatorCols, List<IndicatorRow> rows,
      Map<String, IndicatorPair> pairs, Indicators.Builder b) {
    List<String> indicators = new ArrayList<>();
    for (int c : indicatorCols) {
      indicators.add(names[c]);
    }
    Map<String, String> numerators = new LinkedHashMap<>();
    for (String n : indicators) {
      String stem = n.endsWith("_percent") ? n.substring(0, n.length() - 8)
          : n.endsWith("_rate") ? n.substring(0, n.length() - 5) : null;
      if (stem != null && !stem.isEmpty() && indicators.contains(stem + "_count")) {
        numerators.put(n, stem + "_count");
      }
    }
    List<String> bases = new ArrayList<>();
    for (String n : indicators) {
      if (n.endsWith("_count") && !numerators.containsValue(n)) {
        bases.add(n);
      }
    }
    Set<String> explained = new LinkedHashSet<>(numerators.keySet());
    for (Map.Entry<String, String> e : numerators.entrySet()) {
      String rate = e.getKey();
      String num = e.getValue();
      if (pairs.containsKey(rate)) {
        continue;
      }
      String stem = num.substring(0, num.length() - 6);
      List<String> candidates = new ArrayList<>(bases);
      candidates.sort((a, c) -> {
        int s = Integer.compare(suffixWords(stem, c), suffixWords(stem, a));
        return s != 0 ? s : Integer.compare(words(a), words(c));
      });
      String best = null;
      int bestMatch = -1;
      int comparable = 0;
      for (String den : candidates) {
        int[] m = matches(rows, rate, num, den);
        if (m[0] > bestMatch) {
          best = den;
          bestMatch = m[0];
          comparable = m[1];
        }
      }
      if (best == null) {
        b.note("no pair for " + rate + ": " + num + " found but no base count (a *_count "
            + "column that is not a numerator) to divide it by");
        continue;
      }
      IndicatorPair p = IndicatorPair.percent(rate, num, best);
      if (comparable > 0 && bestMatch * 2 < comparable) {
        b.note("no pair for " + rate + ": the best candidate " + p + " reproduces only "
            + bestMatch + " of " + comparable + " published values; declare the pair to use it");
        continue;
      }
      pairs.put(rate, p);
      b.note("detected " + p + " (reproduces " + bestMatch + " of " + comparable
          + " published values to within 0.05)");
    }
    return explained;
  }

  private static int[] matches(List<IndicatorRow> rows, String rate, String num, String den) {
    int match = 0;
    int comparable = 0;
    for (IndicatorRow r : rows) {
      Value vr = r.values().get(rate);
      Value vn = r.values().get(num);
      Value vd = r.values().get(den);
      if (vr.isPresent() && vn.isPresent() && vd.isPresent() && vd.doubleValue() > 0) {
        comparable++;
        if (Math.abs(vn.doubleValue() / vd.doubleValue() * 100 - vr.doubleValue()) <= ROUNDING) {
          match++;
        }
      }
    }
    return new int[] {match, comparable};
  }

  /** How many trailing words of {@code stem} the base count's stem ends with. */
  private static int suffixWords(String stem, String base) {
    String[] a = stem.split("_");
    String[] c = base.substring(0, base.length() - 6).split("_");
    int k = 0;
    while (k < a.length && k < c.length && a[a.length - 1 - k].equals(c[c.length - 1 - k])) {
      k++;
    }
    return k;
  }

  private static int words(String name) {
    return name.split("_").length;
  }
}
