package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one kind of value every query result is: a title, named and typed {@link Column}s, rows of
 * {@link Cell}s, the rows left out (each with its reason) and notes (ties at a cut, coverage,
 * the date judgements were looked up at). Immutable.
 *
 * <p>Any {@link Format} renders any table, so a ranking, a comparison and a cross-tab export the
 * same way, and numbers are displayed at the publisher's precision while the cells stay exact.
 *
 * <pre>{@code
 * Table t = workforce.rankBy(CASELOAD).top(10).table();
 * t.columns();                       // rank, time_period, geographic_level, old_la_code, ...
 * t.cell(0, "area_name");            // Cell.Text[Staffordshire]
 * t.leftOut();                       // rows with their reasons
 * System.out.print(t.format(Format.MARKDOWN));
 * }</pre>
 */
public final class Table implements Result {
  private final String title;
  private final List<Column> columns;
  private final List<Row> rows;
  private final List<Row> leftOut;
  private final List<String> notes;
  private final boolean leftOutColumn;

  private Table(String title, List<Column> columns, List<Row> rows, List<Row> leftOut,
      List<String> notes, boolean leftOutColumn) {
    this.title = title;
    this.columns = ImmutableList.copyOf(columns);
    this.rows = ImmutableList.copyOf(rows);
    this.leftOut = ImmutableList.copyOf(leftOut);
    this.notes = ImmutableList.copyOf(notes);
    this.leftOutColumn = leftOutColumn;
  }

  /**
   * Starts a table.
   *
   * @param title the title, for example {@code Average caseload, 2025, local authorities}
   * @param columns the columns, with distinct names
   * @return a builder
   * @throws IllegalArgumentException if there is no column or two share a name
   */
  public static Builder builder(String title, List<Column> columns) {
    return new Builder(title, columns);
  }

  /**
   * One row: its cells, in column order, and for a left-out row the reason it was left out.
   *
   * @param cells the cells
   * @param reason why the row was left out; empty for a row that was kept
   */
  public record Row(List<Cell> cells, Optional<String> reason) {
    /**
     * Checks and copies the parts.
     *
     * @param cells the cells
     * @param reason the reason, or empty
     */
    public Row {
      cells = ImmutableList.copyOf(checkNotNull(cells, "cells is null"));
      checkNotNull(reason, "reason is null: use Optional.empty()");
    }

    /**
     * The i-th cell.
     *
     * @param i the column index
     * @return the cell
     * @throws IndexOutOfBoundsException if there is no such column
     */
    public Cell cell(int i) {
      return cells.get(i);
    }
  }

  @Override
  public Table table() {
    return this;
  }

  /**
   * The title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The columns, in order.
   *
   * @return the columns
   */
  public List<Column> columns() {
    return columns;
  }

  /**
   * The rows kept, in order.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The rows left out, each with its reason: areas whose value is suppressed, or that did not
   * exist in the year.
   *
   * @return the left-out rows
   */
  public List<Row> leftOut() {
    return leftOut;
  }

  /**
   * Notes a reader needs: ties at a cut, coverage, the date judgements were looked up at.
   *
   * @return the notes
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * True when rows of this kind of result can be left out, so CSV writes a {@code
   * left_out_reason} column even when none was.
   *
   * @return whether the table has a left-out column
   */
  public boolean hasLeftOutColumn() {
    return leftOutColumn || !leftOut.isEmpty();
  }

  /**
   * The index of a column.
   *
   * @param name the column's machine name
   * @return its index
   * @throws IllegalArgumentException naming the columns when there is none of that name
   */
  public int indexOf(String name) {
    checkNotNull(name, "name is null");
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    List<String> names = new ArrayList<>();
    columns.forEach(c -> names.add(c.name()));
    throw new IllegalArgumentException("no column '" + name + "'; columns: " + names);
  }

