package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import java.util.Optional;

/**
 * The value of an indicator for an area and period, with how it was found or why it was not.
 *
 * <pre>{@code
 * IndicatorValue v = indicators.resolve(kingstonRichmond, 2024, "rereferral_percent");
 * v.value();   // Optional[14.07...]: Σ rereferral_count / Σ referral_count × 100 over 314, 318
 * v.note();    // "combined return 314 / 318: (201 + 199) / (1543 + 1299) × 100"
 * v.pooling(); // Optional["(201 + 199) / (1543 + 1299) × 100"]: pooled from the partners' rows
 * }</pre>
 *
 * @param area the area asked for
 * @param period the {@code time_period}
 * @param indicator the indicator column
 * @param value the value (a number or a suppression), or empty when the file cannot give one
 * @param note how the value was found ({@code "published"}, or the sums used for a combined
 *     return), or why there is none
 * @param pooling for a combined return the file publishes a row per partner for, how its number
 *     was pooled from the partners' rows (the sum, or Σnumerator / Σdenominator), for example
 *     {@code "(201 + 199) / (1543 + 1299) × 100"}; empty for a value the file publishes, an
 *     aggregate over a region or England, a suppression or no value
 */
public record IndicatorValue(Area area, int period, String indicator, Optional<Value> value,
    String note, Optional<String> pooling) {

  /**
   * Checks the parts.
   *
   * @param area the area
   * @param period the period
   * @param indicator the indicator
   * @param value the value or empty
   * @param note how the value was found or why there is none, not blank
   * @param pooling how a combined return's number was pooled from its partners' rows, or empty
   * @throws IllegalArgumentException if the note or the pooling is blank, or a pooling is given
   *     for a value that is not a number
   * @throws NullPointerException if a part is null
   */
  public IndicatorValue {
    checkNotNull(area, "area is null");
    checkNotNull(indicator, "indicator is null");
    checkNotNull(value, "value is null");
    checkNotNull(note, "note is null");
    checkNotNull(pooling, "pooling is null");
    checkArgument(!note.isBlank(), "an indicator value needs a note");
    checkArgument(pooling.isEmpty() || !pooling.get().isBlank(), "a pooling must not be blank");
    checkArgument(pooling.isEmpty() || (value.isPresent() && value.get().isPresent()),
        "only a number is pooled, got %s with the pooling %s", value, pooling);
  }

  /**
   * A value that was not pooled from a combined return's partners' rows.
   *
   * @param area the area
   * @param period the period
   * @param indicator the indicator
   * @param value the value or empty
   * @param note how the value was found or why there is none, not blank
   * @throws IllegalArgumentException if the note is blank
   * @throws NullPointerException if a part is null
   */
  public IndicatorValue(Area area, int period, String indicator, Optional<Value> value,
      String note) {
    this(area, period, indicator, value, note, Optional.empty());
  }

  /**
   * True when the value is a number.
   *
   * @return whether {@link #value()} holds a number
   */
  public boolean isPresent() {
    return value.isPresent() && value.get().isPresent();
  }

  /**
   * Why there is no number.
   *
   * @return the note, or for a suppressed value the indicator and the suppression, for example
   *     {@code "rereferral_percent c (confidential)"}
   * @throws IllegalStateException if the value is a number
   */
  public String whyMissing() {
    if (isPresent()) {
      throw new IllegalStateException(indicator + " is present for " + area + ": " + value.get());
    }
    if (value.isPresent()) {
      return indicator + " " + value.get().suppression().orElseThrow().describe()
          + ("published".equals(note) ? "" : " (" + note + ")");
    }
    return note;
  }

  /**
   * The value with its area, period and note.
   *
   * @return for example {@code "Staffordshire (860) 2024 rereferral_percent: 19.8 (published)"}
   */
  @Override
  public String toString() {
    return area + " " + period + " " + indicator + ": "
        + value.map(Value::toString).orElse("none") + " (" + note + ")";
  }
}
