package org.cytosis.validation;

import java.util.List;
import org.cytosis.model.Classification;
import org.cytosis.scenario.Expected;

/**
 * The verdict on one bank record: the record itself (with its own columns), what the rules
 * concluded ({@code actual}, null when the record could not be read), why, and the lint found under
 * {@code --strict} (empty otherwise).
 */
public record ValidationResult(
    BankRecord record,
    ValidationVerdict verdict,
    Classification actual,
    Reason reason,
    List<String> lint) {

  public ValidationResult {
    lint = List.copyOf(lint);
  }

  public String id() {
    return record.id();
  }

  /** The answer key, or null when the record could not be read. */
  public Expected expected() {
    return record.isReadable() ? record.scenario().expected() : null;
  }

  public ValidationResult withLint(List<String> found) {
    return new ValidationResult(record, verdict, actual, reason, found);
  }
}
