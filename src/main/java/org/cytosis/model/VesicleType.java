package org.cytosis.model;

/** The kind of vesicle seen, or {@link #NONE} when no vesicle is involved (catalogue CC-1, NB-1). */
public enum VesicleType {
  SECRETORY_VESICLE,
  DENSE_CORE_VESICLE,
  SYNAPTIC_VESICLE,
  PHAGOSOME,
  PINOCYTIC_VESICLE,
  CLATHRIN_COATED_VESICLE,
  ENDOCYTIC_VACUOLE,
  NONE
}
