package io.github.csww;

import java.util.List;
import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * One metric of a {@link Comparison}: a value for each of its columns, in the order of {@link
 * Comparison#columns()}.
 *
 * <pre>{@code
 * Comparison c = workforce.year(2017).compare("Staffordshire", "Shropshire");
 * for (ComparisonRow row : c.rows()) {
 *   System.out.println(row.metric().label() + ": " + row.values());
 * }
 * }</pre>
 *
 * @param metric the metric
 * @param values one value per column: a number, or a suppression ({@code x} where the column's
 *     area has no row that year)
 */
public record ComparisonRow(Metric metric, List<Value> values) {

  /**
   * Checks and copies the parts.
   *
   * @param metric the metric
   * @param values one value per column, in the order of {@link Comparison#columns()}
   */
  public ComparisonRow {
    checkNotNull(metric, "a comparison row needs a metric");
    checkNotNull(values, "a comparison row needs values");
    values = ImmutableList.copyOf(values);
  }

  /**
   * The value in a column.
   *
   * @param column the 0-based index into {@link Comparison#columns()}
   * @return the column's value: a number, or a suppression
   * @throws IllegalArgumentException if there is no such column
   */
  public Value value(int column) {
    checkArgument(column >= 0 && column < values.size(), "column %s is not 0 to %s", column,
        values.size() - 1);
    return values.get(column);
  }

  /** For example {@code CASELOAD [26.4, 25.1, 20.2, 17.7]}. */
  @Override
  public String toString() {
    return metric + " " + values;
  }
}
