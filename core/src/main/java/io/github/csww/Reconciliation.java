package io.github.csww;

import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every published England and regional cell of every rate metric and year beside its
 * recomputation from the local-authority rows, with the difference and, where the two do not
 * agree at 1 dp, why: rounding of the LA figures, authorities suppressed at LA level but counted
 * by the publisher, {@code u} rows, or the absence rate's day count.
 *
 * <p>Its table has the columns {@code
 * time_period,geographic_level,old_la_code,area_code,area_name,region_name,metric,published,
 * recomputed,difference,reproduced,explanation}, one row per cell; a cell nothing could be
 * recomputed for reads {@code x} in both {@code recomputed} and {@code difference}.
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
   * The cell whose recomputed figure is furthest from the published one, among the cells that
   * were recomputed.
   *
   * @return the cell
   * @throws IllegalStateException if no cell was recomputed
   */
  public ReconciledCell largestDifference() {
    return cells.stream().filter(c -> c.difference().isPresent())
        .max(Comparator.comparingDouble(c -> Math.abs(c.difference().doubleValue())))
        .orElseThrow(() -> new IllegalStateException("no cell was recomputed"));
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
   * The cells as a table: {@code time_period}, the area columns every result uses ({@code
   * geographic_level,old_la_code,area_code,area_name,region_name}), then {@code
   * metric,published,recomputed,difference,reproduced,explanation}. A cell nothing could be
   * recomputed for has {@code x} in {@code recomputed} and {@code difference}, and its
   * explanation says why.
   *
   * @return the table
   */
  @Override
  public Table table() {
    List<Column> columns = new ArrayList<>();
    columns.add(AreaCells.YEAR);
    for (Column c : AreaCells.AREA) {
      // England and regions have no LA number: CSV and JSON keep the column, text leaves it out
      columns.add(c.name().equals("old_la_code") ? c.asDetail() : c);
    }
    columns.addAll(List.of(Column.text("metric", "Metric"),
        Column.number("published", "Published", 1, ""),
        Column.number("recomputed", "Recomputed", 1, ""),
        Column.number("difference", "Difference", 1, ""),
        Column.bool("reproduced", "Reproduced"), Column.text("explanation", "Explanation")));
    Table.Builder t = Table.builder("Published rates beside their recomputation (coverage "
        + coverage + ")", columns);
    for (ReconciledCell c : cells) {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.of(c.year()));
      row.addAll(AreaCells.area(c.area()));
      Value d = c.difference();
      row.addAll(List.of(Cell.text(c.metric().columnName()), Cell.of(Value.of(c.published())),
          Cell.of(c.recomputed()), Cell.of(d.isPresent() ? Value.of(round(d.doubleValue(), 6))
              : d), Cell.of(c.reproduced()), Cell.text(c.explanation())));
      t.row(row);
    }
    t.note(reproduced() + " of " + cells.size() + " published cells reproduced at 1 dp; "
        + unexplained() + " unexplained.");
    long none = cells.stream().filter(c -> !c.recomputed().isPresent()).count();
    if (none > 0) {
      t.note(none + (none == 1 ? " cell" : " cells") + " could not be recomputed: recomputed "
          + "and difference read x (not available), and the explanation says which total no "
          + "authority publishes.");
    }
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
