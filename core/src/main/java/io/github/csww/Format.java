package io.github.csww;

import static io.github.csww.Checks.checkNotNull;

import java.util.Locale;

/**
 * How a {@link Result} is rendered: an aligned text table, CSV (plain, or safe to open in a
 * spreadsheet), JSON or Markdown. One renderer per format renders every result. Numbers are shown
 * at the publisher's precision (1 decimal place for rates and caseloads) unless {@link
 * #withFullPrecision()} asks for the exact values. Immutable.
 *
 * <pre>{@code
 * String csv = workforce.rankBy(CASELOAD).top(10).format(Format.CSV);
 * String exact = ranking.format(Format.JSON.withFullPrecision());
 * Format f = Format.parse("markdown");
 * }</pre>
 */
public final class Format {
  /** What a format renders to. */
  public enum Kind {
    /** An aligned plain-text table, with left-out rows and notes below it. */
    TEXT,
    /** RFC 4180 CSV with a header of column names; left-out rows carry a reason column. */
    CSV,
    /** A JSON object: title, columns, rows, left_out and notes. */
    JSON,
    /** A GitHub-flavoured Markdown table, with left-out rows and notes below it. */
    MARKDOWN
  }

  /** An aligned text table. */
  public static final Format TEXT = new Format(Kind.TEXT, false, false);
  /** Plain CSV: what it writes reads back as written. */
  public static final Format CSV = new Format(Kind.CSV, false, false);
  /**
   * CSV for spreadsheets: a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @},
   * a tab or a carriage return is written with a leading {@code '} so that a spreadsheet does not
   * run it as a formula.
   */
  public static final Format SPREADSHEET_CSV = new Format(Kind.CSV, true, false);
  /** JSON. */
  public static final Format JSON = new Format(Kind.JSON, false, false);
  /** A Markdown table. */
  public static final Format MARKDOWN = new Format(Kind.MARKDOWN, false, false);

  private final Kind kind;
  private final boolean spreadsheetSafe;
  private final boolean fullPrecision;

  private Format(Kind kind, boolean spreadsheetSafe, boolean fullPrecision) {
    this.kind = kind;
    this.spreadsheetSafe = spreadsheetSafe;
    this.fullPrecision = fullPrecision;
  }

  /**
   * The format with a name as typed, in any case: {@code text}, {@code csv}, {@code json},
   * {@code markdown} (or {@code md}).
   *
   * @param name the name
   * @return the format
   * @throws IllegalArgumentException naming the valid formats for any other name
   */
  public static Format parse(String name) {
    checkNotNull(name, "name is null");
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "text", "txt" -> TEXT;
      case "csv" -> CSV;
      case "json" -> JSON;
      case "markdown", "md" -> MARKDOWN;
      default -> throw new IllegalArgumentException("unknown format '" + name
          + "'; formats: text, csv, json, markdown");
    };
  }

  /**
   * What the format renders to.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * True when CSV text cells are neutralised for spreadsheets.
   *
   * @return whether the format is spreadsheet-safe
   */
  public boolean isSpreadsheetSafe() {
    return spreadsheetSafe;
  }

  /**
   * True when numbers are written exactly rather than at the publisher's precision.
   *
   * @return whether the format writes full precision
   */
  public boolean isFullPrecision() {
    return fullPrecision;
  }

  /**
   * The same format writing every number exactly, for example {@code 15.037593984962406} rather
   * than {@code 15.0}.
   *
   * @return the format
   */
  public Format withFullPrecision() {
    return new Format(kind, spreadsheetSafe, true);
  }

  /**
   * The same format, neutralising CSV text cells for spreadsheets or not; other kinds ignore it.
   *
   * @param on whether to neutralise
   * @return the format
   */
  public Format withSpreadsheetSafe(boolean on) {
    return new Format(kind, on, fullPrecision);
  }

  /**
   * Renders a result.
   *
   * @param result the result
   * @return the text, ending with a line break
   */
  public String render(Result result) {
    checkNotNull(result, "result is null");
    Table t = result.table();
    return switch (kind) {
      case TEXT -> TableText.render(t, fullPrecision, false);
      case MARKDOWN -> TableText.render(t, fullPrecision, true);
      case CSV -> TableCsv.render(t, spreadsheetSafe, fullPrecision);
      case JSON -> TableJson.render(t, fullPrecision);
    };
  }

  /**
   * A text cell with a leading {@code '} when it starts with a character a spreadsheet reads as
   * a formula ({@code = + - @}, tab, carriage return); otherwise unchanged.
   *
   * @param cell the text
   * @return the neutralised text
   */
  public static String neutralise(String cell) {
    checkNotNull(cell, "cell is null");
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        ? "'" + cell : cell;
  }

  /** Equal when the kind and options are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Format f && kind == f.kind && spreadsheetSafe == f.spreadsheetSafe
        && fullPrecision == f.fullPrecision;
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 4 + (spreadsheetSafe ? 2 : 0) + (fullPrecision ? 1 : 0);
  }

  /** For example {@code csv (spreadsheet-safe)}. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + (spreadsheetSafe ? " (spreadsheet-safe)" : "")
        + (fullPrecision ? " (full precision)" : "");
  }
}
