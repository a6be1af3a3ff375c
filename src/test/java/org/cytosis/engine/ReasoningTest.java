package org.cytosis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.cytosis.io.JsonSupport;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.ConflictLevel;
import org.cytosis.model.Criterion;
import org.cytosis.model.Direction;
import org.cytosis.model.Label;
import org.cytosis.model.Mechanism;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.MembraneSizeChange;
import org.cytosis.model.Status;
import org.cytosis.model.Trigger;
import org.cytosis.model.VesicleOrigin;
import org.cytosis.model.VesicleType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReasoningTest {

  private static final Classifier CLASSIFIER = Classifier.create();

  private static Classification classify(UnaryOperator<CellEvent.Builder> fields) {
    return CLASSIFIER.classify(fields.apply(CellEvent.builder()).build());
  }

  static Stream<Arguments> eachDecisiveCriterionAlone() {
    return Stream.of(
        Arguments.of(
            "direction out",
            (UnaryOperator<CellEvent.Builder>) b -> b.direction(Direction.OUT_OF_CELL),
            Label.EXOCYTOSIS,
            "KD-9"),
        Arguments.of(
            "direction in",
            (UnaryOperator<CellEvent.Builder>) b -> b.direction(Direction.INTO_CELL),
            Label.ENDOCYTOSIS,
            "ERR-4"),
        Arguments.of(
            "fusion",
            (UnaryOperator<CellEvent.Builder>) b -> b.membraneEvent(MembraneEvent.FUSION),
            Label.EXOCYTOSIS,
            "KD-3"),
        Arguments.of(
            "invagination",
            (UnaryOperator<CellEvent.Builder>) b -> b.membraneEvent(MembraneEvent.INVAGINATION),
            Label.ENDOCYTOSIS,
            "ERR-1"),
        Arguments.of(
            "Golgi",
            (UnaryOperator<CellEvent.Builder>) b -> b.vesicleOrigin(VesicleOrigin.GOLGI),
            Label.EXOCYTOSIS,
            "KD-8"),
        Arguments.of(
            "plasma membrane",
            (UnaryOperator<CellEvent.Builder>) b -> b.vesicleOrigin(VesicleOrigin.PLASMA_MEMBRANE),
            Label.ENDOCYTOSIS,
            "S-4"),
        Arguments.of(
            "membrane grows",
            (UnaryOperator<CellEvent.Builder>)
                b -> b.membraneSizeChange(MembraneSizeChange.INCREASES),
            Label.EXOCYTOSIS,
            "KD-7"),
        Arguments.of(
            "membrane shrinks",
            (UnaryOperator<CellEvent.Builder>)
                b -> b.membraneSizeChange(MembraneSizeChange.DECREASES),
            Label.ENDOCYTOSIS,
            "ERR-10"),
        Arguments.of(
            "secretory vesicle",
            (UnaryOperator<CellEvent.Builder>) b -> b.vesicleType(VesicleType.SECRETORY_VESICLE),
            Label.EXOCYTOSIS,
            "CC-1"),
        Arguments.of(
            "solid cargo",
            (UnaryOperator<CellEvent.Builder>) b -> b.cargo(Cargo.SOLID_PARTICLE),
            Label.PHAGOCYTOSIS,
            "PH-1"),
        Arguments.of(
            "phagosome",
            (UnaryOperator<CellEvent.Builder>) b -> b.vesicleType(VesicleType.PHAGOSOME),
            Label.PHAGOCYTOSIS,
            "ERR-5"),
        Arguments.of(
            "fluid cargo",
            (UnaryOperator<CellEvent.Builder>) b -> b.cargo(Cargo.FLUID),
            Label.PINOCYTOSIS,
            "PI-1"),
        Arguments.of(
            "receptor-bound ligand",
            (UnaryOperator<CellEvent.Builder>) b -> b.cargo(Cargo.RECEPTOR_BOUND_LIGAND),
            Label.RECEPTOR_MEDIATED_ENDOCYTOSIS,
            "EN-2"),
        Arguments.of(
            "dense-core vesicle",
            (UnaryOperator<CellEvent.Builder>) b -> b.vesicleType(VesicleType.DENSE_CORE_VESICLE),
            Label.REGULATED_SECRETORY_PATHWAY,
            "SP-3"));
  }

  @ParameterizedTest(name = "{0} alone gives {2}")
  @MethodSource
  void eachDecisiveCriterionAlone(
      String what, UnaryOperator<CellEvent.Builder> fields, Label label, String source) {
    Classification result = classify(fields);
    assertThat(result.status()).isEqualTo(Status.CLASSIFIED);
    assertThat(result.label()).isEqualTo(label);
    assertThat(result.citedSources()).contains(source);
    assertThat(result.lineage()).endsWith(label).startsWith(label.getFamily());
    assertThat(result.goTerm()).isEqualTo(label.goTerm());
  }

  @Test
  void triggerAloneDoesNotEstablishAFamily() {
    Classification result = classify(b -> b.trigger(Trigger.SIGNAL));
    assertThat(result.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
    assertThat(result.label()).isNull();
    assertThat(result.missing())
        .extracting(q -> q.criterion())
        .contains(Criterion.DIRECTION, Criterion.MEMBRANE_EVENT);
  }

  @Test
  void aPhagocyteOnlySuggestsPhagocytosis() {
    Classification result = classify(b -> b.cellType("Macrophage").direction(Direction.INTO_CELL));
    assertThat(result.label()).isEqualTo(Label.ENDOCYTOSIS);
    assertThat(result.findings())
        .anySatisfy(f -> assertThat(f.supports()).isEqualTo(Label.PHAGOCYTOSIS));
    assertThat(result.missing()).extracting(q -> q.criterion()).contains(Criterion.CARGO);
  }

  @Test
  void signalledExocytosisIsRegulatedButSignalledEndocytosisIsNotAConflict() {
    assertThat(classify(b -> b.direction(Direction.OUT_OF_CELL).trigger(Trigger.SIGNAL)).label())
        .isEqualTo(Label.REGULATED_SECRETORY_PATHWAY);
    Classification ldl =
        classify(
            b ->
                b.direction(Direction.INTO_CELL)
                    .trigger(Trigger.SIGNAL)
                    .cargo(Cargo.RECEPTOR_BOUND_LIGAND));
    assertThat(ldl.status()).isEqualTo(Status.CLASSIFIED);
    assertThat(ldl.label()).isEqualTo(Label.RECEPTOR_MEDIATED_ENDOCYTOSIS);
  }

  @Test
  void evidenceForBothFamiliesIsConflictingAndListsThePair() {
    Classification result =
        classify(b -> b.direction(Direction.OUT_OF_CELL).membraneEvent(MembraneEvent.INVAGINATION));
    assertThat(result.status()).isEqualTo(Status.CONFLICTING);
    assertThat(result.label()).isNull();
    assertThat(result.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.level()).isEqualTo(ConflictLevel.FAMILY);
              assertThat(c.first().sources()).contains("KD-9");
              assertThat(c.second().sources()).contains("KD-3");
            });
  }

  @Test
  void aClearlyHeavierFamilyIsNamedDespiteAConflict() {
    Classification result =
        classify(
            b ->
                b.direction(Direction.OUT_OF_CELL)
                    .membraneEvent(MembraneEvent.FUSION)
                    .vesicleOrigin(VesicleOrigin.GOLGI)
                    .membraneSizeChange(MembraneSizeChange.DECREASES));
    assertThat(result.status()).isEqualTo(Status.CONFLICTING);
    assertThat(result.label()).isEqualTo(Label.EXOCYTOSIS);
    assertThat(result.conflicts()).hasSize(3);
  }

  @Test
  void contradictorySubtypesGiveTheFamilyAsLabel() {
    Classification result =
        classify(
            b ->
                b.direction(Direction.INTO_CELL)
                    .cargo(Cargo.SOLID_PARTICLE)
                    .vesicleType(VesicleType.PINOCYTIC_VESICLE));
    assertThat(result.status()).isEqualTo(Status.CONFLICTING);
    assertThat(result.label()).isEqualTo(Label.ENDOCYTOSIS);
    assertThat(result.conflicts())
        .extracting(c -> c.level())
        .containsExactly(ConflictLevel.SUBTYPE);
  }

  @Test
  void familyWithoutSubtypeAsksTheRefiningQuestion() {
    Classification endo =
        classify(b -> b.direction(Direction.INTO_CELL).membraneEvent(MembraneEvent.INVAGINATION));
    assertThat(endo.label()).isEqualTo(Label.ENDOCYTOSIS);
    assertThat(endo.missing())
        .extracting(q -> q.question())
        .contains(
            "Is the cargo a solid particle, a fluid with dissolved substances, or a ligand bound to a receptor?");
    Classification exo =
        classify(b -> b.direction(Direction.OUT_OF_CELL).membraneEvent(MembraneEvent.FUSION));
    assertThat(exo.missing()).extracting(q -> q.criterion()).containsExactly(Criterion.TRIGGER);
  }

  @Test
  void aCrossingWithoutAVesicleIsNotBulkTransport() {
    Classification result =
        classify(
            b ->
                b.direction(Direction.OUT_OF_CELL)
                    .mechanism(Mechanism.CARRIER)
                    .cargo(Cargo.SMALL_MOLECULE));
    assertThat(result.status()).isEqualTo(Status.NOT_BULK_TRANSPORT);
    assertThat(result.label()).isNull();
    assertThat(result.citedSources()).contains("NB-1", "ERR-7");
  }

  @Test
  void noVesicleAgainstAFusingVesicleIsConflicting() {
    Classification result =
        classify(b -> b.vesicleType(VesicleType.NONE).membraneEvent(MembraneEvent.FUSION));
    assertThat(result.status()).isEqualTo(Status.CONFLICTING);
    assertThat(result.conflicts())
        .extracting(c -> c.level())
        .containsExactly(ConflictLevel.BULK_TRANSPORT);
  }

  @Test
  void anEmptyEventHasInsufficientEvidenceAndZeroConfidence() {
    Classification result = classify(b -> b);
    assertThat(result.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
    assertThat(result.confidence()).isZero();
    assertThat(result.missing())
        .extracting(q -> q.criterion())
        .containsExactly(Criterion.DIRECTION, Criterion.MEMBRANE_EVENT, Criterion.MECHANISM);
  }

  @Test
  void moreAgreeingEvidenceRaisesConfidenceAndContradictionLowersIt() {
    double one = classify(b -> b.direction(Direction.INTO_CELL)).confidence();
    double two =
        classify(b -> b.direction(Direction.INTO_CELL).membraneEvent(MembraneEvent.INVAGINATION))
            .confidence();
    double contested =
        classify(
                b ->
                    b.direction(Direction.INTO_CELL)
                        .membraneEvent(MembraneEvent.INVAGINATION)
                        .vesicleOrigin(VesicleOrigin.PLASMA_MEMBRANE)
                        .membraneSizeChange(MembraneSizeChange.INCREASES))
            .confidence();
    assertThat(one).isEqualTo(0.5);
    assertThat(two).isGreaterThan(one);
    assertThat(contested)
        .isLessThan(
            classify(
                    b ->
                        b.direction(Direction.INTO_CELL)
                            .membraneEvent(MembraneEvent.INVAGINATION)
                            .vesicleOrigin(VesicleOrigin.PLASMA_MEMBRANE))
                .confidence());
  }

  @Test
  void traceListsFiredRulesWithTheirSourcesInOrder() {
    Classification result = classify(b -> b.direction(Direction.INTO_CELL).cargo(Cargo.FLUID));
    assertThat(result.trace())
        .isNotEmpty()
        .allSatisfy(step -> assertThat(step.sources()).isNotEmpty());
    var rules = result.trace().stream().map(step -> step.rule()).toList();
    assertThat(
            rules.indexOf(
                "Decisive evidence for one family, and none against it, establishes that family"))
        .isNotNegative()
        .isLessThan(rules.indexOf("The leading subtype of the established family is the label"));
    assertThat(result.trace())
        .anySatisfy(
            step -> assertThat(step.concluded()).contains("verdict CLASSIFIED as PINOCYTOSIS"));
  }

  @Test
  void theSameEventGivesByteIdenticalJson() throws Exception {
    CellEvent event =
        CellEvent.builder()
            .id("d")
            .cellType("mast cell")
            .direction(Direction.OUT_OF_CELL)
            .membraneEvent(MembraneEvent.INVAGINATION)
            .trigger(Trigger.SIGNAL)
            .cargo(Cargo.HORMONE)
            .build();
    String first = JsonSupport.MAPPER.writeValueAsString(CLASSIFIER.classify(event));
    String second = JsonSupport.MAPPER.writeValueAsString(Classifier.create().classify(event));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aSmallMoleculeMovingInWithNoSignOfAVesicleIsNotCalledEndocytosis() {
    Classification oxygen =
        classify(b -> b.direction(Direction.INTO_CELL).cargo(Cargo.SMALL_MOLECULE));
    assertThat(oxygen.status()).isEqualTo(Status.INSUFFICIENT_EVIDENCE);
    assertThat(oxygen.missing()).extracting(q -> q.criterion()).contains(Criterion.MECHANISM);
    Classification acetylcholine =
        classify(
            b ->
                b.direction(Direction.OUT_OF_CELL)
                    .cargo(Cargo.SMALL_MOLECULE)
                    .vesicleType(VesicleType.SYNAPTIC_VESICLE));
    assertThat(acetylcholine.label()).isEqualTo(Label.REGULATED_SECRETORY_PATHWAY);
  }
}
