package org.cytosis.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.Criterion;
import org.cytosis.model.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lexicon folder given with --rules: read as the built-in one, and bad rows named by file and
 * line.
 */
class LexiconFilesTest {

  private static Path copyOfBuiltIn(Path dir) throws IOException {
    for (String file : Lexicon.files()) {
      Files.copy(Path.of("rules", "lexicon", file), dir.resolve(file));
    }
    return dir;
  }

  private static void append(Path file, String row) throws IOException {
    Files.writeString(file, Files.readString(file) + row + "\n");
  }

  @Test
  void aBiologistsNewPhraseIsReadWithoutAnyCodeChange(@TempDir Path rules) throws IOException {
    // given: a new verb of uptake in the lexicon (a verb of direction opens a frame of its own),
    // then
    // a new verb in the frame tables alone
    Path dir = Files.createDirectories(rules.resolve("lexicon"));
    copyOfBuiltIn(dir);
    Path reading = Files.createDirectories(rules.resolve("reading"));
    for (String file :
        new String[] {
          ReadingTables.PREDICATES, ReadingTables.MARKERS, ReadingTables.PLACES, ReadingTables.HEADS
        }) {
      Files.copy(Path.of("rules", "reading", file), reading.resolve(file));
    }
    String sentence = "The amoeba slurps the alga.";
    assertThat(TextReader.fromDirectory(dir).read(sentence).events()).isEmpty();
    append(dir.resolve("direction.tsv"), "slurp\tINTO_CELL\t\ta word added for this test");
    // when
    TextReading read = TextReader.fromDirectory(dir).read(sentence);
    // then
    assertThat(read.observed())
        .extracting(Mention::criterion, Mention::value)
        .contains(org.assertj.core.groups.Tuple.tuple(Criterion.DIRECTION, Direction.INTO_CELL));
    // and a verb the lexicon does not know, added to the frame tables only, opens a frame
    String gulp = "The amoeba zorps the alga.";
    assertThat(TextReader.fromDirectory(dir).read(gulp).events()).isEmpty();
    append(reading.resolve(ReadingTables.PREDICATES), "zorp\tUPTAKE\tAGENT\t-\t" + gulp);
    assertThat(TextReader.fromDirectory(dir).read(gulp).events())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.frames())
                    .extracting(Frame::kind)
                    .containsExactly(PredicateKind.UPTAKE));
  }

  @Test
  void anUnknownValueNamesFileLineColumnAndTheClosestValue(@TempDir Path dir) throws IOException {
    copyOfBuiltIn(dir);
    Path cargo = dir.resolve("cargo.tsv");
    long lines = Files.readAllLines(cargo).size();
    append(cargo, "grit\tSOLID_PARTICEL\t\t");
    assertThatThrownBy(() -> TextReader.fromDirectory(dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(cargo + ":" + (lines + 1))
        .hasMessageContaining("field \"value\"")
        .hasMessageContaining("did you mean SOLID_PARTICLE");
  }

  @Test
  void aPhraseThatReadsLikeAnotherInTheSameFileIsRejected(@TempDir Path dir) throws IOException {
    copyOfBuiltIn(dir);
    append(dir.resolve("direction.tsv"), "engulfing\tINTO_CELL\t\t");
    assertThatThrownBy(() -> TextReader.fromDirectory(dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("\"engulfing\" reads the same as \"engulf\"");
  }

  @Test
  void aSpellingVariantWithAStemTooShortIsRejected(@TempDir Path dir) throws IOException {
    copyOfBuiltIn(dir);
    append(dir.resolve("spelling.tsv"), "ate\teat\tpast tense");
    assertThatThrownBy(() -> TextReader.fromDirectory(dir))
        .hasMessageContaining("spelling.tsv")
        .hasMessageContaining("too short");
  }

  @Test
  void aMissingFileOrAWrongHeaderIsNamed(@TempDir Path dir) throws IOException {
    copyOfBuiltIn(dir);
    Files.delete(dir.resolve("trigger.tsv"));
    assertThatThrownBy(() -> TextReader.fromDirectory(dir))
        .hasMessageContaining("trigger.tsv: is missing");
    Files.writeString(dir.resolve("trigger.tsv"), "words\tmeaning\nsignal\tSIGNAL\n");
    assertThatThrownBy(() -> TextReader.fromDirectory(dir))
        .hasMessageContaining("trigger.tsv:1: has columns");
  }
}
