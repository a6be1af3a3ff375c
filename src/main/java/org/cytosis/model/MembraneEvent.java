package org.cytosis.model;

/** What the plasma membrane does (catalogue KD-3, S-1). */
public enum MembraneEvent {
  /** A vesicle fuses with the plasma membrane. */
  FUSION,
  /** The membrane folds in and pinches off a vesicle. */
  INVAGINATION
}
