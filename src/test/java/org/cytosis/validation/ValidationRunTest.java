package org.cytosis.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.cytosis.engine.Classifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationRunTest {

  private static final Validator VALIDATOR = new Validator(Classifier.create());

  @TempDir Path dir;

  private ValidationRun run(String csv, boolean strict) throws Exception {
    Bank bank = BankReader.read(Files.writeString(dir.resolve("bank.csv"), csv));
    return ValidationRun.of(bank.records(), VALIDATOR, strict, () -> {});
  }

  private static final String BANK =
      """
      id,description,expected_label,vesicleType,cargo,direction
      thin,Small molecules leave in secretory vesicles.,EXOCYTOSIS,SECRETORY_VESICLE,SMALL_MOLECULE,
      a,A neutrophil engulfs a bacterium.,PHAGOCYTOSIS,,SOLID_PARTICLE,INTO_CELL
      a,A  NEUTROPHIL engulfs a bacterium. ,PHAGOCYTOSIS,,SOLID_PARTICLE,
      b,,PINOCYTOSIS,,FLUID,
      """;

  @Test
  void strictFlagsLowConfidencePassesAndDuplicateIdsAndDescriptionsWithoutChangingVerdicts()
      throws Exception {
    // when
    ValidationRun run = run(BANK, true);
    // then
    assertThat(run.results())
        .extracting(ValidationResult::verdict)
        .containsOnly(ValidationVerdict.PASS);
    assertThat(run.results().get(0).lint())
        .singleElement()
        .asString()
        .isEqualTo(
            "It passes with low confidence (0.333, below 0.5): the evidence for EXOCYTOSIS is thin or contested.");
    assertThat(run.results().get(1).lint()).isEmpty();
    assertThat(run.results().get(2).lint())
        .containsExactly(
            "Its id a is also used at " + dir.resolve("bank.csv") + ":3.",
            "Its description is the same as that of a at " + dir.resolve("bank.csv") + ":3.");
    assertThat(run.results().get(3).lint()).isEmpty();
    assertThat(run.allPass()).isFalse();
    assertThat(run.summary())
        .isEqualTo(
            "4 scenarios: 4 PASS, 0 WRONG_KEY, 0 TOO_SPECIFIC, 0 TOO_GENERAL, 0 AMBIGUOUS, 0 INVALID; 2 with lint");
  }

  @Test
  void withoutStrictThereIsNoLintAndTheRunPasses() throws Exception {
    // when
    ValidationRun run = run(BANK, false);
    // then
    assertThat(run.linted()).isZero();
    assertThat(run.allPass()).isTrue();
    assertThat(run.summary()).doesNotContain("lint");
  }

  @Test
  void everyRecordGivesOneResultInInputOrderAndProgressIsReportedForEach() throws Exception {
    // given
    AtomicInteger steps = new AtomicInteger();
    Bank bank =
        BankReader.read(
            Files.writeString(
                dir.resolve("bank.csv"),
                """
        id,expected_label,cargo
        1,PINOCYTOSIS,FLUID
        2,PINOCYTOSIS,GOO
        3,PHAGOCYTOSIS,FLUID
        """));
    // when
    ValidationRun run = ValidationRun.of(bank.records(), VALIDATOR, false, steps::incrementAndGet);
    // then
    assertThat(run.results()).extracting(ValidationResult::id).containsExactly("1", "2", "3");
    assertThat(run.results())
        .extracting(ValidationResult::verdict)
        .containsExactly(
            ValidationVerdict.PASS, ValidationVerdict.INVALID, ValidationVerdict.WRONG_KEY);
    assertThat(steps).hasValue(3);
    assertThat(run.hasInvalid()).isTrue();
  }
}
