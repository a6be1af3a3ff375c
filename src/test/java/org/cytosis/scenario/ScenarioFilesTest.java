package org.cytosis.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cytosis.engine.Classifier;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in testcases/ is a test, through the same {@link ScenarioCheck} that {@code validate}
 * uses. A file that cannot be read fails its test; nothing is skipped.
 */
class ScenarioFilesTest {

  private static final Path TESTCASES = Path.of("testcases");
  private static final Classifier CLASSIFIER = Classifier.create();

  @TestFactory
  Stream<DynamicNode> everyScenarioGetsItsExpectedLabelStatusAndSources() {
    ScenarioCheck check = new ScenarioCheck(CLASSIFIER);
    List<Path> files = ScenarioReader.scenarioFiles(List.of(TESTCASES));
    return files.stream()
        .map(Path::getParent)
        .distinct()
        .map(folder -> DynamicContainer.dynamicContainer(folder.getFileName().toString(),
            files.stream().filter(f -> f.getParent().equals(folder)).map(file ->
                DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
                  ScenarioOutcome outcome = check.check(ScenarioReader.read(file));
                  assertThat(outcome.problems()).as(file.toString()).isEmpty();
                }))));
  }

  @Test
  void theBankCoversEveryLabelAndEveryStatus() {
    var scenarios = ScenarioReader.scenarioFiles(List.of(TESTCASES)).stream()
        .map(ScenarioReader::read).toList();
    assertThat(scenarios).hasSizeGreaterThanOrEqualTo(60);
    assertThat(scenarios.stream().map(s -> s.expected().label()).distinct())
        .containsAll(org.cytosis.model.Label.bulkTransportLabels());
    assertThat(scenarios.stream().map(s -> s.expected().status()).distinct())
        .containsExactlyInAnyOrder(org.cytosis.model.Status.values());
  }

  @Test
  void scenarioIdsAreUnique() {
    var ids = ScenarioReader.scenarioFiles(List.of(TESTCASES)).stream()
        .map(ScenarioReader::read).map(Scenario::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
  }
}
