package org.cytosis.usecase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cytosis.engine.Classifier;
import org.cytosis.output.ReportSink;
import org.cytosis.output.ReportSink.Rendered;
import org.cytosis.validation.Bank;
import org.cytosis.validation.BankReader;
import org.cytosis.validation.BankRecord;
import org.cytosis.validation.BankStream;
import org.cytosis.validation.ValidationResult;
import org.cytosis.validation.ValidationRun;
import org.cytosis.validation.ValidationTally;
import org.cytosis.validation.Validator;
import org.cytosis.validation.report.BankSurvey;

/**
 * Checking banks of scenarios against their answer keys. Banks on disk are read twice, lazily: once
 * to survey what a report needs up front, then to validate them on every core, streamed into a
 * report in input order, so memory stays constant whatever their size. A bank sent whole (a web
 * request) is validated in memory.
 */
public final class ValidateBanks {

  private final Validator validator;

  ValidateBanks(Classifier classifier) {
    this.validator = new Validator(classifier);
  }

  /**
   * The first pass: every record of every bank, in order, read and dropped.
   *
   * @param note told each note on a bank, and each bank that holds no scenario (when another does)
   * @param problem told the message of each unreadable record
   */
  public static BankSurvey survey(
      List<Path> files, Consumer<String> note, Consumer<String> problem) {
    BankSurvey survey = new BankSurvey();
    List<String> empty = new ArrayList<>();
    for (Path file : files) {
      try (BankStream bank = BankReader.open(file)) {
        bank.notes().forEach(note);
        int before = survey.records();
        bank.records()
            .forEach(
                record -> {
                  survey.add(record);
                  if (!record.isReadable()) {
                    problem.accept(record.error().getMessage());
                  }
                });
        if (survey.records() == before) {
          empty.add(bank.source());
        }
      }
    }
    if (survey.records() > 0) { // with none at all, one error says it
      empty.forEach(source -> note.accept(source + ": holds no scenarios"));
    }
    return survey;
  }

  /**
   * The second pass: validated and rendered on every core, written into {@code sink} in input order
   * as the results come, and the sink finished with the tally.
   *
   * @param each told every result, in input order, once it is written
   */
  public <P> ValidationTally validateInto(
      List<Path> files,
      ReportSink<ValidationResult, P, ValidationTally> sink,
      boolean strict,
      Consumer<ValidationResult> each)
      throws IOException {
    ValidationTally tally = new ValidationTally(strict);
    try (Stream<BankRecord> records = BankReader.records(files);
        Stream<Rendered<ValidationResult, P>> results =
            ValidationRun.stream(records, validator, strict, sink::rendered)) {
      for (Iterator<Rendered<ValidationResult, P>> it = results.iterator(); it.hasNext(); ) {
        Rendered<ValidationResult, P> next = it.next();
        sink.write(next);
        tally.add(next.result());
        each.accept(next.result());
      }
    }
    sink.finish(tally);
    return tally;
  }

  /** A bank sent whole (CSV, or JSON or JSON Lines), read into memory. */
  public static Bank read(String source, java.io.Reader text, boolean csv) {
    return BankReader.read(source, text, csv);
  }

  /** A bank held in memory, validated whole. */
  public ValidationRun validate(Bank bank, boolean strict) {
    return ValidationRun.of(bank.records(), validator, strict, () -> {});
  }
}
