package org.cytosis.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cytosis.batch.OrderedParallelMap;

/**
 * The results of validating a run of bank records, in input order, one per record, with the counts
 * per verdict. Under {@code strict}, results also carry lint, and lint fails the run.
 *
 * <p>{@link #stream} validates records of any number on every core in constant memory, for {@code
 * validate}; {@link #of} keeps a whole (small) run's results, for the library and tests. Both go
 * through {@link Validator}, as the JUnit runner over {@code testcases/} does.
 */
public record ValidationRun(List<ValidationResult> results, boolean strict) {

  public ValidationRun {
    results = List.copyOf(results);
  }

  /**
   * Validates every record in order, calling {@code afterEach} once per record (to show progress).
   */
  public static ValidationRun of(
      List<BankRecord> records, Validator validator, boolean strict, Runnable afterEach) {
    Objects.requireNonNull(afterEach, "afterEach must not be null");
    List<ValidationResult> results = new ArrayList<>(records.size());
    try (Stream<ValidationResult> each =
        stream(records.stream(), validator, strict, Function.identity())) {
      each.forEach(
          result -> {
            results.add(result);
            afterEach.run();
          });
    }
    return new ValidationRun(results, strict);
  }

  /**
   * Validates records on every core and gives, in input order, one {@code then(result)} per record:
   * the records are read only a little ahead of the results taken, so memory stays constant
   * whatever their number. {@code then} runs on the worker thread that validated the record (a
   * report renders the result there), so it must be thread-safe. Under {@code strict} the results
   * carry their lint; duplicates are found as the records are read, in order. Close the stream if
   * it is not read to its end.
   */
  public static <T> Stream<T> stream(
      Stream<BankRecord> records,
      Validator validator,
      boolean strict,
      Function<? super ValidationResult, ? extends T> then) {
    Objects.requireNonNull(records, "records must not be null");
    Objects.requireNonNull(validator, "validator must not be null");
    Objects.requireNonNull(then, "then must not be null");
    if (!strict) {
      return OrderedParallelMap.map(records, record -> then.apply(validator.validate(record)));
    }
    StrictLint lint = new StrictLint();
    return OrderedParallelMap.map(
        records.map(lint::duplicates),
        checked ->
            then.apply(
                StrictLint.linted(validator.validate(checked.record()), checked.duplicates())));
  }

  /** The counts of this run's results. */
  public ValidationTally tally() {
    ValidationTally tally = new ValidationTally(strict);
    results.forEach(tally::add);
    return tally;
  }

  /** How many results have each verdict, every verdict listed in declaration order. */
  public Map<ValidationVerdict, Integer> counts() {
    return tally().counts();
  }

  /** Results with lint (only ever non-zero under {@code strict}). */
  public long linted() {
    return tally().linted();
  }

  public boolean hasInvalid() {
    return tally().hasInvalid();
  }

  /** Every result passes, and under {@code strict} none has lint. */
  public boolean allPass() {
    return tally().allPass();
  }

  /** {@code 6 scenarios: 1 PASS, 1 WRONG_KEY, ...}, plus the lint count under strict. */
  public String summary() {
    return tally().summary();
  }
}
