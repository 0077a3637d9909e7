package io.github.csww.examples;

/**
 * Reporting years from {@code from} to {@code to}, both included, as typed: {@code 2019..2025}.
 *
 * @param from the first year
 * @param to the last year
 */
record YearRange(int from, int to) {
  @Override
  public String toString() {
    return from == to ? Integer.toString(from) : from + ".." + to;
  }
}
