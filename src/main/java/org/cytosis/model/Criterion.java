package org.cytosis.model;

/** The criteria an event is judged on, each with its input field name. */
public enum Criterion {
  DIRECTION("direction", false),
  MEMBRANE_EVENT("membraneEvent", true),
  VESICLE_ORIGIN("vesicleOrigin", true),
  MEMBRANE_SIZE_CHANGE("membraneSizeChange", true),
  VESICLE_TYPE("vesicleType", true),
  CARGO("cargo", false),
  TRIGGER("trigger", false),
  MECHANISM("mechanism", false),
  CELL_TYPE("cellType", false);

  private final String field;
  private final boolean impliesVesicle;

  Criterion(String field, boolean impliesVesicle) {
    this.field = field;
    this.impliesVesicle = impliesVesicle;
  }

  /** The name of the event field that carries this criterion. */
  public String field() {
    return field;
  }

  /** Whether any observation of this criterion presupposes a vesicle (contradicting NB-1). */
  public boolean impliesVesicle() {
    return impliesVesicle;
  }
}
