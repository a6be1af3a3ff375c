package org.cytosis.engine;

import org.cytosis.model.Describable;

/**
 * A fact for the rules: the event was given as a description alone, and the reader found no
 * asserted transport event in it ({@code question}: because it only asks). The decision rules
 * conclude NO_EVENT from a text that asserts nothing, rather than "insufficient evidence" for an
 * event that was never described; an unanswered question is insufficient evidence (issue 13).
 */
public record TextWithoutEvent(boolean question) implements Describable {

  /** {@return whether the text only asks a question} */
  public boolean isQuestion() {

    return question;
  }

  @Override
  public String describe() {
    return question ? "the text only asks a question" : "the text describes no transport event";
  }
}
