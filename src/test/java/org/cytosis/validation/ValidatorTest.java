package org.cytosis.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.cytosis.engine.Classifier;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Direction;
import org.cytosis.model.Label;
import org.cytosis.model.Mechanism;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.Status;
import org.cytosis.model.Trigger;
import org.cytosis.model.VesicleType;
import org.cytosis.scenario.Expected;
import org.cytosis.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Each verdict, from structured events (so none depends on reading English). */
class ValidatorTest {

  private static final Validator VALIDATOR = new Validator(Classifier.create());

  private static ValidationResult validate(Expected key, UnaryOperator<CellEvent.Builder> fields) {
    CellEvent event = fields.apply(CellEvent.builder().id("s")).build();
    return VALIDATOR.validate(
        new BankRecord(
            "bank.csv", 2, new Scenario("bank.csv", null, null, event, key), null, Map.of()));
  }

  private static Expected label(Label label) {
    return Expected.of(label, null, List.of());
  }

  @Test
  void aKeyThatMatchesTheRulesPasses() {
    // given a solid particle taken in, keyed as phagocytosis with its status and sources
    Expected key = Expected.of(Label.PHAGOCYTOSIS, Status.CLASSIFIED, List.of("PH-1", "KD-9"));
    // when
    ValidationResult result =
        validate(key, b -> b.direction(Direction.INTO_CELL).cargo(Cargo.SOLID_PARTICLE));
    // then
    assertThat(result.verdict()).isEqualTo(ValidationVerdict.PASS);
    assertThat(result.reason().text())
        .isEqualTo("The rules conclude PHAGOCYTOSIS, as the key says.");
  }

  @Test
  void aKeyNamingAnotherLabelIsAWrongKeyShowingBothLabelsAndTheFindingsWithTheirIds() {
    // given fluid taken in, keyed as phagocytosis
    // when
    ValidationResult result =
        validate(
            label(Label.PHAGOCYTOSIS), b -> b.direction(Direction.INTO_CELL).cargo(Cargo.FLUID));
    // then
    assertThat(result.verdict()).isEqualTo(ValidationVerdict.WRONG_KEY);
    assertThat(result.reason().headline())
        .isEqualTo("The key says PHAGOCYTOSIS, but the rules conclude PINOCYTOSIS.");
    assertThat(result.reason().points())
        .containsExactly(
            "PINOCYTOSIS rests on: direction INTO_CELL [KD-9, FT-1, ERR-4]; cargo FLUID [PI-1, ERR-23].",
            "Nothing in the scenario points to PHAGOCYTOSIS.");
  }

  @Test
  void aKeyOfBulkTransportForAVesicleFreeCrossingIsAWrongKey() {
    // given glucose leaving through carriers, keyed as exocytosis (the seed's error, ERR-7)
    // when
    ValidationResult result =
        validate(
            label(Label.EXOCYTOSIS),
            b ->
                b.direction(Direction.OUT_OF_CELL)
                    .cargo(Cargo.SMALL_MOLECULE)
                    .mechanism(Mechanism.CARRIER));
    // then
    assertThat(result.verdict()).isEqualTo(ValidationVerdict.WRONG_KEY);
    assertThat(result.reason().text())
        .contains(
            "the rules conclude NOT_BULK_TRANSPORT",
            "mechanism CARRIER [NB-1, ERR-7, ERR-13, ERR-15, ERR-20]",
            "What points to EXOCYTOSIS is outweighed: direction OUT_OF_CELL");
  }

  @Test
  void notBulkTransportAsTheKeyMeansThatStatus() {
    // given oxygen diffusing in, keyed NOT_BULK_TRANSPORT
    Expected key = label(Label.NOT_BULK_TRANSPORT);
    // when
    ValidationResult result =
        validate(
            key,
            b ->
                b.direction(Direction.INTO_CELL)
                    .cargo(Cargo.SMALL_MOLECULE)
                    .vesicleType(VesicleType.NONE)
                    .mechanism(Mechanism.DIFFUSION));
    // then
    assertThat(key.status()).isEqualTo(Status.NOT_BULK_TRANSPORT);
    assertThat(key.label()).isNull();
    assertThat(result.verdict()).isEqualTo(ValidationVerdict.PASS);
  }

  @Test
  void aKeyWhoseSourcesTheFindingsDoNotCiteIsAWrongKey() {
    // given a correct label, but a key citing the phagosome criterion for a scenario with no
    // phagosome
    Expected key = Expected.of(Label.PHAGOCYTOSIS, Status.CLASSIFIED, List.of("PH-1", "PH-2"));
    // when
    ValidationResult result =
        validate(key, b -> b.direction(Direction.INTO_CELL).cargo(Cargo.SOLID_PARTICLE));
    // then
    assertThat(result.verdict()).isEqualTo(ValidationVerdict.WRONG_KEY);
    assertThat(result.reason().headline())
        .isEqualTo(
            "The rules conclude PHAGOCYTOSIS, as the key says, but not from PH-2, which the key cites.");
  }

