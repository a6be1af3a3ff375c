package org.cytosis.bench;

import java.util.concurrent.TimeUnit;
import org.cytosis.explain.Explainer;
import org.cytosis.model.Classification;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one {@code Explainer.explain} costs, warm: the verdict with its justification graph, why not
 * each other label, and the counterfactuals, which re-run the rules some hundreds of times (spread
 * over the cores). Milliseconds per explanation, for events given as fields and for events
 * described in English.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ExplainBenchmark {

  // The same classifier and events as the per-call benchmark.
  @Benchmark
  public Classification explain(PerCallBenchmark.Engine engine, PerCallBenchmark.Events events) {
    return new Explainer(engine.classifier).explain(events.nextStructured());
  }

  @Benchmark
  public Classification explainEnglish(
      PerCallBenchmark.Engine engine, PerCallBenchmark.Events events) {
    return new Explainer(engine.classifier).explain(events.nextEnglish());
  }
}
