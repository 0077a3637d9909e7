package io.github.csww;

/**
 * A query cannot work on the view it was called on, for example a comparison on a view of
 * several years. The message names the call to make first.
 *
 * <pre>{@code
 * workforce.years(2019, 2025).compare("Staffordshire");
 * // UnsupportedViewException: compare(...) needs one year, the view spans 2019 to 2025; call year(y) first
 * }</pre>
 */
public final class UnsupportedViewException extends QueryException {
  private static final long serialVersionUID = 1L;

  UnsupportedViewException(String message) {
    super(message);
  }
}
