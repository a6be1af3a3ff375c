package org.cytosis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cytosis.model.Criterion;
import org.cytosis.model.Direction;
import org.cytosis.model.MembraneSizeChange;
import org.cytosis.model.VesicleOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classify reads a misspelt word of the lexicon as the word it is a near miss of, as grade does.
 */
class NearMissCorrectorTest {

  private static final TextReader READER = TextReader.builtIn();

  private static List<Mention> mentions(String text, Criterion criterion) {
    return READER.read(text).observed().stream().filter(m -> m.criterion() == criterion).toList();
  }

  @Test
  void aMisspeltProcessNameIsReadAsTheProcessAndQuotedAsWritten() {
    // when
    List<Mention> direction =
        mentions("The cell releases the enzyme by exocytocis.", Criterion.DIRECTION);
    // then
    assertThat(direction).extracting(Mention::value).containsOnly(Direction.OUT_OF_CELL);
    assertThat(direction).extracting(m -> m.evidence().text()).contains("exocytocis");
  }

  @Test
  void misspellingsTheSpellingTableDoesNotListAreCorrected() {
    assertThat(mentions("This is endocytusis.", Criterion.DIRECTION))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.value()).isEqualTo(Direction.INTO_CELL);
              assertThat(m.evidence().text()).isEqualTo("endocytusis");
            });
    assertThat(mentions("Solutes cross by facilitated difusion.", Criterion.MECHANISM))
        .extracting(m -> m.evidence().text())
        .containsExactly("facilitated difusion");
    assertThat(mentions("The amoeba takes in a droplet by pinocytossis.", Criterion.DIRECTION))
        .extracting(Mention::value)
        .containsOnly(Direction.INTO_CELL);
  }

  @Test
  void theMisspellingsStudentsWriteReadAsTheWordsTheyMeant() {
    assertThat(mentions("Glucose is not taken in; the cell does exocitosis.", Criterion.DIRECTION))
        .extracting(Mention::value)
        .contains(Direction.OUT_OF_CELL);
    assertThat(mentions("The neutrophil does phagocitosis.", Criterion.DIRECTION))
        .extracting(Mention::value)
        .containsOnly(Direction.INTO_CELL);
    assertThat(mentions("Cells take up ligands in endocytoses.", Criterion.DIRECTION))
        .extracting(Mention::value)
        .containsOnly(Direction.INTO_CELL);
    assertThat(
            mentions(
                "A vesical from the golgi aparatus fuses with the membrane.",
                Criterion.VESICLE_ORIGIN))
        .singleElement()
        .satisfies(m -> assertThat(m.value()).isEqualTo(VesicleOrigin.GOLGI));
  }

  @Test
  void everydayWordsNearALexiconWordAreLeftAlone() {
    // "intracellular" differs from "extracellular" in its prefix, "carried" from "carrier" in its
    // ending: words of one family, not slips of the pen
    assertThat(mentions("The intracellular store is carried along.", Criterion.DIRECTION))
        .isEmpty();
    assertThat(mentions("The intracellular store is carried along.", Criterion.MECHANISM))
        .isEmpty();
    // listed in spelling.tsv as a word in its own right
    assertThat(
            mentions(
                "Small uncharged molecules cross the membrane.", Criterion.MEMBRANE_SIZE_CHANGE))
        .extracting(Mention::value)
        .doesNotContain(MembraneSizeChange.UNCHANGED);
    // two edits from "endocytosis": classify corrects one edit at most
    assertThat(mentions("The cell undergoes endomitosis.", Criterion.DIRECTION)).isEmpty();
  }

  @Test
  void aWordEquallyCloseToTwoLexiconWordsIsNotGuessed(@TempDir Path dir) throws IOException {
    // given two made-up words one edit apart, each meaning another direction
    for (String file : Lexicon.files()) {
      Files.copy(Path.of("rules", "lexicon", file), dir.resolve(file));
    }
    Path direction = dir.resolve("direction.tsv");
    Files.writeString(
        direction,
        Files.readString(direction)
            + "glamphor\tINTO_CELL\t\ttest word\nglomphor\tOUT_OF_CELL\t\ttest word\n");
    TextReader reader = TextReader.fromDirectory(dir);
    // when: one edit from both, and one edit from the first only
    List<Mention> ambiguous = reader.read("The cell glumphor the dye.").observed();
    List<Mention> clear = reader.read("The cell glammphor the dye.").observed();
    // then
    assertThat(ambiguous).filteredOn(m -> m.criterion() == Criterion.DIRECTION).isEmpty();
    assertThat(clear)
        .filteredOn(m -> m.criterion() == Criterion.DIRECTION)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.value()).isEqualTo(Direction.INTO_CELL);
              assertThat(m.evidence().text()).isEqualTo("glammphor");
            });
  }
}
