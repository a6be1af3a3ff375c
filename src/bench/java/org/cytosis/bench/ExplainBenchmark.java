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
 * What one {@link Classifier#explain} costs, warm: the verdict with its justification graph, why
 * not each other label, and the counterfactuals, which re-run the rules some hundreds of times
 * (spread over the cores). Milliseconds per explanation, for events given as fields and for
 * events described in English.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ExplainBenchmark {

  /** The classifier is built once and shared, as a library user would. */
  @State(Scope.Benchmark)
  public static class Engine {
    Classifier classifier;

    @Setup
    public void setup() {
      classifier = Classifier.create();
    }
  }

  /** The thread cycles through the same 256 events of each kind. */
  @State(Scope.Thread)
  public static class Events {
    static final int COUNT = 256;
    CellEvent[] structured;
    CellEvent[] english;
    int next;

    @Setup
    public void setup() {
      structured = BenchEvents.structured(COUNT, 42).toArray(CellEvent[]::new);
      english = BenchEvents.english(COUNT, 42).toArray(CellEvent[]::new);
    }
  }

  @Benchmark
  public Classification explain(Engine engine, Events events) {
    return engine.classifier.explain(events.structured[events.next++ & (Events.COUNT - 1)]);
  }

  @Benchmark
  public Classification explainEnglish(Engine engine, Events events) {
    return engine.classifier.explain(events.english[events.next++ & (Events.COUNT - 1)]);
  }
}
