package org.cytosis.engine;

import org.cytosis.model.Describable;
import org.cytosis.model.Label;

/** This subtype has the strongest evidence among its siblings, uncontested. */
public record Leading(Label subtype) implements Describable {
  /** {@return the leading subtype} Drools reads it by this name. */
  public Label getSubtype() {
    return subtype;
  }

  /** {@return the family of the leading subtype} */
  public Label getFamily() {

    return subtype.getFamily();
  }

  @Override
  public String describe() {
    return subtype + " leads among the subtypes of " + subtype.getFamily();
  }
}
