package org.cytosis.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * How one criterion of a label fares for an event: the value observed (null when unknown), where it
 * was seen, the values the label needs (null when the observed value already counts for it), and
 * the catalogue IDs of the rules that read those values.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"criterion", "observed", "needed", "sources", "evidence"})
public record CriterionCheck(
    Criterion criterion,
    String observed,
    List<String> needed,
    List<String> sources,
    Evidence evidence) {

  /**
   * A check, with its own copies of the lists.
   *
   * @param criterion the criterion checked
   * @param observed the value observed, or null when unknown
   * @param needed the values the label needs, or null when the observed one counts for it
   * @param sources the catalogue IDs of the rules that read those values
   * @param evidence where the value was seen, or null
   */
  public CriterionCheck {

    Objects.requireNonNull(criterion, "criterion must not be null");
    needed = needed == null ? null : List.copyOf(needed);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }
}
