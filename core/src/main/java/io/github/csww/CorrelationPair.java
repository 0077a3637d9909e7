package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

/**
 * One authority's pair of values in a {@link Correlation}.
 *
 * <pre>{@code
 * for (CorrelationPair p : correlation.pairs()) {
 *   System.out.println(p.authority().name() + "\t" + p.x() + "\t" + p.y());
 * }
 * }</pre>
 *
 * @param authority the authority
 * @param x its value of the first variable
 * @param y its value of the second variable
 */
public record CorrelationPair(Authority authority, double x, double y) {

  /**
   * Checks the parts.
   *
   * @param authority the authority
   * @param x a finite number
   * @param y a finite number
   * @throws IllegalArgumentException if a value is not finite, naming it
   * @throws NullPointerException if the authority is null
   */
  public CorrelationPair {
    checkNotNull(authority, "authority is null");
    checkArgument(Double.isFinite(x) && Double.isFinite(y),
        "a pair holds finite numbers, got (%s, %s) for %s", x, y, authority);
  }
}
