package io.github.csww;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Ofsted grade, best first: the overall effectiveness of a local authority's children's
 * services, or one of its sub-judgements.
 *
 * <p>The order of the constants is Ofsted's order, so {@code compareTo} and {@link #number()}
 * sort the best grade first.
 *
 * <pre>{@code
 * Grade g = Grade.fromText("Requires improvement to be good").orElseThrow();
 * g.label();                   // "Requires improvement to be good"
 * g.number();                  // 3
 * g.isBetterThan(Grade.INADEQUATE); // true
 * }</pre>
 */
public enum Grade {
  /** Grade 1: Outstanding. */
  OUTSTANDING("Outstanding"),
  /** Grade 2: Good. */
  GOOD("Good"),
  /** Grade 3: Requires improvement to be good. */
  REQUIRES_IMPROVEMENT("Requires improvement to be good"),
  /** Grade 4: Inadequate. */
  INADEQUATE("Inadequate");

  private static final Grade[] VALUES = values();

  private final String label;

  Grade(String label) {
    this.label = label;
  }

  /**
   * Ofsted's wording, for example {@code "Requires improvement to be good"}.
   *
   * @return the grade's label in full
   */
  public String label() {
    return label;
  }

  /**
   * Ofsted's grade number: 1 for Outstanding to 4 for Inadequate.
   *
   * @return the grade number, 1 to 4
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * Compares two grades in Ofsted's order.
   *
   * @param other the grade to compare with
   * @return true when this grade is better than the other one (Outstanding is better than Good),
   *     false when it is the same grade or worse
   */
  public boolean isBetterThan(Grade other) {
    return ordinal() < other.ordinal();
  }

  /**
   * Reads a grade as Ofsted spells it, ignoring case and runs of spaces: {@code "Outstanding"},
   * {@code "Good"}, {@code "Requires improvement to be good"} (or the short {@code "Requires
   * improvement"}), {@code "Inadequate"}, or the grade number {@code "1"} to {@code "4"}.
   *
   * @param text a cell's text, for example {@code "Good"} or {@code "3"}
   * @return the grade, or empty when the text is none of these
   */
  public static Optional<Grade> fromText(String text) {
    String t = Spaces.RUN.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    for (Grade g : VALUES) {
      if (g.label.toLowerCase(Locale.ROOT).equals(t) || t.equals(Integer.toString(g.number()))) {
        return Optional.of(g);
      }
    }
    if (t.equals("requires improvement")) {
      return Optional.of(REQUIRES_IMPROVEMENT);
    }
    return Optional.empty();
  }

  /**
   * The grades as Ofsted spells them, for messages: {@code "Outstanding, Good, ..."}.
   *
   * @return every grade's label, best first, separated by commas
   */
  public static String expected() {
    StringBuilder sb = new StringBuilder();
    for (Grade g : VALUES) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(g.label);
    }
    return sb.toString();
  }

  /** The label, for example {@code "Good"}. */
  @Override
  public String toString() {
    return label;
  }

  /**
   * The pattern of {@link #fromText}, compiled on its first use: compiling it spins lambda
   * classes, which a grade's other uses (reading bundled judgements by constant name) never need.
   */
  private static final class Spaces {
    static final Pattern RUN = Pattern.compile("\\s+");
  }
}
