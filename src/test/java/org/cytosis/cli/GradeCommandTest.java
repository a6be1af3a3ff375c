package org.cytosis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeCommandTest {

  private static final String KEY = "testcases-grading/key.csv";
  private static final String CLASS = "testcases-grading/class-answers.csv";

  private static ClassifyCommandTest.Run run(String... args) {
    return ClassifyCommandTest.run("", args);
  }

  private static Path answers(Path dir, String csv) throws Exception {
    return Files.writeString(dir.resolve("answers.csv"), csv);
  }

  @Test
  void textGradesEachAnswerThenSummarisesAndExitsZeroWhenEveryRowIsReadable(@TempDir Path dir)
      throws Exception {
    // given
    Path file =
        answers(
            dir,
            """
        student_id,scenario_id,answer,justification
        s1,neutrophil-bacterium,phagocitosis,The neutrophil engulfs the bacterium.
        s2,neutrophil-bacterium,pinocytosis,
        """);
    // when
    ClassifyCommandTest.Run run = run("grade", "--key", KEY, "--answers", file.toString());
    // then
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains(
            "s1  neutrophil-bacterium  CORRECT  4/5",
            "read as PHAGOCYTOSIS (misspelling \"phagocitosis\")",
            "s2  neutrophil-bacterium  INCORRECT  0/5",
            "misconceptions: MC-7",
            "Summary: 2 answers: 1 CORRECT, 0 PARTIALLY_CORRECT, 1 INCORRECT",
            "FACILITY",
            "STUDENT");
    String feedback =
        run.out().lines().filter(l -> l.startsWith("  feedback: ")).reduce("", String::concat);
    assertThat(feedback)
        .contains("Pinocytosis (\"cell drinking\") takes in fluid")
        .doesNotContainPattern("\\[[A-Z]+-\\d|[A-Z]{3,}_[A-Z]");
  }

  @Test
  void theClassFileGivesOneJsonLinePerRowAndExitsTwoForItsUnreadableRows() throws Exception {
    // when
    ClassifyCommandTest.Run run =
        run("grade", "--key", KEY, "--answers", CLASS, "--format", "json");
    // then
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out().lines())
        .hasSize((int) Files.lines(Path.of(CLASS)).count() - 1)
        .allSatisfy(l -> assertThat(l).startsWith("{").contains("\"verdict\":"));
    assertThat(run.err().lines().filter(l -> l.startsWith("cytosis grade: ")))
        .hasSize(6)
        .allSatisfy(
            l ->
                assertThat(l)
                    .startsWith("cytosis grade: " + CLASS + ":")
                    .doesNotContain("Exception"));
    assertThat(run.err()).contains("Summary: 312 answers");
  }

  @Test
  void theCsvReportKeepsTheRowsColumnsAndIsSafeInASpreadsheet(@TempDir Path dir) throws Exception {
    // given
    Path file = answers(dir, "student_id,scenario_id,answer,=period\n@s1,ldl-uptake,=SUM(A1),+2\n");
    // when
    ClassifyCommandTest.Run run =
        run("grade", "--key", KEY, "--answers", file.toString(), "--format", "csv");
    // then
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "student_id,scenario_id,answer,'=period,readAs,verdict,score,"
                + "maxScore,credited,misconceptions,feedback,reading,keyLabel,keyFrom,contradictions,reason");
    assertThat(lines.get(1)).startsWith("'@s1,ldl-uptake,'=SUM(A1),'+2,,NON_ANSWER,0,5,");
  }

  @Test
  void summaryFilesAndTeacherMarksReportAgreement(@TempDir Path dir) throws Exception {
    // given
    Path file =
        answers(
            dir,
            """
        student_id,scenario_id,answer
        s1,neutrophil-bacterium,phagocytosis
        s2,neutrophil-bacterium,endocytosis
        s3,neutrophil-bacterium,exocytosis
        """);
    Path marks =
        Files.writeString(
            dir.resolve("marks.csv"),
            "student_id,scenario_id,human_score\ns1,neutrophil-bacterium,2\ns2,neutrophil-bacterium,1\ns3,neutrophil-bacterium,1\n");
    Path json = dir.resolve("summary.json");
    Path csv = dir.resolve("summary.csv");
    // when
    ClassifyCommandTest.Run run =
        run(
            "grade",
            "--key",
            KEY,
            "--answers",
            file.toString(),
            "--human-scores",
            marks.toString(),
            "--summary",
            json.toString(),
            "--out",
            dir.resolve("report.txt").toString());
    run(
        "grade",
        "--key",
        KEY,
        "--answers",
        file.toString(),
        "--summary",
        csv.toString(),
        "--out",
        dir.resolve("report2.txt").toString());
    // then: Cytosis gives 2, 1, 0; the teacher 2, 1, 1
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("3 answers compared, exact agreement 0.67", "TEACHER \\ CYTOSIS");
    assertThat(Files.readString(json))
        .contains(
            "\"answers\":3",
            "\"facility\":0.333",
            "\"agreement\":{\"agreement\":{\"pairs\":3,\"exact\":0.667");
    assertThat(Files.readAllLines(csv))
        .first()
        .isEqualTo(
            "kind,id,key,keyFrom,answers,correct,"
                + "facility,discrimination,meanScore,wrongAnswers,misconceptions,total,maxTotal");
  }

  @Test
  void aBadRubricOrAMissingFileIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
    // given
    Path rubric =
        Files.writeString(dir.resolve("rubric.json"), "{\n \"max\": 5,\n \"bonus\": 1\n}");
    // when
    ClassifyCommandTest.Run bad =
        run("grade", "--key", KEY, "--answers", CLASS, "--rubric", rubric.toString());
    ClassifyCommandTest.Run missing =
        run("grade", "--key", KEY, "--answers", dir.resolve("none.csv").toString());
    ClassifyCommandTest.Run usage = run("grade", "--answers", CLASS);
    // then
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err().strip())
        .isEqualTo(
            "cytosis grade: "
                + rubric
                + ":3: field \"bonus\" is not a "
                + "rubric field (allowed: max, correctLabel, partialLabel, criteria, misconception, contradiction)");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("none.csv: does not exist");
    assertThat(usage.exit()).isEqualTo(2);
  }

  @Test
  @Tag("heavy") // .ci/run only: thousands of answers
  void aLargeClassGetsOneLinePerRowInInputOrderAndTheSummaryCountsThemAll(@TempDir Path dir)
      throws Exception {
    // given the class file's rows (but the one whose quote never closes, which would end the
    // file) five times over, each round by other students
    List<String> rows = Files.readAllLines(Path.of(CLASS));
    List<String> body =
        rows.subList(1, rows.size()).stream()
            .filter(row -> row.chars().filter(c -> c == '"').count() % 2 == 0)
            .toList();
    StringBuilder csv = new StringBuilder(rows.get(0)).append('\n');
    for (int round = 0; round < 5; round++) {
      for (String row : body) {
        csv.append(row.matches("^s\\d+,.*") ? row.replaceFirst("^(s\\d+)", "$1-" + round) : row)
            .append('\n');
      }
    }
    Path file = answers(dir, csv.toString());
    Path oneRound =
        Files.write(
            dir.resolve("one-round.csv"),
            Stream.concat(rows.stream().limit(1), body.stream()).toList());
    ClassifyCommandTest.Run once =
        run("grade", "--key", KEY, "--answers", oneRound.toString(), "--format", "json");
    // when
    ClassifyCommandTest.Run run =
        run("grade", "--key", KEY, "--answers", file.toString(), "--format", "json");
    // then every row is there once, in order, graded as in the class file alone
    List<String> lines = run.out().lines().toList();
    List<String> single = once.out().lines().toList();
    assertThat(lines).hasSize(5 * single.size());
    for (int i = 0; i < lines.size(); i++) {
      assertThat(verdictAndScore(lines.get(i)))
          .as("row %d", i)
          .isEqualTo(verdictAndScore(single.get(i % single.size())));
    }
    assertThat(run.err()).contains("Summary: " + 5 * single.size() + " answers");
    assertThat(run.exit()).isEqualTo(2);
  }

  private static String verdictAndScore(String jsonLine) {
    return jsonLine.replaceAll(".*(\"verdict\":\"[A-Z_]+\",\"score\":[^,]+),.*", "$1");
  }

  @Test
  void theCsvReportOfJsonLinesAnswersHasTheColumnsOfEveryLineInTheOrderFirstSeen(@TempDir Path dir)
      throws Exception {
    // given answers whose later lines carry fields the first lacks
    Path file =
        Files.writeString(
            dir.resolve("answers.jsonl"),
            """
        {"student_id":"s1","scenario_id":"ldl-uptake","answer":"endocytosis"}
        {"student_id":"s2","scenario_id":"ldl-uptake","answer":"pinocytosis","period":"3"}
        {"student_id":"s3","scenario_id":"ldl-uptake","answer":"?","room":"B","Period":"4"}
        """);
    // when
    ClassifyCommandTest.Run run =
        run("grade", "--key", KEY, "--answers", file.toString(), "--format", "csv");
    // then
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("student_id,scenario_id,answer,period,room,readAs,verdict,");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(3)).startsWith("s3,ldl-uptake,?,4,B,,NON_ANSWER,");
  }
}
