package org.cytosis.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.cytosis.io.JsonSupport;
import org.junit.jupiter.api.Test;

class JsonValidationReportTest {

  @Test
  void oneJsonLinePerScenarioWithTheContractFieldsAndTheUnreadColumns() throws Exception {
    // when
    String jsonl = MixedBank.write(new JsonValidationReport(), MixedBank.RUN);
    // then
    List<JsonNode> lines = jsonl.lines().map(JsonValidationReportTest::parse).toList();
    assertThat(lines)
        .extracting(n -> n.get("id").asText())
        .containsExactlyElementsOf(MixedBank.IDS);
    JsonNode wrong = lines.get(1);
    assertThat(wrong.get("verdict").asText()).isEqualTo("WRONG_KEY");
    assertThat(wrong.get("expected").get("label").asText()).isEqualTo("PHAGOCYTOSIS");
    assertThat(wrong.get("expected").get("status").isNull()).isTrue();
    assertThat(wrong.get("actual").get("label").asText()).isEqualTo("PINOCYTOSIS");
    assertThat(wrong.get("actual").get("findings"))
        .anySatisfy(
            f -> {
              assertThat(f.get("value").asText()).isEqualTo("FLUID");
              assertThat(f.get("supports").asText()).isEqualTo("PINOCYTOSIS");
            });
    assertThat(wrong.get("reason").asText())
        .startsWith("The key says PHAGOCYTOSIS, but the rules conclude PINOCYTOSIS.");
    assertThat(wrong.get("location").asText()).isEqualTo("testcases-banks/mixed-bank.csv:3");
    assertThat(wrong.get("columns").toString()).isEqualTo("{\"chapter\":\"4.2\"}");
    JsonNode invalid = lines.get(7);
    assertThat(invalid.get("verdict").asText()).isEqualTo("INVALID");
    assertThat(invalid.get("actual").isNull()).isTrue();
    assertThat(invalid.get("reason").asText())
        .contains("field \"cargo\" has unknown value \"solid particel\"");
  }

  private static JsonNode parse(String line) {
    try {
      return JsonSupport.MAPPER.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
