package io.github.csww;

import java.util.List;
import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A metric aggregated over the areas of a view: counts summed, ratios recomputed as Σ numerator /
 * Σ denominator over the areas where both are present.
 *
 * <p>The published figure for the same set of areas (the England row when the view is every
 * local authority, the region's row when it is one region) is given beside the recomputed one and
 * never replaces it: published rates leave out authorities whose value is {@code u} or {@code x},
 * so the two can differ in the last digit.
 *
 * <p>A view of regional rows that holds London's row as well as Inner and Outer London's counts
 * London once: the Inner and Outer London rows are then neither covered nor left out, because
 * London's own row already holds their figures.
 *
 * <pre>{@code
 * Aggregate a = workforce.year(2017).aggregate(Metric.CASELOAD);
 * a.value();     // 17.7: 316,647 cases / 17,841.1 case-holder FTE
 * a.covered();   // 151
 * a.published(); // Optional[17.7], from the National row
 * }</pre>
 *
 * @param metric the aggregated metric
 * @param year the reporting year
 * @param value the aggregate, or {@link Suppression#NOT_AVAILABLE} when no area had the parts
 * @param covered how many areas went into the value
 * @param leftOut the areas left out, with the reason
 * @param published the published figure for the same areas, where there is one
 */
public record Aggregate(
    Metric metric,
    int year,
    Value value,
    int covered,
    List<LeftOut> leftOut,
    Optional<Value> published) {

  /** Checks and copies the parts. */
  public Aggregate {
    checkNotNull(metric, "metric is null");
    checkNotNull(value, "value is null");
    checkArgument(covered >= 0, "covered must not be negative, got %s", covered);
    leftOut = ImmutableList.copyOf(checkNotNull(leftOut, "leftOut is null"));
    checkNotNull(published, "published is null: use Optional.empty()");
  }

  /** For example {@code CASELOAD 2017: 17.7 over 151 areas (0 left out), published 17.7}. */
  @Override
  public String toString() {
    return metric + " " + year + ": " + value + " over " + covered + " areas (" + leftOut.size()
        + " left out)" + published.map(p -> ", published " + p).orElse("");
  }
}
