package org.cytosis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
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
    return BankFiles.list(List.of(Path.of("testcases"))).stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.toString(),
                    file.toUri(),
                    () -> {
                      CellEvent event = ScenarioReader.read(file).event();

                      Classification fast = CLASSIFIER.classify(event);
                      // the explained path: truth maintenance, the three rule-flow stages, the
                      // justification graph
                      Classification explained = CLASSIFIER.justify(event).classification();

                      assertThat(fast.trace()).as("the trace of %s", file).isNotEmpty();
                      assertThat(fast)
                          .as(file.toString())
                          .isEqualTo(explained.withExplanation(null));
                    }));
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
