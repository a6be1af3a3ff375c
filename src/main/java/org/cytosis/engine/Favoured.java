package org.cytosis.engine;

import org.cytosis.model.Describable;
import org.cytosis.model.Label;

/** Under a conflict between families, this side outweighs the others at least twofold. */
public record Favoured(Label family) implements Describable {
  /** {@return the family that outweighs the others} Drools reads it by this name. */
  public Label getFamily() {

    return family;
  }

  @Override
  public String describe() {
    return family + " favoured by weight despite the conflict";
  }
}
