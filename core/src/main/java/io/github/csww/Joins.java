package io.github.csww;

import java.util.Optional;

/**
 * What a workforce has been joined with: a statistical neighbour model and Ofsted judgements.
 * Shared by every view made from the workforce. Immutable.
 */
final class Joins {
  static final Joins NONE = new Joins(Optional.empty(), Optional.empty());

  final Optional<StatisticalNeighbours> neighbours;
  final Optional<Judgements> judgements;

  private Joins(Optional<StatisticalNeighbours> neighbours, Optional<Judgements> judgements) {
    this.neighbours = neighbours;
    this.judgements = judgements;
  }

  Joins withNeighbours(StatisticalNeighbours n) {
    return new Joins(Optional.of(n), judgements);
  }

  Joins withJudgements(Judgements j) {
    return new Joins(neighbours, Optional.of(j));
  }
}
