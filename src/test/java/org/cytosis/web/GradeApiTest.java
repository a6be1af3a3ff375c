package org.cytosis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.cytosis.io.JsonSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/grade} over real HTTP, held to what {@code grade} reports for the same files.
 */
class GradeApiTest extends LiveServerTest {

  private static final Path KEY = Path.of("testcases-grading/key.csv");
  private static final Path CLASS = Path.of("testcases-grading/class-answers.csv");

  @Test
  void aClassFileIsGradedRowByRowAsTheCommandLineGradesItWithTheSameSummaryAndProblems(
      @TempDir Path dir) throws Exception {
    // given
    Path summary = dir.resolve("summary.json");
    // when
    HttpTestClient.Answer answer =
        http.uploadAll(
            "/api/grade",
            List.of(
                new HttpTestClient.Part("key", "key.csv", Files.readAllBytes(KEY)),
                new HttpTestClient.Part(
                    "answers", "class-answers.csv", Files.readAllBytes(CLASS))));
    CommandLineRun cli =
        CommandLineRun.of(
            "",
            "grade",
            "--key",
            KEY.toString(),
            "--answers",
            CLASS.toString(),
            "--format",
            "json",
            "--summary",
            summary.toString());
    // then
    assertThat(answer.status()).isEqualTo(200);
    JsonNode body = answer.json();
    assertThat(texts(body.get("results")))
        .isEqualTo(cli.out().lines().map(GradeApiTest::uploaded).toList());
    assertThat(body.get("summary")).isEqualTo(JsonSupport.MAPPER.readTree(summary.toFile()));
    List<String> problems =
        StreamSupport.stream(body.get("problems").spliterator(), false)
            .map(JsonNode::asText)
            .toList();
    assertThat(problems)
        .isNotEmpty()
        .isEqualTo(
            cli.err()
                .lines()
                .filter(l -> l.startsWith("cytosis grade: "))
                .map(l -> uploaded(l.substring(15)))
                .toList());
    assertThat(body.get("summaryText").asText()).startsWith("Summary: 312 answers:");
  }

  @Test
  void formatCsvAnswersTheCommandLinesCsvReportAsADownload() throws Exception {
    // when
    HttpTestClient.Answer answer =
        http.uploadAll(
            "/api/grade?format=csv",
            List.of(
                new HttpTestClient.Part("key", "key.csv", Files.readAllBytes(KEY)),
                new HttpTestClient.Part(
                    "answers", "class-answers.csv", Files.readAllBytes(CLASS))));
    CommandLineRun cli =
        CommandLineRun.of(
            "", "grade", "--key", KEY.toString(), "--answers", CLASS.toString(), "--format", "csv");
    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("text/csv");
    assertThat(answer.response().headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"grades.csv\"");
    assertThat(answer.body()).isEqualTo(uploaded(cli.out()));
  }

  @Test
  void aJsonKeyAndJsonLinesAnswersAreReadToo() throws Exception {
    // given
    String key =
        "[{\"event\":{\"id\":\"ldl\",\"description\":\"A liver cell takes up LDL bound to "
            + "its receptors in clathrin-coated pits.\"},\"expected\":{\"label\":\"RECEPTOR_MEDIATED_ENDOCYTOSIS\","
            + "\"status\":\"CLASSIFIED\"}}]";
    String answers =
        "{\"student_id\":\"s1\",\"scenario_id\":\"ldl\",\"answer\":\"receptor-mediated endocytosis\"}\n"
            + "{\"student_id\":\"s2\",\"scenario_id\":\"ldl\",\"answer\":\"exocytosis\"}\n";
    // when
    HttpTestClient.Answer answer =
        http.uploadAll(
            "/api/grade",
            List.of(
                new HttpTestClient.Part("key", "key.json", key.getBytes(StandardCharsets.UTF_8)),
                new HttpTestClient.Part(
                    "answers", "answers.jsonl", answers.getBytes(StandardCharsets.UTF_8))));
    // then
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode results = answer.json().get("results");
    assertThat(results.get(0).get("verdict").asText()).isEqualTo("CORRECT");
    assertThat(results.get(1).get("verdict").asText()).isEqualTo("INCORRECT");
    assertThat(answer.json().get("problems")).isEmpty();
  }

  @Test
  void aMissingFileAndAnEmptyAnswersFileAre400sAndABodyThatIsNotAFormIs415() throws Exception {
    // when
    HttpTestClient.Answer missing =
        http.upload("/api/grade", "key", "key.csv", Files.readAllBytes(KEY));
    HttpTestClient.Answer notMultipart = http.post("/api/grade", "text/csv", "id\n");
    HttpTestClient.Answer empty =
        http.uploadAll(
            "/api/grade",
            List.of(
                new HttpTestClient.Part("key", "key.csv", Files.readAllBytes(KEY)),
                new HttpTestClient.Part(
                    "answers", "answers.csv", "student_id,scenario_id,answer\n".getBytes())));
    // then
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("error").asText()).startsWith("field \"answers\" is missing");
    assertThat(notMultipart.status()).isEqualTo(415);
    assertThat(notMultipart.json().get("error").asText()).contains("send multipart/form-data");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("error").asText()).isEqualTo("answers.csv: holds no answers");
  }

  /** The command line names files by their paths; the API by the names they were uploaded under. */
  private static String uploaded(String text) {
    return text.replace(KEY.toString(), "key.csv").replace(CLASS.toString(), "class-answers.csv");
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::toString).toList();
  }
}
