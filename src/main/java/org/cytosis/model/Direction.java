package org.cytosis.model;

/** Which way the cargo crosses the plasma membrane (catalogue KD-9, FT-1, TC-1; ERR-4, ERR-24). */
public enum Direction {
  /** From outside the cell into it. */
  INTO_CELL,
  /** From inside the cell out of it. */
  OUT_OF_CELL,
  /** Taken up on one side of the cell and released on the other: both membranes, one cargo. */
  ACROSS_CELL
}
