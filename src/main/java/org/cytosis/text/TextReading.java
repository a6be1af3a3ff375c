package org.cytosis.text;

import java.util.List;
import java.util.Set;
import org.cytosis.model.NegatedMention;

/**
 * What was read in a description: the mentions that are evidence ({@link #observed()}), and those
 * the description denies ({@link #negated()}), each with its span.
 */
public final class TextReading {

  private final List<Mention> observed;
  private final List<NegatedMention> negated;
  private final Set<String> entriesUsed;

  TextReading(List<Mention> observed, List<NegatedMention> negated, Set<String> entriesUsed) {
    this.observed = List.copyOf(observed);
    this.negated = List.copyOf(negated);
    this.entriesUsed = Set.copyOf(entriesUsed);
  }

  /** Mentions that are evidence, in text order. */
  public List<Mention> observed() {
    return observed;
  }

  /** Mentions the description denies, in text order. */
  public List<NegatedMention> negated() {
    return negated;
  }

  /** The lexicon entries that matched, by location ({@code rules/lexicon/cargo.tsv:12}). */
  Set<String> entriesUsed() {
    return entriesUsed;
  }
}
