package org.cytosis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cytosis.engine.Classifier;
import org.cytosis.model.CellEvent;

/**
 * The classifying thread's own CPU time per {@link Classifier#classify}, round after round over the
 * same 4,096 events: unlike {@link CpuPerEvent}'s process time, it leaves out the JIT's and the
 * collector's threads, which on a machine loaded by others run late and spill into any round. Run
 * the builds to compare one after the other, in turn (BENCHMARKS.md, issue 18).
 *
 * <pre>
 *   java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *       org.cytosis.bench.ThreadCpuPerCall [ROUNDS] [WARM-UP ROUNDS] [structured|english|distinct]
 * </pre>
 *
 * <p>{@code distinct}: the structured events, each call with a cell type no call had before, so
 * that the verdict cache never hits (its cold case: every lookup a miss, every result stored).
 * {@code -Dcytosis.verdictCache=0} runs without the cache.
 */
public final class ThreadCpuPerCall {

  private ThreadCpuPerCall() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    boolean english = args.length > 2 && args[2].equals("english");
    boolean distinct = args.length > 2 && args[2].equals("distinct");
    Classifier classifier = Classifier.create();
    List<CellEvent> events =
        english ? BenchEvents.english(4096, 42) : BenchEvents.structured(4096, 42);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Double> measured = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      long cpu = threads.getCurrentThreadCpuTime();
      if (distinct) {
        // Built before the clock starts, so that only classify is timed.
        List<CellEvent> fresh = new ArrayList<>(events.size());
        for (CellEvent e : events) {
          fresh.add(e.toBuilder().cellType("cell type " + round + "-" + fresh.size()).build());
        }
        cpu = threads.getCurrentThreadCpuTime();
        fresh.forEach(classifier::classify);
      } else {
        events.forEach(classifier::classify);
      }
      double micros = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / events.size();
      if (round >= warmUp) {
        measured.add(micros);
      }
    }
    Collections.sort(measured);
    System.out.printf(
        "median %.2f us CPU per classify (%.2f-%.2f, %d rounds after %d of warm-up)%n",
        measured.get(measured.size() / 2),
        measured.get(0),
        measured.get(measured.size() - 1),
        measured.size(),
        warmUp);
  }
}
