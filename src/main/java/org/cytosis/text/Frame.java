package org.cytosis.text;

import java.util.List;
import org.cytosis.model.Evidence;

/**
 * One transport predicate read in a sentence, with the mentions that fill its roles: what the
 * reader drew for that clause. {@code asserted} is false for a frame the text does not assert
 * (denied, asked, supposed or named as a purpose); {@code primary} is true for a frame of the
 * sentence's own assertion, false for one in a clause about something else (a time, a cause, a
 * participant).
 */
public record Frame(
    PredicateKind kind,
    Evidence predicate,
    boolean verbal,
    boolean passive,
    boolean asserted,
    boolean primary,
    List<Filler> roles) {

  /** A mention in one of the frame's roles; {@code counts} when that role makes it evidence. */
  public record Filler(Role role, Mention mention, boolean counts) {}

  public Frame {
    roles = List.copyOf(roles);
  }
}
