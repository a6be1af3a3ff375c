package org.cytosis.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cytosis.engine.Classifier;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.Label;
import org.cytosis.validation.BankReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary's numbers on a small class worked out by hand (see each test's comment). */
class ClassSummaryTest {

  private static AnswerKey key;

  @BeforeAll
  static void key(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("key.csv"),
            """
        id,description,expected_label
        A,A neutrophil engulfs a bacterium.,PHAGOCYTOSIS
        B,An amoeba takes in droplets of fluid.,PINOCYTOSIS
        """);
    key = AnswerKey.of(BankReader.readKey(file).records(), Classifier.create());
  }

  private static GradedAnswer answer(
      String student,
      String scenario,
      GradeVerdict verdict,
      double score,
      Label readAs,
      String... misconceptions) {
    AnswerRecord row =
        AnswerRecord.of(student, scenario, readAs == null ? "" : readAs.name(), null);
    NameReading reading =
        new NameReading(
            readAs,
            readAs == null ? NameReading.How.NONE : NameReading.How.EXACT,
            readAs == null ? null : readAs.name(),
            List.of(),
            List.of());
    return new GradedAnswer(
        row,
        reading,
        verdict,
        score,
        5,
        List.of(),
        List.of(misconceptions),
        "feedback",
        key.entry(scenario).orElseThrow(),
        List.of(),
        null);
  }

  /**
   * Four students, two scenarios. Totals: s1 6, s2 2, s3 2, s4 0. 27% of 4 is 1.08, so one student
   * per group: upper s1, lower s4 (s2 and s3 tie and are ranked by id). A: s1 and s2 correct,
   * facility 2/4 = 0.5; upper 1/1 correct, lower 0/1: discrimination 1.0; mean (4+2+0+0)/4 = 1.5.
   * B: s1 and s3 correct, facility 0.5; upper 1/1, lower 0/1: 1.0; mean (2+0+2+0)/4 = 1.0.
   */
  private static List<GradedAnswer> fourStudents() {
    return List.of(
        answer("s1", "A", GradeVerdict.CORRECT, 4, Label.PHAGOCYTOSIS),
        answer("s1", "B", GradeVerdict.CORRECT, 2, Label.PINOCYTOSIS),
        answer("s2", "A", GradeVerdict.CORRECT, 2, Label.PHAGOCYTOSIS),
        answer("s2", "B", GradeVerdict.INCORRECT, 0, Label.PHAGOCYTOSIS, "MC-8"),
        answer("s3", "A", GradeVerdict.INCORRECT, 0, Label.PINOCYTOSIS, "MC-7"),
        answer("s3", "B", GradeVerdict.CORRECT, 2, Label.PINOCYTOSIS),
        answer("s4", "A", GradeVerdict.INCORRECT, 0, Label.EXOCYTOSIS),
        answer("s4", "B", GradeVerdict.NON_ANSWER, 0, null),
        GradedAnswer.unreadable(
            new AnswerRecord(
                "a.csv",
                10,
                java.util.Map.of(),
                new InvalidInputException("a.csv", 10, null, "bad")),
            5,
            "bad"));
  }

  @Test
  void facilityDiscriminationMeanAndCommonMistakesMatchTheHandWorkedExample() {
    // when
    ClassSummary summary = ClassSummary.of(fourStudents(), key);
    // then
    assertThat(summary.scenarios())
        .extracting(
            ClassSummary.ScenarioStats::scenarioId,
            ClassSummary.ScenarioStats::answers,
            ClassSummary.ScenarioStats::correct,
            ClassSummary.ScenarioStats::facility,
            ClassSummary.ScenarioStats::discrimination,
            ClassSummary.ScenarioStats::meanScore)
        .containsExactly(tuple("A", 4, 2, 0.5, 1.0, 1.5), tuple("B", 4, 2, 0.5, 1.0, 1.0));
    // A's wrong answers: one EXOCYTOSIS, one PINOCYTOSIS (ties in name order); B's: PHAGOCYTOSIS
    assertThat(summary.scenarios().get(0).wrongAnswers())
        .containsExactly(
            new ClassSummary.Count("EXOCYTOSIS", 1), new ClassSummary.Count("PINOCYTOSIS", 1));
    assertThat(summary.scenarios().get(0).misconceptions())
        .containsExactly(new ClassSummary.Count("MC-7", 1));
    assertThat(summary.scenarios().get(1).wrongAnswers())
        .containsExactly(new ClassSummary.Count("PHAGOCYTOSIS", 1));
  }

  @Test
  void studentTotalsAndVerdictCountsLeaveUnreadableRowsOut() {
    // when
    ClassSummary summary = ClassSummary.of(fourStudents(), key);
    // then
    assertThat(summary.students())
        .extracting(
            ClassSummary.StudentTotal::studentId,
            ClassSummary.StudentTotal::total,
            ClassSummary.StudentTotal::maxTotal,
            ClassSummary.StudentTotal::correct)
        .containsExactly(
            tuple("s1", 6.0, 10.0, 2),
            tuple("s2", 2.0, 10.0, 1),
            tuple("s3", 2.0, 10.0, 1),
            tuple("s4", 0.0, 10.0, 0));
    assertThat(summary.answers()).isEqualTo(9);
    assertThat(summary.unreadable()).isEqualTo(1);
    assertThat(summary.verdicts())
        .containsEntry(GradeVerdict.CORRECT, 4)
        .containsEntry(GradeVerdict.INCORRECT, 3)
        .containsEntry(GradeVerdict.NON_ANSWER, 1)
        .containsEntry(GradeVerdict.UNREADABLE, 1);
  }

  @Test
  void theLowerGroupIsTheBottomOfTheRankingWithTiesBrokenByStudentId() {
    // given: s2 and s3 tie on 2 points; with three students one forms each group
    List<ClassSummary.StudentTotal> students =
        List.of(
            new ClassSummary.StudentTotal("s3", 1, 2, 5, 0),
            new ClassSummary.StudentTotal("s1", 1, 5, 5, 1),
            new ClassSummary.StudentTotal("s2", 1, 2, 5, 0));
    // then: ranked s1, s2, s3
    assertThat(ClassSummary.group(students, true)).containsExactly("s1");
    assertThat(ClassSummary.group(students, false)).containsExactly("s3");
    assertThat(ClassSummary.group(students.subList(0, 1), true)).isEmpty();
  }

  @Test
  void aScenarioNobodyAnsweredHasNoFacilityAndOneStudentGivesNoDiscrimination() {
    // when
    ClassSummary summary =
        ClassSummary.of(
            List.of(answer("s1", "A", GradeVerdict.CORRECT, 2, Label.PHAGOCYTOSIS)), key);
    // then
    assertThat(summary.scenarios().get(0).discrimination()).isNull();
    assertThat(summary.scenarios().get(1).facility()).isNull();
  }
}
