package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/**
 * One row of an indicator file: an area, a period and a {@link Value} per indicator.
 *
 * <pre>{@code
 * IndicatorRow r = indicators.row(staffordshire, 2024).orElseThrow();
 * r.value("rereferral_percent"); // Optional[19.8]
 * }</pre>
 *
 * @param area the area, as published in the row
 * @param period the {@code time_period}, for example {@code 2024}
 * @param values each indicator's value, in file order
 */
public record IndicatorRow(Area area, int period, Map<String, Value> values) {

  /**
   * Checks and copies the parts.
   *
   * @param area the area
   * @param period the period, between 1900 and 2999
   * @param values the values by indicator name
   * @throws IllegalArgumentException if the period is outside 1900..2999, naming it
   * @throws NullPointerException if an argument, key or value is null
   */
  public IndicatorRow {
    checkNotNull(area, "area is null");
    checkArgument(period >= 1900 && period <= 2999,
        "a time_period lies between 1900 and 2999, got %s", period);
    values = ImmutableMap.copyOf(checkNotNull(values, "values is null"));
  }

  /**
   * The value of one indicator.
   *
   * @param indicator the indicator column
   * @return the value, or empty when the row has no such indicator
   * @throws NullPointerException if the name is null
   */
  public Optional<Value> value(String indicator) {
    checkNotNull(indicator, "indicator is null");
    return Optional.ofNullable(values.get(indicator));
  }
}
