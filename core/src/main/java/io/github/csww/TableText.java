package io.github.csww;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Table} for people: an aligned text table or a Markdown table, with the
 * left-out rows and their reasons, then the notes. Control characters in text are shown as
 * {@code ?}; a text cell longer than {@value #MAX_WIDTH} characters, a heading longer than
 * {@value #MAX_HEADING} and a title, note or reason longer than {@value #MAX_NOTE} are cut with an
 * ellipsis, so no file can drive a terminal or flood it.
 */
final class TableText {
  static final int MAX_WIDTH = 80;
  static final int MAX_HEADING = 200;
  static final int MAX_NOTE = 2000;

  private TableText() {}

  static String render(Table t, boolean exact, boolean markdown) {
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < t.columns().size(); i++) {
      if (!t.columns().get(i).detail()) {
        shown.add(i);
      }
    }
    List<Column> columns = new ArrayList<>();
    shown.forEach(i -> columns.add(t.columns().get(i)));
    int n = columns.size();
    List<String> header = new ArrayList<>(n);
    for (Column c : columns) {
      header.add(clean(c.heading(), MAX_HEADING));
    }
    List<List<String>> kept = cells(t.rows(), t.columns(), shown, exact);
    List<List<String>> out = cells(t.leftOut(), t.columns(), shown, exact);
    StringBuilder sb = new StringBuilder();
    if (markdown) {
      sb.append("**").append(escape(clean(t.title(), MAX_NOTE))).append("**\n\n");
      markdownRow(sb, header);
      sb.append('|');
      for (Column c : columns) {
        sb.append(numeric(c) ? " ---: |" : " --- |");
      }
      sb.append('\n');
      kept.forEach(r -> markdownRow(sb, r));
    } else {
      int[] width = new int[n];
      for (int i = 0; i < n; i++) {
        width[i] = header.get(i).length();
        for (List<String> r : kept) {
          width[i] = Math.max(width[i], r.get(i).length());
        }
        for (List<String> r : out) {
          width[i] = Math.max(width[i], r.get(i).length());
        }
      }
      sb.append(clean(t.title(), MAX_NOTE)).append('\n');
      aligned(sb, header, width, columns);
      kept.forEach(r -> aligned(sb, r, width, columns));
      if (kept.isEmpty()) {
        sb.append("(no rows)\n");
      }
    }
    if (!out.isEmpty()) {
      sb.append(markdown ? "\n" : "").append("Left out (").append(out.size()).append("):\n");
      for (int r = 0; r < out.size(); r++) {
        List<String> cells = out.get(r);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
          if (!cells.get(i).isEmpty()) {
            line.append(line.length() == 0 ? "" : ", ").append(cells.get(i));
          }
        }
        String reason = clean(t.leftOut().get(r).reason().orElse(""), MAX_NOTE);
        sb.append(markdown ? "- " : "  ").append(markdown ? escape(line.toString()) : line)
            .append(": ").append(reason).append('\n');
      }
    }
    if (!t.notes().isEmpty()) {
      sb.append(markdown ? "\n" : "");
      for (String note : t.notes()) {
        sb.append(markdown ? "- " : "Note: ").append(clean(note, MAX_NOTE)).append('\n');
      }
    }
    return sb.toString();
  }

  private static boolean numeric(Column c) {
    return c.type() == Column.Type.INTEGER || c.type() == Column.Type.NUMBER;
  }

  private static List<List<String>> cells(List<Table.Row> rows, List<Column> columns,
      List<Integer> shown, boolean exact) {
    List<List<String>> out = new ArrayList<>(rows.size());
    for (Table.Row r : rows) {
      List<String> cells = new ArrayList<>(shown.size());
      for (int i : shown) {
        Cell c = r.cell(i);
        cells.add(clean(exact ? c.text() : c.display(columns.get(i))));
      }
      out.add(cells);
    }
    return out;
  }

  private static void aligned(StringBuilder sb, List<String> cells, int[] width,
      List<Column> columns) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - c.length());
      line.append(i == 0 ? "" : "  ").append(numeric(columns.get(i)) ? pad + c : c + pad);
    }
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    sb.append(line, 0, end).append('\n');
  }

  private static void markdownRow(StringBuilder sb, List<String> cells) {
    sb.append('|');
    for (String c : cells) {
      sb.append(' ').append(escape(c)).append(" |");
    }
    sb.append('\n');
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
  }

  /** Control characters as {@code ?}; text past {@link #MAX_WIDTH} characters cut. */
  static String clean(String s) {
    return clean(s, MAX_WIDTH);
  }

  static String clean(String s, int max) {
    StringBuilder out = null;
    int limit = Math.min(s.length(), max);
    for (int i = 0; i < limit; i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        if (out == null) {
          out = new StringBuilder(s.substring(0, i));
        }
        out.append('?');
      } else if (out != null) {
        out.append(c);
      }
    }
    String head = out == null ? s.substring(0, limit) : out.toString();
    return s.length() > max ? head.substring(0, max - 1) + "…" : head;
  }
}
