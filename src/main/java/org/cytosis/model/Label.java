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
  EXOCYTOSIS(null, "GO:0006887"),
  CONSTITUTIVE_SECRETORY_PATHWAY(EXOCYTOSIS, "GO:0045054"),
  REGULATED_SECRETORY_PATHWAY(EXOCYTOSIS, "GO:0045055"),
  ENDOCYTOSIS(null, "GO:0006897"),
  PHAGOCYTOSIS(ENDOCYTOSIS, "GO:0006909"),
  PINOCYTOSIS(ENDOCYTOSIS, "GO:0006907"),
  RECEPTOR_MEDIATED_ENDOCYTOSIS(ENDOCYTOSIS, "GO:0006898"),
  /**
   * A cargo taken up on one side of a cell and released on the other (TC-1, ERR-24). A family of its
   * own: it holds one event of each of the two families, so neither is its parent.
   */
  TRANSCYTOSIS(null, "GO:0045056"),
  NOT_BULK_TRANSPORT(null, null);

  private static final List<Label> FAMILIES =
      List.of(EXOCYTOSIS, ENDOCYTOSIS, TRANSCYTOSIS, NOT_BULK_TRANSPORT);

  private final Label parent;
  private final String goTerm;

  Label(Label parent, String goTerm) {
    this.parent = parent;
    this.goTerm = goTerm;
  }

  /** The family and the not-bulk-transport pseudo-family: the sides a conflict can take. */
  public static List<Label> families() {
    return FAMILIES;
  }

  /** The labels of the contract (seven, and TRANSCYTOSIS since the second round), in declaration order. */
  public static List<Label> bulkTransportLabels() {
    return List.of(values()).subList(0, NOT_BULK_TRANSPORT.ordinal());
  }

  /** The family this label is a subtype of, or null for a family. */
  public Label getParent() {
    return parent;
  }

  /** The family itself for a family, the parent for a subtype. */
  public Label getFamily() {
    return parent == null ? this : parent;
  }

  public boolean isSubtype() {
    return parent != null;
  }

  public boolean isBulkTransport() {
    return this != NOT_BULK_TRANSPORT;
  }

  /** Another subtype of the same family. */
  public boolean isSiblingOf(Label other) {
    return parent != null && other != this && other.parent == parent;
  }

  /**
   * Another subtype of the same family that comes after this one in the order above. A rule about a
   * pair of siblings asks for the later one so that it fires once per pair, not once each way.
   */
  public boolean isLaterSiblingOf(Label other) {
    return isSiblingOf(other) && ordinal() > other.ordinal();
  }

  /** True when one of the two labels is the other or its ancestor: both tell the same story. */
  public boolean isOnBranchOf(Label other) {
    return this == other || parent == other || other.parent == this;
  }

  /** The Gene Ontology id, or null for {@link #NOT_BULK_TRANSPORT}. */
  public String goTerm() {
    return goTerm;
  }

  /** From the family down to this label, e.g. {@code [ENDOCYTOSIS, PHAGOCYTOSIS]}. */
  public List<Label> lineage() {
    List<Label> lineage = new ArrayList<>();
    for (Label l = this; l != null; l = l.parent) {
      lineage.add(l);
    }
    Collections.reverse(lineage);
    return List.copyOf(lineage);
  }
}
