package io.github.csww;

import static io.github.csww.Checks.checkNotNull;

import java.util.Optional;

/**
 * The geographic level of a row, as published in the {@code geographic_level} column.
 *
 * <pre>{@code
 * Level.fromLabel("Local authority"); // Optional[LOCAL_AUTHORITY]
 * workforce.level(Level.REGIONAL).rankBy(Metric.CASELOAD);
 * }</pre>
 */
public enum Level {
  /** England as a whole. */
  NATIONAL("National"),
  /** An English region, or Inner or Outer London. */
  REGIONAL("Regional"),
  /** A local authority, or a combined return of two. */
  LOCAL_AUTHORITY("Local authority");

  private final String label;

  Level(String label) {
    this.label = label;
  }

  /**
   * The label used in published files, for example {@code "Local authority"}.
   *
   * @return the {@code geographic_level} text for this level
   */
  public String label() {
    return label;
  }

  /**
   * The level with the given published label, ignoring case and surrounding spaces.
   *
   * @param label a {@code geographic_level} cell: {@code "National"}, {@code "Regional"} or
   *     {@code "Local authority"}
   * @return the level, or empty for an unknown label
   */
  public static Optional<Level> fromLabel(String label) {
    checkNotNull(label, "label is null");
    String t = label.strip();
    for (Level l : values()) {
      if (l.label.equalsIgnoreCase(t)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