  /**
   * A cell of a kept row.
   *
   * @param row the row index
   * @param column the column's machine name
   * @return the cell
   * @throws IllegalArgumentException if there is no such column
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public Cell cell(int row, String column) {
    return rows.get(row).cell(indexOf(column));
  }

  /**
   * Every kept row's cell in a column.
   *
   * @param name the column's machine name
   * @return the cells, in row order
   * @throws IllegalArgumentException if there is no such column
   */
  public List<Cell> column(String name) {
    int i = indexOf(name);
    List<Cell> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(r.cell(i));
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * The same table with another note added at the end.
   *
   * @param note the note
   * @return the new table
   */
  public Table withNote(String note) {
    checkNotNull(note, "note is null");
    List<String> more = new ArrayList<>(notes);
    more.add(note);
    return new Table(title, columns, rows, leftOut, more, leftOutColumn);
  }

  /** Equal when the title, columns, rows, left-out rows and notes are equal. */
  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof Table t && title.equals(t.title)
        && columns.equals(t.columns) && rows.equals(t.rows) && leftOut.equals(t.leftOut)
        && notes.equals(t.notes) && leftOutColumn == t.leftOutColumn);
  }

  @Override
  public int hashCode() {
    return ((title.hashCode() * 31 + columns.hashCode()) * 31 + rows.hashCode()) * 31
        + leftOut.hashCode();
  }

  /** The table as {@link Format#TEXT} renders it. */
  @Override
  public String toString() {
    return Format.TEXT.render(this);
  }

  /** Builds a {@link Table}. Not thread-safe. */
  public static final class Builder {
    private final String title;
    private final List<Column> columns;
    private final List<Row> rows = new ArrayList<>();
    private final List<Row> leftOut = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean leftOutColumn;

    private Builder(String title, List<Column> columns) {
      checkNotNull(title, "title is null");
      checkNotNull(columns, "columns is null");
      checkArgument(!columns.isEmpty(), "a table needs a column");
      List<String> seen = new ArrayList<>();
      for (Column c : columns) {
        checkNotNull(c, "columns must not contain null");
        checkArgument(!seen.contains(c.name()), "two columns are named '%s'", c.name());
        seen.add(c.name());
      }
      this.title = title;
      this.columns = ImmutableList.copyOf(columns);
    }

    /**
     * Adds a kept row.
     *
     * @param cells one cell per column
     * @return this builder
     * @throws IllegalArgumentException if the count or a cell's type does not fit the columns
     */
    public Builder row(List<Cell> cells) {
      rows.add(new Row(check(cells), Optional.empty()));
      return this;
    }

    /**
     * Adds a kept row.
     *
     * @param cells one cell per column
     * @return this builder
     * @throws IllegalArgumentException if the count or a cell's type does not fit the columns
     */
    public Builder row(Cell... cells) {
      return row(List.of(cells));
    }

    /**
     * Adds a left-out row.
     *
     * @param reason why it was left out, for example {@code x: not available}
     * @param cells one cell per column
     * @return this builder
     * @throws IllegalArgumentException if the count or a cell's type does not fit the columns
     */
    public Builder leftOut(String reason, List<Cell> cells) {
      checkNotNull(reason, "reason is null");
      leftOut.add(new Row(check(cells), Optional.of(reason)));
      return this;
    }

    /**
     * Says that rows of this table can be left out, so CSV always has a {@code left_out_reason}
     * column.
     *
     * @return this builder
     */
    public Builder withLeftOutColumn() {
      leftOutColumn = true;
      return this;
    }

    /**
     * Adds a note.
     *
     * @param note the note
     * @return this builder
     */
    public Builder note(String note) {
      notes.add(checkNotNull(note, "note is null"));
      return this;
    }

    private List<Cell> check(List<Cell> cells) {
      checkNotNull(cells, "cells is null");
      checkArgument(cells.size() == columns.size(), "a row of '%s' needs %s cells, got %s", title,
          columns.size(), cells.size());
      for (int i = 0; i < cells.size(); i++) {
        Cell c = checkNotNull(cells.get(i), "cell %s is null: use Cell.blank()", i);
        checkArgument(columns.get(i).type().accepts(c), "column %s holds %s, got %s",
            columns.get(i).name(), columns.get(i).type(), c);
      }
      return cells;
    }

    /**
     * The table.
     *
     * @return the table
     */
    public Table build() {
      return new Table(title, columns, rows, leftOut, notes, leftOutColumn);
    }
  }
}
