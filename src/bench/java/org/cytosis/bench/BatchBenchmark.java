package org.cytosis.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The batch API: 10,000 events per invocation, scores in events per second. {@code classifyAll}
 * uses every core (run it with one JMH thread, the default); {@code sequential} is the same work on
 * one thread; {@code baseline} is the hand-written classifier over the same events, on one thread.
 */
// The executable model's many small classes take the JIT a long time: ten seconds and more of
// warm-up before the score settles on this machine.
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class BatchBenchmark {

  static final int BATCH = 10_000;

  Classifier classifier;
  List<CellEvent> events;
  List<CellEvent> english;
  final BaselineClassifier baseline = new BaselineClassifier();

  @Setup
  public void setup() {
    classifier = Classifier.create();
    events = BenchEvents.structured(BATCH, 7);
    english = BenchEvents.english(BATCH, 7);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public List<Classification> classifyAll() {
    return classifier.classifyAll(events);
  }

  /**
   * Events described in English only: the description is read into observations (sentences, Lucene
   * normalisation, phrase matching, negation), then the rules run on them.
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public List<Classification> classifyAllEnglish() {
    return classifier.classifyAll(english);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void sequential(Blackhole sink) {
    for (CellEvent event : events) {
      sink.consume(classifier.classify(event));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void baseline(Blackhole sink) {
    for (CellEvent event : events) {
      sink.consume(baseline.classify(event));
    }
  }
}
