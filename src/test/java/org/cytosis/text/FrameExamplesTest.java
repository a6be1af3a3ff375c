package org.cytosis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of the frame tables in rules/reading/ has an example sentence, and the sentence reads
 * as the row says: a predicate's example holds a frame of its kind at that predicate; a marker's
 * and a place's example holds the phrase, read with the lexicon's normalisation.
 */
class FrameExamplesTest {

  private static final TextReader READER = TextReader.builtIn();
  private static final ReadingTables TABLES = ReadingTables.builtIn();

  @TestFactory
  Stream<DynamicContainer> everyRowOfTheFrameTablesReadsAsItsExampleSays() {
    return Stream.of(
        DynamicContainer.dynamicContainer(
            "predicates",
            TABLES.predicates.stream()
                .map(
                    row ->
                        DynamicTest.dynamicTest(
                            row.source() + ":" + row.line() + " " + row.phrase(),
                            () -> {
                              // when
                              TextReading reading = READER.read(row.example());
                              // then: a frame of the row's kind whose predicate is the row's phrase
                              String kind = row.tag().split("\\|")[0];
                              List<Frame> frames =
                                  reading.events().stream()
                                      .flatMap(e -> e.frames().stream())
                                      .toList();
                              assertThat(frames)
                                  .as(row.example())
                                  .anySatisfy(
                                      f -> {
                                        assertThat(f.kind().name()).isEqualTo(kind);
                                        assertThat(f.predicate().text().toLowerCase(Locale.ROOT))
                                            .startsWith(stemOf(firstWord(row.phrase())));
                                      });
                            }))),
        DynamicContainer.dynamicContainer("markers", found(TABLES.markers)),
        DynamicContainer.dynamicContainer("places", found(TABLES.places)),
        DynamicContainer.dynamicContainer("heads", found(TABLES.heads)));
  }

