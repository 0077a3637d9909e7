package io.github.csww;

import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Table} as one JSON object: {@code title}, {@code columns} (name, label, type,
 * unit), {@code rows} and {@code left_out} (an object per row keyed by column name; a left-out
 * row also has {@code left_out_reason}) and {@code notes}. A number is a JSON number, a
 * suppression its marker as a string ({@code "x"}), a blank cell {@code null}.
 */
final class TableJson {
  private TableJson() {}

  static String render(Table t, boolean exact) {
    StringBuilder out = new StringBuilder(128 * (t.rows().size() + t.leftOut().size() + 4));
    out.append("{\n  \"title\": ");
    string(out, t.title());
    out.append(",\n  \"columns\": [");
    List<Column> columns = t.columns();
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      out.append(i == 0 ? "\n    " : ",\n    ").append("{\"name\": ");
      string(out, c.name());
      out.append(", \"label\": ");
      string(out, c.label());
      out.append(", \"type\": ");
      string(out, c.type().name().toLowerCase(Locale.ROOT));
      out.append(", \"unit\": ");
      string(out, c.unit());
      out.append('}');
    }
    out.append(columns.isEmpty() ? "]" : "\n  ]");
    rows(out, "rows", columns, t.rows(), exact);
    rows(out, "left_out", columns, t.leftOut(), exact);
    out.append(",\n  \"notes\": [");
    for (int i = 0; i < t.notes().size(); i++) {
      out.append(i == 0 ? "" : ", ");
      string(out, t.notes().get(i));
    }
    return out.append("]\n}\n").toString();
  }

  private static void rows(StringBuilder out, String key, List<Column> columns,
      List<Table.Row> rows, boolean exact) {
    out.append(",\n  \"").append(key).append("\": [");
    for (int r = 0; r < rows.size(); r++) {
      Table.Row row = rows.get(r);
      out.append(r == 0 ? "\n    {" : ",\n    {");
      for (int i = 0; i < columns.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        string(out, columns.get(i).name());
        out.append(": ");
        cell(out, row.cell(i), columns.get(i), exact);
      }
      if (row.reason().isPresent()) {
        out.append(", \"").append(TableCsv.REASON_COLUMN).append("\": ");
        string(out, row.reason().get());
      }
      out.append('}');
    }
    out.append(rows.isEmpty() ? "]" : "\n  ]");
  }

  private static void cell(StringBuilder out, Cell c, Column column, boolean exact) {
    if (c instanceof Cell.Blank) {
      out.append("null");
    } else if (c instanceof Cell.Int || c instanceof Cell.Bool) {
      out.append(c.text());
    } else if (c instanceof Cell.Num n && n.value().isPresent()) {
      out.append(exact ? c.text() : c.display(column));
    } else {
      string(out, c.text());
    }
  }

  /** Appends a JSON string literal. */
  static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
