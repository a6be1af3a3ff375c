package org.cytosis.model;

/** Which way the cargo crosses the plasma membrane (catalogue KD-9, FT-1; ERR-4). */
public enum Direction {
  INTO_CELL,
  OUT_OF_CELL,
  /** Taken up on one side of the cell and released on the other: transcytosis (GO:0045056, ERR-24). */
  ACROSS_CELL
}
