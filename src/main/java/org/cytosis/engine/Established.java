package org.cytosis.engine;

import org.cytosis.model.Describable;
import org.cytosis.model.Label;

/** Weighing concluded that the event belongs to this family (or is not bulk transport). */
public record Established(Label family) implements Describable {
  /** {@return the family established} Drools reads it by this name. */
  public Label getFamily() {

    return family;
  }

  @Override
  public String describe() {
    return "family " + family + " established";
  }
}
