package org.cytosis.model;

/** What is carried (catalogue PH-1, PI-1, EN-2, KD-1, SP-3, NB-1). */
public enum Cargo {
  SOLID_PARTICLE,
  FLUID,
  RECEPTOR_BOUND_LIGAND,
  PROTEIN,
  HORMONE,
  NEUROTRANSMITTER,
  DIGESTIVE_ENZYME,
  WASTE,
  SMALL_MOLECULE
}
