package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

/**
 * A row a lenient load skipped, with where it was and why.
 *
 * <pre>{@code
 * for (SkippedRow s : workforce.report().skipped()) {
 *   System.err.println(s); // line 12, column 31: column 'cases': expected ... found '-4'
 * }
 * }</pre>
 *
 * @param line the 1-based line the row starts on
 * @param column the 1-based column of the bad cell, or 0 when the whole row is bad
 * @param reason what was wrong, as the strict load would have said it
 */
public record SkippedRow(long line, int column, String reason) {

  /**
   * Checks the parts.
   *
   * @param line the 1-based line the row starts on, at least 1
   * @param column the 1-based column of the bad cell, or 0 when the whole row is bad
   * @param reason what was wrong, not blank
   * @throws IllegalArgumentException if the line is below 1, the column is negative or the reason
   *     is blank
   */
  public SkippedRow {
    checkNotNull(reason, "reason is null");
    checkArgument(line >= 1, "lines start at 1, got %s", line);
    checkArgument(column >= 0, "columns start at 1 (0 for the whole row), got %s", column);
    checkArgument(!reason.isBlank(), "a skipped row needs a reason");
  }

  @Override
  public String toString() {
    return "line " + line + (column > 0 ? ", column " + column : "") + ": " + reason;
  }
}
