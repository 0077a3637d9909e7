package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One typed cell of a {@link Table}: text, a whole number, a {@link Value} (a number or a
 * suppression), a date, a yes/no, or blank. Never {@code null}.
 *
 * <pre>{@code
 * Cell c = table.cell(0, "value");
 * if (c instanceof Cell.Num n && n.value().isPresent()) {
 *   double exact = n.value().doubleValue();   // the typed value stays exact
 * }
 * c.text();                                   // "26.4": as the table displays it
 * }</pre>
 */
public sealed interface Cell permits Cell.Text, Cell.Int, Cell.Num, Cell.Date, Cell.Bool,
    Cell.Blank {

  /**
   * The cell as plain text at full precision: a number with no exponent and no trailing zeros, a
   * suppression as its marker ({@code x}), a date as ISO ({@code 2025-03-31}), blank as "".
   *
   * @return the text, never {@code null}
   */
  String text();

  /**
   * The cell as a table displays it: a {@link Num} rounded to its own decimals where it has them,
   * else to the column's, as the publisher rounds (half up); every other cell as {@link #text()}.
   *
   * @param column the column the cell is in
   * @return the text, never {@code null}
   */
  default String display(Column column) {
    return text();
  }

  /**
   * A text cell.
   *
   * @param text the text, which may be empty
   * @return the cell
   */
  static Cell text(String text) {
    return new Text(text);
  }

  /**
   * A whole-number cell.
   *
   * @param number the number
   * @return the cell
   */
  static Cell of(long number) {
    return new Int(number);
  }

  /**
   * A value cell: a number, or a suppression shown as its marker.
   *
   * @param value the value
   * @return the cell
   */
  static Cell of(Value value) {
    return new Num(value);
  }

  /**
   * A value cell displayed with its own decimals rather than its column's: for a column whose
   * rows are of different metrics, such as an area's column in a {@link Comparison}, each figure
   * at its metric's published precision ({@code 12.0} %, {@code 93.0} FTE, {@code 1234} cases).
   *
   * @param value the value
   * @param decimals the decimals it is displayed with, 0 or more
   * @return the cell
   * @throws IllegalArgumentException if decimals is negative
   */
  static Cell of(Value value, int decimals) {
    checkArgument(decimals >= 0, "decimals is 0 or more, got %s", decimals);
    return new Num(value, decimals);
  }

  /**
   * A number cell.
   *
   * @param number a finite number
   * @return the cell
   * @throws IllegalArgumentException if the number is NaN or infinite
   */
  static Cell of(double number) {
    return new Num(Value.of(number));
  }

  /**
   * A date cell.
   *
   * @param date the date
   * @return the cell
   */
  static Cell of(LocalDate date) {
    return new Date(date);
  }

  /**
   * A yes/no cell.
   *
   * @param flag the flag
   * @return the cell
   */
  static Cell of(boolean flag) {
    return new Bool(flag);
  }

  /**
   * The blank cell: nothing to show, for example no judgement in force.
   *
   * @return the blank cell
   */
  static Cell blank() {
    return Blank.INSTANCE;
  }

  /**
   * Text.
   *
   * @param text the text
   */
  record Text(String text) implements Cell {
    /**
     * Checks the text.
     *
     * @param text the text
     */
    public Text {
      checkNotNull(text, "text is null");
    }
  }

  /**
   * A whole number: a rank, a year, a count.
   *
   * @param number the number
   */
  record Int(long number) implements Cell {
    @Override
    public String text() {
      return Long.toString(number);
    }
  }

  /**
   * A number or a suppression, kept exact; displayed rounded to its own decimals, or to its
   * column's when it has none of its own.
   *
   * @param value the value
   * @param decimals the decimals the cell is displayed with, or -1 for its column's
   */
  record Num(Value value, int decimals) implements Cell {
    /**
     * Checks the parts.
     *
     * @param value the value
     * @param decimals the display decimals, or -1 for the column's
     * @throws IllegalArgumentException if decimals is below -1
     */
    public Num {
      checkNotNull(value, "value is null");
      checkArgument(decimals >= -1, "decimals is -1 (the column's) or more, got %s",
          decimals);
    }

    /**
     * A cell displayed with its column's decimals.
     *
     * @param value the value
     */
    public Num(Value value) {
      this(value, -1);
    }

    @Override
    public String text() {
      return value.toString();
    }

    @Override
    public String display(Column column) {
      checkNotNull(column, "column is null");
      int places = decimals >= 0 ? decimals : column.decimals();
      if (!value.isPresent() || places < 0) {
        return text();
      }
      BigDecimal rounded = BigDecimal.valueOf(value.doubleValue())
          .setScale(places, RoundingMode.HALF_UP);
      return rounded.signum() == 0 ? rounded.abs().toPlainString() : rounded.toPlainString();
    }
  }

  /**
   * A date.
   *
   * @param date the date
   */
  record Date(LocalDate date) implements Cell {
    /**
     * Checks the date.
     *
     * @param date the date
     */
    public Date {
      checkNotNull(date, "date is null");
    }

    @Override
    public String text() {
      return date.toString();
    }
  }

  /**
   * A yes/no.
   *
   * @param flag the flag
   */
  record Bool(boolean flag) implements Cell {
    @Override
    public String text() {
      return Boolean.toString(flag);
    }
  }

  /** Nothing: written as an empty CSV cell and a JSON {@code null}. */
  record Blank() implements Cell {
    static final Blank INSTANCE = new Blank();

    @Override
    public String text() {
      return "";
    }
  }
}
