package org.cytosis.validation;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The counts of a validation run, kept as results go by, so that the summary and the exit code need
 * no result kept: how many results, how many of each verdict, and how many with lint.
 */
public final class ValidationTally {

  private final boolean strict;
  private final Map<ValidationVerdict, Integer> counts = new EnumMap<>(ValidationVerdict.class);
  private int results;
  private int linted;

  public ValidationTally(boolean strict) {
    this.strict = strict;
    for (ValidationVerdict v : ValidationVerdict.values()) {
      counts.put(v, 0);
    }
  }

  /** Counts one result. */
  public void add(ValidationResult result) {
    results++;
    counts.merge(result.verdict(), 1, Integer::sum);
    if (!result.lint().isEmpty()) {
      linted++;
    }
  }

  public int results() {
    return results;
  }

  /** How many results have each verdict, every verdict listed in declaration order. */
  public Map<ValidationVerdict, Integer> counts() {
    return new EnumMap<>(counts);
  }

  /** Results with lint (only ever non-zero under {@code strict}). */
  public int linted() {
    return linted;
  }

  public boolean hasInvalid() {
    return counts.get(ValidationVerdict.INVALID) > 0;
  }

  /** Every result passes, and under {@code strict} none has lint. */
  public boolean allPass() {
    return counts.get(ValidationVerdict.PASS) == results && linted == 0;
  }

  /** {@code 6 scenarios: 1 PASS, 1 WRONG_KEY, ...}, plus the lint count under strict. */
  public String summary() {
    String each =
        counts.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "));
    String lint = strict ? "; " + linted + " with lint" : "";
    return results + (results == 1 ? " scenario: " : " scenarios: ") + each + lint;
  }
}
