package io.github.csww.io.internal;

import com.google.common.collect.ImmutableList;

/**
 * One row of a table read from an ODS sheet or a CSV file: its 1-based number (the sheet row,
 * or the line a CSV record starts on) and its cells as text, trailing empty cells left out.
 *
 * @param number the 1-based row or line number
 * @param cells the cells' text
 */
public record SheetRow(int number, ImmutableList<String> cells) {

  /** Copies the cells. */
  public SheetRow {
    cells = ImmutableList.copyOf(cells);
  }

  /** The text of a 0-based column, or {@code ""} past the last cell. */
  public String cell(int column) {
    return column < cells.size() ? cells.get(column) : "";
  }

  /** True when every cell is blank. */
  public boolean isBlank() {
    for (String c : cells) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** A 0-based column as a spreadsheet letter: 0 is {@code A}, 26 is {@code AA}. */
  public static String letter(int column) {
    StringBuilder sb = new StringBuilder();
    int c = column + 1;
    while (c > 0) {
      int r = (c - 1) % 26;
      sb.insert(0, (char) ('A' + r));
      c = (c - 1) / 26;
    }
    return sb.toString();
  }
}
