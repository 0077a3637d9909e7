package io.github.csww;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How close a statistical neighbour is, as DfE's statistical neighbour model bands it, closest
 * first.
 *
 * <p>The two published files spell the bands differently: the 2021 groupings write {@code
 * "Extremely Close"}, {@code "Very Close"}, {@code "Close"}, {@code "Somewhat close"} and {@code
 * "Not Close"}; the 2025 model writes {@code "Extremely close"}, {@code "Very close"}, {@code
 * "Close "} (with a trailing space), {@code "Somewhat close"} and {@code "Not close"}. {@link
 * #fromText(String)} reads all of them.
 *
 * <pre>{@code
 * Closeness.fromText("Close ");                // Optional[CLOSE]
 * Closeness.VERY_CLOSE.label();                // "Very close"
 * Closeness.VERY_CLOSE.isCloserThan(Closeness.CLOSE); // true
 * }</pre>
 */
public enum Closeness {
  /** Extremely close. */
  EXTREMELY_CLOSE("Extremely close"),
  /** Very close. */
  VERY_CLOSE("Very close"),
  /** Close. */
  CLOSE("Close"),
  /** Somewhat close. */
  SOMEWHAT_CLOSE("Somewhat close"),
  /** Not close. */
  NOT_CLOSE("Not close");

  private static final Closeness[] VALUES = values();
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String label;

  Closeness(String label) {
    this.label = label;
  }

  /**
   * The band in sentence case, for example {@code "Very close"}.
   *
   * @return the band's label
   */
  public String label() {
    return label;
  }

  /**
   * Compares two bands.
   *
   * @param other the band to compare with
   * @return true when this band is closer than the other one, false when it is the same band or
   *     further away
   */
  public boolean isCloserThan(Closeness other) {
    return ordinal() < other.ordinal();
  }

  /**
   * Reads a band as either published file spells it, ignoring case, surrounding spaces and runs
   * of spaces.
   *
   * @param text a cell's text, for example {@code "Close "} or {@code "Extremely Close"}
   * @return the band, or empty when the text is not a band
   */
  public static Optional<Closeness> fromText(String text) {
    String t = SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    for (Closeness c : VALUES) {
      if (c.label.toLowerCase(Locale.ROOT).equals(t)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The bands, for messages: {@code "Extremely close, Very close, ..."}.
   *
   * @return every band's label, closest first, separated by commas
   */
  public static String expected() {
    StringBuilder sb = new StringBuilder();
    for (Closeness c : VALUES) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(c.label);
    }
    return sb.toString();
  }

  /** The label, for example {@code "Very close"}. */
  @Override
  public String toString() {
    return label;
  }
}