  @Test
  void aSubtypeKeyForAScenarioThatOnlySupportsTheFamilyIsTooSpecificAndAsksTheMissingQuestion() {
    // given a macrophage folding its membrane in: nothing says the cargo is solid
    // when
    ValidationResult result =
        validate(
            label(Label.PHAGOCYTOSIS),
            b ->
                b.cellType("macrophage")
                    .direction(Direction.INTO_CELL)
                    .membraneEvent(MembraneEvent.INVAGINATION));
    // then
    assertThat(result.verdict()).isEqualTo(ValidationVerdict.TOO_SPECIFIC);
    assertThat(result.reason().headline())
        .isEqualTo(
            "The key says PHAGOCYTOSIS, but the scenario only supports its family, ENDOCYTOSIS.");
    assertThat(result.reason().points())
        .contains(
            "What points to PHAGOCYTOSIS is too weak to decide the subtype: cellType macrophage, a weak hint [PH-3].",
            "Open question (cargo): Is the cargo a solid particle, a fluid with dissolved substances, or a ligand bound to a receptor?");
  }

  @Test
  void aFamilyKeyForAScenarioThatSupportsASubtypeIsTooGeneral() {
    // given LDL taken up via receptors, keyed only as endocytosis
    // when
    ValidationResult result =
        validate(
            label(Label.ENDOCYTOSIS),
            b -> b.direction(Direction.INTO_CELL).cargo(Cargo.RECEPTOR_BOUND_LIGAND));
    // then
    assertThat(result.verdict()).isEqualTo(ValidationVerdict.TOO_GENERAL);
    assertThat(result.reason().text())
        .contains(
            "the more specific RECEPTOR_MEDIATED_ENDOCYTOSIS",
            "cargo RECEPTOR_BOUND_LIGAND [EN-2, ERR-18]",
            "key it as RECEPTOR_MEDIATED_ENDOCYTOSIS");
  }

  @Test
  void aContradictoryScenarioWithALabelledKeyIsAmbiguousAndShowsTheContradiction() {
    // given outward transport by invagination, keyed as exocytosis
    // when
    ValidationResult result =
        validate(
            label(Label.EXOCYTOSIS),
            b -> b.direction(Direction.OUT_OF_CELL).membraneEvent(MembraneEvent.INVAGINATION));
    // then
    assertThat(result.verdict()).isEqualTo(ValidationVerdict.AMBIGUOUS);
    assertThat(result.reason().points())
        .contains(
            "Contradiction: direction OUT_OF_CELL [KD-9, FT-1, MD-1]"
                + " against membraneEvent INVAGINATION [KD-3, S-1, ERR-1, ERR-14].");
  }

  @Test
  void aScenarioWithoutEnoughEvidenceIsAmbiguousAndListsTheOpenQuestions() {
    // given only a signal and a beta cell, keyed as regulated secretion
    // when
    ValidationResult result =
        validate(
            label(Label.REGULATED_SECRETORY_PATHWAY),
            b -> b.cellType("beta cell").trigger(Trigger.SIGNAL));
    // then
    assertThat(result.verdict()).isEqualTo(ValidationVerdict.AMBIGUOUS);
    assertThat(result.reason().headline()).contains("does not give enough evidence to decide");
    assertThat(result.reason().points())
        .contains(
            "All it establishes is: trigger SIGNAL [SP-2]; cellType beta cell, a weak hint [SP-3].")
        .anySatisfy(p -> assertThat(p).startsWith("Open question (direction): "));
  }

  @Test
  void aKeyThatExpectsTheConflictPasses() {
    // given the same contradiction, keyed as CONFLICTING with no label
    Expected key = Expected.of(null, Status.CONFLICTING, List.of());
    // when
    ValidationResult result =
        validate(
            key, b -> b.direction(Direction.OUT_OF_CELL).membraneEvent(MembraneEvent.INVAGINATION));
    // then
    assertThat(result.verdict()).isEqualTo(ValidationVerdict.PASS);
  }

  @Test
  void aKeyExpectingDoubtWhereTheRulesAreFirmIsAWrongKey() {
    // given a clear phagocytosis, keyed as lacking evidence
    Expected key = Expected.of(null, Status.INSUFFICIENT_EVIDENCE, List.of());
    // when
    ValidationResult result =
        validate(key, b -> b.direction(Direction.INTO_CELL).cargo(Cargo.SOLID_PARTICLE));
    // then
    assertThat(result.verdict()).isEqualTo(ValidationVerdict.WRONG_KEY);
    assertThat(result.reason().headline())
        .isEqualTo(
            "The key says the scenario does not give enough"
                + " evidence, but the rules conclude PHAGOCYTOSIS without doubt.");
  }

  @Test
  void anUnreadableRecordIsInvalidWithTheOneLineError() {
    // given
    InvalidInputException error =
        new InvalidInputException("bank.csv", 4, "cargo", "has unknown value \"goo\"");
    // when
    ValidationResult result =
        VALIDATOR.validate(new BankRecord("bank.csv", 4, null, error, Map.of("id", "x")));
    // then
    assertThat(result.verdict()).isEqualTo(ValidationVerdict.INVALID);
    assertThat(result.actual()).isNull();
    assertThat(result.id()).isEqualTo("x");
    assertThat(result.reason().text())
        .isEqualTo("bank.csv:4: field \"cargo\" has unknown value \"goo\"");
  }
}
