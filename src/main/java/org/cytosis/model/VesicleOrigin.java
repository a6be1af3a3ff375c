package org.cytosis.model;

/** Where the transport vesicle comes from (catalogue KD-8, S-4, EX-2). */
public enum VesicleOrigin {
  GOLGI,
  PLASMA_MEMBRANE,
  ENDOSOME,
  LYSOSOME
}
