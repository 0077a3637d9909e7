package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

/**
 * An authority left out of a {@link Correlation}, and why.
 *
 * <pre>{@code
 * for (Exclusion e : correlation.leftOut()) {
 *   System.out.println(e); // Westminster (213): caseload x (not available)
 * }
 * }</pre>
 *
 * @param authority the authority left out
 * @param reason why, for example {@code "caseload x (not available)"} or {@code
 *     "rereferral_percent: not in the indicator file for time_period 2024"}
 */
public record Exclusion(Authority authority, String reason) {

  /**
   * Checks the parts.
   *
   * @param authority the authority
   * @param reason a non-blank reason
   * @throws IllegalArgumentException if the reason is blank
   * @throws NullPointerException if a part is null
   */
  public Exclusion {
    checkNotNull(authority, "authority is null");
    checkNotNull(reason, "reason is null");
    checkArgument(!reason.isBlank(), "an exclusion needs a reason");
  }

  /**
   * The authority and the reason.
   *
   * @return for example {@code "Westminster (213): caseload x (not available)"}
   */
  @Override
  public String toString() {
    return authority + ": " + reason;
  }
}
