package org.cytosis.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cytosis.model.Claim;
import org.cytosis.model.Finding;
import org.cytosis.model.Label;
import org.cytosis.model.Status;
import org.cytosis.model.Weight;

/**
 * How sure a verdict is, from 0 to 1, using the weights in {@link Weight}. With S the weight of the
 * findings on the verdict's branch and O the weight of the findings against it: {@code confidence =
 * S / (S + O) * (1 - 2^-S)}, each distinct claim counted once: agreement times how much evidence
 * there is. One decisive finding alone gives 0.5, three agreeing ones 0.875. No verdict
 * (insufficient evidence, or a conflict with no label) gives 0. Documented in the README; keep the
 * two in step.
 */
final class ConfidenceScheme {

  private ConfidenceScheme() {}

  static double confidence(Status status, Label label, List<Finding> findings) {
    Label target = status == Status.NOT_BULK_TRANSPORT ? Label.NOT_BULK_TRANSPORT : label;
    if (target == null) {
      return 0.0;
    }
    double support = 0;
    double against = 0;
    // Count each claim once, however many fields and phrases state it.
    Set<Claim> claims = new LinkedHashSet<>();
    findings.forEach(f -> claims.add(f.getClaim()));
    for (Claim c : claims) {
      if (c.supports().isOnBranchOf(target) || isStepOf(c, target)) {
        support += c.weight().getValue();
      } else if (opposes(c, target)) {
        against += c.weight().getValue();
      }
    }
    if (support == 0) {
      return 0.0;
    }
    double value = support / (support + against) * (1 - Math.pow(2, -support));
    return Math.round(value * 1000) / 1000.0;
  }

  /**
   * The uptake and the release of a transcytosis are its steps (catalogue TC-2): findings for
   * exocytosis or endocytosis speak for it, as the weighing rules count them.
   */
  private static boolean isStepOf(Claim c, Label target) {
    Label family = c.supports().getFamily();
    return target == Label.TRANSCYTOSIS
        && (family == Label.EXOCYTOSIS || family == Label.ENDOCYTOSIS);
  }

  /**
   * A finding opposes the verdict when it speaks for a sibling subtype, decisively for another
   * family, or for a vesicle-free crossing (any weight) against bulk transport, or for a vesicle
   * against a vesicle-free crossing. A trigger or cargo hint for the other family's subtypes says
   * nothing against this family, so it is neutral.
   */
  private static boolean opposes(Claim c, Label target) {
    Label family = c.supports().getFamily();
    if (target == Label.NOT_BULK_TRANSPORT) {
      return c.criterion().impliesVesicle() && c.supports().isBulkTransport();
    }
    if (family == target.getFamily()) {
      return true; // same family, not on the branch: a sibling subtype
    }
    return family == Label.NOT_BULK_TRANSPORT || c.weight() == Weight.DECISIVE;
  }
}
