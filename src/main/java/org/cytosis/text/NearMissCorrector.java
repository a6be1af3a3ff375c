package org.cytosis.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Reads a misspelt word of the lexicon as the word it is a near miss of ("exocytocis", "golgi
 * aparatus"), as {@code grade} reads misspelt process names (see {@link PhraseList}): before the
 * phrases are matched, a word the lexicon does not know is given the normalised form of the lexicon
 * word it is within a few edits of, when exactly one such word is closest. Only the word's matching
 * form changes, so the evidence still quotes the words as written.
 *
 * <p>Classify reads every word of a description, most of them everyday English the lexicon does not
 * list, so it corrects more cautiously than grade: only words of at least {@link #SHORTEST}
 * letters, towards lexicon words as long (a short everyday word is too often one edit from a short
 * lexicon word: "though" and "through"), with one edit at most (grade's budget, {@link
 * PhraseList#maxEdits}, capped at one), only where the two differ inside the word (see {@link
 * #differsInside}), never towards a cell type, and never a word two lexicon words are equally close
 * to. Words the spelling table lists ({@code spelling.tsv}) are read by it first. Immutable apart
 * from a bounded cache of the words already looked up; safe to share between threads.
 */
final class NearMissCorrector {

  /** A word of letters only; compiled once, as every unknown word is checked. */
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  /** The shortest word, written or listed, that is corrected or corrected to. */
  static final int SHORTEST = 7;

  /**
   * At most one edit, where grade allows up to three: grade compares a word with a few process
   * names, classify with every word of the lexicon, and two edits already reach other real words
   * ("endomitosis" is two from "endocytosis").
   */
  private static final int MAX_EDITS = 1;

  /** Letters at the end of a word where a difference is an ending, not a misspelling. */
  private static final int ENDING = 2;

  /** Words looked up are remembered up to this many (descriptions repeat their words). */
  private static final int CACHE_LIMIT = 20_000;

  /** A lexicon word as written (lower case) and its normalised form. */
  private record Candidate(String written, String term) {}

  /** The lexicon's words of at least SHORTEST letters, by length. */
  private final Map<Integer, List<Candidate>> byLength = new TreeMap<>();

  /** Every normalised word of a lexicon phrase: such a word is known, not misspelt. */
  private final Set<String> knownTerms = new HashSet<>();

  private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

  NearMissCorrector(Lexicon lexicon) {
    Set<String> seen = new TreeSet<>();
    for (Lexicon.Variant variant : lexicon.variants) {
      // A word of the spelling table is known: a row that keeps a word as written ("uncharged")
      // also keeps it from being read as a near miss of another ("unchanged").
      lexicon.analyzer.terms(variant.variant()).forEach(t -> knownTerms.add(t.text()));
    }
    for (LexiconEntry entry : lexicon.entries) {
      for (PhraseAnalyzer.Term term : lexicon.analyzer.terms(entry.phrase().replace("...", " "))) {
        knownTerms.add(term.text());
      }
      if (entry.criterion() == null || entry.criterion() == org.cytosis.model.Criterion.CELL_TYPE) {
        // Negation words are known, never a target. The cell types imported from the Cell Ontology
        // hold many anatomical words a near miss of everyday English lands on ("interior" is one
        // edit from "anterior"), and a cell type is only a hint: their misspellings are not
        // guessed.
        continue;
      }
      for (String word : entry.phrase().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (word.length() >= SHORTEST && seen.add(word)) {
          List<PhraseAnalyzer.Term> terms = lexicon.analyzer.terms(word);
          if (terms.size() == 1) {
            byLength
                .computeIfAbsent(word.length(), n -> new ArrayList<>())
                .add(new Candidate(word, terms.get(0).text()));
          }
        }
      }
    }
  }

  /** The sentence's tokens, with each near miss given the matching form of its lexicon word. */
  List<Token> correct(String text, List<Token> tokens) {
    List<Token> corrected = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (knownTerms.contains(token.term()) || token.end() - token.start() < SHORTEST) {
        continue;
      }
      String written = text.substring(token.start(), token.end()).toLowerCase(Locale.ROOT);
      Optional<String> term = lookUp(written);
      if (term.isPresent()) {
        if (corrected == null) {
          corrected = new ArrayList<>(tokens);
        }
        corrected.set(
            i,
            new Token(
                term.get(),
                token.start(),
                token.end(),
                token.breakBefore(),
                token.endsScopeBefore()));
      }
    }
    return corrected == null ? tokens : corrected;
  }

  /**
   * The normalised form of the one lexicon word closest to this word as written, if there is one.
   * Words are compared as written, not as stems: stems one edit apart are too often two words
   * ("context" and "content").
   */
  Optional<String> lookUp(String written) {
    Optional<String> known = cache.get(written);
    if (known != null) {
      return known;
    }
    Optional<String> found =
        LETTERS.matcher(written).matches() ? closest(written) : Optional.empty();
    if (cache.size() < CACHE_LIMIT) {
      cache.put(written, found);
    }
    return found;
  }

  /**
   * Whether two words differ past their first letter and before their last {@link #ENDING} letters,
   * as a slip of the pen does ("exocitosis"), rather than in a prefix or an ending, as different
   * words of one family do: "intracellular" and "extracellular", "carried" and "carrier",
   * "envelope" and "envelop".
   */
  static boolean differsInside(String word, String other) {
    int shorter = Math.min(word.length(), other.length());
    int prefix = 0;
    while (prefix < shorter && word.charAt(prefix) == other.charAt(prefix)) {
      prefix++;
    }
    return prefix > 0 && prefix < shorter - ENDING;
  }

  private Optional<String> closest(String written) {
    int best = Integer.MAX_VALUE;
    Set<String> bestTerms = new TreeSet<>();
    for (int length = written.length() - 3; length <= written.length() + 3; length++) {
      for (Candidate c : byLength.getOrDefault(length, List.of())) {
        int d = distance(written, c.written());
        if (d == Integer.MAX_VALUE) {
          continue;
        }
        if (d < best) {
          best = d;
          bestTerms.clear();
        }
        if (d == best) {
          bestTerms.add(c.term());
        }
      }
    }
    return bestTerms.size() == 1 ? Optional.of(bestTerms.iterator().next()) : Optional.empty();
  }

  /**
   * Edits from a word to a lexicon word, or MAX_VALUE when too many or the difference is no slip.
   */
  private static int distance(String word, String lexiconWord) {
    int limit = Math.min(MAX_EDITS, PhraseList.maxEdits(lexiconWord.length()));
    if (Math.abs(lexiconWord.length() - word.length()) > limit
        || !differsInside(word, lexiconWord)) {
      return Integer.MAX_VALUE;
    }
    int d = new LevenshteinDistance(limit).apply(word, lexiconWord);
    return d <= 0 ? Integer.MAX_VALUE : d;
  }
}
