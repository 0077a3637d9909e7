package io.github.csww.io.internal;

import com.google.common.collect.ImmutableMap;
import io.github.csww.Grade;
import io.github.csww.Judgement;
import io.github.csww.LoadException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one table of Ofsted's "Local authority inspection outcomes" (a sheet of the workbook, or
 * the same table saved as CSV) into judgements, each with where it was read.
 */
public final class OfstedTable {
  /** The column that identifies the header row. */
  public static final String CODE = "Local authority area code";
  static final String NAME = "Local authority name";
  static final String INSPECTED = "Inspection date";
  static final String PUBLISHED = "Publication date";
  static final String OVERALL = "Overall effectiveness";
  static final String TYPE = "Inspection type";
  static final String FRAMEWORK = "Framework";
  static final String END = "Inspection end date";
  /** Columns read for information only. */
  static final List<String> IGNORED = List.of("Web link", "Local authority status",
      "Ofsted region");
  static final List<String> REQUIRED = List.of(CODE, NAME, INSPECTED, PUBLISHED, OVERALL);
  static final List<String> OPTIONAL = List.of(TYPE, FRAMEWORK, END);
  /** How many rows are searched for the header. */
  static final int HEADER_SEARCH = 10;
  /** The day ILACS replaced the single inspection framework (SIF). */
  static final LocalDate ILACS_START = LocalDate.of(2018, 1, 1);

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ONS_CODE = Pattern.compile("[A-Z]\\d{8}");
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern UK = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
  private static final DateTimeFormatter UK_FORMAT =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /**
   * A judgement and where it was read.
   *
   * @param judgement the judgement
   * @param where for example {@code sheet 'ILACS_inspection_history', row 12} or {@code line 12}
   */
  public record Located(Judgement judgement, String where) {}

  private final String source;
  private final String sheet;
  private final int maxNameLength;

  private OfstedTable(String source, String sheet, int maxNameLength) {
    this.source = source;
    this.sheet = sheet;
    this.maxNameLength = maxNameLength;
  }

  /**
   * Reads a table.
   *
   * @param source the file name
   * @param sheet the sheet name, or null for a CSV file
   * @param rows the rows, blank ones included or not
   * @throws LoadException naming file, sheet, row and column of the first bad cell
   */
  public static List<Located> read(String source, String sheet, List<SheetRow> rows)
      throws LoadException {
    return read(source, sheet, rows, io.github.csww.LoadLimits.defaults().maxNameLength());
  }

  /**
   * Reads a table, refusing names and headers longer than {@code maxNameLength}.
   *
   * @param source the file name
   * @param sheet the sheet name, or null for a CSV file
   * @param rows the rows, blank ones included or not
   * @param maxNameLength the most characters a name or header may have
   * @return the judgements, each with where it was read
   * @throws LoadException naming file, sheet, row and column of the first bad cell
   */
  public static List<Located> read(String source, String sheet, List<SheetRow> rows,
      int maxNameLength) throws LoadException {
    return new OfstedTable(source, sheet, maxNameLength).read(rows);
  }

