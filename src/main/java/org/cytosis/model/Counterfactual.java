package org.cytosis.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A change to the event's fields and the verdict the rules reach with it. {@code changes} maps
 * field names to their new values, in field order; a null value removes the field (makes it
 * unknown). {@code summary} says the same in a sentence.
 */
@JsonPropertyOrder({"changes", "result", "summary"})
public record Counterfactual(Map<String, String> changes, Result result, String summary) {

  /** The verdict reached with the changes. */
  @JsonPropertyOrder({"label", "status"})
  public record Result(Label label, Status status) {
    /**
     * A verdict; its status may not be null.
     *
     * @param label the label reached, or null
     * @param status the status reached
     */
    public Result {
      Objects.requireNonNull(status, "status must not be null");
    }

    /**
     * The verdict of a classification.
     *
     * @param c the classification
     * @return its label and status
     */
    public static Result of(Classification c) {
      return new Result(c.label(), c.status());
    }
  }

  /**
   * A counterfactual; no part may be null, but a value in {@code changes} may.
   *
   * @param changes field names and their new values, in field order; null removes a field
   * @param result the verdict reached with the changes
   * @param summary the same in a sentence
   */
  public Counterfactual {

    Objects.requireNonNull(changes, "changes must not be null");
    Objects.requireNonNull(result, "result must not be null");
    Objects.requireNonNull(summary, "summary must not be null");
    // Map.copyOf refuses nulls, and null is how a removal is written.
    changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
  }
}
