package org.cytosis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Criterion;
import org.cytosis.model.Direction;
import org.cytosis.model.Mechanism;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.MembraneSizeChange;
import org.cytosis.model.Trigger;
import org.cytosis.model.VesicleOrigin;
import org.cytosis.model.VesicleType;
import org.cytosis.scenario.ScenarioReader;
import org.cytosis.validation.BankFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * The fast path (every classification without an explanation: one pass over the phases, the
 * conclusions taken from the trace recorder) and the explained path (a call per phase, the
 * conclusions read back from the session with their justifications) give the same result: status,
 * label, lineage, confidence, findings with their provenance, conflicts, missing questions, and the
 * same trace, step for step. Compared as whole {@link Classification} records, so any field that
 * differs fails.
 */
class FastPathEqualityTest {

  private static final Classifier CLASSIFIER = Classifier.create();
  private static final RuleBase RULES = RuleBase.builtIn();

  /** The seed makes a failure reproducible. */
  private static final long SEED = 18;

  /** Cell types the rules know, ones they do not, and spacing and case the input may have. */
  private static final String[] CELL_TYPES = {
    "neutrophil",
    "macrophage",
    "amoeba",
    "neuron",
    "beta cell",
    "mast cell",
    "plasma cell",
    "fibroblast",
    "hepatocyte",
    "  Mast   Cell ",
    "bacterium",
    "regulated secretory cell",
    "dendritic cell",
    "chromaffin cell"
  };

  @TestFactory
  Stream<DynamicTest> everyScenarioGetsTheSameResultWithAndWithoutItsExplanation() {
    return forEveryScenario(
        event -> {
          Classification fast = CLASSIFIER.classify(event);
          // the explained path: truth maintenance, the three rule-flow stages, the justification
          // graph
          Classification explained = CLASSIFIER.justify(event).classification();

          assertThat(fast.trace()).as("the trace of %s", event.id()).isNotEmpty();
          assertThat(fast).as(event.id()).isEqualTo(explained.withExplanation(null));
        });
  }