  private List<Located> read(List<SheetRow> rows) throws LoadException {
    int headerAt = -1;
    for (int i = 0; i < rows.size() && rows.get(i).number() <= HEADER_SEARCH; i++) {
      for (String c : rows.get(i).cells()) {
        if (norm(c).equals(norm(CODE))) {
          headerAt = i;
          break;
        }
      }
      if (headerAt >= 0) {
        break;
      }
    }
    if (headerAt < 0) {
      throw tableError("no header row with the column '" + CODE + "' in "
          + (sheet == null ? "lines" : "rows") + " 1 to " + HEADER_SEARCH
          + " (Ofsted's tables have it on row 3); is this an Ofsted 'Local authority inspection "
          + "outcomes' table?");
    }
    SheetRow header = rows.get(headerAt);
    Map<String, Integer> index = new LinkedHashMap<>();
    Map<Integer, String> subJudgements = new LinkedHashMap<>();
    for (int c = 0; c < header.cells().size(); c++) {
      String h = SPACES.matcher(header.cell(c).strip()).replaceAll(" ");
      if (h.isEmpty()) {
        continue;
      }
      String bad = Printable.problem(h, maxNameLength);
      if (bad != null) {
        throw cellError(header, c, Printable.of(h, 40), "expected a column name, found " + bad);
      }
      String key = norm(h);
      if (index.containsKey(key)) {
        throw cellError(header, c, h, "the column '" + h + "' appears twice in the header");
      }
      index.put(key, c);
      if (!isKnown(key)) {
        subJudgements.put(c, h);
      }
    }
    for (String r : REQUIRED) {
      if (!index.containsKey(norm(r))) {
        throw rowError(header, "missing column '" + r + "'; the header has: "
            + String.join(", ", nonBlank(header)));
      }
    }
    int code = index.get(norm(CODE));
    int name = index.get(norm(NAME));
    int inspected = index.get(norm(INSPECTED));
    int published = index.get(norm(PUBLISHED));
    int overall = index.get(norm(OVERALL));
    Integer type = index.get(norm(TYPE));
    Integer framework = index.get(norm(FRAMEWORK));
    Integer end = index.get(norm(END));
    List<Located> out = new ArrayList<>();
    for (int i = headerAt + 1; i < rows.size(); i++) {
      SheetRow row = rows.get(i);
      if (row.isBlank()) {
        continue;
      }
      String c = row.cell(code).strip().toUpperCase(Locale.ROOT);
      if (!ONS_CODE.matcher(c).matches()) {
        throw cellError(row, code, CODE, "expected an ONS code such as E10000028, found '"
            + Printable.of(row.cell(code), 60) + "'");
      }
      String n = row.cell(name).strip();
      if (n.isEmpty()) {
        throw cellError(row, name, NAME, "expected the authority's name, found a blank cell");
      }
      String badName = Printable.problem(n, maxNameLength);
      if (badName != null) {
        throw cellError(row, name, NAME, "expected the authority's name, found " + badName);
      }
      LocalDate from = date(row, inspected, INSPECTED);
      LocalDate pub = date(row, published, PUBLISHED);
      if (pub.isBefore(from)) {
        throw cellError(row, published, PUBLISHED, "the publication date " + pub
            + " is before the inspection date " + from);
      }
      Optional<LocalDate> to = Optional.empty();
      if (end != null && !row.cell(end).isBlank()) {
        to = Optional.of(date(row, end, END));
        if (to.get().isBefore(from)) {
          throw cellError(row, end, END, "the inspection end date " + to.get()
              + " is before the inspection date " + from);
        }
      }
      Grade grade = grade(row, overall, OVERALL, false);
      ImmutableMap.Builder<String, Grade> subs = ImmutableMap.builder();
      for (Map.Entry<Integer, String> s : subJudgements.entrySet()) {
        if (!row.cell(s.getKey()).isBlank()) {
          subs.put(s.getValue(), grade(row, s.getKey(), s.getValue(), true));
        }
      }
      Optional<String> t = type == null || row.cell(type).isBlank() ? Optional.empty()
          : Optional.of(row.cell(type).strip());
      String fw = framework != null && !row.cell(framework).isBlank()
          ? row.cell(framework).strip() : framework(t, from);
      // Free text that is shown to users: the same rules as names.
      if (t.isPresent()) {
        checkText(row, type, TYPE, t.get());
      }
      if (framework != null && !row.cell(framework).isBlank()) {
        checkText(row, framework, FRAMEWORK, fw);
      }
      Judgement j;
      try {
        j = new Judgement(c, n, grade, subs.buildOrThrow(), from, to, pub, fw, t);
      } catch (IllegalArgumentException e) {
        throw rowError(row, e.getMessage());
      }
      out.add(new Located(j, where(row)));
    }
    return out;
  }

