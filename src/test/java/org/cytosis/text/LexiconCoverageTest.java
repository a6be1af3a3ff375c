package org.cytosis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every entry of the lexicon is reached by at least one test sentence (an English scenario, a
 * held-out sentence, or a row of lexicon-examples.tsv, whose reading LexiconExamplesTest checks).
 * An entry no sentence reaches is untested vocabulary: add a sentence, or remove the entry.
 */
class LexiconCoverageTest {

  private static final TextReader READER = TextReader.builtIn();
  private static List<String> sentences;

  @BeforeAll
  static void readAll() {
    sentences = TestSentences.all();
  }

  @Test
  void everyPhraseAndNegationEntryMatchesSomeTestSentence() {
    // given
    Set<String> used = new HashSet<>();
    // when
    sentences.forEach(s -> used.addAll(READER.read(s).entriesUsed()));
    // then
    List<String> unused =
        READER.lexicon().entries.stream()
            .map(e -> e.location() + " \"" + e.phrase() + "\"")
            .filter(e -> !used.contains(e.substring(0, e.indexOf(' '))))
            .toList();
    assertThat(unused).as("lexicon entries no test sentence reaches").isEmpty();
  }

  @Test
  void everySpellingVariantOccursInSomeTestSentence() {
    // given
    Lexicon lexicon = READER.lexicon();
    Set<String> plainStems = new HashSet<>();
    sentences.forEach(s -> lexicon.plainAnalyzer.terms(s).forEach(t -> plainStems.add(t.text())));
    // when
    List<String> unused =
        lexicon.variants.stream()
            .filter(
                v -> !plainStems.contains(lexicon.plainAnalyzer.terms(v.variant()).get(0).text()))
            .map(v -> v.source() + ":" + v.line() + " " + v.variant())
            .toList();
    // then
    assertThat(unused).as("spelling rows no test sentence uses").isEmpty();
  }

  @Test
  void everyFillerWordOccursInSomeTestSentence() {
    List<String> unused =
        READER.lexicon().fillers.stream()
            .filter(
                f ->
                    sentences.stream()
                        .noneMatch(
                            s ->
                                Pattern.compile("\\b" + Pattern.quote(f.word()) + "\\b")
                                    .matcher(s.toLowerCase(Locale.ROOT))
                                    .find()))
            .map(f -> f.source() + ":" + f.line() + " " + f.word())
            .toList();
    assertThat(unused).as("filler words no test sentence uses").isEmpty();
  }
}