  /** One dynamic test per scenario file of testcases/, given the scenario's event. */
  private static Stream<DynamicTest> forEveryScenario(ThrowingConsumer<CellEvent> check) {
    return BankFiles.list(List.of(Path.of("testcases"))).stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.toString(),
                    file.toUri(),
                    () -> check.accept(ScenarioReader.read(file).event())));
  }

  @Test
  void fiveThousandRandomEventsGetTheSameResultOnBothPaths() {
    compareRandomEvents(5_000, SEED + 1);
  }

  /** 87 s on the loaded two-core machine (15 s or so on a quiet one): heavy. */
  @Test
  @Tag("heavy")
  void aHundredThousandRandomEventsGetTheSameResultOnBothPaths() {
    compareRandomEvents(100_000, SEED);
  }

  /**
   * The verdict cache (every {@code classify} without a listener goes through it) gives what the
   * rules give: each scenario's event classified again under another id, once its result is stored,
   * equals the same event run through the rules with no cache.
   */
  @TestFactory
  Stream<DynamicTest> everyScenarioGetsTheSameResultFromTheVerdictCache() {
    Classifier cached = CLASSIFIER.withCacheSize(4096);
    Classifier uncached = CLASSIFIER.withCacheSize(0);
    return forEveryScenario(
        event -> {
          CellEvent again = event.toBuilder().id("again").build();

          Classification first = cached.classify(event);
          Classification hit = cached.classify(again);

          assertThat(first).isEqualTo(uncached.classify(event));
          assertThat(hit).isEqualTo(uncached.classify(again));
          assertThat(hit.id()).isEqualTo("again");
        });
  }

  /**
   * Random events drawn again and again from a pool (so that most are hits, under their own ids),
   * through a cache small enough to evict, against the rules run with no cache.
   */
  @Test
  void cachedResultsOfRandomEventsEqualTheRulesOwn() {
    Classifier cached = CLASSIFIER.withCacheSize(256);
    SplittableRandom random = new SplittableRandom(SEED + 2);
    List<CellEvent> pool = Stream.generate(() -> randomEvent(random, "pool")).limit(1_000).toList();
    for (int i = 0; i < 10_000; i++) {
      CellEvent event = pool.get(random.nextInt(pool.size())).toBuilder().id("d" + i).build();
      Classification expected = RuleSession.run(RULES, event, Observations.fromFields(event), null);
      Classification got = cached.classify(event);
      if (!got.equals(expected)) {
        assertThat(got).as("draw %d: %s", i, event).isEqualTo(expected);
      }
    }
  }

  /**
   * Two events that differ in one field a rule can see never share a stored result: each random
   * event is stored first, then every one-field change of it (each other value of each criterion,
   * and the field left out) is classified through the same cache and compared with the rules' own
   * result for the changed event. Cell types that differ only in case and spacing are one value to
   * the rules, and so one entry.
   */
  @Test
  void eventsThatDifferInAnyRuleVisibleFieldNeverShareAStoredResult() {
    Classifier cached = CLASSIFIER.withCacheSize(100_000);
    SplittableRandom random = new SplittableRandom(SEED + 3);
    int compared = 0;
    for (int i = 0; i < 60; i++) {
      CellEvent base = randomEvent(random, "base" + i);
      cached.classify(base);
      for (Criterion criterion : Criterion.values()) {
        List<Object> values = new java.util.ArrayList<>(criterion.options());
        if (criterion.isFreeText()) {
          values.addAll(List.of(CELL_TYPES));
        }
        values.add(null);
        for (Object value : values) {
          CellEvent.Builder changed = base.toBuilder().id("changed");
          criterion.set(changed, value);
          CellEvent event = changed.build();
          Classification expected =
              RuleSession.run(RULES, event, Observations.fromFields(event), null);
          assertThat(cached.classify(event))
              .as("%s changed to %s in %s", criterion, value, base)
              .isEqualTo(expected);
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(60 * Criterion.values().length);
    Classification spaced =
        cached.classify(CellEvent.builder().id("a").cellType("  Mast   Cell ").build());
    Classification plain =
        cached.classify(CellEvent.builder().id("b").cellType("mast cell").build());
    assertThat(spaced).usingRecursiveComparison().ignoringFields("id").isEqualTo(plain);
    assertThat(plain.trace()).as("one stored result").isSameAs(spaced.trace());
  }

  /**
   * Each event through the fast path, the explained path, and the verdict-only path of the
   * explanation's hypothetical runs.
   */
  private static void compareRandomEvents(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < count; i++) {
      CellEvent event = randomEvent(random, "r" + i);
      List<Observation> facts = Observations.fromFields(event);

      Classification fast = RuleSession.run(RULES, event, facts, null);
      Classification explained =
          RuleSession.runJustified(RULES, event, facts, null).classification();
      Verdict hypothetical = RuleSession.verdict(RULES, event, facts);

      if (!fast.equals(explained)) {
        assertThat(fast).as("event %d of seed %d: %s", i, seed, event).isEqualTo(explained);
      }
      assertThat(hypothetical)
          .as("event %d of seed %d", i, seed)
          .isEqualTo(new Verdict(fast.status(), fast.label()));
    }
  }

  /**
   * Each field absent or any of its values, as often one as the other, so that conflicts abound.
   */
  private static CellEvent randomEvent(SplittableRandom random, String id) {
    return CellEvent.builder()
        .id(id)
        .direction(pick(random, Direction.values()))
        .membraneEvent(pick(random, MembraneEvent.values()))
        .vesicleOrigin(pick(random, VesicleOrigin.values()))
        .membraneSizeChange(pick(random, MembraneSizeChange.values()))
        .cargo(pick(random, Cargo.values()))
        .vesicleType(pick(random, VesicleType.values()))
        .trigger(pick(random, Trigger.values()))
        .mechanism(random.nextInt(4) == 0 ? pick(random, Mechanism.values()) : null)
        .cellType(pick(random, CELL_TYPES))
        .build();
  }

  private static <T> T pick(SplittableRandom random, T[] values) {
    return random.nextBoolean() ? null : values[random.nextInt(values.length)];
  }
}
