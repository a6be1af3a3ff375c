package org.cytosis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.cytosis.engine.Classifier;
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
 * A result's JSON line is the mapper's own, byte for byte, whether the part after the id was
 * written now or kept from an earlier result that shares its parts (a verdict-cache hit under
 * another id).
 */
class JsonLineCacheTest {

  private static final Classifier CLASSIFIER = Classifier.create();

  /** Ids a line must escape, and none. */
  private static final String[] IDS = {
    "a", "with \"quotes\" and \\", "ünïcödé ✓", "line\nbreak", null
  };

  @Test
  void everyScenarioWritesTheMappersOwnLineUnderAnyId() throws Exception {
    int lines = 0;
    for (Path file : BankFiles.list(List.of(Path.of("testcases")))) {
      CellEvent event = ScenarioReader.read(file).event();
      for (String id : IDS) {
        Classification c = CLASSIFIER.classify(event.toBuilder().id(id).build());
        assertThat(JsonReport.line(c))
            .as("%s as %s", file, id)
            .isEqualTo(JsonSupport.MAPPER.writeValueAsString(c));
        lines++;
      }
    }
    assertThat(lines).isGreaterThan(800);
  }

  @Test
  void randomEventsDrawnAgainWriteTheMappersOwnLine() throws Exception {
    SplittableRandom random = new SplittableRandom(18);
    for (int i = 0; i < 3_000; i++) {
      CellEvent event =
          CellEvent.builder()
              .id("r" + i)
              .direction(pick(random, Direction.values()))
              .membraneEvent(pick(random, MembraneEvent.values()))
              .cargo(pick(random, Cargo.values()))
              .vesicleType(pick(random, VesicleType.values()))
              .build();
      Classification c = CLASSIFIER.classify(event);
      String line = JsonReport.line(c);
      if (!line.equals(JsonSupport.MAPPER.writeValueAsString(c))) {
        assertThat(line).as("event %d", i).isEqualTo(JsonSupport.MAPPER.writeValueAsString(c));
      }
    }
  }

  @Test
  void explainedResultsAreWrittenAsTheMapperWritesThem() throws Exception {
    CellEvent event = CellEvent.builder().id("x").direction(Direction.INTO_CELL).build();
    Classification explained = new org.cytosis.explain.Explainer(CLASSIFIER).explain(event);
    assertThat(JsonReport.line(explained))
        .isEqualTo(JsonSupport.MAPPER.writeValueAsString(explained));
  }

  private static <T> T pick(SplittableRandom random, T[] values) {
    return random.nextInt(3) == 0 ? null : values[random.nextInt(values.length)];
  }
}
