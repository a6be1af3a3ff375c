package org.cytosis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytosis.io.EventJson;
import org.cytosis.io.JsonSupport;
import org.cytosis.model.Cargo;
import org.cytosis.model.Direction;
import org.cytosis.model.Mechanism;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.MembraneSizeChange;
import org.cytosis.model.Trigger;
import org.cytosis.model.VesicleOrigin;
import org.cytosis.model.VesicleType;
import org.junit.jupiter.api.Test;

/** The server as a whole: health, the OpenAPI description, errors for unknown routes, the page. */
class ServerTest extends LiveServerTest {

  @Test
  void listensOnLoopbackOnAFreePortWhenAskedForPortZero() {
    assertThat(server.port()).isPositive();
    assertThat(server.isLoopbackOnly()).isTrue();
    assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
  }

  @Test
  void healthSaysUpWithTheSizeOfTheRuleBase() throws Exception {
    // when
    HttpTestClient.Answer answer = http.get("/api/health");
    // then
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("status").asText()).isEqualTo("UP");
    assertThat(answer.json().get("rules").asInt()).isEqualTo(classifier.rules().size());
  }

  @Test
  void theOpenApiDescriptionListsExactlyTheRoutesServed() throws Exception {
    // given
    Set<String> served = new HashSet<>();
    ApiRoutes.all(org.cytosis.usecase.Cytosis.of(classifier))
        .forEach(r -> served.add(r.method() + " " + r.path()));
    // when
    JsonNode api = http.get("/api/openapi.json").json();
    // then
    Set<String> described = new HashSet<>();
    api.get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method ->
                            described.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    assertThat(described).isEqualTo(served);
  }

  @Test
  void theOpenApiEventSchemaHasEveryFieldAndEveryValueTheReaderAccepts() throws Exception {
    // given
    Map<String, List<String>> enums =
        Map.of(
            "direction",
            names(Direction.values()),
            "membraneEvent",
            names(MembraneEvent.values()),
            "vesicleOrigin",
            names(VesicleOrigin.values()),
            "membraneSizeChange",
            names(MembraneSizeChange.values()),
            "cargo",
            names(Cargo.values()),
            "vesicleType",
            names(VesicleType.values()),
            "trigger",
            names(Trigger.values()),
            "mechanism",
            names(Mechanism.values()));
    // when
    JsonNode event =
        http.get("/api/openapi.json").json().at("/components/schemas/CellEvent/properties");
    // then
    List<String> fields = new ArrayList<>();
    event.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).isEqualTo(EventJson.fieldNames());
    enums.forEach(
        (field, values) ->
            assertThat(JsonSupport.MAPPER.convertValue(event.get(field).get("enum"), List.class))
                .as(field)
                .isEqualTo(values));
  }

  @Test
  void theOpenApiExplanationNodeKindsAreTheModels() throws Exception {
    // when
    JsonNode kinds =
        http.get("/api/openapi.json")
            .json()
            .at("/components/schemas/JustificationNode/properties/kind/enum");
    // then
    assertThat(JsonSupport.MAPPER.convertValue(kinds, List.class))
        .isEqualTo(names(org.cytosis.model.JustificationNode.Kind.values()));
  }

  @Test
  void anUnknownRouteIsAJson404() throws Exception {
    // when
    HttpTestClient.Answer answer = http.get("/api/nothing-here");
    // then
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().get("status").asInt()).isEqualTo(404);
    assertThat(answer.json().get("error").asText()).contains("/api/openapi.json");
  }

  @Test
  void thePageAndItsFilesAreServedFromTheJarWithNothingFromElsewhere() throws Exception {
    // when
    HttpTestClient.Answer page = http.get("/");
    HttpTestClient.Answer script = http.get("/app.js");
    HttpTestClient.Answer style = http.get("/app.css");
    HttpTestClient.Answer explain = http.get("/explain.js");
    // then
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body())
        .contains("<form id=\"classify-form\"", "src=\"app.js\"", "href=\"app.css\"");
    assertThat(script.status()).isEqualTo(200);
    assertThat(style.status()).isEqualTo(200);
    assertThat(explain.status()).isEqualTo(200);
    for (String text : List.of(page.body(), script.body(), style.body(), explain.body())) {
      assertThat(externalReferences(text)).isEmpty();
    }
    assertThat(page.response().headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'self';"));
  }

  /** src=, href=, url(), import and fetch targets that leave this server. */
  private static List<String> externalReferences(String text) {
    Matcher m =
        Pattern.compile(
                "(?:src|href)\\s*=\\s*\"(//|[a-z]+:)[^\"]*\"|url\\(\\s*['\"]?(?:https?:)?//"
                    + "|@import|fetch\\(\\s*['\"`]https?:")
            .matcher(text);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
