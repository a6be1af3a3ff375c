package org.cytosis.engine;

import java.util.Objects;
import org.cytosis.model.Criterion;
import org.cytosis.model.Describable;
import org.cytosis.model.Evidence;
import org.cytosis.model.Finding;
import org.cytosis.model.Label;
import org.cytosis.model.Weight;

/**
 * A fact the rules start from: one criterion's observed value (an enum constant, or the normalised
 * text of the cell type) and where it was seen. The first rule layer turns observations into
 * findings with {@link #supports(Label, Weight)}.
 */
public record Observation(Criterion criterion, Object value, Evidence evidence)
    implements Describable {

  /**
   * An observation; none of its parts may be null.
   *
   * @param criterion the criterion observed
   * @param value an enum constant of the criterion, or the normalised cell type
   * @param evidence where it was seen
   */
  public Observation {
    Objects.requireNonNull(criterion, "criterion must not be null");
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(evidence, "evidence must not be null");
  }

  /** {@return the criterion observed} Drools reads it by this name. */
  public Criterion getCriterion() {
    return criterion;
  }

  /** {@return the value observed} Drools reads it by this name. */
  public Object getValue() {
    return value;
  }

  /**
   * The finding that this observation supports a label, with the given weight.
   *
   * @param label the family or subtype supported
   * @param weight how strongly
   * @return the finding, citing this observation's evidence
   */
  public Finding supports(Label label, Weight weight) {
    return new Finding(criterion, Criterion.written(value), label, weight, evidence, null, null);
  }

  @Override
  public String describe() {
    return criterion.field() + " = " + value + " (" + evidence.describe() + ")";
  }
}
