package org.cytosis.model;

/** What a conflict is between. */
public enum ConflictLevel {
  /** Evidence for exocytosis against evidence for endocytosis. */
  FAMILY,
  /** Evidence of a vesicle-free crossing against evidence that a vesicle is involved. */
  BULK_TRANSPORT,
  /** Evidence for two subtypes of the same family. */
  SUBTYPE;

  /**
   * {@return whether the two sides belong to different families, so no family can be established}
   */
  public boolean isCrossesFamilies() {
    return this != SUBTYPE;
  }
}
