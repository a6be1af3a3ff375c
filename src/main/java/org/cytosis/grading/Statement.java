package org.cytosis.grading;

import org.cytosis.model.Criterion;
import org.cytosis.model.Evidence;
import org.cytosis.model.Label;
import org.cytosis.model.Weight;

/**
 * One thing a student's answer or justification says about a criterion, as the rules read it: the
 * value, the label it supports and how strongly, the words (evidence), and whether the student
 * denies it ("the vesicle does not fuse") rather than asserts it.
 *
 * @param sources the catalogue IDs of the rule that reads the value
 */
record Statement(
    Criterion criterion,
    String value,
    Label supports,
    Weight weight,
    Evidence evidence,
    boolean denied,
    java.util.List<String> sources) {

  Statement {
    sources = java.util.List.copyOf(sources);
  }

  /** {@code "fuses with the membrane" (membrane event: fusion)}. */
  String describe() {
    String words = Phrasing.criterion(criterion) + ": " + Phrasing.value(value);
    String quoted = evidence.text() == null ? words : "\"" + evidence.text() + "\" (" + words + ")";
    return denied ? "denying " + quoted : quoted;
  }
}
