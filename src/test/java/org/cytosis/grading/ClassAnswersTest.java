package org.cytosis.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cytosis.engine.Classifier;
import org.cytosis.validation.BankReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The class file is the specification: every row of testcases-grading/class-answers.csv states the
 * verdict, the label and the misconceptions a careful teacher gives it (expected_verdict,
 * expected_read_as, expected_misconceptions), and is graded against testcases-grading/key.csv.
 */
class ClassAnswersTest {

  static final Path KEY = Path.of("testcases-grading", "key.csv");
  static final Path ANSWERS = Path.of("testcases-grading", "class-answers.csv");

  private static List<AnswerRecord> answers;
  private static List<GradedAnswer> graded;
  private static Grader grader;

  @BeforeAll
  static void gradeTheClass() {
    Classifier classifier = Classifier.create();
    grader =
        Grader.create(
            GradingRules.builtIn(classifier),
            AnswerKey.of(BankReader.readKey(KEY).records(), classifier),
            Rubric.defaults());
    answers = AnswerReader.read(ANSWERS);
    graded = grader.gradeAll(answers);
  }

  @TestFactory
  Stream<DynamicTest> everyRowIsGradedAsItsExpectedColumnsSay() {
    return graded.stream()
        .filter(g -> g.answer().columns().get("expected_verdict") != null)
        .map(
            g ->
                DynamicTest.dynamicTest(
                    g.answer().location()
                        + " "
                        + g.answer().studentId()
                        + " "
                        + g.answer().scenarioId()
                        + ": \""
                        + g.answer().answer()
                        + "\"",
                    () -> {
                      var columns = g.answer().columns();
                      assertThat(g.verdict().name())
                          .as("verdict; feedback: " + g.feedback())
                          .isEqualTo(columns.get("expected_verdict"));
                      assertThat(g.readAs() == null ? "" : g.readAs().name())
                          .as("read as")
                          .isEqualTo(columns.get("expected_read_as"));
                      assertThat(g.misconceptions())
                          .as("misconceptions")
                          .containsExactlyInAnyOrderElementsOf(
                              Arrays.stream(columns.get("expected_misconceptions").split("\\s+"))
                                  .filter(s -> !s.isEmpty())
                                  .toList());
                    }));
  }

  @Test
  void feedbackSpeaksToTheStudentWithoutCatalogueIdsOrEnumNamesAndWithoutDoubledArticles() {
    List<String> feedback =
        graded.stream().map(GradedAnswer::feedback).filter(f -> f != null && !f.isEmpty()).toList();

    assertThat(feedback)
        .isNotEmpty()
        .allSatisfy(
            f ->
                assertThat(f)
                    .doesNotContainPattern("\\[[A-Z]+-\\d+")
                    .doesNotContainPattern("\\b[A-Z]{3,}_[A-Z_]+\\b")
                    .doesNotContain("the more specific the ", " the the "));
    assertThat(feedback)
        .anySatisfy(f -> assertThat(f).contains("the more specific regulated secretory pathway"));
  }

  @Test
  void everyInputRowIsInTheOutputExactlyOnceInInputOrder() throws Exception {
    // given: data rows of the file (the header aside; the last row's quote is never closed)
    long dataLines = Files.readAllLines(ANSWERS).size() - 1;
    // then
    assertThat(graded).hasSize((int) dataLines);
    assertThat(graded.stream().map(g -> g.answer().line()).toList())
        .isSorted()
        .doesNotHaveDuplicates();
    assertThat(graded.get(graded.size() - 1).verdict()).isEqualTo(GradeVerdict.UNREADABLE);
    assertThat(graded.get(graded.size() - 1).reason())
        .contains("is not valid CSV", "the rest of the file is not read");
  }

  @Test
  void theClassExercisesEveryVerdictEveryMisconceptionAndEveryWayOfReadingAName() {
    Set<GradeVerdict> verdicts =
        graded.stream()
            .map(GradedAnswer::verdict)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(GradeVerdict.class)));
    Set<String> misconceptions =
        graded.stream().flatMap(g -> g.misconceptions().stream()).collect(Collectors.toSet());
    Set<NameReading.How> readings =
        graded.stream()
            .filter(g -> g.reading() != null)
            .map(g -> g.reading().how())
            .collect(Collectors.toSet());
    assertThat(verdicts).containsExactlyInAnyOrder(GradeVerdict.values());
    assertThat(misconceptions)
        .containsAll(
            GradingRules.builtIn(Classifier.create()).misconceptions.catalogue().stream()
                .map(Misconceptions.Misconception::id)
                .toList());
    assertThat(readings).containsExactlyInAnyOrder(NameReading.How.values());
  }

  @Test
  void scoresStayWithinTheRubricAndUnreadableRowsHaveNone() {
    assertThat(graded)
        .allSatisfy(
            g -> {
              if (g.isGraded()) {
                assertThat(g.score()).isBetween(0.0, g.maxScore());
                assertThat(g.feedback()).isNotBlank().doesNotContain("null");
              } else {
                assertThat(g.score()).isNull();
                assertThat(g.reason()).isNotBlank();
              }
            });
  }

  @Test
  void gradingIsThreadSafeAndDeterministic() {
    // when the same answers are graded from many threads at once
    List<GradedAnswer> parallel = answers.parallelStream().map(grader::grade).toList();
    // then
    assertThat(parallel).isEqualTo(graded);
  }
}
