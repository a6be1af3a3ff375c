package org.cytosis.model;

/**
 * How much a finding counts. The one place where the weights of the confidence scheme and of the
 * conflict weighting live (see the README, "Confidence").
 */
public enum Weight {
  /** Establishes a family on its own (direction, membrane event, vesicle, defining cargo). */
  DECISIVE(1.0, 3, true),
  /**
   * Chooses a subtype as firmly as a decisive finding, but says nothing about the family (trigger).
   */
  REFINING(1.0, 3, false),
  /** Leans towards a subtype when nothing stronger disagrees (the purpose of the cargo). */
  SUGGESTIVE(0.5, 2, false),
  /** A hint only: never chooses a label on its own (the cell type). */
  WEAK(0.25, 1, false);

  private final double value;
  private final int rank;
  private final boolean establishesFamily;

  Weight(double value, int rank, boolean establishesFamily) {
    this.value = value;
    this.rank = rank;
    this.establishesFamily = establishesFamily;
  }

  /** {@return what the weight adds to the confidence scheme and the weighing of a conflict} */
  public double getValue() {
    return value;
  }

  /**
   * {@return the rank used when two subtypes compete: the higher wins, equal strong ranks conflict}
   */
  public int getRank() {
    return rank;
  }

  /** {@return whether a finding of this weight establishes a family on its own} */
  public boolean isEstablishesFamily() {

    return establishesFamily;
  }

  /**
   * Decisive or refining: the strongest evidence there is, so that two strong findings for sibling
   * subtypes contradict each other. The weighing rules read it as {@code weight.strong}.
   *
   * @return true for DECISIVE and REFINING
   */
  public boolean isStrong() {
    return rank == DECISIVE.rank;
  }

  /**
   * Whether this weight counts at least as much as the other when two subtypes compete.
   *
   * @param other another weight
   * @return true when this one ranks as high or higher
   */
  public boolean isAtLeast(Weight other) {
    return rank >= other.rank;
  }
}
