package org.cytosis.model;

/** The kind of verdict reached; exactly one per classification. */
public enum Status {
  /** The label is supported by the evidence without contradiction. */
  CLASSIFIED,
  /** The evidence points to two families (or two subtypes); see the result's conflicts. */
  CONFLICTING,
  /** Nothing establishes a family; see the result's missing questions. */
  INSUFFICIENT_EVIDENCE,
  /** The substance crosses without a vesicle (diffusion, channels, carriers, pumps). */
  NOT_BULK_TRANSPORT,
  /**
   * The description asserts no transport event at all: a question without its answer, a structure,
   * a purpose. The result's {@code note} says which.
   */
  NO_EVENT
}
