package org.cytosis.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The processes Cytosis names, as a two-level tree of families and subtypes, with their Gene
 * Ontology terms. {@link #NOT_BULK_TRANSPORT} is not a label a classification carries (its status
 * says so instead); findings use it to say what they support.
 */
public enum Label {
  /** Vesicles fuse with the plasma membrane and release their cargo outside. */
  EXOCYTOSIS(null, "GO:0006887"),
  /** Exocytosis that runs continuously, with no signal. */
  CONSTITUTIVE_SECRETORY_PATHWAY(EXOCYTOSIS, "GO:0045054"),
  /** Exocytosis of stored vesicles, set off by a signal. */
  REGULATED_SECRETORY_PATHWAY(EXOCYTOSIS, "GO:0045055"),
  /** The plasma membrane folds in and pinches off a vesicle of cargo. */
  ENDOCYTOSIS(null, "GO:0006897"),
  /** Endocytosis of a solid particle, such as a microbe. */
  PHAGOCYTOSIS(ENDOCYTOSIS, "GO:0006909"),
  /** Endocytosis of fluid and its solutes. */
  PINOCYTOSIS(ENDOCYTOSIS, "GO:0006907"),
  /** Endocytosis of ligands bound to their receptors. */
  RECEPTOR_MEDIATED_ENDOCYTOSIS(ENDOCYTOSIS, "GO:0006898"),
  /**
   * A cargo taken up on one side of a cell and released on the other (TC-1, ERR-24). A family of
   * its own: it holds one event of each of the two families, so neither is its parent.
   */
  TRANSCYTOSIS(null, "GO:0045056"),
  /** Crossing the membrane without vesicles; a status, not a classification label. */
  NOT_BULK_TRANSPORT(null, null);

  private static final List<Label> FAMILIES =
      List.of(EXOCYTOSIS, ENDOCYTOSIS, TRANSCYTOSIS, NOT_BULK_TRANSPORT);

  private final Label parent;
  private final String goTerm;

  Label(Label parent, String goTerm) {
    this.parent = parent;
    this.goTerm = goTerm;
  }

  /**
   * {@return the families and the not-bulk-transport pseudo-family: the sides a conflict can take}
   */
  public static List<Label> families() {
    return FAMILIES;
  }

  /** {@return the labels of the contract (seven, and TRANSCYTOSIS), in declaration order} */
  public static List<Label> bulkTransportLabels() {
    return List.of(values()).subList(0, NOT_BULK_TRANSPORT.ordinal());
  }

  /** {@return the family this label is a subtype of, or null for a family} */
  public Label getParent() {
    return parent;
  }

  /** {@return the family itself for a family, the parent for a subtype} */
  public Label getFamily() {
    return parent == null ? this : parent;
  }

  /** {@return whether this label is a subtype of a family} */
  public boolean isSubtype() {
    return parent != null;
  }

  /** {@return whether this is a label of bulk transport (any but {@link #NOT_BULK_TRANSPORT})} */
  public boolean isBulkTransport() {
    return this != NOT_BULK_TRANSPORT;
  }

  /**
   * Whether the other label is another subtype of the same family.
   *
   * @param other another label
   * @return true for a sibling subtype
   */
  public boolean isSiblingOf(Label other) {
    return parent != null && other != this && other.parent == parent;
  }

  /**
   * Another subtype of the same family that comes after this one in the order above. A rule about a
   * pair of siblings asks for the later one so that it fires once per pair, not once each way.
   *
   * @param other another label
   * @return true when both are subtypes of one family and this one comes later
   */
  public boolean isLaterSiblingOf(Label other) {
    return isSiblingOf(other) && ordinal() > other.ordinal();
  }

  /**
   * True when one of the two labels is the other or its ancestor: both tell the same story.
   *
   * @param other another label
   * @return true when they are on one branch
   */
  public boolean isOnBranchOf(Label other) {
    return this == other || parent == other || other.parent == this;
  }

  /** {@return the Gene Ontology id, or null for {@link #NOT_BULK_TRANSPORT}} */
  public String goTerm() {
    return goTerm;
  }

  /**
   * {@return the labels from the family down to this one, e.g. {@code [ENDOCYTOSIS, PHAGOCYTOSIS]}}
   */
  public List<Label> lineage() {
    List<Label> lineage = new ArrayList<>();
    for (Label l = this; l != null; l = l.parent) {
      lineage.add(l);
    }
    Collections.reverse(lineage);
    return List.copyOf(lineage);
  }
}
