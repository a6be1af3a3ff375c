package org.cytosis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grade} with a key of concept questions, on the command line. */
class ConceptGradeCommandTest {

  private static final String KEY = "testcases-grading/concepts/key.json";
  private static final String ANSWERS = "testcases-grading/concepts/answers.csv";
  private static final String MARKS = "testcases-grading/concepts/teacher-marks.csv";

  @Test
  void theTestClassIsGradedWithAPerElementSummaryAndItsAgreementWithTheTeacher() {
    ClassifyCommandTest.Run run =
        ClassifyCommandTest.run(
            "", "grade", "--key", KEY, "--answers", ANSWERS, "--human-scores", MARKS);

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains(
            "c01  membrane-processes  CORRECT  3/3",
            "Question membrane-processes: 68 answers",
            "ELEMENT                 CONCEPT                        NAMED  DESCRIBED",
            "68 answers compared",
            "quadratic weighted kappa",
            "TEACHER \\ CYTOSIS");
  }

  @Test
  void theCsvReportAddsTheConceptColumns() {
    ClassifyCommandTest.Run run =
        ClassifyCommandTest.run("", "grade", "--key", KEY, "--answers", ANSWERS, "--format", "csv");

    assertThat(run.exit()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow()).endsWith(",reason,namedOnly,notes");
  }

  @Test
  void anUnknownConceptIsOneLineNamingFileLineAndFieldWithExitTwo(@TempDir Path dir)
      throws Exception {
    Path key =
        Files.writeString(
            dir.resolve("key.json"),
            """
        [
          {"id": "q", "maxScore": 3,
           "elements": [{"concept": "OSMOSIS"},
                        {"concept": "DIFUSION"}]}
        ]
        """);
    Path answers =
        Files.writeString(
            dir.resolve("answers.csv"), "student_id,scenario_id,answer\ns1,q,osmosis: water\n");

    ClassifyCommandTest.Run run =
        ClassifyCommandTest.run(
            "",
            "grade",
            "--key",
            key.toString(),
            "--answers",
            answers.toString(),
            "--format",
            "json");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            key
                + ":4: field \"elements[2].concept\" \"DIFUSION\" is not a"
                + " concept (did you mean DIFFUSION?)")
        .doesNotContain("Exception");
    assertThat(run.out()).contains("\"verdict\":\"UNREADABLE\"");
  }
}
