package io.github.csww;

import java.util.List;
import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A metric aggregated over the areas of a view: counts summed, ratios recomputed as Σ numerator /
 * Σ denominator, each total over the areas its {@link Coverage} rule picks (by default {@link
 * Coverage#PUBLISHER}'s: each total over the areas that publish its parts, as the publisher sums
 * them).
 *
 * <p>The published figure for the same set of areas (the England row when the view is every
 * local authority, the region's row when it is one region) is given beside the recomputed one and
 * never replaces it. The publisher counts some authorities that are suppressed at LA level, and
 * LA figures are rounded, so the two can differ by several percentage points in small regions
 * ({@link Workforce#reconcile()} explains each difference).
 *
 * <p>A view of regional rows that holds London's row as well as Inner and Outer London's counts
 * London once: the Inner and Outer London rows are then neither covered nor left out, because
 * London's own row already holds their figures.
 *
 * <p>Which authorities each total is summed over is a {@link Coverage} rule ({@link
 * Coverage#PUBLISHER} unless the caller names another); {@link #numeratorLeftOut()} and {@link
 * #denominatorLeftOut()} list who is left out of each total and why. A {@code low} counts as zero
 * and {@link #errorBound()} says how far that can move the value: at most half a unit of the
 * last published digit per {@code low}. A share that recomputes above 100% is named in {@link
 * #flags()}, never reported silently. The absence rate is recomputed as Σ days lost / (Σ FTE ×
 * {@value #ABSENCE_WORKING_DAYS} working days), the day count that reproduces most published
 * figures.
 *
 * <pre>{@code
 * Aggregate a = workforce.year(2017).aggregate(Metric.CASELOAD);
 * a.value();     // 17.7: 316,647 cases / 17,841.1 case-holder FTE
 * a.covered();   // 150: Brent's 2017 cases are x in the 2025 release
 * a.published(); // Optional[17.7], from the National row
 * }</pre>
 *
 * @param area the area aggregated over: England, or the region of a view of one region
 * @param metric the aggregated metric
 * @param year the reporting year
 * @param value the aggregate, or {@link Suppression#NOT_AVAILABLE} when no area had the parts
 * @param covered how many areas went into both totals
 * @param leftOut the areas left out of either total, once each, with the reason
 * @param published the published figure for the same areas, where there is one
 * @param coverage the rule that chose the areas of each total
 * @param errorBound the most the value can be off because {@code low}s count as zero; 0 when
 *     there is none
 * @param numeratorLeftOut the areas left out of the numerator (of the sum, for a count)
 * @param denominatorLeftOut the areas left out of the denominator (listed once, by the first
 *     part they lack); empty for a count
 * @param flags what a reader must know about the value, for example a share above 100%
 * @param denominatorPartlyKept those of {@code denominatorLeftOut} that lack only some parts of
 *     a denominator of several parts and whose other parts are summed: an authority whose agency
 *     workers are {@code x} still adds its social workers to agency + social workers
 */
public record Aggregate(
    Area area,
    Metric metric,
    int year,
    Value value,
    int covered,
    List<LeftOut> leftOut,
    Optional<Value> published,
    Coverage coverage,
    double errorBound,
    List<LeftOut> numeratorLeftOut,
    List<LeftOut> denominatorLeftOut,
    List<String> flags,
    List<LeftOut> denominatorPartlyKept) implements Result {

  /** The working days in a year the absence rate is recomputed with. */
  public static final int ABSENCE_WORKING_DAYS = 253;

  /**
   * Checks and copies the parts.
   *
   * @param area the area aggregated over
   * @param metric the metric
   * @param year the year
   * @param value the aggregate
   * @param covered how many areas went into it
   * @param leftOut the areas left out
   * @param published the published figure, or empty
   * @param coverage the coverage rule
   * @param errorBound the error bound from {@code low}s
   * @param numeratorLeftOut the areas left out of the numerator
   * @param denominatorLeftOut the areas left out of the denominator
   * @param flags notes for the reader
   * @param denominatorPartlyKept the areas of {@code denominatorLeftOut} whose other
   *     denominator parts are summed
   * @throws IllegalArgumentException if covered or the error bound is negative, or an area
   *     partly kept is not in {@code denominatorLeftOut}
   */
  public Aggregate {
    checkNotNull(area, "area is null");
    checkNotNull(metric, "metric is null");
    checkNotNull(value, "value is null");
    checkArgument(covered >= 0, "covered must not be negative, got %s", covered);
    leftOut = ImmutableList.copyOf(checkNotNull(leftOut, "leftOut is null"));
    checkNotNull(published, "published is null: use Optional.empty()");
    checkNotNull(coverage, "coverage is null");
    checkArgument(errorBound >= 0 && Double.isFinite(errorBound),
        "errorBound must be a finite number >= 0, got %s", errorBound);
    numeratorLeftOut = ImmutableList.copyOf(checkNotNull(numeratorLeftOut,
        "numeratorLeftOut is null"));
    denominatorLeftOut = ImmutableList.copyOf(checkNotNull(denominatorLeftOut,
        "denominatorLeftOut is null"));
    flags = ImmutableList.copyOf(checkNotNull(flags, "flags is null"));
    denominatorPartlyKept = ImmutableList.copyOf(checkNotNull(denominatorPartlyKept,
        "denominatorPartlyKept is null"));
    checkArgument(denominatorLeftOut.containsAll(denominatorPartlyKept),
        "an area partly kept in the denominator is one left out of it: %s not in %s",
        denominatorPartlyKept, denominatorLeftOut);
  }

  /**
   * An aggregate in which every area left out of the denominator is left out of all of it.
   *
   * @param area the area aggregated over
   * @param metric the metric
   * @param year the year
   * @param value the aggregate
   * @param covered how many areas went into it
   * @param leftOut the areas left out
   * @param published the published figure, or empty
   * @param coverage the coverage rule
   * @param errorBound the error bound from {@code low}s
   * @param numeratorLeftOut the areas left out of the numerator
   * @param denominatorLeftOut the areas left out of the denominator
   * @param flags notes for the reader
   */
  public Aggregate(Area area, Metric metric, int year, Value value, int covered,
      List<LeftOut> leftOut, Optional<Value> published, Coverage coverage, double errorBound,
      List<LeftOut> numeratorLeftOut, List<LeftOut> denominatorLeftOut, List<String> flags) {
    this(area, metric, year, value, covered, leftOut, published, coverage, errorBound,
        numeratorLeftOut, denominatorLeftOut, flags, List.of());
  }

  /**
   * An aggregate under the publisher's coverage with no {@code low}s and no flags, every area
   * left out of both totals.
   *
   * @param area the area aggregated over
   * @param metric the metric
   * @param year the year
   * @param value the aggregate
   * @param covered how many areas went into it
   * @param leftOut the areas left out
   * @param published the published figure, or empty
   */
  public Aggregate(Area area, Metric metric, int year, Value value, int covered,
      List<LeftOut> leftOut, Optional<Value> published) {
    this(area, metric, year, value, covered, leftOut, published, Coverage.PUBLISHER, 0, leftOut,
        metric.isRatio() ? leftOut : List.of(), List.of());
  }

  /**
   * An aggregate over England.
   *
   * @param metric the metric
   * @param year the year
   * @param value the aggregate
   * @param covered how many areas went into it
   * @param leftOut the areas left out
   * @param published the published figure, or empty
   */
  public Aggregate(Metric metric, int year, Value value, int covered, List<LeftOut> leftOut,
      Optional<Value> published) {
    this(England.INSTANCE, metric, year, value, covered, leftOut, published);
  }

  /**
   * The aggregate as a table: one row, recomputed beside published, with the areas left out.
   *
   * @return the table
   */
  @Override
  public Table table() {
    return ResultTables.aggregate(this, area);
  }

  /**
   * For example {@code CASELOAD 2017: 17.7 over 150 areas (1 left out), published 17.7}: the
   * recomputed value at the publisher's precision ({@link #value()} is exact).
   */
  @Override
  public String toString() {
    Column c = Column.of(metric);
    return metric + " " + year + ": " + Cell.of(value).display(c) + " over " + covered
        + " areas (" + leftOut.size() + " left out)"
        + published.map(p -> ", published " + Cell.of(p).display(c)).orElse("");
  }

  /** This aggregate with one more flag. */
  Aggregate flagged(String flag) {
    List<String> more = new java.util.ArrayList<>(flags);
    more.add(flag);
    return new Aggregate(area, metric, year, value, covered, leftOut, published, coverage,
        errorBound, numeratorLeftOut, denominatorLeftOut, more, denominatorPartlyKept);
  }
}
