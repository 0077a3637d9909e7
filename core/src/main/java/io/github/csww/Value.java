package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One published cell: a finite number, or a {@link Suppression} saying why there is none.
 *
 * <p>Never {@code null} and never a silent {@code NaN}: {@link #of(double)} refuses non-finite
 * numbers, and a suppressed value has no number to read by accident.
 *
 * <pre>{@code
 * Value v = snapshot.value(Metric.CASELOAD);
 * if (v.isPresent()) {
 *   double caseload = v.doubleValue();
 * } else {
 *   Suppression why = v.suppression().orElseThrow();
 * }
 * Value.parse("[x]");  // Value.suppressed(NOT_AVAILABLE)
 * Value.parse("26.4"); // Value.of(26.4)
 * }</pre>
 */
public sealed interface Value permits Value.Figure, Value.Suppressed {

  /**
   * A published number.
   *
   * @param number the number, finite; {@code -0.0} is read as {@code 0.0}
   * @return a value holding the number
   * @throws IllegalArgumentException if the number is {@code NaN} or infinite
   */
  static Value of(double number) {
    return new Figure(number);
  }

  /**
   * A cell with no number, for the given reason.
   *
   * @param reason why there is no number
   * @return a suppressed value; one shared instance per suppression
   */
  static Value suppressed(Suppression reason) {
    checkNotNull(reason, "reason is null");
    return Suppressed.of(reason);
  }

  /**
   * Reads a published cell: a number such as {@code 26.4}, or a suppression marker such as {@code
   * x} or {@code [low]}.
   *
   * @param text the cell's text; surrounding spaces are ignored
   * @return the number, or the suppression the marker stands for
   * @throws IllegalArgumentException naming the text when it is neither, or when it is {@code
   *     NaN} or infinite
   */
  static Value parse(String text) {
    checkNotNull(text, "text is null");
    Optional<Suppression> s = Suppression.fromMarker(text);
    if (s.isPresent()) {
      return suppressed(s.get());
    }
    String t = text.strip();
    String unsigned = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
    checkArgument(!unsigned.equals("NaN") && !unsigned.equals("Infinity"),
        "expected a finite number, got '%s'", text);
    // Double.parseDouble alone would also take Java syntax such as 1d, 2.5f and 0x1p3.
    checkArgument(isDecimal(t),
        "expected a number or a suppression marker (c, x, z, u, low, :, .), got '%s'", text);
    double d = Double.parseDouble(t);
    checkArgument(Double.isFinite(d), "expected a finite number, got '%s'", text);
    return of(d);
  }

  /**
   * True for a plain decimal as published: optional sign, digits with an optional point, optional
   * exponent ({@code 26.4}, {@code -3}, {@code 1.5e3}); false for Java syntax that {@link
   * Double#parseDouble} would also take ({@code 1d}, {@code 2.5f}, {@code 0x1p3}, {@code NaN}).
   *
   * <pre>{@code
   * Value.isDecimal("26.4"); // true
   * Value.isDecimal("12f");  // false
   * }</pre>
   *
   * @param text the text to check, without surrounding spaces
   * @return true when the text is a plain decimal, false otherwise
   */
  public static boolean isDecimal(String text) {
    String t = checkNotNull(text, "text is null");
    int i = 0;
    int n = t.length();
    if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (i < n && t.charAt(i) == '.') {
      i++;
      while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
        i++;
      }
      int exponent = 0;
      while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
        i++;
        exponent++;
      }
      if (exponent == 0) {
        return false;
      }
    }
    return i == n;
  }

  /**
   * Whether the cell holds a number.
   *
   * @return true for a number, false for a suppression
   */
  boolean isPresent();

  /**
   * The number.
   *
   * @return the published number
   * @throws IllegalStateException if the value is suppressed, naming the suppression
   */
  double doubleValue();

  /**
   * The number, if there is one.
   *
   * @return the number, or empty when suppressed
   */
  OptionalDouble optional();

  /**
   * The reason there is no number, if there is none.
   *
   * @return the suppression, or empty when the cell holds a number
   */
  Optional<Suppression> suppression();

  /**
   * A number that was published.
   *
   * @param value a finite number
   */
  record Figure(double value) implements Value {
    /**
     * Refuses a non-finite number and reads {@code -0.0} as {@code 0.0}.
     *
     * @param value a finite number
     * @throws IllegalArgumentException if the number is {@code NaN} or infinite
     */
    public Figure {
      checkArgument(Double.isFinite(value), "a value must be a finite number, got %s", value);
      if (value == 0) {
        value = 0.0; // one zero: -0.0 and 0.0 are the same published figure
      }
    }

    @Override
    public boolean isPresent() {
      return true;
    }

    @Override
    public double doubleValue() {
      return value;
    }

    @Override
    public OptionalDouble optional() {
      return OptionalDouble.of(value);
    }

    @Override
    public Optional<Suppression> suppression() {
      return Optional.empty();
    }

    /** The number without a trailing {@code .0}: {@code 26.4}, {@code 151}. */
    @Override
    public String toString() {
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        return Long.toString((long) value);
      }
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
  }

  /**
   * A cell with no number.
   *
   * @param reason why there is no number
   */
  record Suppressed(Suppression reason) implements Value {
    private static final Suppressed[] CACHE = cache();

    /**
     * Refuses a null reason.
     *
     * @param reason why there is no number
     */
    public Suppressed {
      checkNotNull(reason, "reason is null");
    }

    private static Suppressed[] cache() {
      Suppression[] all = Suppression.values();
      Suppressed[] cache = new Suppressed[all.length];
      for (Suppression s : all) {
        cache[s.ordinal()] = new Suppressed(s);
      }
      return cache;
    }

    static Suppressed of(Suppression reason) {
      checkNotNull(reason, "reason is null");
      return CACHE[reason.ordinal()];
    }

    @Override
    public boolean isPresent() {
      return false;
    }

    @Override
    public double doubleValue() {
      throw new IllegalStateException("value is suppressed: " + reason.describe());
    }

    @Override
    public OptionalDouble optional() {
      return OptionalDouble.empty();
    }

    @Override
    public Optional<Suppression> suppression() {
      return Optional.of(reason);
    }

    /** The published marker, for example {@code x}. */
    @Override
    public String toString() {
      return reason.marker();
    }
  }
}
