package org.cytosis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.cytosis.model.NegatedMention;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each row of lexicon-examples.tsv is read word by word (the lexicon alone, whatever the words'
 * roles: {@link TextReader#readWords}) and must give what the row says: {@code field=VALUE} read,
 * {@code not:field=VALUE} read but negated, {@code !field=VALUE} not read. Which of those words are
 * evidence of the event is the frame reader's, tested by FrameExamplesTest and the scenarios.
 */
class LexiconExamplesTest {

  private static final TextReader READER = TextReader.builtIn();

  @TestFactory
  Stream<DynamicTest> everyExampleReadsAsItsRowSays() {
    return TestSentences.examples().stream()
        .map(
            example ->
                DynamicTest.dynamicTest(
                    "line " + example.line() + ": " + example.sentence(),
                    () -> {
                      // when
                      TextReading reading = READER.readWords(example.sentence());
                      List<String> observed =
                          reading.observed().stream()
                              .map(m -> m.criterion().field() + "=" + name(m.value()))
                              .toList();
                      List<String> negated =
                          reading.negated().stream().map(LexiconExamplesTest::name).toList();
                      // then
                      for (String expected : example.expected().split(" & ")) {
                        if (expected.startsWith("not:")) {
                          assertThat(negated).as(expected).contains(expected.substring(4));
                        } else if (expected.startsWith("!")) {
                          assertThat(observed).as(expected).doesNotContain(expected.substring(1));
                        } else {
                          assertThat(observed).as(expected).contains(expected);
                        }
                      }
                    }));
  }

  private static String name(Object value) {
    return value instanceof Enum<?> e ? e.name() : value.toString();
  }

  private static String name(NegatedMention n) {
    return n.criterion().field() + "=" + n.value();
  }
}
