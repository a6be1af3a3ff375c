package org.cytosis.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cytosis.engine.Classifier;
import org.cytosis.model.Status;
import org.cytosis.validation.BankFiles;
import org.cytosis.validation.BankReader;
import org.cytosis.validation.ValidationResult;
import org.cytosis.validation.ValidationVerdict;
import org.cytosis.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The held-out English sentences (src/test/resources/english-held-out, never part of testcases/):
 * the label and status must be right for at least 95% of each set, and a sentence about a crossing
 * without a vesicle must never get a bulk-transport label. The README reports the counts.
 */
class EnglishAccuracyTest {

  private static final Path HELD_OUT = Path.of("src", "test", "resources", "english-held-out");
  private static final Validator VALIDATOR = new Validator(Classifier.create());

  private static List<ValidationResult> outcomes(String set) {
    return BankFiles.list(List.of(HELD_OUT.resolve(set))).stream()
        .flatMap(file -> BankReader.read(file).records().stream())
        .map(VALIDATOR::validate)
        .toList();
  }

  private static boolean passed(ValidationResult result) {
    return result.verdict() == ValidationVerdict.PASS;
  }

  @ParameterizedTest(name = "{0} held-out set")
  @ValueSource(strings = {"first", "second"})
  void atLeast95PercentOfHeldOutSentencesGetTheirLabelAndStatus(String set) {
    // when
    List<ValidationResult> outcomes = outcomes(set);
    long passed = outcomes.stream().filter(EnglishAccuracyTest::passed).count();
    // then
    assertThat(outcomes).hasSizeGreaterThanOrEqualTo(40);
    assertThat((double) passed / outcomes.size())
        .as(
            "%d of %d right; wrong: %s",
            passed,
            outcomes.size(),
            outcomes.stream().filter(o -> !passed(o)).map(ValidationResult::id).toList())
        .isGreaterThanOrEqualTo(0.95);
  }

  @ParameterizedTest(name = "{0} held-out set")
  @ValueSource(strings = {"first", "second"})
  void noSentenceAboutACrossingWithoutAVesicleGetsABulkTransportLabel(String set) {
    List<ValidationResult> nonVesicular =
        outcomes(set).stream()
            .filter(o -> o.expected().status() == Status.NOT_BULK_TRANSPORT)
            .toList();
    assertThat(nonVesicular)
        .hasSizeGreaterThanOrEqualTo(8)
        .allSatisfy(
            o -> {
              assertThat(o.actual().label())
                  .as(o.record().scenario().event().description())
                  .isNull();
              assertThat(o.actual().status())
                  .as(o.record().scenario().event().description())
                  .isNotEqualTo(Status.CLASSIFIED);
            });
  }
}
