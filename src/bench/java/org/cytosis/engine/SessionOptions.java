package org.cytosis.engine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.cytosis.bench.BenchEvents;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.conf.ThreadSafeOption;

/**
 * Issue 18's measurement of truth maintenance against plain inserts: the rules of {@code rules/}
 * compiled at run time as they are, and a copy with every {@code insertLogical} made {@code
 * insert}, in session configurations of Drools; for each, whether it reaches the same facts and the
 * thread's CPU time per event for firing the rules alone (no listener, no result assembled).
 * Variants run interleaved round by round; the first two rounds are warm-up. BENCHMARKS.md has the
 * figures.
 *
 * <pre>
 *   java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *       org.cytosis.engine.SessionOptions [ROUNDS]
 * </pre>
 */
public final class SessionOptions {

  private static final List<String> PHASES = List.of("MAIN", "weigh", "decide");

  private SessionOptions() {}

  /** The distinct facts (by equality), how many facts in all, and how many verdicts. */
  private record Run(Set<Object> facts, int count, int verdicts) {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    List<List<Observation>> events =
        BenchEvents.structured(4096, 42).stream().map(Observations::fromFields).toList();
    Path rules = Path.of("rules");
    Path inserting = Files.createTempDirectory("rules-insert");
    copyWithPlainInserts(rules, inserting);

    KieServices ks = KieServices.get();
    KieBaseConfiguration equality = ks.newKieBaseConfiguration();
    equality.setOption(EqualityBehaviorOption.EQUALITY);
    KieBaseConfiguration equalityFixed = ks.newKieBaseConfiguration();
    equalityFixed.setOption(EqualityBehaviorOption.EQUALITY);
    equalityFixed.setOption(KieBaseMutabilityOption.DISABLED);
    KieSessionConfiguration unsafe = ks.newKieSessionConfiguration();
    unsafe.setOption(ThreadSafeOption.NO);

    KieSessionsPool logical = build(rules, ks.newKieBaseConfiguration()).newKieSessionsPool(2);
    KieSessionsPool identity = build(inserting, ks.newKieBaseConfiguration()).newKieSessionsPool(2);
    KieSessionsPool equal = build(inserting, equality).newKieSessionsPool(2);
    KieSessionsPool fixed = build(inserting, equalityFixed).newKieSessionsPool(2);

    Map<String, IntConsumer> variants = new LinkedHashMap<>();
    variants.put(
        "insertLogical (truth maintenance)", i -> fire(logical, null, events.get(i), false));
    variants.put("insert, identity", i -> fire(identity, null, events.get(i), false));
    variants.put("insert, EQUALITY", i -> fire(equal, null, events.get(i), false));
    variants.put("insert, EQUALITY, thread-unsafe", i -> fire(equal, unsafe, events.get(i), false));
    variants.put(
        "insert, EQUALITY, immutable, unsafe", i -> fire(fixed, unsafe, events.get(i), false));

    for (var v : Map.of("insert, identity", identity, "insert, EQUALITY", equal).entrySet()) {
      int differ = 0;
      int notOne = 0;
      for (List<Observation> event : events) {
        Run reference = fire(logical, null, event, true);
        Run run = fire(v.getValue(), null, event, true);
        differ += reference.facts().equals(run.facts()) && reference.count() == run.count() ? 0 : 1;
        notOne += run.verdicts() == 1 ? 0 : 1;
      }
      System.out.printf(
          "%s: %d of %d events reach other or more facts, %d not exactly one verdict%n",
          v.getKey(), differ, events.size(), notOne);
    }

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<Double>> timings = new LinkedHashMap<>();
    for (int round = 0; round < rounds; round++) {
      for (var v : variants.entrySet()) {
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < events.size(); i++) {
          try {
            v.getValue().accept(i);
          } catch (RuntimeException broken) {
            // counted in the timing; the variant's results are reported above or below
          }
        }
        double micros = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / events.size();
        if (round >= 2) {
          timings.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(micros);
        }
      }
    }
    timings.forEach(
        (name, values) -> {
          Collections.sort(values);
          System.out.printf(
              "%-38s median %.2f us CPU per event (%.2f-%.2f)%n",
              name, values.get(values.size() / 2), values.get(0), values.get(values.size() - 1));
        });
  }

  private static Run fire(
      KieSessionsPool pool, KieSessionConfiguration conf, List<Observation> facts, boolean keep) {
    KieSession session = conf == null ? pool.newKieSession() : pool.newKieSession(conf);
    try {
      facts.forEach(session::insert);
      for (String phase : PHASES) {
        session.getAgenda().getAgendaGroup(phase).setFocus();
        session.fireAllRules();
      }
      int verdicts = session.getObjects(new ClassObjectFilter(Verdict.class)).size();
      return new Run(
          keep ? new HashSet<>(session.getObjects()) : null, session.getObjects().size(), verdicts);
    } finally {
      session.dispose();
    }
  }

  private static void copyWithPlainInserts(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.writeString(target, Files.readString(file).replace("insertLogical(", "insert("));
      }
    }
  }

  private static KieBase build(Path dir, KieBaseConfiguration conf) throws IOException {
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
        kfs.write("src/main/resources/rules/" + dir.relativize(file), Files.readString(file));
      }
    }
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
    if (!builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) {
      throw new IllegalStateException(builder.getResults().toString());
    }
    return ks.newKieContainer(builder.getKieModule().getReleaseId()).newKieBase(conf);
  }
}
