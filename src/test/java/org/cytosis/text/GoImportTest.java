package org.cytosis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cytosis.model.Cargo;
import org.cytosis.model.Criterion;
import org.cytosis.model.Direction;
import org.cytosis.model.Trigger;
import org.junit.jupiter.api.Test;

/**
 * The process and component names of the lexicon that come from the Gene Ontology are what {@link
 * GoImport} derives from {@code rules/vocab/} today, each with its GO id, and none clashes with a
 * hand-written row.
 */
class GoImportTest {

  private static final TextReader READER = TextReader.builtIn();

  @Test
  void theImportedRowsAreWhatTheVocabularyGivesToday() throws IOException {
    // given
    Map<String, List<String>> derived = GoImport.derive();
    for (String file : Lexicon.files()) {
      Path path = LexiconImports.LEXICON.resolve(file);
      List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      List<String> hand = handAndOtherImports(lines);
      List<String> expected = derived.getOrDefault(file, List.of());
      if (Boolean.getBoolean("cytosis.regenerate")) {
        List<String> regenerated = new ArrayList<>(hand);
        regenerated.addAll(expected);
        Files.write(path, regenerated, StandardCharsets.UTF_8);
        lines = regenerated;
      }
      // then
      assertThat(lines.subList(hand.size(), lines.size()))
          .as(
              "rows below the GO marker of %s; to rewrite them run: "
                  + "mvn -B -o -q test -Dtest=GoImportTest -Dcytosis.regenerate=true",
              path)
          .containsExactlyElementsOf(expected);
    }
    assertThat(derived)
        .as("files the import writes to")
        .containsKeys("direction.tsv", "cargo.tsv", "trigger.tsv", "vesicle-type.tsv");
  }

  @Test
  void noGeneOntologyNameClashesWithAnotherMeaning() {
    List<String> clashes =
        GoImport.derive().values().stream()
            .flatMap(List::stream)
            .filter(l -> l.startsWith(GoImport.CLASH))
            .toList();
    assertThat(clashes)
        .as("names the import left out because they would mean two things")
        .isEmpty();
  }

  @Test
  void everyImportedRowNamesItsGoTerm() {
    assertThat(TestSentences.importedRows())
        .filteredOn(r -> !r.file().equals("cell-type.tsv"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(noteOf(r)).as(r.location()).containsPattern("^GO:\\d{7} "));
  }

  @Test
  void childTermsReadAsTheirParentsAndSynonymsAsTheirTerms() {
    assertThat(values("Macrophages carry out efferocytosis.", Criterion.CARGO))
        .containsExactly(Cargo.SOLID_PARTICLE);
    assertThat(values("Mast cells undergo leukocyte degranulation.", Criterion.TRIGGER))
        .containsExactly(Trigger.SIGNAL);
    assertThat(values("The cell performs fluid-phase endocytosis.", Criterion.CARGO))
        .containsExactly(Cargo.FLUID);
    assertThat(
            values("Synaptic vesicle exocytosis follows an action potential.", Criterion.DIRECTION))
        .contains(Direction.OUT_OF_CELL);
  }

  private static List<Object> values(String sentence, Criterion criterion) {
    return READER.readWords(sentence).observed().stream()
        .filter(m -> m.criterion() == criterion)
        .map(Mention::value)
        .toList();
  }

  /** The file's lines above the GO marker (the hand-written rows, and any other import's). */
  private static List<String> handAndOtherImports(List<String> lines) {
    int marker = lines.indexOf(GoImport.MARKER);
    return marker < 0 ? lines : lines.subList(0, marker);
  }

  private static String noteOf(TestSentences.Imported row) {
    try {
      List<String> lines = Files.readAllLines(LexiconImports.LEXICON.resolve(row.file()));
      String line =
          lines.get(
              Integer.parseInt(row.location().substring(row.location().lastIndexOf(':') + 1)) - 1);
      String[] cells = line.split("\t", -1);
      return cells.length > 3 ? cells[3] : "";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
