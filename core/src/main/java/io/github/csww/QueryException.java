package io.github.csww;

/**
 * A query a caller asked for that cannot be answered as asked: an unknown authority or metric, a
 * join the query needs and the workforce lacks, or a view the query cannot work on. Each subclass
 * says what to do instead. A library bug is never reported with this type.
 *
 * <pre>{@code
 * try {
 *   workforce.compare("Stafordshire");
 * } catch (UnknownAreaException e) {
 *   System.err.println(e.getMessage() + " " + e.suggestions()); // [Staffordshire, ...]
 * } catch (QueryException e) {
 *   System.err.println(e.getMessage());
 * }
 * }</pre>
 */
public abstract class QueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message for people.
   *
   * @param message what was asked and what to do instead
   */
  protected QueryException(String message) {
    super(message);
  }
}
