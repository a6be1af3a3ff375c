package org.cytosis.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Two findings that cannot both hold. */
public record Conflict(ConflictLevel level, Finding first, Finding second) implements Describable {

  public Conflict {
    Objects.requireNonNull(level, "level must not be null");
    Objects.requireNonNull(first, "first must not be null");
    Objects.requireNonNull(second, "second must not be null");
  }

  public static Conflict between(Finding first, Finding second, ConflictLevel level) {
    return new Conflict(level, first, second);
  }

  /** The family whose subtypes disagree (for a {@link ConflictLevel#SUBTYPE} conflict). */
  @JsonIgnore
  public Label getFamily() {
    return first.getFamily();
  }

  @JsonIgnore
  public boolean isCrossesFamilies() {
    return level.isCrossesFamilies();
  }

  /** The same conflict with both findings replaced, e.g. by their provenance-filled versions. */
  public Conflict map(UnaryOperator<Finding> f) {
    return new Conflict(level, f.apply(first), f.apply(second));
  }

  @Override
  public String describe() {
    return level + " conflict: " + first.describe() + " vs " + second.describe();
  }
}
