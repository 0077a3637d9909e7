package io.github.csww;

import java.util.List;
import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;

/**
 * One authority's statistical neighbours in DfE's model: the authority's LA number and name as
 * the model file gives them, and its neighbours in order, closest first (ten in the published
 * models).
 *
 * <pre>{@code
 * NeighbourGroup g = new NeighbourGroup(860, "Staffordshire", ImmutableList.of(
 *     new Neighbour(1, 811, Closeness.VERY_CLOSE),
 *     new Neighbour(2, 884, Closeness.VERY_CLOSE)));
 * g.laNumbers();  // [811, 884]
 * }</pre>
 *
 * @param laNumber the authority's LA number
 * @param name the authority's name as the model file spells it
 * @param neighbours its neighbours, positions 1, 2, 3 ... in order, each LA number once and never
 *     the authority itself
 */
public record NeighbourGroup(int laNumber, String name, List<Neighbour> neighbours) {

  /**
   * Checks and copies the parts.
   *
   * @param laNumber the authority's LA number, positive
   * @param name the authority's name as the model file spells it, not blank
   * @param neighbours its neighbours, at least one, at positions 1, 2, 3 ... in order, each LA
   *     number once and never the authority itself
   * @throws IllegalArgumentException if the LA number is not positive, the name is blank, there
   *     are no neighbours, a position is out of order, or a neighbour is repeated or is the
   *     authority itself
   */
  public NeighbourGroup {
    checkArgument(laNumber > 0, "LA numbers are positive, got %s", laNumber);
    checkNotNull(name, "name is null");
    checkArgument(!name.isBlank(), "neighbour group %s needs a name", laNumber);
    neighbours = ImmutableList.copyOf(neighbours);
    checkArgument(!neighbours.isEmpty(), "neighbour group %s has no neighbours", laNumber);
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < neighbours.size(); i++) {
      Neighbour n = neighbours.get(i);
      checkArgument(n.position() == i + 1, "neighbour %s of %s is at position %s, expected %s",
          n.laNumber(), laNumber, n.position(), i + 1);
      checkArgument(n.laNumber() != laNumber, "%s is listed as its own neighbour", laNumber);
      checkArgument(seen.add(n.laNumber()), "%s lists neighbour %s twice", laNumber,
          n.laNumber());
    }
  }

  /**
   * The neighbours' LA numbers, closest first.
   *
   * @return the LA numbers in the order of {@link #neighbours()}; an immutable list
   */
  public List<Integer> laNumbers() {
    ImmutableList.Builder<Integer> out = ImmutableList.builder();
    for (Neighbour n : neighbours) {
      out.add(n.laNumber());
    }
    return out.build();
  }

  /** For example {@code Staffordshire (860): [1. 811 (Very close), ...]}. */
  @Override
  public String toString() {
    return name + " (" + laNumber + "): " + neighbours;
  }
}
