package org.cytosis.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cytosis.model.Status;

/**
 * What {@code --strict} flags beyond the verdicts: scenarios that pass with low confidence, and ids
 * or descriptions used more than once in a run. The verdicts stay as they are; the lint is listed
 * with each result, and a later duplicate names the first.
 */
final class StrictLint {

  /**
   * Below this, a passing classification rests on less than one decisive finding's worth of
   * uncontested evidence (one decisive finding alone gives 0.5; see the README, "Confidence").
   */
  static final double LOW_CONFIDENCE = 0.5;

  private StrictLint() {}

  static List<ValidationResult> apply(List<ValidationResult> results) {
    Map<String, BankRecord> ids = new HashMap<>();
    Map<String, BankRecord> descriptions = new HashMap<>();
    List<ValidationResult> linted = new ArrayList<>(results.size());
    for (ValidationResult result : results) {
      BankRecord record = result.record();
      if (!record.isReadable()) {
        linted.add(result);
        continue;
      }
      List<String> lint = new ArrayList<>();
      lowConfidence(result, lint);
      BankRecord first = ids.putIfAbsent(result.id(), record);
      if (first != null) {
        lint.add("Its id " + result.id() + " is also used at " + first.location() + ".");
      }
      String description = record.scenario().event().description();
      if (description != null && !description.isBlank()) {
        first = descriptions.putIfAbsent(normalise(description), record);
        if (first != null) {
          lint.add("Its description is the same as that of " + first.id() + " at "
              + first.location() + ".");
        }
      }
      linted.add(result.withLint(lint));
    }
    return linted;
  }

  private static void lowConfidence(ValidationResult result, List<String> lint) {
    var actual = result.actual();
    boolean firm = actual.status() == Status.CLASSIFIED
        || actual.status() == Status.NOT_BULK_TRANSPORT;
    if (result.verdict() == ValidationVerdict.PASS && firm
        && actual.confidence() < LOW_CONFIDENCE) {
      lint.add(String.format(Locale.ROOT, "It passes with low confidence (%.3f, below %.1f):"
          + " the evidence for %s is thin or contested.", actual.confidence(), LOW_CONFIDENCE,
          Wording.actual(actual)));
    }
  }

  /** Descriptions compare ignoring case and runs of white space. */
  private static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
