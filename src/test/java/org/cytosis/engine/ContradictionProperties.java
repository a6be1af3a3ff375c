package org.cytosis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Direction;
import org.cytosis.model.Label;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.MembraneSizeChange;
import org.cytosis.model.Status;
import org.cytosis.model.VesicleOrigin;
import org.cytosis.robustness.Events;

/**
 * Adding a finding that contradicts the chosen family never raises confidence in that family, and
 * never passes unnoticed: over every combination of structured fields classified as one family, a
 * decisive field for the other family (one the event does not give yet) makes the verdict
 * CONFLICTING, and the confidence scheme's confidence in the chosen family does not rise.
 *
 * <p>Confidence in the family, not the number the verdict reports: that number is about the
 * verdict's label, which the new finding may change. From a subtype, a conflict moves the label up
 * to its family (hormone, Golgi, continuous and a neuron give CONSTITUTIVE_SECRETORY_PATHWAY at
 * 0.545; adding INTO_CELL gives CONFLICTING, EXOCYTOSIS at 0.624, where the family alone had
 * 0.851); or it tips the conflict to the other family (phagosome, protein and signal give
 * PHAGOCYTOSIS at 0.5; adding OUT_OF_CELL gives CONFLICTING, EXOCYTOSIS at 0.588).
 */
class ContradictionProperties {

  private static final Classifier CLASSIFIER = Classifier.create();

  @Provide
  Arbitrary<CellEvent> structured() {
    return Events.structured();
  }

  @Property
  void aDecisiveFindingAgainstTheChosenFamilyNeverRaisesConfidenceInItAndShowsAsAConflict(
      @ForAll("structured") CellEvent event, @ForAll @IntRange(min = 0, max = 3) int pick) {
    // given an event classified as one family, and a decisive field for the other family
    Classification before = CLASSIFIER.classify(event);
    Assume.that(before.status() == Status.CLASSIFIED);
    Label family = before.label().getFamily();
    // A transcytosis holds one event of each family: their fields are its steps, not contradictions
    // (TC-2; TranscytosisReasoningTest).
    Assume.that(family == Label.EXOCYTOSIS || family == Label.ENDOCYTOSIS);
    List<CellEvent> contradicted = contradictions(event, family);
    Assume.that(!contradicted.isEmpty());
    CellEvent worse = contradicted.get(pick % contradicted.size());
    // when
    Classification after = CLASSIFIER.classify(worse);
    // then
    String story = String.format("%s%n  was %s%n  now %s", worse, before, after);
    assertThat(after.status()).as(story).isEqualTo(Status.CONFLICTING);
    assertThat(inFamily(after, family)).as(story).isLessThanOrEqualTo(inFamily(before, family));
    if (after.label() == before.label()) {
      assertThat(after.confidence()).as(story).isLessThanOrEqualTo(before.confidence());
    }
  }

  /** The scheme's confidence that the findings show {@code family}. */
  private static double inFamily(Classification c, Label family) {
    return ConfidenceScheme.confidence(Status.CLASSIFIED, family, c.findings());
  }

  /** The event with one more decisive field for the family other than {@code family}. */
  private static List<CellEvent> contradictions(CellEvent event, Label family) {
    boolean exo = family == Label.EXOCYTOSIS;
    List<CellEvent> out = new ArrayList<>();
    // ERR-18, ERR-23: fluid or a receptor-bound ligand leaving the cell is no uptake, and ERR-12: a
    // particle leaving it, or a phagosome emptying, is undigested remains egested, so an outward
    // direction does not contradict them: it reclassifies them.
    boolean readsDirection =
        event.cargo() == org.cytosis.model.Cargo.FLUID
            || event.cargo() == org.cytosis.model.Cargo.RECEPTOR_BOUND_LIGAND
            || event.cargo() == org.cytosis.model.Cargo.SOLID_PARTICLE
            || event.vesicleType() == org.cytosis.model.VesicleType.PHAGOSOME;
    if (event.direction() == null && !(readsDirection && !exo)) {
      out.add(
          event.toBuilder().direction(exo ? Direction.INTO_CELL : Direction.OUT_OF_CELL).build());
    }
    if (event.membraneEvent() == null) {
      out.add(
          event.toBuilder()
              .membraneEvent(exo ? MembraneEvent.INVAGINATION : MembraneEvent.FUSION)
              .build());
    }
    // ERR-17: a clathrin-coated vesicle from the Golgi goes to endosomes and lysosomes, so there
    // the
    // Golgi is no evidence for exocytosis.
    if (event.vesicleOrigin() == null
        && (exo || event.vesicleType() != org.cytosis.model.VesicleType.CLATHRIN_COATED_VESICLE)) {
      out.add(
          event.toBuilder()
              .vesicleOrigin(exo ? VesicleOrigin.PLASMA_MEMBRANE : VesicleOrigin.GOLGI)
              .build());
    }
    if (event.membraneSizeChange() == null) {
      out.add(
          event.toBuilder()
              .membraneSizeChange(exo ? MembraneSizeChange.DECREASES : MembraneSizeChange.INCREASES)
              .build());
    }
    return out;
  }
}
