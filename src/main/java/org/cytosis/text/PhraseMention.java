package org.cytosis.text;

import java.util.List;
import org.cytosis.model.Evidence;

/**
 * A phrase of a {@link PhraseList} found in text: its tag, the phrase as listed (lower case), the
 * words as written (the evidence's span, with the negation trigger in {@code negatedBy} when the
 * text denies it), and how the words were read. For an {@link Spelling#AMBIGUOUS} near miss the tag
 * and phrase are null and {@code alternatives} holds the tags it is equally close to, sorted.
 */
public record PhraseMention(
    String tag, String phrase, Evidence evidence, Spelling spelling, List<String> alternatives) {

  /** How the words of a mention relate to the phrase they were read as. */
  public enum Spelling {
    /** The phrase as listed, give or take case, hyphens and word endings. */
    AS_LISTED,
    /** Through a spelling variant of the lexicon ({@code spelling.tsv}): "endocitosis". */
    VARIANT,
    /** A word within a few edits of a listed one-word phrase: "phagocytossis". */
    NEAR_MISS,
    /** A word equally close to the phrases of two tags: not guessed. */
    AMBIGUOUS
  }

  public PhraseMention {
    alternatives = List.copyOf(alternatives);
  }

  /** Whether the text denies it ("not exocytosis"). */
  public boolean isNegated() {
    return evidence.negatedBy() != null;
  }
}
