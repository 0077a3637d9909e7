package io.github.csww;

/**
 * A query needs data joined to the workforce that it lacks: Ofsted judgements or statistical
 * neighbours. The message names the call that joins them.
 *
 * <pre>{@code
 * workforce.rankBy(CASELOAD).grade(Grade.INADEQUATE);
 * // MissingJoinException: ... call withJudgements(...) first
 * }</pre>
 */
public final class MissingJoinException extends QueryException {
  private static final long serialVersionUID = 1L;

  /** The method that makes the missing join. */
  private final String join;

  MissingJoinException(String what, String join) {
    super(what + " needs " + join + " joined to the workforce: call " + join + "(...) first");
    this.join = join;
  }

  /**
   * The method that makes the join, {@code withJudgements} or {@code withNeighbours}.
   *
   * @return the method name
   */
  public String join() {
    return join;
  }
}
