package org.cytosis.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The results of validating a run of bank records, in input order, one per record, with the
 * counts per verdict. Under {@code strict}, results also carry lint, and lint fails the run.
 */
public record ValidationRun(List<ValidationResult> results, boolean strict) {

  public ValidationRun {
    results = List.copyOf(results);
  }

  /**
   * Validates every record in order, calling {@code afterEach} once per record (to show progress).
   */
  public static ValidationRun of(List<BankRecord> records, Validator validator, boolean strict,
      Runnable afterEach) {
    Objects.requireNonNull(afterEach, "afterEach must not be null");
    List<ValidationResult> results = new ArrayList<>(records.size());
    for (BankRecord record : records) {
      results.add(validator.validate(record));
      afterEach.run();
    }
    return new ValidationRun(strict ? StrictLint.apply(results) : results, strict);
  }

  /** How many results have each verdict, every verdict listed in declaration order. */
  public Map<ValidationVerdict, Integer> counts() {
    Map<ValidationVerdict, Integer> counts = new EnumMap<>(ValidationVerdict.class);
    for (ValidationVerdict v : ValidationVerdict.values()) {
      counts.put(v, 0);
    }
    results.forEach(r -> counts.merge(r.verdict(), 1, Integer::sum));
    return counts;
  }

  /** Results with lint (only ever non-zero under {@code strict}). */
  public long linted() {
    return results.stream().filter(r -> !r.lint().isEmpty()).count();
  }

  public boolean hasInvalid() {
    return results.stream().anyMatch(r -> r.verdict() == ValidationVerdict.INVALID);
  }

  /** Every result passes, and under {@code strict} none has lint. */
  public boolean allPass() {
    return results.stream().allMatch(r -> r.verdict() == ValidationVerdict.PASS) && linted() == 0;
  }

  /** {@code 6 scenarios: 1 PASS, 1 WRONG_KEY, ...}, plus the lint count under strict. */
  public String summary() {
    String counts = counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
    String lint = strict ? "; " + linted() + " with lint" : "";
    return results.size() + (results.size() == 1 ? " scenario: " : " scenarios: ") + counts + lint;
  }
}
