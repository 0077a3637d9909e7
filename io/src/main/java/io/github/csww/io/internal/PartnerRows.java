package io.github.csww.io.internal;

import io.github.csww.Authority;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a file says of each LA number: the single authority that holds it and the combined returns
 * that name it, each with the lines it was read on by year. The partner-row check reads it: a
 * partner's own row beside the combined return it belongs to ({@code 318} beside {@code
 * 314 / 318}) would count the partner twice.
 *
 * <p>An authority's numbers are looked up once, when the authority is first read; a row then
 * costs no look-up and no object.
 */
final class PartnerRows {
  /** One LA number. */
  static final class Number {
    /** The first single authority read with this number, or null. */
    Authority single;
    YearLines singleYears;
    /** The combined returns naming this number, one per distinct area. */
    final List<Return> returns = new ArrayList<>(1);
  }

  /** A combined return, with the lines its area was read on by year. */
  record Return(Authority authority, YearLines years) {}

  private final Map<Integer, Number> byNumber = new HashMap<>();

  /**
   * Registers an authority read for the first time under one spelling, and returns the records of
   * its numbers.
   *
   * @param years the lines its area (its LA numbers) was read on, by year
   */
  Number[] register(Authority a, YearLines years) {
    List<Integer> numbers = a.laNumbers();
    Number[] out = new Number[numbers.size()];
    for (int i = 0; i < out.length; i++) {
      Number n = byNumber.get(numbers.get(i));
      if (n == null) {
        n = new Number();
        byNumber.put(numbers.get(i), n);
      }
      if (!a.isCombined()) {
        if (n.single == null) {
          n.single = a;
          n.singleYears = years;
        }
      } else if (!known(n, years)) {
        n.returns.add(new Return(a, years));
      }
      out[i] = n;
    }
    return out;
  }

  /** True when a return of this area (the same lines) is already recorded. */
  private static boolean known(Number n, YearLines years) {
    for (Return r : n.returns) {
      if (r.years() == years) {
        return true;
      }
    }
    return false;
  }
}
