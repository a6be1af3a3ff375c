package org.cytosis.bench;

import java.util.concurrent.TimeUnit;
import org.cytosis.engine.Classifier;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The library's per-call cost: one {@link Classifier#classify} at a time, full trace included,
 * against the hand-written baseline on the same events. Run single-threaded ({@code -t 1}, the
 * default) for the per-call figure; {@code -t 2} shows how calls scale across cores.
 */
// The executable model's many small classes take the JIT a long time: ten seconds and more of
// warm-up before the score settles on this machine.
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PerCallBenchmark {

  /** The classifier is built once and shared, as a library user would. */
  @State(Scope.Benchmark)
  public static class Engine {
    Classifier classifier;
    final BaselineClassifier baseline = new BaselineClassifier();

    @Setup
    public void setup() {
      classifier = Classifier.create();
    }
  }

  /** Each thread cycles through its own copy of the same 4,096 events. */
  @State(Scope.Thread)
  public static class Events {
    static final int COUNT = 4096;
    CellEvent[] structured;
    CellEvent[] english;
    int next;

    @Setup
    public void setup() {
      structured = BenchEvents.structured(COUNT, 42).toArray(CellEvent[]::new);
      english = BenchEvents.english(COUNT, 42).toArray(CellEvent[]::new);
    }

    CellEvent nextStructured() {
      return structured[next++ & (COUNT - 1)];
    }

    CellEvent nextEnglish() {
      return english[next++ & (COUNT - 1)];
    }
  }

  @Benchmark
  public Classification classify(Engine engine, Events events) {
    return engine.classifier.classify(events.nextStructured());
  }

  /**
   * An event described in English only. Until the English extraction reads descriptions, this
   * measures the description-only path (no observations, insufficient evidence).
   */
  @Benchmark
  public Classification classifyEnglish(Engine engine, Events events) {
    return engine.classifier.classify(events.nextEnglish());
  }

  @Benchmark
  public BaselineClassifier.Result baseline(Engine engine, Events events) {
    return engine.baseline.classify(events.nextStructured());
  }
}
