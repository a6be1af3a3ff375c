package org.cytosis.model;

/** How the area of the plasma membrane changes (catalogue KD-7, EX-3; ERR-10). */
public enum MembraneSizeChange {
  INCREASES,
  DECREASES,
  UNCHANGED
}
