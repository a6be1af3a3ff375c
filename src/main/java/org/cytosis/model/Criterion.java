package org.cytosis.model;

/** The criteria an event is judged on, each with its input field name. */
public enum Criterion {
  /** Which way the cargo crosses the plasma membrane ({@link Direction}). */
  DIRECTION("direction", false),
  /** What the membrane does: fuse or fold in ({@link MembraneEvent}). */
  MEMBRANE_EVENT("membraneEvent", true),
  /** Where the vesicle comes from ({@link VesicleOrigin}). */
  VESICLE_ORIGIN("vesicleOrigin", true),
  /** How the area of the plasma membrane changes ({@link MembraneSizeChange}). */
  MEMBRANE_SIZE_CHANGE("membraneSizeChange", true),
  /** The kind of vesicle ({@link VesicleType}). */
  VESICLE_TYPE("vesicleType", true),
  /** What is carried ({@link Cargo}). */
  CARGO("cargo", false),
  /** What sets the event off ({@link Trigger}). */
  TRIGGER("trigger", false),
  /** A way across the membrane without a vesicle ({@link Mechanism}). */
  MECHANISM("mechanism", false),
  /** The kind of cell, by name (free text, normalised). */
  CELL_TYPE("cellType", false);

  private final String field;
  private final boolean impliesVesicle;

  Criterion(String field, boolean impliesVesicle) {
    this.field = field;
    this.impliesVesicle = impliesVesicle;
  }

  /** {@return the name of the event field that carries this criterion} */
  public String field() {
    return field;
  }

  /** {@return whether any observation of this criterion presupposes a vesicle (contradicting NB-1)} */

  public boolean impliesVesicle() {
    return impliesVesicle;
  }
}
