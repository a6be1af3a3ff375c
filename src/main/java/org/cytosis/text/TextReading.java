package org.cytosis.text;

import java.util.List;
import java.util.Set;
import org.cytosis.model.NegatedMention;

/**
 * What was read in a description: the mentions that are evidence of its main event ({@link
 * #observed()}), those the description denies ({@link #negated()}), every event read ({@link
 * #events()}, the main one marked), and, when there is no main event, why ({@link #note()}).
 */
public final class TextReading {

  private final List<Mention> observed;
  private final List<NegatedMention> negated;
  private final Set<String> entriesUsed;
  private final List<ReadEvent> events;
  private final ReadingNote note;

  TextReading(
      List<Mention> observed,
      List<NegatedMention> negated,
      Set<String> entriesUsed,
      List<ReadEvent> events,
      ReadingNote note) {
    this.observed = List.copyOf(observed);
    this.negated = List.copyOf(negated);
    this.entriesUsed = Set.copyOf(entriesUsed);
    this.events = List.copyOf(events);
    this.note = note;
  }

  /** Mentions that are evidence of the main event, in text order. */
  public List<Mention> observed() {
    return observed;
  }

  /** Mentions the description denies, in text order. */
  public List<NegatedMention> negated() {
    return negated;
  }

  /** Every transport event read, in text order; the main one has {@link ReadEvent#main()}. */
  public List<ReadEvent> events() {
    return events;
  }

  /** Why nothing was read as the main event (a question, or no transport event); null otherwise. */
  public ReadingNote note() {
    return note;
  }

  /** The lexicon entries that matched, by location ({@code rules/lexicon/cargo.tsv:12}). */
  Set<String> entriesUsed() {
    return entriesUsed;
  }
}
