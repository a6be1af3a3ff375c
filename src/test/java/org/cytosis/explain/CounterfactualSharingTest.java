package org.cytosis.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cytosis.engine.Classifier;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Counterfactual.Result;
import org.cytosis.scenario.ScenarioReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The counterfactual search runs one pair of changes for all pairs of alike changes (values that
 * are evidence for the same labels at the same weights). That rests on the verdict rules never
 * reading the value behind a finding; these tests catch a rule that starts to: for every scenario
 * of {@code testcases/}, sharing runs finds exactly what running every pair finds.
 */
@Tag("heavy") // .ci/run only: explains many events twice
class CounterfactualSharingTest {

  private static final Classifier CLASSIFIER = Classifier.create();
  private static final org.cytosis.engine.EvidenceTable EVIDENCE = CLASSIFIER.evidence();

  @TestFactory
  Stream<DynamicTest> sharingRunsAmongAlikeChangesFindsWhatRunningEveryPairFinds()
      throws IOException {
    return scenarioEvents()
        .map(
            event ->
                DynamicTest.dynamicTest(
                    event.id(),
                    () -> {
                      // given
                      Classification actual = CLASSIFIER.classify(event);
                      AtomicInteger everyPairRuns = new AtomicInteger();
                      AtomicInteger sharedRuns = new AtomicInteger();
                      // when
                      List<CounterfactualSearch.Found> everyPair =
                          new CounterfactualSearch(counting(everyPairRuns), null)
                              .search(event, actual);
                      List<CounterfactualSearch.Found> shared =
                          new CounterfactualSearch(
                                  counting(sharedRuns),
                                  (field, value) -> Explainer.evidenceOf(EVIDENCE, field, value))
                              .search(event, actual);
                      // then the same answers; fewer runs for an event given as fields alone
                      assertThat(shared).isEqualTo(everyPair);
                      if (event.description() == null) {
                        assertThat(sharedRuns.get()).isLessThan(everyPairRuns.get());
                      } else {
                        assertThat(sharedRuns.get()).isEqualTo(everyPairRuns.get());
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> aWrongIdeaOfWhichChangesAreAlikeCostsRunsNeverAnswers() throws IOException {
    // given a grouping that calls every value of a field alike, which singles alone contradict
    BiFunction<org.cytosis.model.Criterion, Object, List<String>> wrong =
        (field, value) -> List.of();
    return scenarioEvents()
        .filter(e -> e.description() == null)
        .limit(20)
        .map(
            event ->
                DynamicTest.dynamicTest(
                    event.id(),
                    () -> {
                      Classification actual = CLASSIFIER.classify(event);
                      // when
                      List<CounterfactualSearch.Found> everyPair =
                          new CounterfactualSearch(counting(new AtomicInteger()), null)
                              .search(event, actual);
                      List<CounterfactualSearch.Found> withWrongGroups =
                          new CounterfactualSearch(counting(new AtomicInteger()), wrong)
                              .search(event, actual);
                      // then the check on the single changes turns sharing off
                      assertThat(withWrongGroups).isEqualTo(everyPair);
                    }));
  }

  private static Function<CellEvent, Result> counting(AtomicInteger runs) {
    return event -> {
      runs.incrementAndGet();
      return Result.of(CLASSIFIER.classify(event));
    };
  }

  private static Stream<CellEvent> scenarioEvents() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("testcases"))) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .filter(p -> !p.getFileName().toString().endsWith(".schema.json"))
          .sorted()
          .map(p -> ScenarioReader.read(p).event())
          .toList()
          .stream();
    }
  }
}
