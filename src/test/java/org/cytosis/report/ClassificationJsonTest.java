package org.cytosis.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.cytosis.engine.Classifier;
import org.cytosis.io.EventRecord;
import org.cytosis.io.InvalidInputException;
import org.cytosis.io.JsonSupport;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Direction;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.VesicleType;
import org.cytosis.scenario.ScenarioReader;
import org.cytosis.validation.BankFiles;
import org.junit.jupiter.api.Test;

/**
 * {@code classify --format json} writes each result with the streaming writer: byte for byte what
 * the object mapper wrote before it, for every scenario (fields alone, English with its negated
 * mentions, several events and notes) and for random events with and without descriptions.
 */
class ClassificationJsonTest {

  private static final Classifier CLASSIFIER = Classifier.create();

  private static final String[] DESCRIPTIONS = {
      "A neutrophil engulfs a bacterium and encloses it in a phagosome.",
      "The vesicle does not fuse with the membrane; instead the membrane invaginates.",
      "Beta cells release insulin from dense-core vesicles when glucose rises. The cell then takes "
          + "the receptor back in through clathrin-coated pits.",
      "Is this exocytosis or endocytosis?",
      "Oxygen diffuses across the membrane, \"quoted\" \\ and caf\u00e9 \u2014 \t tabbed."};

  @Test
  void everyScenarioIsWrittenAsTheObjectMapperWritesIt() throws Exception {
    List<Path> files = BankFiles.list(List.of(Path.of("testcases")));
    assertThat(files).hasSizeGreaterThan(100);
    for (Path file : files) {
      Classification c = CLASSIFIER.classify(ScenarioReader.read(file).event());
      assertThat(JsonReport.line(c)).as(file.toString())
          .isEqualTo(JsonSupport.MAPPER.writeValueAsString(c));
    }
  }

  @Test
  void randomEventsAreWrittenAsTheObjectMapperWritesThem() throws Exception {
    SplittableRandom random = new SplittableRandom(18);
    for (int i = 0; i < 2_000; i++) {
      CellEvent event = CellEvent.builder()
          .id(random.nextInt(10) == 0 ? null : "e" + i)
          .direction(pick(random, Direction.values()))
          .membraneEvent(pick(random, MembraneEvent.values()))
          .cargo(pick(random, Cargo.values()))
          .vesicleType(pick(random, VesicleType.values()))
          .cellType(random.nextBoolean() ? null : "mast cell")
          .description(random.nextInt(4) == 0 ? pick(random, DESCRIPTIONS) : null)
          .build();
      Classification c = CLASSIFIER.classify(event);
      assertThat(JsonReport.line(c)).as(event.toString())
          .isEqualTo(JsonSupport.MAPPER.writeValueAsString(c));
    }
  }

  @Test
  void anExplainedResultKeepsItsExplanation() throws Exception {
    Classification c = CLASSIFIER.explain(CellEvent.builder().id("x")
        .direction(Direction.INTO_CELL).cargo(Cargo.SOLID_PARTICLE).build());
    assertThat(JsonReport.line(c)).contains("\"explanation\":")
        .isEqualTo(JsonSupport.MAPPER.writeValueAsString(c));
  }

  @Test
  void anUnreadableRecordIsWrittenAsBefore() {
    EventRecord record = new EventRecord(3, 7, null,
        new InvalidInputException("in.jsonl", 7, "cargo", "is \"SOLID\", not a cargo"));
    ObjectNode before = JsonSupport.MAPPER.createObjectNode();
    before.put("record", 3);
    before.put("line", 7);
    before.put("error", record.error().getMessage());
    assertThat(JsonReport.errorLine(record)).isEqualTo(before.toString());
  }

  private static <T> T pick(SplittableRandom random, T[] values) {
    return random.nextBoolean() ? null : values[random.nextInt(values.length)];
  }
}
