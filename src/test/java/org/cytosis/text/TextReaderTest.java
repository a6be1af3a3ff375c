package org.cytosis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cytosis.model.Cargo;
import org.cytosis.model.Criterion;
import org.cytosis.model.Direction;
import org.cytosis.model.Evidence;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.Trigger;
import org.cytosis.model.VesicleType;
import org.junit.jupiter.api.Test;

class TextReaderTest {

  private static final TextReader READER = TextReader.builtIn();

  private static Mention only(TextReading reading, Criterion criterion) {
    List<Mention> found =
        reading.observed().stream().filter(m -> m.criterion() == criterion).toList();
    assertThat(found).as(criterion.field()).hasSize(1);
    return found.get(0);
  }

  @Test
  void aMentionCarriesItsSpanWithEndExclusiveAndTheWords() {
    // given
    String text = "A neutrophil engulfs a bacterium.";
    // when: read as an event, the bacterium is what moves, not the cell doing it (ERR-22's cell
    // type)
    TextReading reading = READER.read(text);
    // then
    Mention engulfs = only(reading, Criterion.DIRECTION);
    assertThat(engulfs.value()).isEqualTo(Direction.INTO_CELL);
    assertThat(engulfs.evidence()).isEqualTo(new Evidence("description", 13, 20, "engulfs", null));
    assertThat(text.substring(engulfs.evidence().start(), engulfs.evidence().end()))
        .isEqualTo("engulfs");
    assertThat(only(reading, Criterion.CARGO).value()).isEqualTo(Cargo.SOLID_PARTICLE);
    assertThat(only(reading, Criterion.CELL_TYPE).value()).isEqualTo("neutrophil");
  }

  @Test
  void aPreNegationDeniesTheFusionButTheScopeEndsAtTheSemicolon() {
    // when
    TextReading reading =
        READER.readWords(
            "The vesicle does not fuse with the membrane; instead the membrane invaginates.");
    // then
    assertThat(reading.observed())
        .extracting(Mention::value)
        .containsExactly(MembraneEvent.INVAGINATION);
    assertThat(reading.negated())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.value()).isEqualTo("FUSION");
              assertThat(n.evidence().text()).isEqualTo("fuse with the membrane");
              assertThat(n.evidence().negatedBy()).isEqualTo("does not");
            });
  }

  @Test
  void aPostNegationDeniesWhatComesBeforeIt() {
    // when
    TextReading reading = READER.readWords("Vesicles are not involved when oxygen crosses.");
    // then
    Mention none = only(reading, Criterion.VESICLE_TYPE);
    assertThat(none.value()).isEqualTo(VesicleType.NONE);
    assertThat(none.evidence().negatedBy()).isEqualTo("not involved");
  }

  @Test
  void aDeniedSignalMeansContinuousAndADeniedVesicleMeansNone() {
    assertThat(
            only(READER.readWords("Collagen leaves the cell without a signal."), Criterion.TRIGGER)
                .value())
        .isEqualTo(Trigger.CONTINUOUS);
    assertThat(
            only(READER.readWords("Oxygen crosses with no vesicle."), Criterion.VESICLE_TYPE)
                .value())
        .isEqualTo(VesicleType.NONE);
  }

  @Test
  void aPseudoNegationDeniesNothing() {
    TextReading reading =
        READER.readWords("The vesicle not only fuses with the membrane but adds membrane to it.");
    assertThat(reading.negated()).isEmpty();
    assertThat(only(reading, Criterion.MEMBRANE_EVENT).value()).isEqualTo(MembraneEvent.FUSION);
  }

  @Test
  void aCommaEndsTheScopeOfUnlike() {
    TextReading reading = READER.readWords("Unlike endocytosis, exocytosis releases material.");
    // the process named implies its vesicle, denied with it
    assertThat(reading.negated())
        .extracting(n -> n.value())
        .containsExactly("INTO_CELL", "ENDOCYTIC_VACUOLE");
    assertThat(reading.observed())
        .extracting(Mention::value)
        .containsOnly(Direction.OUT_OF_CELL, VesicleType.SECRETORY_VESICLE);
  }

  @Test
  void theLongestPhraseWinsSoAFusionWithALysosomeIsNoFusionWithThePlasmaMembrane() {
    TextReading reading = READER.readWords("The phagosome fuses with a lysosome.");
    assertThat(reading.observed())
        .extracting(Mention::criterion)
        .doesNotContain(Criterion.MEMBRANE_EVENT);
    assertThat(only(reading, Criterion.VESICLE_TYPE).value()).isEqualTo(VesicleType.PHAGOSOME);
  }

  @Test
  void aGapLetsAPhraseSpanTheWordsBetweenButNotACommaOrANegation() {
    assertThat(
            only(
                    READER.readWords("The membrane pinches the vesicle off."),
                    Criterion.MEMBRANE_EVENT)
                .evidence()
                .text())
        .isEqualTo("pinches the vesicle off");
    assertThat(READER.readWords("The membrane pinches, then seals off.").observed())
        .extracting(Mention::criterion)
        .doesNotContain(Criterion.MEMBRANE_EVENT);
    assertThat(READER.readWords("It takes nothing in.").observed())
        .extracting(Mention::criterion)
        .doesNotContain(Criterion.DIRECTION);
  }

  @Test
  void inflectionsBritishSpellingsHyphensAndTypographyReadAlike() {
    for (String text :
        List.of(
            "Cells internalize LDL.",
            "Cells internalised LDL.",
            "Cells are internalising LDL.",
            "The cell's internalization of LDL.")) {
      assertThat(only(READER.readWords(text), Criterion.DIRECTION).value())
          .as(text)
          .isEqualTo(Direction.INTO_CELL);
    }
    assertThat(only(READER.readWords("dense core vesicles"), Criterion.VESICLE_TYPE).value())
        .isEqualTo(only(READER.readWords("dense-core vesicle"), Criterion.VESICLE_TYPE).value());
    Mention beta = only(READER.readWords("A \u03b2-cell releases insulin."), Criterion.CELL_TYPE);
    assertThat(beta.value()).isEqualTo("beta cell");
    assertThat(beta.evidence().text()).isEqualTo("\u03b2-cell");
    assertThat(READER.readWords("The vesicle doesn\u2019t fuse.").negated()).hasSize(1);
  }

  @Test
  void everySentenceIsReadOnItsOwnWithOffsetsIntoTheWholeDescription() {
    // given
    String text = "No vesicle forms. Glucose uses a carrier.";
    // when
    TextReading reading = READER.readWords(text);
    // then
    Mention carrier = only(reading, Criterion.MECHANISM);
    assertThat(text.substring(carrier.evidence().start(), carrier.evidence().end()))
        .isEqualTo("carrier");
    assertThat(carrier.evidence().negatedBy()).isNull();
  }

  @Test
  void aTextWithoutVocabularyGivesNothing() {
    TextReading reading = READER.readWords("The weather was fine today.");
    assertThat(reading.observed()).isEmpty();
    assertThat(reading.negated()).isEmpty();
  }
}
