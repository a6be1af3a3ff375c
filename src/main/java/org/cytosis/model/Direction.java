package org.cytosis.model;

/** Which way the cargo crosses the plasma membrane (catalogue KD-9, FT-1; ERR-4). */
public enum Direction {
  INTO_CELL,
  OUT_OF_CELL
}
