package org.cytosis.text;

import org.cytosis.model.Criterion;

/**
 * One phrase of the lexicon and what it means: for a criterion file, the value it is evidence of
 * ({@code value}, null for a phrase that is deliberately no evidence and only keeps shorter phrases
 * inside it from matching) and the value it gives when negated ({@code negatedValue}, null when a
 * negated mention is simply not evidence); for {@code negation.tsv}, the kind of trigger.
 *
 * @param source the lexicon file, for messages and coverage
 * @param line the entry's line in that file
 * @param order the entry's position in the whole lexicon: the earlier entry wins a tie
 */
record LexiconEntry(
    String source,
    int line,
    String phrase,
    Criterion criterion,
    Object value,
    Object negatedValue,
    NegationKind negation,
    int order) {

  /** Where the entry is written, e.g. {@code rules/lexicon/cargo.tsv:12}. */
  String location() {
    return source + ":" + line;
  }

  boolean isNegation() {
    return negation != null;
  }

  /** The matching channel: one per criterion, and one for negation triggers. */
  int channel() {
    return criterion == null ? CRITERIA : criterion.ordinal();
  }

  static int channels() {
    return CRITERIA + 1;
  }

  /** How many criteria there are; {@code values()} copies its array on every call. */
  static final int CRITERIA = Criterion.values().length;
}
