package org.cytosis.bench;

import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Label;
import org.cytosis.model.Status;
import org.cytosis.model.VesicleType;

/**
 * The limit: a hand-written if/else classifier over the structured fields, with no rule engine, no
 * trace and no explanation, written only to measure how fast the plain decision can be. It lives in
 * the benchmark code and nowhere else: in the product, the rules decide (see rules/).
 *
 * <p>It follows the main lines of the rules (decisive findings per family, a conflict when both
 * families have one, a leading subtype, no vesicle means not bulk transport) but not their every
 * detail, so its answers are close to the engine's, not equal to them.
 */
public final class BaselineClassifier {

  /** A verdict: status and label (null when there is none). */
  public record Result(Status status, Label label) {}

  public Result classify(CellEvent e) {
    int exo = 0;
    int endo = 0;
    boolean noVesicle = e.mechanism() != null || e.vesicleType() == VesicleType.NONE;
    if (e.direction() != null) {
      if (e.direction() == org.cytosis.model.Direction.OUT_OF_CELL) exo++;
      else endo++;
    }
    if (e.membraneEvent() != null) {
      if (e.membraneEvent() == org.cytosis.model.MembraneEvent.FUSION) exo++;
      else endo++;
    }
    if (e.vesicleOrigin() != null) {
      if (e.vesicleOrigin() == org.cytosis.model.VesicleOrigin.PLASMA_MEMBRANE) endo++;
      else exo++;
    }
    if (e.membraneSizeChange() == org.cytosis.model.MembraneSizeChange.INCREASES) exo++;
    if (e.membraneSizeChange() == org.cytosis.model.MembraneSizeChange.DECREASES) endo++;
    Label subtype = null;
    VesicleType v = e.vesicleType();
    if (v == VesicleType.SECRETORY_VESICLE) exo++;
    if (v == VesicleType.ENDOCYTIC_VACUOLE) endo++;
    if (v == VesicleType.PHAGOSOME || e.cargo() == Cargo.SOLID_PARTICLE)
      subtype = Label.PHAGOCYTOSIS;
    else if (v == VesicleType.PINOCYTIC_VESICLE || e.cargo() == Cargo.FLUID)
      subtype = Label.PINOCYTOSIS;
    else if (v == VesicleType.CLATHRIN_COATED_VESICLE || e.cargo() == Cargo.RECEPTOR_BOUND_LIGAND) {
      subtype = Label.RECEPTOR_MEDIATED_ENDOCYTOSIS;
    } else if (v == VesicleType.DENSE_CORE_VESICLE
        || v == VesicleType.SYNAPTIC_VESICLE
        || e.trigger() == org.cytosis.model.Trigger.SIGNAL) {
      subtype = Label.REGULATED_SECRETORY_PATHWAY;
    } else if (e.trigger() == org.cytosis.model.Trigger.CONTINUOUS) {
      subtype = Label.CONSTITUTIVE_SECRETORY_PATHWAY;
    }
    if (subtype != null
        && subtype.getFamily() == Label.ENDOCYTOSIS
        && subtype != null
        && (e.cargo() == Cargo.SOLID_PARTICLE
            || e.cargo() == Cargo.FLUID
            || e.cargo() == Cargo.RECEPTOR_BOUND_LIGAND
            || v != null)) {
      endo++;
    }
    if (exo > 0 && endo > 0) {
      return new Result(
          Status.CONFLICTING,
          exo >= 2 * endo ? Label.EXOCYTOSIS : endo >= 2 * exo ? Label.ENDOCYTOSIS : null);
    }
    if (noVesicle) {
      return new Result(Status.NOT_BULK_TRANSPORT, null);
    }
    Label family = exo > 0 ? Label.EXOCYTOSIS : endo > 0 ? Label.ENDOCYTOSIS : null;
    if (family == null) {
      return new Result(Status.INSUFFICIENT_EVIDENCE, null);
    }
    return new Result(
        Status.CLASSIFIED, subtype != null && subtype.getFamily() == family ? subtype : family);
  }
}
