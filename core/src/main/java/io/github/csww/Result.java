package io.github.csww;

import static io.github.csww.Checks.checkNotNull;

import java.io.IOException;

/**
 * Anything a query answers: a ranking, a comparison, a trend, a neighbour comparison, quartile
 * bands, a cross-tab, an aggregate. Every result is also one kind of value, a {@link Table} of
 * named, typed columns with its left-out rows and notes, and every {@link Format} renders any
 * result the same way.
 *
 * <pre>{@code
 * String csv = workforce.rankBy(CASELOAD).top(10).format(Format.CSV);
 * System.out.print(workforce.year(2017).compare("Staffordshire", "Shropshire")
 *     .format(Format.TEXT));
 * Table t = workforce.rankBy(CASELOAD).table();   // columns, rows, left out, notes
 * }</pre>
 */
public interface Result {

  /**
   * The result as a table: its columns, rows, left-out rows and notes.
   *
   * @return the table
   */
  Table table();

  /**
   * The result rendered in a format.
   *
   * @param format the format, for example {@link Format#CSV}
   * @return the rendered text
   */
  default String format(Format format) {
    checkNotNull(format, "format is null");
    return format.render(table());
  }

  /**
   * Writes the result in a format. The appendable is not closed.
   *
   * @param format the format
   * @param out where to write
   * @throws IOException if writing fails
   */
  default void write(Format format, Appendable out) throws IOException {
    checkNotNull(format, "format is null");
    checkNotNull(out, "out is null");
    out.append(format.render(table()));
  }
}
