package org.cytosis.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cytosis.engine.Classifier;
import org.cytosis.validation.BankReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link Grader#gradeAll(Stream, Function)}: every core, input order, constant memory. */
class GraderStreamTest {

  private static Grader grader;
  private static List<AnswerRecord> classAnswers;

  @BeforeAll
  static void keyTheClass() {
    Classifier classifier = Classifier.create();
    grader =
        Grader.create(
            GradingRules.builtIn(classifier),
            AnswerKey.of(BankReader.readKey(ClassAnswersTest.KEY).records(), classifier),
            Rubric.defaults());
    classAnswers = AnswerReader.read(ClassAnswersTest.ANSWERS);
  }

  /** The class's answers again and again, each round by other students. */
  private static AnswerRecord answer(int i) {
    AnswerRecord row = classAnswers.get(i % classAnswers.size());
    if (!row.isReadable() || row.studentId() == null) {
      return row;
    }
    Map<String, String> columns = new LinkedHashMap<>(row.columns());
    columns.put("student_id", row.studentId() + "-" + (i / classAnswers.size()));
    return new AnswerRecord(row.source(), row.line(), columns, null);
  }

  @Test
  void aLargeClassGetsOneGradePerAnswerInInputOrderAsGradingEachAloneGives() {
    // given four rounds of the class: 1,224 answers, unreadable rows among them
    List<AnswerRecord> answers =
        IntStream.range(0, classAnswers.size() * 4).mapToObj(GraderStreamTest::answer).toList();
    // when
    List<GradedAnswer> graded;
    try (Stream<GradedAnswer> stream = grader.gradeAll(answers.stream(), Function.identity())) {
      graded = stream.toList();
    }
    // then
    assertThat(graded).extracting(GradedAnswer::answer).containsExactlyElementsOf(answers);
    assertThat(graded).isEqualTo(grader.gradeAll(answers));
    assertThat(ClassSummary.of(graded, grader.key()).unreadable()).isEqualTo(4 * 6);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES) // reading the endless input whole would never end
  void answersAreReadOnlyALittleAheadOfTheGradesTaken() {
    // given endless answers that count how many were read
    AtomicInteger read = new AtomicInteger();
    Stream<AnswerRecord> endless =
        Stream.iterate(0, i -> i + 1)
            .map(GraderStreamTest::answer)
            .peek(a -> read.incrementAndGet());
    // when the first 300 grades are taken
    try (Stream<GradedAnswer> graded = grader.gradeAll(endless, Function.identity())) {
      assertThat(graded.limit(300)).hasSize(300);
    }
    // then what was read ahead is a window of chunks per core, not the input
    int cores = Runtime.getRuntime().availableProcessors();
    assertThat(read.get()).isLessThanOrEqualTo(300 + (cores * 4 + 1) * 64);
  }
}
