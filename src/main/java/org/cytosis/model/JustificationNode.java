package org.cytosis.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One step of the justification graph: a fact the rules used or concluded, the rule that concluded
 * it (with the catalogue IDs that rule cites) and the facts that rule matched ({@code because}),
 * nested the way one step caused the next: verdict, then family and subtype decisions, findings and
 * conflicts, down to the inputs (a field, or a span of the description). A fact that supports two
 * steps appears under both. In JSON, empty and absent parts (an input's rule, sources and causes)
 * are left out.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"kind", "statement", "rule", "sources", "evidence", "because"})
public record JustificationNode(
    Kind kind,
    String statement,
    String rule,
    List<String> sources,
    Evidence evidence,
    List<JustificationNode> because) {

  /** What a node stands for. */
  public enum Kind {
    /** The verdict: status and label. */
    VERDICT,
    /** Weighing established a family (or that the event is not bulk transport). */
    FAMILY,
    /** Under a conflict, one side outweighs the others at least twofold. */
    FAVOURED,
    /** A subtype leads among its siblings. */
    SUBTYPE,
    /** Two findings that contradict each other. */
    CONFLICT,
    /** A criterion established from an input. */
    FINDING,
    /** What the event said: a field, or a span of its description. */
    INPUT
  }

  /**
   * A node, with its own copies of the lists (null is taken as empty).
   *
   * @param kind what the node stands for
   * @param statement the fact in words
   * @param rule the rule that concluded it, or null for an input
   * @param sources the catalogue IDs that rule cites
   * @param evidence where an input was seen, or null
   * @param because the facts the rule matched
   */
  public JustificationNode {

    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(statement, "statement must not be null");
    sources = sources == null ? List.of() : List.copyOf(sources);
    because = because == null ? List.of() : List.copyOf(because);
  }
}
