package org.cytosis.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cytosis.engine.Classifier;
import org.cytosis.model.Label;
import org.cytosis.model.Status;
import org.cytosis.validation.BankFiles;
import org.cytosis.validation.BankReader;
import org.cytosis.validation.BankRecord;
import org.cytosis.validation.ValidationResult;
import org.cytosis.validation.ValidationVerdict;
import org.cytosis.validation.Validator;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in testcases/ is a test, read and judged by the same {@link BankReader} and {@link
 * Validator} that {@code validate} uses: it passes only with verdict PASS (label, status and the
 * key's sources). A file that cannot be read is INVALID and fails its test; nothing is skipped.
 */
class ScenarioFilesTest {

  private static final Path TESTCASES = Path.of("testcases");
  private static final Validator VALIDATOR = new Validator(Classifier.create());

  @TestFactory
  Stream<DynamicNode> everyScenarioGetsItsExpectedLabelStatusAndSources() {
    List<Path> files = BankFiles.list(List.of(TESTCASES));
    return files.stream()
        .map(Path::getParent)
        .distinct()
        .map(
            folder ->
                DynamicContainer.dynamicContainer(
                    folder.getFileName().toString(),
                    files.stream()
                        .filter(f -> f.getParent().equals(folder))
                        .map(
                            file ->
                                DynamicTest.dynamicTest(
                                    file.getFileName().toString(),
                                    file.toUri(),
                                    () -> {
                                      List<BankRecord> records = BankReader.read(file).records();
                                      assertThat(records)
                                          .as("%s holds one scenario", file)
                                          .hasSize(1);
                                      ValidationResult result = VALIDATOR.validate(records.get(0));
                                      assertThat(result.verdict())
                                          .withFailMessage(
                                              "%s: %s: %s",
                                              file, result.verdict(), result.reason().text())
                                          .isEqualTo(ValidationVerdict.PASS);
                                    }))));
  }

  @Test
  void theBankCoversEveryLabelAndEveryStatus() {
    List<Expected> keys = scenarios().map(Scenario::expected).toList();
    assertThat(keys).hasSizeGreaterThanOrEqualTo(60);
    assertThat(keys.stream().map(Expected::label).distinct())
        .containsAll(Label.bulkTransportLabels());
    assertThat(keys.stream().map(Expected::status).distinct())
        .containsExactlyInAnyOrder(Status.values());
  }

  @Test
  void scenarioIdsAreUnique() {
    assertThat(scenarios().map(s -> s.event().id()).toList())
        .doesNotContainNull()
        .doesNotHaveDuplicates();
  }

  private static Stream<Scenario> scenarios() {
    return BankFiles.list(List.of(TESTCASES)).stream().map(ScenarioReader::read);
  }
}
