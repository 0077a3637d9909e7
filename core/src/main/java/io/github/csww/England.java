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

  @Override
  public String toString() {
    return "England";
  }
}
