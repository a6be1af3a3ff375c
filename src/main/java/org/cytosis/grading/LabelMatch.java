package org.cytosis.grading;

import org.cytosis.model.Classification;
import org.cytosis.model.Label;

/** How the label an answer names stands to the key's, along the label tree (family > subtype). */
enum LabelMatch {
  /** The key's own label. */
  SAME,
  /** A subtype of the key's family label, and the scenario supports it. */
  SUPPORTED_SUBTYPE,
  /** The family of the key's subtype label. */
  ANCESTOR,
  /** A subtype of the key's family label that the scenario does not support. */
  UNSUPPORTED_SUBTYPE,
  /** Another label. */
  OTHER;

  static LabelMatch of(Label key, Label named, Classification scenario) {
    if (named == key) {
      return SAME;
    }
    if (key.getParent() == named) {
      return ANCESTOR;
    }
    if (named.getParent() == key) {
      return scenario.label() == named ? SUPPORTED_SUBTYPE : UNSUPPORTED_SUBTYPE;
    }
    return OTHER;
  }

  GradeVerdict verdict() {
    return switch (this) {
      case SAME, SUPPORTED_SUBTYPE -> GradeVerdict.CORRECT;
      case ANCESTOR, UNSUPPORTED_SUBTYPE -> GradeVerdict.PARTIALLY_CORRECT;
      case OTHER -> GradeVerdict.INCORRECT;
    };
  }
}
