package io.github.csww;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A statistical neighbour of an authority, with the authority of the workforce that has its LA
 * number: empty when the workforce holds none (an authority reorganised away, such as
 * Northamptonshire, 928). A neighbour whose number is a partner of a combined return ({@code
 * 940} of {@code 940 / 941}) is matched to that return.
 *
 * <pre>{@code
 * for (MatchedNeighbour n : workforce.authority("Staffordshire").neighbours()) {
 *   System.out.println(n.position() + " " + n.closeness().label() + " "
 *       + n.authority().map(Authority::name).orElse("not held: " + n.laNumber()));
 * }
 * }</pre>
 *
 * @param neighbour the neighbour as the model gives it
 * @param authority the workforce's authority with that LA number, or empty
 */
public record MatchedNeighbour(Neighbour neighbour, Optional<Authority> authority) {

  /** Checks the parts. */
  public MatchedNeighbour {
    checkNotNull(neighbour, "neighbour is null");
    checkNotNull(authority, "authority is null: use Optional.empty()");
    authority.ifPresent(a -> checkArgument(a.laNumbers().contains(neighbour.laNumber()),
        "%s does not have LA number %s", a, neighbour.laNumber()));
  }

  /** The 1-based place in the list, closest first. */
  public int position() {
    return neighbour.position();
  }

  /** The neighbour's LA number as the model gives it. */
  public int laNumber() {
    return neighbour.laNumber();
  }

  /** The closeness band. */
  public Closeness closeness() {
    return neighbour.closeness();
  }

  /** True when the workforce holds an authority with this LA number. */
  public boolean isHeld() {
    return authority.isPresent();
  }

  /** For example {@code 1. Derbyshire (830) (Extremely close)} or {@code 4. 928 not held (...)}. */
  @Override
  public String toString() {
    return position() + ". " + authority.map(Authority::toString).orElse(laNumber() + " not held")
        + " (" + closeness().label() + ")";
  }
}
