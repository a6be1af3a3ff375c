package org.cytosis.text;

import org.cytosis.model.Direction;

/**
 * What a transport predicate says happens (rules/reading/predicates.tsv), and the direction it
 * implies on its own, if any: release is outward and uptake inward whatever the sentence adds,
 * while a crossing takes its direction from its goal or source ("out of the cell").
 */
public enum PredicateKind {
  RELEASE(Direction.OUT_OF_CELL),
  UPTAKE(Direction.INTO_CELL),
  FUSION(null),
  BUDDING(null),
  CROSSING(null),
  TRANSCYTOSIS(null);

  private final Direction direction;

  PredicateKind(Direction direction) {
    this.direction = direction;
  }

  /** The direction the predicate implies on its own, or null. */
  public Direction direction() {
    return direction;
  }
}
