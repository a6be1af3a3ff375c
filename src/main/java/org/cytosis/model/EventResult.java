package org.cytosis.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One transport event read in a description that holds several (an uptake, then a release; a step
 * mentioned on the way), with its own verdict. The {@code main} one is the classification itself.
 *
 * @param text the words the event was read from
 * @param start offset of those words in the description
 * @param end offset just past them
 */
@JsonPropertyOrder({"main", "text", "start", "end", "status", "label", "findings"})
public record EventResult(boolean main, String text, int start, int end, Status status, Label label,
    List<Finding> findings) {

  public EventResult {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(status, "status must not be null");
    findings = List.copyOf(findings);
  }
}
