package io.github.csww;

import java.util.List;

/**
 * No metric has the name a caller gave. {@link #suggestions()} holds the close names, if any, and
 * the message lists every valid name.
 *
 * <pre>{@code
 * Metric.fromName("casload");   // UnknownMetricException: ... did you mean caseload?
 * }</pre>
 */
public final class UnknownMetricException extends QueryException {
  private static final long serialVersionUID = 1L;

  /** The name as given. */
  private final String name;

  /** Command-line names of the close metrics, closest first. */
  private final List<String> suggestions;

  UnknownMetricException(String name, List<String> suggestions, List<String> valid) {
    super("unknown metric '" + name + "'"
        + (suggestions.isEmpty() ? "." : "; did you mean " + String.join(" or ", suggestions) + "?")
        + " Valid metrics: " + String.join(", ", valid));
    this.name = name;
    this.suggestions = List.copyOf(suggestions);
  }

  /**
   * The name as given.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Command-line names of the metrics close to the name given, closest first; empty when none is
   * close.
   *
   * @return the suggestions
   */
  public List<String> suggestions() {
    return suggestions;
  }
}
