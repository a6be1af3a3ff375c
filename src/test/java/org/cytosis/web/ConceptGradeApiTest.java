package org.cytosis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** {@code POST /api/grade} with a key of concept questions, held to what {@code grade} reports. */
class ConceptGradeApiTest extends LiveServerTest {

  private static final Path KEY = Path.of("testcases-grading/concepts/key.json");
  private static final Path ANSWERS = Path.of("testcases-grading/concepts/answers.csv");

  @Test
  void aConceptQuestionIsGradedAsTheCommandLineGradesIt() throws Exception {
    // when
    HttpTestClient.Answer answer =
        http.uploadAll(
            "/api/grade",
            List.of(
                new HttpTestClient.Part("key", "key.json", Files.readAllBytes(KEY)),
                new HttpTestClient.Part("answers", "answers.csv", Files.readAllBytes(ANSWERS))));
    CommandLineRun cli =
        CommandLineRun.of(
            "",
            "grade",
            "--key",
            KEY.toString(),
            "--answers",
            ANSWERS.toString(),
            "--format",
            "json");
    // then
    assertThat(answer.status()).isEqualTo(200);
    JsonNode body = answer.json();
    List<String> results =
        StreamSupport.stream(body.get("results").spliterator(), false)
            .map(JsonNode::toString)
            .toList();
    assertThat(results)
        .isEqualTo(
            cli.out().lines().map(l -> l.replace(ANSWERS.toString(), "answers.csv")).toList());
    assertThat(body.get("results").get(0).get("credited").get(0).get("concept").asText())
        .isEqualTo("DIFFUSION");
    assertThat(body.get("summary").get("questions").get(0).get("questionId").asText())
        .isEqualTo("membrane-processes");
    assertThat(body.get("problems")).isEmpty();
  }
}
