package org.cytosis.model;

/** How the area of the plasma membrane changes (catalogue KD-7, EX-3; ERR-10). */
public enum MembraneSizeChange {
  /** The plasma membrane grows: vesicle membrane is added to it. */
  INCREASES,
  /** The plasma membrane shrinks: membrane is taken into a vesicle. */
  DECREASES,
  /** The plasma membrane keeps its area. */
  UNCHANGED
}
