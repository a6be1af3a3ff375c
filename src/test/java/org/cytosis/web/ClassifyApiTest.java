package org.cytosis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** {@code POST /api/classify} over real HTTP on a free local port, held to the command line. */
class ClassifyApiTest extends LiveServerTest {

  private static final String JSON = "application/json";

  @Test
  void oneEventGivesTheSameJsonAsTheCommandLineByteForByte() throws Exception {
    // given
    String event =
        "{\"id\":\"ldl\",\"direction\":\"INTO_CELL\",\"cargo\":\"RECEPTOR_BOUND_LIGAND\","
            + "\"vesicleType\":\"CLATHRIN_COATED_VESICLE\",\"description\":\"The cell takes in LDL.\"}";
    // when
    HttpTestClient.Answer answer = http.post("/api/classify", JSON, event);
    CommandLineRun cli = CommandLineRun.of(event, "classify", "--format", "json");
    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.body()).isEqualTo(cli.out().strip());
    assertThat(answer.json().get("label").asText()).isEqualTo("RECEPTOR_MEDIATED_ENDOCYTOSIS");
  }

  @Test
  void everyResultIsExplainedUnlessExplainIsFalseAsOnTheCommandLine() throws Exception {
    // given
    String event =
        "{\"id\":\"n\",\"cellType\":\"neutrophil\",\"direction\":\"INTO_CELL\",\"cargo\":\"SOLID_PARTICLE\"}";
    // when
    HttpTestClient.Answer explained = http.post("/api/classify", JSON, event);
    HttpTestClient.Answer plain = http.post("/api/classify?explain=false", JSON, event);
    // then
    assertThat(explained.json().get("explanation").get("how").get("kind").asText())
        .isEqualTo("VERDICT");
    // why not each label but the verdict's (PHAGOCYTOSIS), in the labels' order
    assertThat(explained.json().get("explanation").get("whyNot"))
        .extracting(w -> w.get("label").asText())
        .containsExactly(
            "EXOCYTOSIS",
            "CONSTITUTIVE_SECRETORY_PATHWAY",
            "REGULATED_SECRETORY_PATHWAY",
            "ENDOCYTOSIS",
            "PINOCYTOSIS",
            "RECEPTOR_MEDIATED_ENDOCYTOSIS",
            "TRANSCYTOSIS",
            "NOT_BULK_TRANSPORT");
    assertThat(plain.json().has("explanation")).isFalse();
    assertThat(plain.body())
        .isEqualTo(
            CommandLineRun.of(event, "classify", "--format", "json", "--no-explain").out().strip());
  }

  @Test
  void formatDotAndMermaidAnswerTheCommandLinesDiagramsAsText() throws Exception {
    // given
    String event =
        "{\"id\":\"ldl\",\"cargo\":\"RECEPTOR_BOUND_LIGAND\",\"vesicleType\":\"CLATHRIN_COATED_VESICLE\"}";
    // when
    HttpTestClient.Answer dot = http.post("/api/classify?format=dot", JSON, event);
    HttpTestClient.Answer mermaid = http.post("/api/classify?format=mermaid", JSON, event);
    // then
    assertThat(dot.status()).isEqualTo(200);
    assertThat(dot.contentType()).startsWith("text/plain");
    assertThat(dot.body()).isEqualTo(CommandLineRun.of(event, "classify", "--format", "dot").out());
    assertThat(mermaid.body())
        .isEqualTo(CommandLineRun.of(event, "classify", "--format", "mermaid").out());
  }

  @Test
  void aDiagramWithoutAnExplanationIsA400() throws Exception {
    // when
    HttpTestClient.Answer answer = http.post("/api/classify?format=dot&explain=false", JSON, "{}");
    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("error").asText())
        .isEqualTo(
            "format \"dot\" draws the explanation; it cannot be combined with explain=false");
  }

  @Test
  void moreEventsToExplainThanOneRequestMayHoldIsA413AndABatchIsExplainedOnlyWhenAsked()
      throws Exception {
    // given
    String lines = "{\"cargo\":\"FLUID\"}\n".repeat(Limits.MAX_EXPLAINED + 1);
    // when
    HttpTestClient.Answer explained = http.post("/api/classify?explain=true", JSON, lines);
    HttpTestClient.Answer plain = http.post("/api/classify", JSON, lines);
    // then
    assertThat(explained.status()).isEqualTo(413);
    assertThat(explained.json().get("error").asText())
        .isEqualTo(Limits.tooManyExplained("<request>"));
    assertThat(plain.status()).isEqualTo(200);
    assertThat(plain.json()).hasSize(Limits.MAX_EXPLAINED + 1);
    assertThat(plain.body()).doesNotContain("\"explanation\"");
  }

  @Test
  void anArrayGivesAnArrayOfResultsInInputOrder() throws Exception {
    // given
    String events =
        "[{\"id\":\"a\",\"direction\":\"into cell\",\"cargo\":\"solid-particle\"},"
            + "{\"id\":\"b\",\"direction\":\"OUT_OF_CELL\",\"trigger\":\"CONTINUOUS\"},"
            + "{\"id\":\"c\",\"description\":\"Oxygen diffuses across the membrane.\"}]";
    // when
    HttpTestClient.Answer answer = http.post("/api/classify", JSON, events);
    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(ids(answer.json())).containsExactly("a", "b", "c");
    assertThat(answer.json().get(0).get("label").asText()).isEqualTo("PHAGOCYTOSIS");
    assertThat(answer.json().get(1).get("label").asText())
        .isEqualTo("CONSTITUTIVE_SECRETORY_PATHWAY");
    assertThat(answer.json().get(2).get("status").asText()).isEqualTo("NOT_BULK_TRANSPORT");
  }

  @Test
  void jsonLinesGiveTheCommandLinesLinesAsOneArray() throws Exception {
    // given
    String lines =
        "{\"id\":\"x\",\"cargo\":\"FLUID\"}\n{\"id\":\"y\",\"cargo\":\"HORMONE\",\"direction\":\"OUT_OF_CELL\"}\n";
    // when
    HttpTestClient.Answer answer = http.post("/api/classify", "application/x-ndjson", lines);
    CommandLineRun cli = CommandLineRun.of(lines, "classify", "--format", "json");
    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("[" + String.join(",", cli.out().lines().toList()) + "]");
  }

  @Test
  void anUnknownValueIsA400WithTheCommandLinesMessage() throws Exception {
    // given
    String event = "{\"id\":\"typo\",\n \"cargo\":\"solid particel\"}";
    // when
    HttpTestClient.Answer answer = http.post("/api/classify", JSON, event);
    CommandLineRun cli = CommandLineRun.of(event, "classify");
    // then
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().get("status").asInt()).isEqualTo(400);
    String error = answer.json().get("error").asText();
    assertThat(error)
        .isEqualTo(
            cli.err()
                .lines()
                .findFirst()
                .orElseThrow()
                .replace("cytosis classify: ", "")
                .replace("<stdin>", "<request>"));
    assertThat(error)
        .startsWith("<request>:2: field \"cargo\" has unknown value \"solid particel\"")
        .contains("did you mean SOLID_PARTICLE?");
  }

  @Test
  void aBadRecordInABatchIsA400ThatStillAnswersEveryRecordInItsPlace() throws Exception {
    // given
    String lines =
        "{\"id\":\"ok-1\",\"cargo\":\"FLUID\"}\n{\"id\":\"bad\",\"direction\":7}\n{\"id\":\"ok-2\",\"cargo\":\"FLUID\"}\n";
    // when
    HttpTestClient.Answer answer = http.post("/api/classify", JSON, lines);
    // then
    assertThat(answer.status()).isEqualTo(400);
    JsonNode body = answer.json();
    assertThat(body.get("error").asText()).startsWith("<request>:2: field \"direction\"");
    JsonNode results = body.get("results");
    assertThat(results).hasSize(3);
    assertThat(results.get(0).get("id").asText()).isEqualTo("ok-1");
    assertThat(results.get(1).get("record").asInt()).isEqualTo(2);
    assertThat(results.get(1).get("error").asText()).isEqualTo(body.get("error").asText());
    assertThat(results.get(2).get("id").asText()).isEqualTo("ok-2");
  }

  @Test
  void malformedJsonAndAnEmptyBodyAre400sNamingTheProblem() throws Exception {
    // when
    HttpTestClient.Answer malformed = http.post("/api/classify", JSON, "{\"cargo\": ");
    HttpTestClient.Answer empty = http.post("/api/classify", JSON, "  \n");
    // then
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("error").asText()).startsWith("<request>:1: is not valid JSON");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("error").asText()).isEqualTo("<request>: holds no events");
  }

  @Test
  void aBodyOverTheSizeLimitIsA413() throws Exception {
    // given
    byte[] tooBig = new byte[Limits.MAX_REQUEST_BYTES + 1];
    java.util.Arrays.fill(tooBig, (byte) ' ');
    // when
    HttpTestClient.Answer answer = http.post("/api/classify", JSON, tooBig);
    // then
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.json().get("error").asText()).contains("larger than the limit of 5 MB");
  }

  @Test
  void moreEventsThanOneRequestMayHoldIsA413() throws Exception {
    // given
    String lines = "{}\n".repeat(Limits.MAX_RECORDS + 1);
    // when
    HttpTestClient.Answer answer = http.post("/api/classify", JSON, lines);
    // then
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.json().get("error").asText())
        .isEqualTo(Limits.tooManyRecords("<request>", "events"));
  }

  @Test
  void aByteOrderMarkIsNotContent() throws Exception {
    // given
    byte[] withBom = ("\uFEFF{\"cargo\":\"FLUID\"}").getBytes(StandardCharsets.UTF_8);
    // when
    HttpTestClient.Answer answer = http.post("/api/classify", JSON, withBom);
    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("label").asText()).isEqualTo("PINOCYTOSIS");
  }

  private static List<String> ids(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asText()).toList();
  }
}
