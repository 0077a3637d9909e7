package io.github.csww;

import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Every published England and regional cell of every rate metric and year beside its
 * recomputation from the local-authority rows, with the difference and, where the two do not
 * agree at 1 dp, why: rounding of the LA figures, authorities suppressed at LA level but counted
 * by the publisher, {@code u} rows, or the absence rate's day count.
 *
 * <p>Its table has the columns {@code
 * year,area_code,area,metric,published,recomputed,difference,reproduced,explanation}, one row per
 * cell.
 *
 * <pre>{@code
 * Reconciliation r = workforce.reconcile();
 * r.reproduced() + " of " + r.cells().size();   // "908 of 971" on the 2025 release
 * System.out.print(r.format(Format.CSV));
 * }</pre>
 */
public final class Reconciliation implements Result {
  private final Coverage coverage;
  private final List<ReconciledCell> cells;
  private final List<String> flags;

  Reconciliation(Coverage coverage, List<ReconciledCell> cells, List<String> flags) {
    this.coverage = checkNotNull(coverage, "coverage is null");
    this.cells = ImmutableList.copyOf(cells);
    this.flags = ImmutableList.copyOf(flags);
  }

  /**
   * The coverage rule the cells were recomputed with.
   *
   * @return the rule
   */
  public Coverage coverage() {
    return coverage;
  }

  /**
   * The cells, by year, area (England first) and metric.
   *
   * @return the cells
   */
  public List<ReconciledCell> cells() {
    return cells;
  }

  /**
   * How many cells are reproduced at 1 dp.
   *
   * @return the count
   */
  public int reproduced() {
    return (int) cells.stream().filter(ReconciledCell::reproduced).count();
  }

  /**
   * How many cells are neither reproduced nor explained.
   *
   * @return the count
   */
  public int unexplained() {
    return (int) cells.stream().filter(ReconciledCell::unexplained).count();
  }

  /**
   * The cell whose recomputed figure is furthest from the published one.
   *
   * @return the cell
   * @throws IllegalStateException if there are no cells
   */
  public ReconciledCell largestDifference() {
    return cells.stream().max((a, b) -> Double.compare(Math.abs(a.difference()),
        Math.abs(b.difference()))).orElseThrow(() -> new IllegalStateException("no cells"));
  }

  /**
   * Recomputed shares above 100% where the published cell is not a number (for example {@code
   * u}): never reported silently.
   *
   * @return the flags
   */
  public List<String> flags() {
    return flags;
  }

  /**
   * The cells as a table: {@code
   * year,area_code,area,metric,published,recomputed,difference,reproduced,explanation}.
   *
   * @return the table
   */
  @Override
  public Table table() {
    Table.Builder t = Table.builder("Published rates beside their recomputation (coverage "
        + coverage + ")", List.of(Column.integer("year", "Year"),
            Column.text("area_code", "Code").asDetail(), Column.text("area", "Area"),
            Column.text("metric", "Metric"), Column.number("published", "Published", 1, ""),
            Column.number("recomputed", "Recomputed", 1, ""),
            Column.number("difference", "Difference", 1, ""),
            Column.bool("reproduced", "Reproduced"), Column.text("explanation", "Explanation")));
    for (ReconciledCell c : cells) {
      t.row(Cell.of(c.year()), Cell.text(c.area().code()), Cell.text(c.area().label()),
          Cell.text(c.metric().columnName()), Cell.of(Value.of(c.published())),
          Cell.of(c.recomputed()), Cell.of(Value.of(round(c.difference(), 6))),
          Cell.of(c.reproduced()), Cell.text(c.explanation()));
    }
    t.note(reproduced() + " of " + cells.size() + " published cells reproduced at 1 dp; "
        + unexplained() + " unexplained.");
    flags.forEach(t::note);
    return t.build();
  }

  private static double round(double d, int places) {
    return BigDecimal.valueOf(d).setScale(places, RoundingMode.HALF_UP).doubleValue();
  }

  /** For example {@code Reconciliation[PUBLISHER, 908 of 971 reproduced, 0 unexplained]}. */
  @Override
  public String toString() {
    return "Reconciliation[" + coverage + ", " + reproduced() + " of " + cells.size()
        + " reproduced, " + unexplained() + " unexplained]";
  }
}
