package org.cytosis.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.cytosis.engine.Classifier;
import org.cytosis.model.CellEvent;

/**
 * CPU time per classification, one thread and through the batch API, round after round: on a shared
 * machine, where wall-clock scores swing with other processes' load, CPU time per event is the
 * steadier measure (BENCHMARKS.md). The first rounds include the JIT's warm-up; read the last ones.
 *
 * <pre>
 *   java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *       org.cytosis.bench.CpuPerEvent [ROUNDS] [EVENTS]
 * </pre>
 */
public final class CpuPerEvent {

  private CpuPerEvent() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Classifier classifier = Classifier.create();
    List<CellEvent> events = BenchEvents.structured(count, 3);
    for (int round = 1; round <= rounds; round++) {
      long cpu0 = os.getProcessCpuTime();
      long wall0 = System.nanoTime();
      events.forEach(classifier::classify);
      long cpu1 = os.getProcessCpuTime();
      long wall1 = System.nanoTime();
      classifier.classifyAll(events);
      long cpu2 = os.getProcessCpuTime();
      long wall2 = System.nanoTime();
      System.out.printf(
          "round %2d  one thread: %6.1f us CPU, %6.1f us wall per event"
              + "  |  classifyAll: %6.1f us CPU, %6.1f us wall per event%n",
          round,
          perEvent(cpu1 - cpu0, count),
          perEvent(wall1 - wall0, count),
          perEvent(cpu2 - cpu1, count),
          perEvent(wall2 - wall1, count));
    }
  }

  private static double perEvent(long nanos, int count) {
    return nanos / 1e3 / count;
  }
}
