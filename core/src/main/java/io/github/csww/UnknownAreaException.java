package io.github.csww;

import java.util.List;

/**
 * No area, or more than one, matches what a caller gave: a name, an LA number or an ONS code.
 * {@link #suggestions()} holds the closest names when none matches, or every match when several
 * do.
 *
 * <pre>{@code
 * workforce.authority("Stafordshire");   // UnknownAreaException: ... did you mean Staffordshire?
 * }</pre>
 */
public final class UnknownAreaException extends QueryException {
  private static final long serialVersionUID = 1L;

  /** What the caller gave. */
  private final String query;

  /** The closest names, or every match of an ambiguous query. */
  private final List<String> suggestions;

  /** True when several areas matched, false when none did. */
  private final boolean ambiguous;

  UnknownAreaException(String message, String query, List<String> suggestions,
      boolean ambiguous) {
    super(message);
    this.query = query;
    this.suggestions = List.copyOf(suggestions);
    this.ambiguous = ambiguous;
  }

  /**
   * What the caller gave.
   *
   * @return the query
   */
  public String query() {
    return query;
  }

  /**
   * The closest names when nothing matched (empty when nothing is close), or every area that
   * matched when the query was ambiguous.
   *
   * @return the names
   */
  public List<String> suggestions() {
    return suggestions;
  }

  /**
   * True when several areas matched, false when none did.
   *
   * @return whether the query was ambiguous
   */
  public boolean isAmbiguous() {
    return ambiguous;
  }
}
