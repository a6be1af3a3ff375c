package org.cytosis.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How the API answers a request made the wrong way (method, body type, malformed JSON) and the
 * plain ways a newcomer sends one (a sentence as text, a CSV bank with no type), over real HTTP.
 */
class ApiRequestsTest extends LiveServerTest {

  private static final String SENTENCE = "Neutrophils eat bacteria.";
  private static final String BANK =
      "id,description,expected_label\na,Neutrophils engulf bacteria.,PHAGOCYTOSIS\n";

  @Test
  void aWrongMethodIs405WithAllowNotANotFound() throws Exception {
    // when
    HttpTestClient.Answer get = http.get("/api/classify");
    HttpTestClient.Answer delete = http.request("DELETE", "/api/health");
    // then
    assertThat(get.status()).isEqualTo(405);
    assertThat(get.response().headers().firstValue("Allow")).hasValue("POST");
    assertThat(get.json().get("error").asText())
        .isEqualTo("GET is not allowed on /api/classify; use POST");
    assertThat(delete.status()).isEqualTo(405);
    assertThat(delete.response().headers().firstValue("Allow")).hasValue("GET");
  }

  @Test
  void aBodyTypeARouteDoesNotTakeIs415NamingTheTypesItTakes() throws Exception {
    // when
    HttpTestClient.Answer xml = http.post("/api/classify", "application/xml", "<event/>");
    HttpTestClient.Answer json = http.post("/api/grade", "application/json", "{}");
    // then
    assertThat(xml.status()).isEqualTo(415);
    assertThat(xml.json().get("error").asText())
        .isEqualTo(
            "a body of type application/xml is not taken here; "
                + "send application/json, application/x-ndjson or text/plain");
    assertThat(json.status()).isEqualTo(415);
    assertThat(json.json().get("error").asText()).endsWith("send multipart/form-data");
  }

  @Test
  void plainTextToClassifyIsReadAsADescriptionAsClassifyTextReadsIt() throws Exception {
    // when
    HttpTestClient.Answer json = http.post("/api/classify", "text/plain; charset=utf-8", SENTENCE);
    HttpTestClient.Answer text = http.post("/api/classify?format=text", "text/plain", SENTENCE);
    HttpTestClient.Answer empty = http.post("/api/classify", "text/plain", "  \n");
    // then
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.body())
        .isEqualTo(
            CommandLineRun.of("", "classify", "--text", SENTENCE, "--format", "json")
                .out()
                .strip());
    assertThat(text.contentType()).startsWith("text/plain");
    assertThat(text.body()).isEqualTo(CommandLineRun.of("", "classify", "--text", SENTENCE).out());
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("error").asText())
        .startsWith("<request>: the description is empty");
  }

  @Test
  void malformedJsonIsA400InPlainWordsWithLineAndColumnAndNoParserInternals() throws Exception {
    // when
    HttpTestClient.Answer cut =
        http.post("/api/classify", "application/json", "{\"cargo\": \"FLUID\",");
    HttpTestClient.Answer english =
        http.post("/api/classify", "application/json", "A cell eats bacteria.");
    // then
    assertThat(cut.status()).isEqualTo(400);
    assertThat(cut.json().get("error").asText())
        .isEqualTo(
            "<request>:1: is not valid JSON: at column 19, the text ends before the closing '}' of an object");
    assertThat(english.status()).isEqualTo(400);
    assertThat(english.json().get("error").asText())
        .startsWith("<request>:1: is not valid JSON: it starts with")
        .contains("send a description as text/plain");
    for (HttpTestClient.Answer answer : new HttpTestClient.Answer[] {cut, english}) {
      assertThat(answer.body()).doesNotContain("StreamReadFeature", "code ", "token", "Source:");
    }
  }

  @Test
  void aCsvBankSentWithoutItsTypeIsReadAsCsvAndOneSentAsJsonIsRefused() throws Exception {
    // when
    HttpTestClient.Answer untyped = http.postUntyped("/api/validate", BANK);
    HttpTestClient.Answer asJson = http.post("/api/validate", "application/json", BANK);
    // then
    assertThat(untyped.status()).isEqualTo(200);
    assertThat(untyped.json().get("results").get(0).get("verdict").asText()).isEqualTo("PASS");
    assertThat(asJson.status()).isEqualTo(400);
    assertThat(asJson.json().get("error").asText()).contains("a CSV bank as text/csv");
  }
}
