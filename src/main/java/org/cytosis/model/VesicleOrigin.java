package org.cytosis.model;

/** Where the transport vesicle comes from (catalogue KD-8, S-4, EX-2). */
public enum VesicleOrigin {
  /** Budded from the Golgi apparatus. */
  GOLGI,
  /** Pinched off the plasma membrane. */
  PLASMA_MEMBRANE,
  /** From an endosome. */
  ENDOSOME,
  /** From a lysosome. */
  LYSOSOME
}
