package org.cytosis.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cytosis.engine.Classifier;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Direction;
import org.cytosis.model.Label;
import org.cytosis.scenario.Expected;
import org.cytosis.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link ValidationRun#stream}: every core, input order, constant memory, lint in order. */
class ValidationStreamTest {

  private static final Validator VALIDATOR = new Validator(Classifier.create());
  private static final List<Cargo> CARGO =
      List.of(Cargo.FLUID, Cargo.SOLID_PARTICLE, Cargo.RECEPTOR_BOUND_LIGAND, Cargo.PROTEIN);

  /** Record i of a bank: every 97th unreadable, the others keyed PINOCYTOSIS over varied cargo. */
  private static BankRecord record(int i, String id, String description) {
    if (i % 97 == 50) {
      return new BankRecord(
          "bank.csv",
          i + 2,
          null,
          new InvalidInputException("bank.csv", i + 2, "cargo", "has unknown value \"GOO\""),
          Map.of());
    }
    CellEvent event =
        CellEvent.builder()
            .id(id)
            .description(description)
            .direction(i % 2 == 0 ? Direction.INTO_CELL : Direction.OUT_OF_CELL)
            .cargo(CARGO.get(i % CARGO.size()))
            .build();
    return new BankRecord(
        "bank.csv",
        i + 2,
        new Scenario(
            "bank.csv", null, null, event, Expected.of(Label.PINOCYTOSIS, null, List.of())),
        null,
        Map.of("id", id));
  }

  private static List<BankRecord> bank(int size) {
    return IntStream.range(0, size).mapToObj(i -> record(i, "r" + i, null)).toList();
  }

  @Test
  void aBankOfManyChunksGivesOneResultPerRecordInInputOrderAsValidatingEachAloneDoes() {
    // given
    List<BankRecord> records = bank(1_000);
    // when
    List<ValidationResult> results;
    try (Stream<ValidationResult> stream =
        ValidationRun.stream(records.stream(), VALIDATOR, false, Function.identity())) {
      results = stream.toList();
    }
    // then
    assertThat(results).extracting(ValidationResult::record).containsExactlyElementsOf(records);
    assertThat(results).isEqualTo(records.stream().map(VALIDATOR::validate).toList());
    assertThat(results)
        .extracting(ValidationResult::verdict)
        .contains(ValidationVerdict.PASS, ValidationVerdict.WRONG_KEY, ValidationVerdict.INVALID);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES) // reading the endless input whole would never end
  void recordsAreReadOnlyALittleAheadOfTheResultsTaken() {
    // given an endless bank that counts how much of it was read
    AtomicInteger read = new AtomicInteger();
    Stream<BankRecord> endless =
        Stream.iterate(0, i -> i + 1)
            .map(i -> record(i, "r" + i, null))
            .peek(r -> read.incrementAndGet());
    // when the first 300 results are taken
    try (Stream<ValidationResult> results =
        ValidationRun.stream(endless, VALIDATOR, false, Function.identity())) {
      assertThat(results.limit(300)).hasSize(300);
    }
    // then what was read ahead is a window of chunks per core, not the input
    int cores = Runtime.getRuntime().availableProcessors();
    assertThat(read.get()).isLessThanOrEqualTo(300 + (cores * 4 + 1) * 64);
  }

  @Test
  void underStrictDuplicatesAreFoundInInputOrderWhileTheRecordsAreValidatedInParallel() {
    // given 700 records where the last two repeat the id of record 3 and, in other spacing and
    // case, the description of record 5
    List<BankRecord> records =
        new ArrayList<>(
            IntStream.range(0, 698)
                .mapToObj(
                    i -> record(i, "r" + i, i == 5 ? "Droplets of fluid are taken in." : null))
                .toList());
    records.add(record(698, "r3", null));
    records.add(record(699, "late", "  DROPLETS of fluid   are taken in. "));
    // when
    List<ValidationResult> results;
    try (Stream<ValidationResult> stream =
        ValidationRun.stream(records.stream(), VALIDATOR, true, Function.identity())) {
      results = stream.toList();
    }
    // then
    assertThat(results.get(698).lint()).contains("Its id r3 is also used at bank.csv:5.");
    assertThat(results.get(699).lint())
        .contains("Its description is the same as that of r5 at bank.csv:7.");
    assertThat(results.subList(0, 698))
        .allSatisfy(
            r ->
                assertThat(r.lint())
                    .noneMatch(l -> l.startsWith("Its id") || l.startsWith("Its description")));
    assertThat(results)
        .extracting(ValidationResult::verdict)
        .isEqualTo(
            records.stream().map(VALIDATOR::validate).map(ValidationResult::verdict).toList());
  }

  @Test
  void theTallyCountsVerdictsAndLintAndSaysWhetherTheRunPasses() {
    // given
    ValidationTally tally = new ValidationTally(true);
    List<ValidationResult> results = bank(100).stream().map(VALIDATOR::validate).toList();
    // when
    results.forEach(tally::add);
    tally.add(results.get(0).withLint(List.of("a lint")));
    // then
    assertThat(tally.results()).isEqualTo(101);
    assertThat(tally.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(101);
    Map<ValidationVerdict, Long> expected =
        Stream.concat(results.stream(), Stream.of(results.get(0)))
            .collect(Collectors.groupingBy(ValidationResult::verdict, Collectors.counting()));
    for (ValidationVerdict verdict : ValidationVerdict.values()) {
      assertThat(tally.counts().get(verdict))
          .as("%s", verdict)
          .isEqualTo(expected.getOrDefault(verdict, 0L).intValue());
    }
    assertThat(tally.linted()).isEqualTo(1);
    assertThat(tally.hasInvalid()).isTrue();
    assertThat(tally.allPass()).isFalse();
    assertThat(tally.summary()).startsWith("101 scenarios: ").endsWith("; 1 with lint");
  }
}
