package org.cytosis.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Something the description mentions only to deny it ("the vesicle does not fuse"): read, but not
 * evidence. Kept on the result so that a reader sees the word was understood and why it counts for
 * nothing. {@code evidence} holds the span and the negation trigger ({@code negatedBy}).
 */
@JsonPropertyOrder({"criterion", "value", "evidence"})
public record NegatedMention(Criterion criterion, String value, Evidence evidence) {

  /**
   * A negated mention; no part may be null.
   *
   * @param criterion the criterion the words would have been evidence for
   * @param value the value they would have given
   * @param evidence the span and the negation trigger
   */
  public NegatedMention {

    Objects.requireNonNull(criterion, "criterion must not be null");
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(evidence, "evidence must not be null");
  }
}