  private void checkText(SheetRow row, int column, String header, String text)
      throws LoadException {
    String bad = Printable.problem(text, maxNameLength);
    if (bad != null) {
      throw cellError(row, column, header, "expected text, found " + bad.replace("a name",
          "a text").replace("names may not", "text may not"));
    }
  }

  /** ILACS or SIF from the inspection type, else from the inspection date. */
  static String framework(Optional<String> type, LocalDate inspected) {
    if (type.isPresent()) {
      String t = type.get().toUpperCase(Locale.ROOT);
      if (t.startsWith("ILACS")) {
        return "ILACS";
      }
      if (t.startsWith("SIF")) {
        return "SIF";
      }
    }
    return inspected.isBefore(ILACS_START) ? "SIF" : "ILACS";
  }

  private static boolean isKnown(String key) {
    for (List<String> l : List.of(REQUIRED, OPTIONAL, IGNORED)) {
      for (String k : l) {
        if (norm(k).equals(key)) {
          return true;
        }
      }
    }
    return false;
  }

  private Grade grade(SheetRow row, int column, String header, boolean sub)
      throws LoadException {
    String text = row.cell(column);
    Optional<Grade> g = Grade.fromText(text);
    if (g.isEmpty()) {
      throw cellError(row, column, header, "expected a grade (" + Grade.expected() + ")"
          + (sub ? " or a blank cell" : "") + ", found '" + Printable.of(text, 60) + "'"
          + (sub ? "; columns other than " + String.join(", ", REQUIRED) + ", "
              + String.join(", ", OPTIONAL) + ", " + String.join(", ", IGNORED)
              + " are read as sub-judgements" : ""));
    }
    return g.get();
  }

  private LocalDate date(SheetRow row, int column, String header) throws LoadException {
    String text = row.cell(column).strip();
    try {
      if (ISO.matcher(text).matches()) {
        return LocalDate.parse(text);
      }
      if (UK.matcher(text).matches()) {
        return LocalDate.parse(text, UK_FORMAT);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw cellError(row, column, header, "expected a date such as 06/11/2023 or 2023-11-06, "
        + "found '" + Printable.of(row.cell(column), 60) + "'");
  }

  /**
   * Whether a row is the table's header: within the first {@value #HEADER_SEARCH} rows, with a
   * cell {@value #CODE}.
   *
   * @param row a row of the sheet or CSV file
   * @return true for the header row
   */
  public static boolean isHeader(SheetRow row) {
    if (row.number() > HEADER_SEARCH) {
      return false;
    }
    for (String c : row.cells()) {
      if (norm(c).equals(norm(CODE))) {
        return true;
      }
    }
    return false;
  }

  static String norm(String header) {
    return SPACES.matcher(header.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private static List<String> nonBlank(SheetRow row) {
    List<String> out = new ArrayList<>();
    for (String c : row.cells()) {
      if (!c.isBlank()) {
        out.add("'" + Printable.of(c.strip(), 60) + "'");
      }
    }
    return out;
  }

  private String where(SheetRow row) {
    return sheet == null ? "line " + row.number() : "sheet '" + sheet + "', row " + row.number();
  }

  private LoadException tableError(String detail) {
    return new LoadException(source, 0, 0, (sheet == null ? "" : "sheet '" + sheet + "': ")
        + detail);
  }

  private LoadException rowError(SheetRow row, String detail) {
    return sheet == null ? new LoadException(source, row.number(), 0, detail)
        : new LoadException(source, 0, 0, where(row) + ": " + detail);
  }

  private LoadException cellError(SheetRow row, int column, String header, String detail) {
    return sheet == null
        ? new LoadException(source, row.number(), column + 1, "column '" + header + "': "
            + detail)
        : new LoadException(source, 0, 0, where(row) + ", column " + SheetRow.letter(column)
            + " ('" + header + "'): " + detail);
  }
}
