package org.cytosis.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Two findings that cannot both hold. */
public record Conflict(ConflictLevel level, Finding first, Finding second) implements Describable {

  /**
   * A conflict; no part may be null.
   *
   * @param level what the conflict is between
   * @param first one finding
   * @param second the finding it contradicts
   */
  public Conflict {
    Objects.requireNonNull(level, "level must not be null");
    Objects.requireNonNull(first, "first must not be null");
    Objects.requireNonNull(second, "second must not be null");
  }

  /**
   * The conflict between two findings.
   *
   * @param first one finding
   * @param second the finding it contradicts
   * @param level what the conflict is between
   * @return the conflict
   */
  public static Conflict between(Finding first, Finding second, ConflictLevel level) {
    return new Conflict(level, first, second);
  }

  /** {@return the family whose subtypes disagree (for a {@link ConflictLevel#SUBTYPE} conflict)} */
  @JsonIgnore
  public Label getFamily() {
    return first.getFamily();
  }

  /** {@return whether the two sides belong to different families} */
  @JsonIgnore
  public boolean isCrossesFamilies() {
    return level.isCrossesFamilies();
  }

  /**
   * The same conflict with both findings replaced, e.g. by their provenance-filled versions.
   *
   * @param f what replaces each finding
   * @return the new conflict
   */
  public Conflict map(UnaryOperator<Finding> f) {
    return new Conflict(level, f.apply(first), f.apply(second));
  }

  @Override
  public String describe() {
    return level + " conflict: " + first.describe() + " vs " + second.describe();
  }
}
