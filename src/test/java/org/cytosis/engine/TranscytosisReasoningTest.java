package org.cytosis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Criterion;
import org.cytosis.model.Direction;
import org.cytosis.model.Label;
import org.cytosis.model.Mechanism;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.Question;
import org.cytosis.model.Status;
import org.cytosis.model.VesicleOrigin;
import org.cytosis.model.VesicleType;
import org.junit.jupiter.api.Test;

/** Transcytosis (TC-1, TC-2, ERR-24) and the second review's weighing of directions (ERR-13). */
class TranscytosisReasoningTest {

  private static final Classifier CLASSIFIER = Classifier.create();

  private static Classification classify(UnaryOperator<CellEvent.Builder> fields) {
    return CLASSIFIER.classify(fields.apply(CellEvent.builder()).build());
  }

  @Test
  void aCargoCarriedAcrossTheCellIsTranscytosisAFamilyOfItsOwn() {
    Classification result = classify(b -> b.direction(Direction.ACROSS_CELL));
    assertThat(result.status()).isEqualTo(Status.CLASSIFIED);
    assertThat(result.label()).isEqualTo(Label.TRANSCYTOSIS);
    assertThat(result.lineage()).containsExactly(Label.TRANSCYTOSIS);
    assertThat(result.goTerm()).isEqualTo("GO:0045056");
    assertThat(result.citedSources()).contains("TC-1", "ERR-24");
  }

  @Test
  void theUptakeAndReleaseOfATranscytosisAreItsStepsNotRivals() {
    // given: the invagination and clathrin vesicle of its uptake, the fusion of its release
    Classification uptake =
        classify(
            b ->
                b.direction(Direction.ACROSS_CELL)
                    .membraneEvent(MembraneEvent.INVAGINATION)
                    .vesicleType(VesicleType.CLATHRIN_COATED_VESICLE)
                    .cargo(Cargo.RECEPTOR_BOUND_LIGAND));
    Classification release =
        classify(
            b ->
                b.direction(Direction.ACROSS_CELL)
                    .membraneEvent(MembraneEvent.FUSION)
                    .vesicleOrigin(VesicleOrigin.ENDOSOME));
    // then
    assertThat(uptake.status()).isEqualTo(Status.CLASSIFIED);
    assertThat(uptake.label()).isEqualTo(Label.TRANSCYTOSIS);
    assertThat(uptake.conflicts()).isEmpty();
    assertThat(release.label()).isEqualTo(Label.TRANSCYTOSIS);
    assertThat(release.confidence()).as("the steps count on its side").isGreaterThan(0.8);
  }

  @Test
  void crossingTheCellThroughCarriersWithoutAVesicleIsNotBulkTransport() {
    Classification result =
        classify(
            b ->
                b.direction(Direction.ACROSS_CELL)
                    .mechanism(Mechanism.CARRIER)
                    .cargo(Cargo.SMALL_MOLECULE));
    assertThat(result.status()).isEqualTo(Status.NOT_BULK_TRANSPORT);
    assertThat(result.label()).isNull();
  }

  @Test
  void aCrossingWithNoSignOfAVesicleAsksWhetherVesiclesCarryIt() {
    Classification result = classify(b -> b.direction(Direction.ACROSS_CELL));
    assertThat(result.missing())
        .extracting(Question::criterion)
        .contains(Criterion.MECHANISM)
        .doesNotContain(Criterion.MEMBRANE_EVENT);
  }

  @Test
  void twoDirectionsThroughAPumpAreNoConflictButTwoWithVesiclesAskAboutTranscytosis() {
    // given: a pump's two directions (read from English) and a vesicle's two
    Classification pump =
        CLASSIFIER.classify(
            CellEvent.builder()
                .description("The sodium-potassium pump expels sodium and takes in potassium.")
                .build());
    Classification vesicles =
        CLASSIFIER.classify(
            CellEvent.builder()
                .description("Vesicles take up the protein and then release it.")
                .build());
    // then
    assertThat(pump.status()).isEqualTo(Status.NOT_BULK_TRANSPORT);
    assertThat(pump.conflicts()).isEmpty();
    // read as events (ERR-24): an uptake and then a release, with nothing saying "the other side",
    // are
    // two events; the first is the main one
    assertThat(vesicles.status()).isEqualTo(Status.CLASSIFIED);
    assertThat(vesicles.label()).isEqualTo(org.cytosis.model.Label.ENDOCYTOSIS);
    assertThat(vesicles.events()).hasSize(2);
  }

  @Test
  void aProteinCargoSaysNothingAboutDirection() {
    Classification result = classify(b -> b.cargo(Cargo.PROTEIN));
    assertThat(result.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void aLigandOnItsReceptorThatEndsInAReleaseIsTheTrigger() {
    Classification result =
        classify(
            b ->
                b.cellType("mast cell")
                    .direction(Direction.OUT_OF_CELL)
                    .cargo(Cargo.RECEPTOR_BOUND_LIGAND));
    assertThat(result.label()).isEqualTo(Label.REGULATED_SECRETORY_PATHWAY);
    assertThat(result.citedSources()).contains("ERR-18");
  }
}
