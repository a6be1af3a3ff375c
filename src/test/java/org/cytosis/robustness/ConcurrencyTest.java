package org.cytosis.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.cytosis.engine.Classifier;
import org.cytosis.io.EventReader;
import org.cytosis.io.EventRecord;
import org.cytosis.io.InvalidInputException;
import org.cytosis.io.JsonSupport;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Direction;
import org.cytosis.model.Mechanism;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.MembraneSizeChange;
import org.cytosis.model.Trigger;
import org.cytosis.model.VesicleOrigin;
import org.cytosis.model.VesicleType;
import org.cytosis.report.JsonReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One classifier shared by 8 threads gives, call for call, what a sequential run gives: the same
 * bytes for every event, structured or English, and the same error for every record that cannot be
 * read or that the classifier refuses. Each thread makes {@code cytosis.concurrency.calls} calls
 * (1,000 by default, to keep the build short; {@code -Dcytosis.concurrency.calls=100000} for the
 * full run the README reports), each drawn from a fixed mix of inputs in its own order.
 */
@Tag("heavy") // .ci/run only: eight threads against one
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int CALLS = Integer.getInteger("cytosis.concurrency.calls", 1_000);

  @Test
  void eightThreadsSharingOneClassifierGetExactlyTheSequentialResults() throws Exception {
    // given a mix of inputs, and each one's result from a sequential run
    Classifier classifier = Classifier.create();
    List<String> inputs = mixedInputs();
    Map<String, String> expected = new LinkedHashMap<>();
    for (String input : inputs) {
      expected.put(input, outcome(classifier, input));
    }
    // when 8 threads classify them at once, each in its own order
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<List<String>>> mismatches = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      mismatches.add(
          pool.submit(
              () -> {
                start.await();
                List<String> wrong = new ArrayList<>();
                for (int call = 0; call < CALLS; call++) {
                  String input =
                      inputs.get(
                          Math.floorMod(thread * 7919 + call * (2 * thread + 1), inputs.size()));
                  String actual = outcome(classifier, input);
                  if (!actual.equals(expected.get(input))) {
                    wrong.add(
                        input + "\n  expected " + expected.get(input) + "\n  actual   " + actual);
                  }
                }
                return wrong;
              }));
    }
    start.countDown();
    List<String> wrong = new ArrayList<>();
    for (Future<List<String>> f : mismatches) {
      wrong.addAll(f.get());
    }
    pool.shutdown();
    // then
    assertThat(wrong).isEmpty();
    assertThat(expected.values())
        .anyMatch(v -> v.startsWith("error:"))
        .anyMatch(v -> v.contains("\"status\":\"CLASSIFIED\""))
        .anyMatch(v -> v.contains("\"field\":\"description\""));
  }

  /** What the library makes of one line of input: the result's JSON, or the error. */
  private static String outcome(Classifier classifier, String line) {
    try (Stream<EventRecord> records = EventReader.read("mix", new StringReader(line))) {
      EventRecord record = records.findFirst().orElseThrow();
      if (!record.isReadable()) {
        return "error: " + record.error().getMessage();
      }
      return JsonReport.line(classifier.classify(record.event()));
    } catch (InvalidInputException refused) {
      return "error: " + refused.getMessage();
    }
  }

  /**
   * Structured events (a seeded sample of every field's values), English descriptions alone and
   * with fields, and records that cannot be read or that the classifier refuses.
   */
  private static List<String> mixedInputs() throws JsonProcessingException {
    Random random = new Random(20_261_128L);
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      CellEvent.Builder event =
          CellEvent.builder()
              .id("s" + i)
              .direction(pick(random, Direction.values()))
              .membraneEvent(pick(random, MembraneEvent.values()))
              .vesicleOrigin(pick(random, VesicleOrigin.values()))
              .membraneSizeChange(pick(random, MembraneSizeChange.values()))
              .cargo(pick(random, Cargo.values()))
              .vesicleType(pick(random, VesicleType.values()))
              .trigger(pick(random, Trigger.values()));
      if (i % 10 == 0) {
        event.mechanism(pick(random, Mechanism.values()));
      }
      if (i % 3 == 0) {
        event.cellType(Events.CELL_TYPES.get(random.nextInt(Events.CELL_TYPES.size())));
      }
      inputs.add(JsonSupport.MAPPER.writeValueAsString(event.build()));
    }
    for (int i = 0; i < Events.DESCRIPTIONS.size(); i++) {
      String text = Events.DESCRIPTIONS.get(i);
      inputs.add(
          JsonSupport.MAPPER.writeValueAsString(
              CellEvent.builder().id("t" + i).description(text).build()));
      inputs.add(
          JsonSupport.MAPPER.writeValueAsString(
              CellEvent.builder()
                  .id("u" + i)
                  .description(text)
                  .direction(Direction.values()[i % 2])
                  .cargo(Cargo.values()[i % Cargo.values().length])
                  .build()));
    }
    inputs.add("{\"id\":\"bad-value\",\"cargo\":\"solid particel\"}");
    inputs.add("{\"id\":\"bad-field\",\"colour\":\"red\"}");
    inputs.add("{\"id\":\"bad-type\",\"direction\":7}");
    inputs.add("{\"id\":\"bad-syntax\",\"cargo\":");
    inputs.add("{\"id\":\"twice\",\"cargo\":\"FLUID\",\"cargo\":\"FLUID\"}");
    inputs.add("{\"id\":\"control\\u0007\"}");
    inputs.add("{\"id\":\"too-long\",\"description\":\"" + "a".repeat(10_001) + "\"}");
    inputs.add(
        "{\"id\":\"too-much\",\"description\":\"" + "Engulfs. Secretes. ".repeat(60) + "\"}");
    return List.copyOf(inputs);
  }

  /** A value, or null (not given) one time in three. */
  private static <T> T pick(Random random, T[] values) {
    int i = random.nextInt(values.length + values.length / 2 + 1);
    return i < values.length ? values[i] : null;
  }
}
