package org.cytosis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row imported from the Gene Ontology or the Cell Ontology is read, in a sentence of its own,
 * through that row and as its value: no longer phrase, negation word or normalisation hides it.
 * (LexiconCoverageTest counts these sentences as the rows' test sentences.)
 */
class ImportedRowsTest {

  private static final TextReader READER = TextReader.builtIn();

  @TestFactory
  Stream<DynamicTest> everyImportedRowIsReadAsItsValueInASentence() {
    return TestSentences.importedRows().stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.location() + " " + row.phrase(),
                    () -> {
                      // when
                      TextReading reading = READER.readWords(row.sentence());
                      // then
                      assertThat(reading.entriesUsed())
                          .as("entries that read \"%s\"", row.sentence())
                          .contains(row.location());
                      assertThat(reading.observed())
                          .filteredOn(
                              m -> CriterionValues.fileName(m.criterion()).equals(row.file()))
                          .extracting(
                              m -> m.value() instanceof Enum<?> e ? e.name() : m.value().toString())
                          .containsExactly(row.value());
                    }));
  }
}
