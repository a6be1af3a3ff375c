package org.cytosis.model;

/**
 * The kind of vesicle seen, or {@link #NONE} when no vesicle is involved (catalogue CC-1, NB-1).
 */
public enum VesicleType {
  /** A secretory vesicle. */
  SECRETORY_VESICLE,
  /** A dense-core vesicle (secretory granule) stored until a signal. */
  DENSE_CORE_VESICLE,
  /** A synaptic vesicle of a neuron. */
  SYNAPTIC_VESICLE,
  /** A phagosome around an engulfed particle. */
  PHAGOSOME,
  /** A small pinocytic vesicle of fluid. */
  PINOCYTIC_VESICLE,
  /** A clathrin-coated vesicle. */
  CLATHRIN_COATED_VESICLE,
  /** A large endocytic vacuole. */
  ENDOCYTIC_VACUOLE,
  /** No vesicle is involved. */
  NONE
}
