package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

/**
 * One published England or regional rate cell beside its recomputation from the local-authority
 * rows: a row of {@link Reconciliation}.
 *
 * <pre>{@code
 * for (ReconciledCell c : workforce.reconcile().cells()) {
 *   if (!c.reproduced()) {
 *     System.out.println(c.area().name() + " " + c.year() + " " + c.metric() + ": "
 *         + c.explanation());
 *   }
 * }
 * }</pre>
 *
 * @param year the reporting year
 * @param area England or a region
 * @param metric the rate
 * @param published the published figure
 * @param recomputed the recomputed figure, or a suppression when nothing could be recomputed
 * @param reproduced true when the recomputed figure rounds to the published one at 1 dp
 * @param explanation why the two differ; empty when they agree
 */
public record ReconciledCell(int year, Area area, Metric metric, double published,
    Value recomputed, boolean reproduced, String explanation) {

  /**
   * Checks the parts.
   *
   * @param year the year
   * @param area the area
   * @param metric the metric
   * @param published the published figure
   * @param recomputed the recomputed figure
   * @param reproduced whether it reproduces the published one
   * @param explanation the explanation
   * @throws IllegalArgumentException if a cell that is not reproduced has no explanation
   */
  public ReconciledCell {
    checkNotNull(area, "area is null");
    checkNotNull(metric, "metric is null");
    checkNotNull(recomputed, "recomputed is null");
    checkNotNull(explanation, "explanation is null");
    checkArgument(reproduced || !explanation.isBlank(),
        "a cell that is not reproduced needs an explanation: %s %s %s", area, year, metric);
  }

  /**
   * The recomputed figure minus the published one, or {@code x} (not available) when nothing
   * was recomputed: never a silent 0.
   *
   * @return the difference, a number or {@link Suppression#NOT_AVAILABLE}
   */
  public Value difference() {
    return recomputed.isPresent() ? Value.of(recomputed.doubleValue() - published)
        : Value.suppressed(Suppression.NOT_AVAILABLE);
  }

  /**
   * True when the cell is not reproduced and no cause was found.
   *
   * @return whether the difference is unexplained
   */
  public boolean unexplained() {
    return explanation.startsWith(Reconciler.UNEXPLAINED);
  }
}
