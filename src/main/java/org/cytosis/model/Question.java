package org.cytosis.model;

import java.util.Objects;

/** A criterion that would confirm or refine the verdict, as a question a person could answer. */
public record Question(Criterion criterion, String question) implements Describable {

  /**
   * A question; neither part may be null.
   *
   * @param criterion the criterion it asks about
   * @param question the question in words
   */
  public Question {

    Objects.requireNonNull(criterion, "criterion must not be null");
    Objects.requireNonNull(question, "question must not be null");
  }

  @Override
  public String describe() {
    return "ask about " + criterion.field() + ": " + question;
  }
}
