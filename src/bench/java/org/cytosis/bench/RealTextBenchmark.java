package org.cytosis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cytosis.engine.Classifier;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * English end to end on text nobody here wrote, warm: the quoted real passages of {@code
 * testcases-corpus/} and the English scenarios' descriptions, 2,000 per invocation (a class of
 * answers), on every core, scores in descriptions per second. Every description of every invocation
 * is new to the caches (a numbered answer appended to each sentence), so tagging, reading and the
 * rules run for each: the verdict and tag caches of 4,096 entries never see a text again within
 * 40,000. Run from the project folder: {@code scripts/bench.sh RealTextBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class RealTextBenchmark {

  static final int CLASS_SIZE = 2_000;

  /** Distinct classes prepared: 20 of 2,000 descriptions, 40,000 descriptions in all. */
  static final int CLASSES = 20;

  Classifier classifier;
  List<List<CellEvent>> classes;
  int next;

  @Setup
  public void setup() throws IOException {
    classifier = Classifier.create();
    List<String> texts = texts();
    classes = new ArrayList<>();
    for (int c = 0; c < CLASSES; c++) {
      List<CellEvent> answers = new ArrayList<>(CLASS_SIZE);
      for (int i = 0; i < CLASS_SIZE; i++) {
        String answer = " (answer " + c + "-" + i + ")";
        String text = texts.get(i % texts.size());
        answers.add(
            CellEvent.builder()
                .id(c + "-" + i)
                .description(text.replace(". ", answer + ". ") + answer)
                .build());
      }
      classes.add(answers);
    }
  }

  @Benchmark
  @OperationsPerInvocation(CLASS_SIZE)
  public List<Classification> classifyAClass() {
    List<CellEvent> answers = classes.get(next);
    next = (next + 1) % CLASSES;
    return classifier.classifyAll(answers);
  }

  private static List<String> texts() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (String file : List.of("real-text.jsonl", "real-text-extra.jsonl")) {
      for (String line : Files.readAllLines(Path.of("testcases-corpus", file))) {
        if (!line.isBlank()) {
          texts.add(json.readTree(line).get("text").asText());
        }
      }
    }
    try (Stream<Path> scenarios = Files.walk(Path.of("testcases", "english"))) {
      for (Path p : scenarios.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode description = json.readTree(p.toFile()).path("event").path("description");
        if (description.isTextual()) {
          texts.add(description.asText());
        }
      }
    }
    return texts;
  }
}
