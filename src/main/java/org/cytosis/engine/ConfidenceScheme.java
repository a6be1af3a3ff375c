package org.cytosis.engine;

import java.util.List;
import org.cytosis.model.Finding;
import org.cytosis.model.Label;
import org.cytosis.model.Status;
import org.cytosis.model.Weight;

/**
 * How sure a verdict is, from 0 to 1, using the weights in {@link Weight}. With S the weight of the
 * findings on the verdict's branch and O the weight of the findings against it:
 * {@code confidence = S / (S + O) * (1 - 2^-S)}: agreement times how much evidence there is. One
 * decisive finding alone gives 0.5, three agreeing ones 0.875. No verdict (insufficient evidence, or
 * a conflict with no label) gives 0. Documented in the README; keep the two in step.
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
    for (Finding f : findings) {
      if (f.supports().isOnBranchOf(target)) {
        support += f.weight().getValue();
      } else if (opposes(f, target)) {
        against += f.weight().getValue();
      }
    }
    if (support == 0) {
      return 0.0;
    }
    double value = support / (support + against) * (1 - Math.pow(2, -support));
    return Math.round(value * 1000) / 1000.0;
  }

  /**
   * A finding opposes the verdict when it speaks for a sibling subtype, decisively for another
   * family, or for a vesicle-free crossing (any weight) against bulk transport, or for a vesicle
   * against a vesicle-free crossing. A trigger or cargo hint for the other family's subtypes says
   * nothing against this family, so it is neutral.
   */
  private static boolean opposes(Finding f, Label target) {
    if (target == Label.NOT_BULK_TRANSPORT) {
      return f.isVesicular();
    }
    if (f.getFamily() == target.getFamily()) {
      return true; // same family, not on the branch: a sibling subtype
    }
    return f.getFamily() == Label.NOT_BULK_TRANSPORT || f.weight() == Weight.DECISIVE;
  }
}
