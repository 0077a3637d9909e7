package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import java.util.regex.Pattern;

/**
 * A named, typed column of a {@link Table}.
 *
 * <p>The {@link #name()} is a stable machine name ({@code caseload_fte}, {@code rank}) used as the
 * CSV header and JSON key; the {@link #label()} is for people. A {@link Type#NUMBER} column says
 * how many decimals it is displayed with: the publisher's precision, 1 decimal place for rates
 * and caseloads, so no {@code 15.037593984962406} reaches a reader unless full precision is asked
 * for ({@link Format#withFullPrecision()}).
 *
 * <pre>{@code
 * Column c = Column.of(Metric.CASELOAD);   // caseload_fte, "Average caseload", 1 decimal
 * c.unit();                                // "cases per FTE"
 * }</pre>
 *
 * @param name the machine name: lower case letters, digits and underscores
 * @param label the heading for people
 * @param type what the column's cells hold
 * @param decimals for a number column, the decimals it is displayed with; -1 for as exact
 * @param unit the unit written after a heading, or "" for none
 * @param detail true for a column that CSV and JSON write but text and Markdown leave out to
 *     stay narrow, such as the geographic level and the ONS code
 */
public record Column(String name, String label, Type type, int decimals, String unit,
    boolean detail) {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  /** What a column's cells hold. */
  public enum Type {
    /** {@link Cell.Text}. */
    TEXT,
    /** {@link Cell.Int}. */
    INTEGER,
    /** {@link Cell.Num}: a number or a suppression. */
    NUMBER,
    /** {@link Cell.Date}. */
    DATE,
    /** {@link Cell.Bool}. */
    BOOLEAN;

    /**
     * True when the cell may stand in a column of this type: its own kind, or blank.
     *
     * @param cell the cell
     * @return whether it fits
     */
    public boolean accepts(Cell cell) {
      checkNotNull(cell, "cell is null");
      if (cell instanceof Cell.Blank) {
        return true;
      }
      return switch (this) {
        case TEXT -> cell instanceof Cell.Text;
        case INTEGER -> cell instanceof Cell.Int;
        case NUMBER -> cell instanceof Cell.Num || cell instanceof Cell.Int;
        case DATE -> cell instanceof Cell.Date;
        case BOOLEAN -> cell instanceof Cell.Bool;
      };
    }
  }

  /**
   * Checks the parts.
   *
   * @param name the machine name
   * @param label the heading
   * @param type the type
   * @param decimals the display decimals, -1 or more
   * @param unit the unit, or ""
   * @param detail whether text and Markdown leave the column out
   * @throws IllegalArgumentException if the name is not lower-case snake case, the label is
   *     blank, or decimals is below -1
   */
  public Column {
    checkNotNull(name, "name is null");
    checkNotNull(label, "label is null");
    checkNotNull(type, "type is null");
    checkNotNull(unit, "unit is null");
    checkArgument(NAME.matcher(name).matches(),
        "a column name is lower-case letters, digits and underscores, got '%s'", name);
    checkArgument(!label.isBlank(), "column %s needs a label", name);
    checkArgument(decimals >= -1, "decimals is -1 (exact) or more, got %s", decimals);
  }

  /**
   * A text column.
   *
   * @param name the machine name
   * @param label the heading
   * @return the column
   */
  public static Column text(String name, String label) {
    return new Column(name, label, Type.TEXT, -1, "", false);
  }

  /**
   * A whole-number column.
   *
   * @param name the machine name
   * @param label the heading
   * @return the column
   */
  public static Column integer(String name, String label) {
    return new Column(name, label, Type.INTEGER, 0, "", false);
  }

  /**
   * A number column.
   *
   * @param name the machine name
   * @param label the heading
   * @param decimals the decimals it is displayed with, or -1 for exact
   * @param unit the unit, or ""
   * @return the column
   */
  public static Column number(String name, String label, int decimals, String unit) {
    return new Column(name, label, Type.NUMBER, decimals, unit, false);
  }

  /**
   * A date column.
   *
   * @param name the machine name
   * @param label the heading
   * @return the column
   */
  public static Column date(String name, String label) {
    return new Column(name, label, Type.DATE, -1, "", false);
  }

  /**
   * A yes/no column.
   *
   * @param name the machine name
   * @param label the heading
   * @return the column
   */
  public static Column bool(String name, String label) {
    return new Column(name, label, Type.BOOLEAN, -1, "", false);
  }

  /**
   * The column of a metric: named as in the 2025 EES layout ({@code caseload_fte}), labelled
   * with the metric's label, displayed at the publisher's precision.
   *
   * @param metric the metric
   * @return the column
   */
  public static Column of(Metric metric) {
    checkNotNull(metric, "metric is null");
    return number(metric.columnName(), metric.label(), metric.unit().decimals(),
        metric.unit().symbol());
  }

  /**
   * The same column under another machine name and label, for example {@code change} for a
   * change in a metric.
   *
   * @param newName the machine name
   * @param newLabel the heading
   * @return the column
   */
  public Column renamed(String newName, String newLabel) {
    return new Column(newName, newLabel, type, decimals, unit, detail);
  }

  /**
   * The same column marked as a detail: CSV and JSON write it, text and Markdown leave it out.
   *
   * @return the column
   */
  public Column asDetail() {
    return new Column(name, label, type, decimals, unit, true);
  }

  /**
   * The heading with its unit, for example {@code Average caseload (cases per FTE)}; the label
   * alone when the unit is empty or already in the label.
   *
   * @return the heading
   */
  public String heading() {
    return unit.isEmpty() || label.contains("(" + unit + ")") ? label
        : label + " (" + unit + ")";
  }
}
