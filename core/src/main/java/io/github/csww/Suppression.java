package io.github.csww;

import static io.github.csww.Checks.checkNotNull;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a published cell holds no number, with the marker the publisher used.
 *
 * <p>The current Explore Education Statistics markers are {@code c}, {@code x}, {@code z}, {@code
 * u} and {@code low}; older DfE tables used {@code :} and {@code .}. Markers may appear in square
 * brackets ({@code [x]}).
 *
 * <pre>{@code
 * Suppression.fromMarker("[c]");             // Optional[CONFIDENTIAL]
 * Suppression.NOT_APPLICABLE.marker();       // "z"
 * Suppression.LOW_RELIABILITY.meaning();     // "low reliability"
 * }</pre>
 */
public enum Suppression {
  /** {@code c}: confidential, withheld to protect individuals. */
  CONFIDENTIAL("c", "confidential"),
  /** {@code x}: not available (not collected, not in this release, or withheld). */
  NOT_AVAILABLE("x", "not available"),
  /** {@code z}: not applicable (for example the partner in a combined return). */
  NOT_APPLICABLE("z", "not applicable"),
  /** {@code u}: low reliability, left out of regional and national figures. */
  LOW_RELIABILITY("u", "low reliability"),
  /** {@code low}: a positive number that rounds to zero. */
  ROUNDS_TO_ZERO("low", "rounds to zero"),
  /** {@code :}: not available, in older DfE tables. */
  LEGACY_NOT_AVAILABLE(":", "not available (older tables)"),
  /** {@code .}: not applicable, in older DfE tables. */
  LEGACY_NOT_APPLICABLE(".", "not applicable (older tables)");

  private static final Suppression[] VALUES = values();

  private final String marker;
  private final String meaning;

  Suppression(String marker, String meaning) {
    this.marker = marker;
    this.meaning = meaning;
  }

  /**
   * The marker as published, for example {@code "x"}.
   *
   * @return the marker, without square brackets
   */
  public String marker() {
    return marker;
  }

  /**
   * What the marker means, in a few words.
   *
   * @return the meaning, for example {@code "not available"}
   */
  public String meaning() {
    return meaning;
  }

  /**
   * Finds the suppression for a published marker, ignoring case, surrounding spaces and square
   * brackets.
   *
   * @param text a cell's text, for example {@code "x"}, {@code "[low]"} or {@code " u "}
   * @return the suppression, or empty when the text is not a known marker
   */
  public static Optional<Suppression> fromMarker(String text) {
    checkNotNull(text, "text is null");
    String t = text.strip();
    if (t.length() >= 2 && t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']') {
      t = t.substring(1, t.length() - 1).strip();
    }
    t = t.toLowerCase(Locale.ROOT);
    for (Suppression s : VALUES) {
      if (s.marker.equals(t)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The marker followed by its meaning, for example {@code "x (not available)"}.
   *
   * @return the marker and its meaning in brackets
   */
  public String describe() {
    return marker + " (" + meaning + ")";
  }
}
