package org.cytosis.text;

import java.util.List;

/**
 * One transport event read in a description: its frames (one or more predicates read as the same
 * event) and the mentions that are its evidence. {@code main} marks the event the text asserts
 * about its cargo; the others are earlier, later or subordinate steps, classified on their own.
 *
 * @param text the words of the event's clauses, as written
 * @param start offset of the first of those words in the description
 * @param end offset just past the last
 */
public record ReadEvent(
    boolean main, String text, int start, int end, List<Frame> frames, List<Mention> evidence) {

  public ReadEvent {
    frames = List.copyOf(frames);
    evidence = List.copyOf(evidence);
  }
}
