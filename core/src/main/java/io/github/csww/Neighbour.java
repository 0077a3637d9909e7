package io.github.csww;

import static io.github.csww.Checks.checkArgument;
import static io.github.csww.Checks.checkNotNull;

/**
 * One statistical neighbour of an authority in DfE's statistical neighbour model: its place in
 * the authority's list (1 is the closest), its LA number and its closeness band.
 *
 * <pre>{@code
 * NeighbourGroup staffs = model.group(860).orElseThrow();
 * Neighbour first = staffs.neighbours().get(0);
 * first.position();   // 1
 * first.laNumber();   // 811 in the 2025 model
 * first.closeness();  // VERY_CLOSE
 * }</pre>
 *
 * @param position the 1-based place in the list, closest first
 * @param laNumber the neighbour's DfE LA number
 * @param closeness the published closeness band
 */
public record Neighbour(int position, int laNumber, Closeness closeness) {

  /**
   * Checks the parts.
   *
   * @param position the 1-based place in the list, closest first
   * @param laNumber the neighbour's DfE LA number, positive
   * @param closeness the published closeness band
   * @throws IllegalArgumentException if the position is below 1 or the LA number is not positive
   */
  public Neighbour {
    checkArgument(position >= 1, "neighbour positions start at 1, got %s", position);
    checkArgument(laNumber > 0, "LA numbers are positive, got %s", laNumber);
    checkNotNull(closeness, "neighbour %s needs a closeness band", laNumber);
  }

  /** For example {@code 1. 811 (Very close)}. */
  @Override
  public String toString() {
    return position + ". " + laNumber + " (" + closeness.label() + ")";
  }
}
