package org.cytosis.model;

import java.util.Objects;

/** A criterion that would confirm or refine the verdict, as a question a person could answer. */
public record Question(Criterion criterion, String question) implements Describable {

  public Question {
    Objects.requireNonNull(criterion, "criterion must not be null");
    Objects.requireNonNull(question, "question must not be null");
  }

  @Override
  public String describe() {
    return "ask about " + criterion.field() + ": " + question;
  }
}
