package org.cytosis.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * testcases/scenario.schema.json is what authors write scenarios against (testcases/README.md): a
 * JSON Schema validator, not Cytosis's own reader, checks every scenario file against it, so that
 * the schema and the files cannot drift apart unnoticed.
 */
class ScenarioSchemaTest {

  private static final Path TESTCASES = Path.of("testcases");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema SCHEMA = schema();

  @TestFactory
  Stream<DynamicTest> everyScenarioFileMeetsTheSchema() throws IOException {
    List<Path> files = scenarioFiles();
    assertThat(files).hasSizeGreaterThanOrEqualTo(200);
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    TESTCASES.relativize(file).toString(),
                    file.toUri(),
                    () ->
                        assertThat(SCHEMA.validate(JSON.readTree(file.toFile())))
                            .as(file.toString())
                            .extracting(Error::toString)
                            .isEmpty()));
  }

  /** The schema is sharp: a scenario that breaks it in any of these ways is refused. */
  @Test
  void theSchemaRefusesWhatTheReadmeForbids() throws IOException {
    JsonNode good = JSON.readTree(scenarioFiles().get(0).toFile());
    assertThat(SCHEMA.validate(good)).isEmpty();

    assertThat(errors(good, "/event", "direction", "\"SIDEWAYS\"")).hasSize(1);
    assertThat(errors(good, "/event", "colour", "\"red\"")).hasSize(1);
    assertThat(errors(good, "/expected", "status", "\"MAYBE\""))
        .extracting(e -> e.getInstanceLocation().toString())
        .contains("/expected/status");
    assertThat(errors(good, "/expected", "sources", "[\"XX-1\"]"))
        .extracting(e -> e.getInstanceLocation().toString())
        .containsOnly("/expected/sources/0");
    assertThat(errors(good, "/expected", "sources", "[]")).hasSize(1);
    assertThat(errors(good, "", "title", "\"\"")).hasSize(1);
    assertThat(errors(good, "/event", "id", "\"exocytosis-1\"")).hasSize(1);
  }

  /** Errors for the scenario with one field of one object set to a JSON value. */
  private static List<Error> errors(JsonNode scenario, String object, String field, String value)
      throws IOException {
    JsonNode copy = scenario.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) copy.at(object))
        .set(field, JSON.readTree(value));
    return SCHEMA.validate(copy);
  }

  private static Schema schema() {
    try {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(JSON.readTree(TESTCASES.resolve("scenario.schema.json").toFile()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every scenario file: the .json files under testcases/, the schema itself excepted. */
  private static List<Path> scenarioFiles() throws IOException {
    try (Stream<Path> files = Files.walk(TESTCASES)) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .filter(p -> !p.getFileName().toString().endsWith(".schema.json"))
          .sorted()
          .toList();
    }
  }
}