  private static Stream<DynamicTest> found(List<ReadingTables.Row> rows) {
    return rows.stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.source() + ":" + row.line() + " " + row.phrase(),
                    () -> {
                      PhraseList one =
                          READER.phrases(
                              List.of(
                                  new PhraseList.Phrase(
                                      row.source(), row.line(), row.phrase(), row.tag())),
                              false);
                      assertThat(READER.find(one, row.example(), "example"))
                          .as(row.example())
                          .extracting(PhraseMention::tag)
                          .contains(row.tag());
                    }));
  }

  @Test
  void aQuestionWithoutItsAnswerAssertsNoEventButAnExamItemIsReadThroughItsAnswer() {
    assertThat(READER.read("Does the cell take in fluid by pinocytosis?").note())
        .isEqualTo(ReadingNote.QUESTION);
    assertThat(READER.read("Which process moves cargo into the cell?").note())
        .isEqualTo(ReadingNote.QUESTION);
    assertThat(READER.read("Which cells engulf bacteria?").events())
        .anySatisfy(e -> assertThat(e.main()).isTrue());
    assertThat(
            READER
                .read(
                    "Which organelle packages proteins for secretion? Answer: the Golgi apparatus.")
                .note())
        .isEqualTo(ReadingNote.NO_EVENT);
    assertThat(READER.read("Which cells engulf bacteria? Answer: neutrophils.").events())
        .anySatisfy(e -> assertThat(e.main()).isTrue());
  }

  @Test
  void aChannelThatIsTheCargoOfAVesicleIsNoRouteButAChannelThatMovesIonsIs() {
    TextReading carried =
        READER.read("Vesicles that carry water channels fuse with the plasma membrane.");
    assertThat(carried.observed())
        .noneMatch(m -> m.criterion() == org.cytosis.model.Criterion.MECHANISM);
    TextReading route = READER.read("Potassium ions leave the cell through channels.");
    assertThat(route.observed())
        .anyMatch(m -> m.criterion() == org.cytosis.model.Criterion.MECHANISM);
  }

  @Test
  void aSecretedProteinIsCargoButAMicrobeThatProvokesAReleaseIsNot() {
    TextReading provoked =
        READER.read("Mast cells release histamine when a bacterium provokes them.");
    assertThat(provoked.observed())
        .noneMatch(m -> m.value() == org.cytosis.model.Cargo.SOLID_PARTICLE);
    TextReading eaten = READER.read("Neutrophils engulf the bacterium.");
    assertThat(eaten.observed()).anyMatch(m -> m.value() == org.cytosis.model.Cargo.SOLID_PARTICLE);
  }

  @Test
  void theCellAfterByInAPassiveIsTheAgentNotTheRoute() {
    TextReading reading = READER.read("The ligand is endocytosed by macrophages.");
    List<Frame.Filler> fillers =
        reading.events().stream()
            .flatMap(e -> e.frames().stream())
            .flatMap(f -> f.roles().stream())
            .toList();
    assertThat(fillers)
        .anySatisfy(
            f -> {
              assertThat(f.mention().evidence().text()).isEqualTo("macrophages");
              assertThat(f.role()).isEqualTo(Role.AGENT);
            });
  }

  @Test
  void aPronounTheVerbMovesIsTheCargoNamedBeforeIt() {
    TextReading reading = READER.read("The macrophage finds a bacterium and engulfs it.");
    assertThat(reading.events().stream().flatMap(e -> e.frames().stream()))
        .anySatisfy(
            f ->
                assertThat(f.roles())
                    .anySatisfy(
                        r -> {
                          assertThat(r.mention().evidence().text()).isEqualTo("bacterium");
                          assertThat(r.role()).isEqualTo(Role.THEME);
                          assertThat(r.counts()).isTrue();
                        }));
    // The subject of a verb that moves its subject, or of a passive one, is its theme already.
    assertThat(READER.read("Glucose enters the cell and it is used.").observed())
        .anyMatch(m -> m.criterion() == org.cytosis.model.Criterion.CARGO);
  }

  @Test
  void anEarlierStepInASubordinateClauseIsAnEventOfItsOwn() {
    TextReading reading =
        READER.read(
            "Once a macrophage has engulfed a bacterium, it secretes cytokines by exocytosis.");
    assertThat(reading.events()).hasSize(2);
    ReadEvent main = reading.events().stream().filter(ReadEvent::main).findFirst().orElseThrow();
    assertThat(main.frames()).allMatch(f -> f.kind() == PredicateKind.RELEASE);
  }

  @Test
  void uptakeAndReleaseOnTheOtherSideAreOneEventOfTranscytosis() {
    TextReading reading =
        READER.read(
            "Endothelial cells take up albumin in caveolae and release it "
                + "on the other side of the cell.");
    assertThat(reading.events()).filteredOn(ReadEvent::main).hasSize(1);
    assertThat(reading.observed())
        .anyMatch(m -> m.value() == org.cytosis.model.Direction.ACROSS_CELL);
  }

  @Test
  void aDefinitionOfAStructureAssertsNoEventButADefinitionOfACellDoes() {
    // a gap is no mover: what is released into it is background
    assertThat(
            READER
                .read(
                    "The narrow gap that separates the two membranes, into which neurotransmitter "
                        + "is released.")
                .note())
        .isEqualTo(ReadingNote.NO_EVENT);
    // a cell is
    assertThat(READER.read("A cell that secretes histamine.").events())
        .anySatisfy(e -> assertThat(e.main()).isTrue());
  }

  @Test
  void whatATransporterDoesIsTheEventEvenUnderAnotherVerb() {
    TextReading reading =
        READER.read(
            "The nuclear envelope is punctuated with pores that control the " + "passage of ions.");
    assertThat(reading.events())
        .filteredOn(ReadEvent::main)
        .singleElement()
        .satisfies(
            e -> assertThat(e.frames()).extracting(Frame::kind).contains(PredicateKind.CROSSING));
  }

  @Test
  void anIonCrossingThroughChannelsIsAnEventApartFromTheVesiclesItSetsOff() {
    TextReading reading =
        READER.read(
            "Calcium enters through channels. The calcium entry causes synaptic "
                + "vesicles to fuse with the membrane and release neurotransmitter.");
    ReadEvent main = reading.events().stream().filter(ReadEvent::main).findFirst().orElseThrow();
    assertThat(main.frames()).extracting(Frame::kind).contains(PredicateKind.FUSION);
    assertThat(main.evidence())
        .noneMatch(m -> m.criterion() == org.cytosis.model.Criterion.MECHANISM);
  }

  @Test
  void aWordInBracketsIsAnAsideWithinItsClause() {
    TextReading reading = READER.read("A macrophage has engulfed (phagocytized) a bacterium.");
    assertThat(reading.observed())
        .anyMatch(m -> m.value() == org.cytosis.model.Cargo.SOLID_PARTICLE);
  }

  @Test
  void aNounOfTheLexiconThatTheTaggerReadsAsAVerbIsANoun() {
    // "proteins" is tagged as a verb by the news-trained model
    TextReading reading = READER.read("Carrier proteins transport glucose.");
    assertThat(reading.observed())
        .anyMatch(m -> m.criterion() == org.cytosis.model.Criterion.MECHANISM);
  }

  private static String firstWord(String phrase) {
    return phrase.split("\\s+")[0];
  }

  /** The first three letters of a word: enough to tell the predicate, whatever its ending. */
  private static String stemOf(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    return w.length() <= 3 ? w : w.substring(0, 3);
  }
}
