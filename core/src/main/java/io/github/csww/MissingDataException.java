package io.github.csww;

/**
 * The data a query reads has no figures to answer it: a statistical neighbour model with no group
 * for the authority, a view with no figures for the authority in the year asked, or fewer than 3
 * authorities with both values of a {@link Correlation} (or one of them the same for every
 * authority). The query was well formed; the data cannot answer it. The message says what is
 * missing.
 *
 * <pre>{@code
 * workforce.withNeighbours(model).authority("Isles of Scilly").againstNeighbours(CASELOAD);
 * // MissingDataException: the neighbour model sn_model_2025_wide.csv has no neighbours for ...
 * }</pre>
 */
public final class MissingDataException extends QueryException {
  private static final long serialVersionUID = 1L;

  MissingDataException(String message) {
    super(message);
  }
}
