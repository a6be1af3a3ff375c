package org.cytosis.model;

/** What is carried (catalogue PH-1, PI-1, EN-2, KD-1, SP-3, NB-1). */
public enum Cargo {
  /** A solid particle: a microbe, a dead or dying cell, debris. */
  SOLID_PARTICLE,
  /** Extracellular fluid with the solutes dissolved in it. */
  FLUID,
  /** A specific ligand bound to its receptor at the cell surface. */
  RECEPTOR_BOUND_LIGAND,
  /** A protein made by the cell, such as a plasma protein or a matrix component. */
  PROTEIN,
  /** A hormone, such as insulin. */
  HORMONE,
  /** A neurotransmitter released at a synapse. */
  NEUROTRANSMITTER,
  /** A digestive enzyme, such as those of the pancreas. */
  DIGESTIVE_ENZYME,
  /** Waste the cell gets rid of. */
  WASTE,
  /** A small molecule or ion, which crosses membranes without vesicles. */
  SMALL_MOLECULE
}
