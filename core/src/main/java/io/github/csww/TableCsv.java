package io.github.csww;

import java.util.List;

/** Renders a {@link Table} as RFC 4180 CSV: a header of column names, then a line a row. */
final class TableCsv {
  static final String REASON_COLUMN = "left_out_reason";

  private TableCsv() {}

  static String render(Table t, boolean safe, boolean exact) {
    StringBuilder out = new StringBuilder(64 * (t.rows().size() + t.leftOut().size() + 1));
    List<Column> columns = t.columns();
    for (int i = 0; i < columns.size(); i++) {
      out.append(i == 0 ? "" : ",").append(columns.get(i).name());
    }
    boolean reasons = t.hasLeftOutColumn();
    if (reasons) {
      out.append(',').append(REASON_COLUMN);
    }
    out.append('\n');
    for (Table.Row r : t.rows()) {
      row(out, columns, r, reasons, safe, exact);
    }
    for (Table.Row r : t.leftOut()) {
      row(out, columns, r, reasons, safe, exact);
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<Column> columns, Table.Row r, boolean reasons,
      boolean safe, boolean exact) {
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      Cell c = r.cell(i);
      String text = exact ? c.text() : c.display(columns.get(i));
      if (c instanceof Cell.Text) {
        text(out, text, safe);
      } else {
        out.append(text);
      }
    }
    if (reasons) {
      out.append(',');
      text(out, r.reason().orElse(""), safe);
    }
    out.append('\n');
  }

  /** Appends a text cell, neutralised if asked, quoted where it must be. */
  static void text(StringBuilder out, String cell, boolean safe) {
    String s = safe ? Format.neutralise(cell) : cell;
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.append(s);
      return;
    }
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c);
      if (c == '"') {
        out.append('"');
      }
    }
    out.append('"');
  }
}
