package org.cytosis.validation;

import java.util.List;
import java.util.Objects;
import org.cytosis.engine.Classifier;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.Classification;

/**
 * Runs each scenario of a bank through the rules and judges its answer key. The one code path
 * behind both {@code validate} and the JUnit runner over {@code testcases/}. Thread-safe, as the
 * classifier is.
 */
public final class Validator {

  private final Classifier classifier;

  public Validator(Classifier classifier) {
    this.classifier = Objects.requireNonNull(classifier, "classifier must not be null");
  }

  /**
   * The verdict on one record; an unreadable record is INVALID, with the reason it cannot be read,
   * and so is one the classifier refuses (a description beyond {@code InputLimits}).
   */
  public ValidationResult validate(BankRecord record) {
    Objects.requireNonNull(record, "record must not be null");
    if (!record.isReadable()) {
      return new ValidationResult(
          record,
          ValidationVerdict.INVALID,
          null,
          new Reason(record.error().getMessage(), List.of()),
          List.of());
    }
    Classification actual;
    try {
      actual = classifier.classify(record.scenario().event());
    } catch (InvalidInputException e) { // beyond what the classifier reads: this record only
      InvalidInputException located =
          new InvalidInputException(record.source(), record.line(), e.field(), e.problem());
      return new ValidationResult(
          record,
          ValidationVerdict.INVALID,
          null,
          new Reason(located.getMessage(), List.of()),
          List.of());
    }
    KeyJudge.Judgement judgement = KeyJudge.judge(record.scenario().expected(), actual);
    return new ValidationResult(record, judgement.verdict(), actual, judgement.reason(), List.of());
  }
}
