package io.github.csww;

/**
 * England as a whole: the {@code National} rows of the publication.
 *
 * <pre>{@code
 * Optional<Snapshot> national = workforce.year(2017).snapshot(England.INSTANCE);
 * }</pre>
 */
public record England() implements Area {

  /** The one instance; {@code new England()} is equal to it. */
  public static final England INSTANCE = new England();

  /** The ONS code of England. */
  public static final String CODE = "E92000001";

  @Override
  public Level level() {
    return Level.NATIONAL;
  }

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public String label() {
    return "England";
  }

  /**
   * The same as {@link #label()}: the name as published.
   *
   * @return the latest published name
   */
  public String name() {
    return label();
  }

  /**
   * Whether the other object is England: every {@code England} is equal to every other.
   *
   * <p>Written out rather than left to the record: the generated {@code equals} is linked on its
   * first call, which measured 7% of {@code csww top}'s start-up on the main thread.
   *
   * @param o the other object
   * @return true when it is an {@code England}
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof England;
  }

  /**
   * The same for every {@code England}: 0, as the record's own would be.
   *
   * @return 0
   */
  @Override
  public int hashCode() {
    return 0;
  }

  @Override
  public String toString() {
    return "England";
  }
}
