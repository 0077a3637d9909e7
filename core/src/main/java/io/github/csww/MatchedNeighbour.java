package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

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

  /**
   * Checks the parts.
   *
   * @param neighbour the neighbour as the model gives it
   * @param authority the workforce's authority with that LA number, or empty; never {@code null}
   * @throws IllegalArgumentException if the authority does not have the neighbour's LA number
   */
  public MatchedNeighbour {
    checkNotNull(neighbour, "neighbour is null");
    checkNotNull(authority, "authority is null: use Optional.empty()");
    authority.ifPresent(a -> checkArgument(a.laNumbers().contains(neighbour.laNumber()),
        "%s does not have LA number %s", a, neighbour.laNumber()));
  }

  /**
   * The neighbour's place in the list.
   *
   * @return the 1-based position, closest first
   */
  public int position() {
    return neighbour.position();
  }

  /**
   * The neighbour's LA number as the model gives it.
   *
   * @return the LA number; one partner's number when it matched a combined return
   */
  public int laNumber() {
    return neighbour.laNumber();
  }

  /**
   * How close the neighbour is.
   *
   * @return the published closeness band
   */
  public Closeness closeness() {
    return neighbour.closeness();
  }

  /**
   * Whether the workforce holds the neighbour.
   *
   * @return true when the workforce holds an authority with this LA number
   */
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
