package org.cytosis.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cytosis.engine.Classifier;
import org.cytosis.model.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The held-out English sentences (src/test/resources/english-held-out, never part of testcases/):
 * the label and status must be right for at least 95% of each set, and a sentence about a crossing
 * without a vesicle must never get a bulk-transport label. The README reports the counts.
 */
class EnglishAccuracyTest {

  private static final Path HELD_OUT = Path.of("src", "test", "resources", "english-held-out");
  private static final ScenarioCheck CHECK = new ScenarioCheck(Classifier.create());

  private static List<ScenarioOutcome> outcomes(String set) {
    return ScenarioReader.scenarioFiles(List.of(HELD_OUT.resolve(set))).stream()
        .map(ScenarioReader::read)
        .map(CHECK::check)
        .toList();
  }

  @ParameterizedTest(name = "{0} held-out set")
  @ValueSource(strings = {"first", "second"})
  void atLeast95PercentOfHeldOutSentencesGetTheirLabelAndStatus(String set) {
    // when
    List<ScenarioOutcome> outcomes = outcomes(set);
    long passed = outcomes.stream().filter(ScenarioOutcome::passed).count();
    // then
    assertThat(outcomes).hasSizeGreaterThanOrEqualTo(40);
    assertThat((double) passed / outcomes.size())
        .as("%d of %d right; wrong: %s", passed, outcomes.size(), outcomes.stream()
            .filter(o -> !o.passed()).map(o -> o.scenario().id()).toList())
        .isGreaterThanOrEqualTo(0.95);
  }

  @ParameterizedTest(name = "{0} held-out set")
  @ValueSource(strings = {"first", "second"})
  void noSentenceAboutACrossingWithoutAVesicleGetsABulkTransportLabel(String set) {
    List<ScenarioOutcome> nonVesicular = outcomes(set).stream()
        .filter(o -> o.scenario().expected().status() == Status.NOT_BULK_TRANSPORT)
        .toList();
    assertThat(nonVesicular).hasSizeGreaterThanOrEqualTo(8).allSatisfy(o -> {
      assertThat(o.actual().label()).as(o.scenario().event().description()).isNull();
      assertThat(o.actual().status()).as(o.scenario().event().description()).isNotEqualTo(Status.CLASSIFIED);
    });
  }
}
