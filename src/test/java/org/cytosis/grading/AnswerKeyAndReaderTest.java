package org.cytosis.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cytosis.engine.Classifier;
import org.cytosis.model.Label;
import org.cytosis.validation.BankReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys that cannot key an answer, and answers read from JSON Lines: nothing is lost. */
class AnswerKeyAndReaderTest {

  private static final Classifier CLASSIFIER = Classifier.create();

  @Test
  void aScenarioWithoutALabelIsKeyedByTheRulesAndOneThatCannotKeyIsAProblem(@TempDir Path dir)
      throws Exception {
    // given
    Path file =
        Files.writeString(
            dir.resolve("key.csv"),
            """
        id,description,cargo
        fluid,,FLUID
        twice,,FLUID
        twice,,SOLID_PARTICLE
        nothing,Something happens.,
        bad,,GOO
        """);
    // when
    AnswerKey key = AnswerKey.of(BankReader.readKey(file).records(), CLASSIFIER);
    // then
    assertThat(key.entry("fluid"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.label()).isEqualTo(Label.PINOCYTOSIS);
              assertThat(e.fromRules()).isTrue();
            });
    assertThat(key.problem("twice")).hasValueSatisfying(p -> assertThat(p).contains("given twice"));
    assertThat(key.problem("nothing"))
        .hasValueSatisfying(
            p -> assertThat(p).contains("has no key label, and the rules find it NO_EVENT"));
    assertThat(key.problem("bad")).hasValueSatisfying(p -> assertThat(p).contains("\"GOO\""));
    // and answers to them are UNREADABLE with that reason
    Grader grader = Grader.create(GradingRules.builtIn(CLASSIFIER), key, Rubric.defaults());
    GradedAnswer twice = grader.grade(AnswerRecord.of("s1", "twice", "pinocytosis", null));
    assertThat(twice.verdict()).isEqualTo(GradeVerdict.UNREADABLE);
    assertThat(twice.reason()).contains("given twice");
    assertThat(grader.grade(AnswerRecord.of("s1", "fluid", "pinocytosis", null)).verdict())
        .isEqualTo(GradeVerdict.CORRECT);
  }

  @Test
  void jsonLinesAnswersKeepTheirExtraFieldsAndABadLineStandsInItsPlace() {
    // when
    List<AnswerRecord> records =
        AnswerReader.readJson(
            "a.jsonl",
            new StringReader(
                """
        {"student_id": "s1", "scenario_id": "x", "answer": "phagocytosis", "period": 3}
        {"student_id": "s2", "scenario_id": "x", "answer": ["phagocytosis"]}
        not json
        {"student_id": "s3", "answer": "endocytosis"}
        {"student_id": 4, "scenario_id": "x", "answer": null, "justification": "it engulfs"}
        """));
    // then
    assertThat(records).hasSize(5);
    assertThat(records.get(0).isReadable()).isTrue();
    assertThat(records.get(0).columns()).containsEntry("period", "3");
    assertThat(records.get(1).error())
        .hasMessage("a.jsonl:2: field \"answer\" must be a string, not an array");
    assertThat(records.get(2).isReadable()).isFalse();
    assertThat(records.get(3).error()).hasMessageContaining("field \"scenario_id\" is required");
    assertThat(records.get(4).studentId()).isEqualTo("4");
    assertThat(records.get(4).answer()).isEmpty();
  }

  @Test
  void aCsvHeaderWithoutTheRequiredColumnsIsOneUnreadableRecord() throws Exception {
    List<AnswerRecord> records =
        AnswerReader.readCsv("a.csv", new StringReader("Student ID,answer\ns1,phagocytosis\n"));
    assertThat(records)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.error())
                    .hasMessageStartingWith(
                        "a.csv:1: has no \"scenario_id\" column in its header"));
    assertThat(
            AnswerReader.readCsv(
                    "a.csv", new StringReader("Student ID,Scenario-ID,Answer\ns1,x,phagocytosis\n"))
                .get(0)
                .scenarioId())
        .isEqualTo("x");
  }
}
