package org.cytosis.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One transport event read in a description that holds several (an uptake, then a release; a step
 * mentioned on the way), with its own verdict. The {@code main} one is the classification itself.
 *
 * @param main whether this is the event the classification itself is about
 * @param roles the frame drawn: each predicate and the words in its roles
 * @param text the words the event was read from
 * @param start offset of those words in the description
 * @param end offset just past them
 */
@JsonPropertyOrder({"main", "text", "start", "end", "roles", "status", "label", "findings"})
public record EventResult(
    boolean main,
    String text,
    int start,
    int end,
    List<ReadRole> roles,
    Status status,
    Label label,
    List<Finding> findings) {

  /**
   * One word of the event in its role, as the reader drew the frame: {@code role} is predicate,
   * theme, agent, route, setting or trigger; {@code counts} tells whether that role made it
   * evidence.
   */
  @JsonPropertyOrder({"role", "text", "criterion", "counts"})
  public record ReadRole(String role, String text, String criterion, boolean counts) {}

  /**
   * An event read, with its own copies of the lists.
   *
   * @param main whether this is the event the classification itself is about
   * @param text the words the event was read from
   * @param start offset of those words in the description
   * @param end offset just past them
   * @param roles the frame drawn
   * @param status its verdict's status
   * @param label its verdict's label, or null
   * @param findings its findings
   */
  public EventResult {

    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(status, "status must not be null");
    roles = List.copyOf(roles);
    findings = List.copyOf(findings);
  }
}
