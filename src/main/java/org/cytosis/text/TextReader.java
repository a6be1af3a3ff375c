package org.cytosis.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cytosis.io.InputLimits;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.Criterion;
import org.cytosis.model.Evidence;
import org.cytosis.model.NegatedMention;

/**
 * Reads an English description into mentions of the criteria, with the words that say each one,
 * using the lexicon in {@code rules/lexicon/}. Build it once and share it: the lexicon is compiled
 * when it is built, and reading keeps no state between calls, so a reader is safe to use from many
 * threads.
 *
 * <p>Each sentence is tokenised and normalised (see {@link PhraseAnalyzer}), the lexicon's phrases
 * are matched in it (see {@link PhraseMatcher}), and negation is applied in the manner of NegEx: a
 * trigger before a mention ("does not", "without") or after it ("is not involved") denies it when
 * the mention lies in the trigger's scope, which ends at the sentence's end, at punctuation or a
 * word that ends scopes ("but", ";", "instead"), or at the next trigger.
 */
public final class TextReader {

  /** The field name that evidence from the description carries. */
  public static final String FIELD = "description";

  /** Punctuation between two words that keeps a phrase from running across it. */
  private static final String CLAUSE_BREAKS = ",;:()[]{}!?.\u2013\u2014";

  private final Lexicon lexicon;

  private TextReader(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A reader with the lexicon packaged in Cytosis. */
  public static TextReader builtIn() {
    return new TextReader(Lexicon.builtIn());
  }

  /**
   * A reader with the lexicon files in {@code dir} (every file must be there).
   *
   * @throws org.cytosis.io.InvalidInputException naming the file and line of a bad entry
   */
  public static TextReader fromDirectory(Path dir) {
    Objects.requireNonNull(dir, "dir must not be null");
    return new TextReader(Lexicon.fromDirectory(dir));
  }

  Lexicon lexicon() {
    return lexicon;
  }

  /**
   * Reads a description.
   *
   * @throws InvalidInputException for a description longer than
   *     {@link InputLimits#MAX_DESCRIPTION} characters, or with more than
   *     {@link InputLimits#MAX_EVIDENCE} mentions read as evidence: beyond these the rules' time
   *     grows out of bounds, so the text is refused rather than read in part
   */
  public TextReading read(String description) {
    Objects.requireNonNull(description, "description must not be null");
    InputLimits.checkLength(FIELD, description, null, 0);
    List<Mention> observed = new ArrayList<>();
    List<NegatedMention> negated = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Sentences.Span sentence : Sentences.split(description)) {
      readSentence(description, tokens(description, sentence, used), observed, negated, used);
    }
    InputLimits.checkEvidence(observed.size(), null, 0);
    Comparator<Evidence> byPlace = Comparator.comparing(Evidence::start).thenComparing(Evidence::end);
    observed.sort(Comparator.comparing(Mention::evidence, byPlace).thenComparing(Mention::criterion));
    negated.sort(Comparator.comparing(NegatedMention::evidence, byPlace)
        .thenComparing(NegatedMention::criterion));
    return new TextReading(observed, negated, used);
  }

  private void readSentence(String text, List<Token> tokens, List<Mention> observed,
      List<NegatedMention> negated, Set<String> used) {
    List<List<PhraseMatcher.Match>> channels = lexicon.matcher.match(tokens);
    List<PhraseMatcher.Match> mentions = new ArrayList<>();
    for (int c = 0; c < Criterion.values().length; c++) {
      mentions.addAll(channels.get(c));
    }
    // A negation word inside a phrase of the vocabulary ("no vesicle", "not until") belongs to it.
    List<PhraseMatcher.Match> triggers = channels.get(Criterion.values().length).stream()
        .filter(t -> mentions.stream().noneMatch(t::overlaps))
        .toList();
    PhraseMatcher.Match[] negator = NegationScopes.negators(tokens, triggers);
    for (PhraseMatcher.Match m : mentions) {
      used.add(m.entry().location());
      LexiconEntry entry = m.entry();
      PhraseMatcher.Match trigger = negator[m.first()];
      if (trigger == null) {
        if (entry.value() != null) {
          observed.add(new Mention(entry.criterion(), entry.value(), span(text, tokens, m, null)));
        }
        continue;
      }
      used.add(trigger.entry().location());
      Evidence evidence = span(text, tokens, m, words(text, tokens, trigger));
      if (entry.negatedValue() != null) {
        observed.add(new Mention(entry.criterion(), entry.negatedValue(), evidence));
      } else if (entry.value() != null) {
        negated.add(new NegatedMention(entry.criterion(), name(entry.value()), evidence));
      }
    }
    triggers.forEach(t -> used.add(t.entry().location()));
  }

  /** The sentence's words, each with what separates it from the word before. */
  private List<Token> tokens(String text, Sentences.Span sentence, Set<String> used) {
    List<PhraseAnalyzer.Term> terms = lexicon.analyzer.terms(text.substring(sentence.start(), sentence.end()));
    List<Token> tokens = new ArrayList<>(terms.size());
    int previousEnd = -1;
    for (PhraseAnalyzer.Term term : terms) {
      int start = sentence.start() + term.start();
      int end = sentence.start() + term.end();
      boolean breakBefore = false;
      boolean endsScope = false;
      if (previousEnd >= 0) {
        String gap = text.substring(previousEnd, start);
        breakBefore = containsAny(gap, CLAUSE_BREAKS) || gap.contains(" - ");
        endsScope = containsAny(gap, lexicon.scopeEndingPunctuation);
        if (endsScope) {
          lexicon.punctuationEntries(gap).forEach(e -> used.add(e.location()));
        }
      }
      tokens.add(new Token(term.text(), start, end, breakBefore, endsScope));
      previousEnd = end;
    }
    return tokens;
  }

  private static boolean containsAny(String gap, String characters) {
    for (int i = 0; i < gap.length(); i++) {
      if (characters.indexOf(gap.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static Evidence span(String text, List<Token> tokens, PhraseMatcher.Match m, String negatedBy) {
    int start = tokens.get(m.first()).start();
    int end = tokens.get(m.last()).end();
    return new Evidence(FIELD, start, end, text.substring(start, end), negatedBy);
  }

  private static String words(String text, List<Token> tokens, PhraseMatcher.Match m) {
    return text.substring(tokens.get(m.first()).start(), tokens.get(m.last()).end());
  }

  private static String name(Object value) {
    return value instanceof Enum<?> e ? e.name() : value.toString();
  }
}
