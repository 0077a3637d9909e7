package io.github.csww.benchmarks;

/**
 * A main that does nothing: the JVM's own start and exit, the floor of every start-to-answer
 * measurement in {@code alternatives.sh}.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.csww.benchmarks.Empty
 * }</pre>
 */
public final class Empty {
  private Empty() {}

  /** Returns at once. */
  public static void main(String[] args) {}
}
