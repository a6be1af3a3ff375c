package org.cytosis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A vocabulary of tagged phrases beside the criteria's (the names of processes, the signs of a
 * misconception), matched in text exactly as the lexicon's own phrases are: the same normalisation
 * (case, hyphens, plurals and other endings, the lexicon's spelling variants), the same gaps
 * ({@code ...}) and the same negation scopes. Built by {@link TextReader#phrases}; immutable and
 * safe to share between threads.
 *
 * <p>With near misses on, a word that no phrase matches is also compared with the one-word phrases
 * as written, by edit distance: a word within {@link #maxEdits} edits of one tag's phrase, and
 * strictly closer to it than to any other tag's, is read as that tag ("phagocitosis"); a word as
 * close to two tags ("ectocytosis": two edits from endocytosis and from exocytosis) is not guessed.
 */
public final class PhraseList {

  /** A word shorter than this is never read as a near miss: short words differ by few letters. */
  static final int SHORTEST_NEAR_MISS = 5;

  /** One phrase as listed, with the tag it stands for and where it is written. */
  public record Phrase(String source, int line, String phrase, String tag) {
    public Phrase {
      Objects.requireNonNull(phrase, "phrase must not be null");
      Objects.requireNonNull(tag, "tag must not be null");
    }
  }

  final PhraseMatcher matcher;
  final List<LexiconEntry> entries;

  /** The one-word phrases as written, lower case, for near misses; empty when they are off. */
  final List<LexiconEntry> nearMissCandidates;

  private PhraseList(PhraseMatcher matcher, List<LexiconEntry> entries, boolean nearMisses) {
    this.matcher = matcher;
    this.entries = List.copyOf(entries);
    this.nearMissCandidates =
        nearMisses
            ? this.entries.stream().filter(e -> e.phrase().matches("\\p{L}+")).toList()
            : List.of();
  }

  /**
   * How many edits a near miss of a word this long may have: one per five letters, at least one and
   * at most three ("secretion": 1, "phagocytosis": 2).
   */
  static int maxEdits(int length) {
    return Math.max(1, Math.min(3, length / 5));
  }

  /**
   * Compiles phrases with the lexicon's analyzer. Every tagged entry sits in one matching channel
   * (the one the lexicon gives entries without a criterion), in a matcher of its own, so that
   * criterion phrases and negation triggers never compete with them.
   *
   * @throws org.cytosis.io.InvalidInputException for a phrase with no word, or one that reads the
   *     same as an earlier one
   */
  static PhraseList compile(Lexicon lexicon, List<Phrase> phrases, boolean nearMisses) {
    PhraseMatcher matcher = new PhraseMatcher(lexicon.gapStoppers);
    List<LexiconEntry> entries = new ArrayList<>();
    for (Phrase p : phrases) {
      LexiconEntry entry =
          new LexiconEntry(
              p.source(),
              p.line(),
              p.phrase().strip().toLowerCase(Locale.ROOT),
              null,
              p.tag(),
              null,
              null,
              entries.size());
      TsvRows.Row row = new TsvRows.Row(p.source(), p.line(), Map.of());
      LexiconEntry twin = matcher.add(Lexicon.words(lexicon.analyzer, p.phrase(), row), entry);
      if (twin != null) {
        throw row.problem(
            "phrase",
            "\""
                + p.phrase()
                + "\" reads the same as \""
                + twin.phrase()
                + "\" at line "
                + twin.line()
                + " of "
                + twin.source());
      }
      entries.add(entry);
    }
    return new PhraseList(matcher, entries, nearMisses);
  }

  /** The channel every tagged entry is matched in. */
  static int channel() {
    return LexiconEntry.CRITERIA;
  }
}
