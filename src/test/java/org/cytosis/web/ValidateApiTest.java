package org.cytosis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.cytosis.io.JsonSupport;
import org.junit.jupiter.api.Test;

/** {@code POST /api/validate} over real HTTP, held to what {@code validate} reports. */
class ValidateApiTest extends LiveServerTest {

  private static final Path MIXED = Path.of("testcases-banks/mixed-bank.csv");

  @Test
  void anUploadedCsvBankGivesTheCommandLinesResultsOnePerRowInOrder() throws Exception {
    // given
    byte[] bank = Files.readAllBytes(MIXED);
    // when
    HttpTestClient.Answer answer = http.upload("/api/validate", "bank", "mixed-bank.csv", bank);
    CommandLineRun cli = CommandLineRun.of("", "validate", MIXED.toString(), "--format", "json");
    // then
    assertThat(answer.status()).isEqualTo(200);
    JsonNode body = answer.json();
    List<String> expected =
        cli.out().lines().map(line -> line.replace(MIXED.toString(), "mixed-bank.csv")).toList();
    assertThat(
            StreamSupport.stream(body.get("results").spliterator(), false)
                .map(JsonNode::toString)
                .toList())
        .isEqualTo(expected);
    assertThat(body.get("summary").asText())
        .isEqualTo(cli.err().lines().reduce((a, b) -> b).orElseThrow());
    assertThat(body.get("counts").get("WRONG_KEY").asInt()).isEqualTo(2);
  }

  @Test
  void anInvalidRowIsAnInvalidResultNamingTheUploadedFileAndLine() throws Exception {
    // given
    String csv =
        "id,expected_label,cargo,direction\nok,PHAGOCYTOSIS,SOLID_PARTICLE,INTO_CELL\n"
            + "typo,PINOCYTOSIS,fluidd,INTO_CELL\n";
    // when
    HttpTestClient.Answer answer =
        http.upload("/api/validate", "bank", "class-7.csv", csv.getBytes());
    // then
    assertThat(answer.status()).isEqualTo(200);
    JsonNode results = answer.json().get("results");
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("verdict").asText()).isEqualTo("PASS");
    assertThat(results.get(1).get("verdict").asText()).isEqualTo("INVALID");
    assertThat(results.get(1).get("reason").asText())
        .startsWith("class-7.csv:3: field \"cargo\" has unknown value \"fluidd\"");
  }

  @Test
  void aJsonBodyAndACsvBodyAreReadAsBanksToo() throws Exception {
    // given
    String json =
        "{\"title\":\"Fluid taken in\",\"event\":{\"id\":\"s1\",\"cargo\":\"FLUID\",\"direction\":\"INTO_CELL\"},"
            + "\"expected\":{\"label\":\"PHAGOCYTOSIS\",\"status\":\"CLASSIFIED\"}}";
    String csv = "id,expected_label,cargo,direction\ns1,PINOCYTOSIS,FLUID,INTO_CELL\n";
    // when
    HttpTestClient.Answer fromJson = http.post("/api/validate", "application/json", json);
    HttpTestClient.Answer fromCsv = http.post("/api/validate", "text/csv", csv);
    // then
    assertThat(fromJson.status()).isEqualTo(200);
    assertThat(fromJson.json().get("results").get(0).get("verdict").asText())
        .isEqualTo("WRONG_KEY");
    assertThat(fromCsv.status()).isEqualTo(200);
    assertThat(fromCsv.json().get("results").get(0).get("verdict").asText()).isEqualTo("PASS");
    assertThat(fromCsv.json().get("results").get(0).get("location").asText())
        .isEqualTo("<request>:2");
  }

  @Test
  void formatCsvAnswersTheCommandLinesCsvReportAsADownload() throws Exception {
    // given
    byte[] bank = Files.readAllBytes(MIXED);
    // when
    HttpTestClient.Answer answer =
        http.upload("/api/validate?format=csv", "bank", "mixed-bank.csv", bank);
    CommandLineRun cli = CommandLineRun.of("", "validate", MIXED.toString(), "--format", "csv");
    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("text/csv");
    assertThat(answer.response().headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"validation.csv\"");
    assertThat(answer.body()).isEqualTo(cli.out().replace(MIXED.toString(), "mixed-bank.csv"));
  }

  @Test
  void strictAddsLintForDuplicateIds() throws Exception {
    // given
    String csv =
        "id,expected_label,cargo,direction\nsame,PINOCYTOSIS,FLUID,INTO_CELL\n"
            + "same,PINOCYTOSIS,FLUID,INTO_CELL\n";
    // when
    HttpTestClient.Answer plain = http.post("/api/validate", "text/csv", csv);
    HttpTestClient.Answer strict = http.post("/api/validate?strict=true", "text/csv", csv);
    // then
    assertThat(plain.json().get("results").get(1).get("lint")).isEmpty();
    assertThat(strict.json().get("results").get(1).get("lint").get(0).asText()).contains("same");
    assertThat(strict.json().get("summary").asText()).endsWith("; 1 with lint");
  }

  @Test
  void badParametersAMissingFileAndAnEmptyBankAre400s() throws Exception {
    // when
    HttpTestClient.Answer format =
        http.post("/api/validate?format=xml", "text/csv", "id,expected_label\n");
    HttpTestClient.Answer strict =
        http.post("/api/validate?strict=yes", "text/csv", "id,expected_label\n");
    HttpTestClient.Answer missing =
        http.upload("/api/validate", "answers", "x.csv", "id\n".getBytes());
    HttpTestClient.Answer empty = http.post("/api/validate", "text/csv", "id,expected_label\n");
    // then
    assertThat(format.status()).isEqualTo(400);
    assertThat(format.json().get("error").asText())
        .isEqualTo("parameter \"format\" has unknown value \"xml\" (allowed: json, csv)");
    assertThat(strict.status()).isEqualTo(400);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().get("error").asText()).startsWith("field \"bank\" is missing");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("error").asText()).isEqualTo("<request>: holds no scenarios");
  }

  @Test
  void anUploadOverTheSizeLimitIsA413() throws Exception {
    // given
    byte[] tooBig = new byte[Limits.MAX_REQUEST_BYTES + 1];
    java.util.Arrays.fill(tooBig, (byte) 'x');
    // when
    HttpTestClient.Answer answer = http.upload("/api/validate", "bank", "huge.csv", tooBig);
    // then
    assertThat(answer.status()).isEqualTo(413);
    assertThat(JsonSupport.MAPPER.readTree(answer.body()).get("error").asText())
        .contains("larger than the limit of 5 MB");
  }
}
