package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import java.util.Optional;

/**
 * The value of an indicator for an area and period, with how it was found or why it was not.
 *
 * <pre>{@code
 * IndicatorValue v = indicators.resolve(kingstonRichmond, 2024, "rereferral_percent");
 * v.value(); // Optional[14.07...]: Σ rereferral_count / Σ referral_count × 100 over 314, 318
 * v.note();  // "combined return 314 / 318: (201 + 199) / (1543 + 1299) × 100"
 * }</pre>
 *
 * @param area the area asked for
 * @param period the {@code time_period}
 * @param indicator the indicator column
 * @param value the value (a number or a suppression), or empty when the file cannot give one
 * @param note how the value was found ({@code "published"}, or the sums used for a combined
 *     return), or why there is none
 */
public record IndicatorValue(
    Area area, int period, String indicator, Optional<Value> value, String note) {

  /**
   * Checks the parts.
   *
   * @param area the area
   * @param period the period
   * @param indicator the indicator
   * @param value the value or empty
   * @param note how the value was found or why there is none, not blank
   * @throws IllegalArgumentException if the note is blank
   * @throws NullPointerException if a part is null
   */
  public IndicatorValue {
    checkNotNull(area, "area is null");
    checkNotNull(indicator, "indicator is null");
    checkNotNull(value, "value is null");
    checkNotNull(note, "note is null");
    checkArgument(!note.isBlank(), "an indicator value needs a note");
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
