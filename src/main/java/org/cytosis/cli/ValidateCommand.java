package org.cytosis.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cytosis.io.InvalidInputException;
import org.cytosis.output.ReportSink;
import org.cytosis.output.ReportSink.Rendered;
import org.cytosis.validation.BankFiles;
import org.cytosis.validation.BankReader;
import org.cytosis.validation.BankRecord;
import org.cytosis.validation.BankStream;
import org.cytosis.validation.ValidationResult;
import org.cytosis.validation.ValidationRun;
import org.cytosis.validation.ValidationTally;
import org.cytosis.validation.ValidationVerdict;
import org.cytosis.validation.Validator;
import org.cytosis.validation.report.BankSurvey;
import org.cytosis.validation.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code validate [PATH...]}: check banks of scenarios against their answer keys. The banks are
 * read twice, lazily: once to name unreadable records and to survey what the report needs up
 * front, then to validate them on every core, the report written as the results come in input
 * order. Memory stays constant whatever the banks' size.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check banks of scenarios (default: testcases/) against their answer keys: "
        + "scenario JSON files, JSON arrays or JSON Lines of scenarios, CSV banks, or folders of them.")
final class ValidateCommand implements Callable<Integer> {

  private final Streams streams;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Bank files or folders (walked recursively, in sorted order).")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (a table, then the reasons), json (JSON Lines), junit (JUnit XML) or csv "
          + "(the bank with verdict columns added). Default: ${DEFAULT-VALUE}.")
  ValidateFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
  Path out;

  @Option(names = "--strict",
      description = "Also flag scenarios that pass with low confidence, and duplicate ids or descriptions.")
  boolean strict;

  @Mixin
  RulesOption rules;

  ValidateCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    try {
      List<Path> files = BankFiles.list(
          paths == null || paths.isEmpty() ? List.of(Path.of("testcases")) : paths);
      BankSurvey survey = survey(files);
      if (survey.records() == 0) {
        streams.err().println("cytosis validate: no scenarios found in " + paths());
        return Main.BAD_INPUT;
      }
      Validator validator = new Validator(rules.classifier());
      ValidationTally tally = report(files, validator, survey);
      return tally.hasInvalid() ? Main.BAD_INPUT : tally.allPass() ? Main.OK : Main.FAILURES;
    } catch (InvalidInputException e) {
      streams.err().println("cytosis validate: " + e.getMessage());
      return Main.BAD_INPUT;
    } catch (IOException e) {
      streams.err().println("cytosis validate: " + (out == null ? "the report" : out)
          + ": cannot be written: " + e.getMessage());
      return Main.BAD_INPUT;
    }
  }

  /**
   * The first pass: every record of every bank, in order, read and dropped, for what the report
   * needs to know up front; notes on each bank and each unreadable record go to stderr.
   */
  private BankSurvey survey(List<Path> files) {
    BankSurvey survey = new BankSurvey();
    List<String> empty = new ArrayList<>();
    for (Path file : files) {
      try (BankStream bank = BankReader.open(file)) {
        bank.notes().forEach(n -> streams.err().println("cytosis validate: note: " + n));
        int before = survey.records();
        bank.records().forEach(record -> {
          survey.add(record);
          if (!record.isReadable()) {
            streams.err().println("cytosis validate: " + record.error().getMessage());
          }
        });
        if (survey.records() == before) {
          empty.add(bank.source());
        }
      }
    }
    if (survey.records() > 0) { // with none at all, one error says it
      empty.forEach(source -> streams.err().println("cytosis validate: note: " + source
          + ": holds no scenarios"));
    }
    return survey;
  }

  /**
   * The report to stdout or {@code --out}; the summary line to stdout unless stdout carries a
   * machine-readable report, then to stderr.
   */
  private ValidationTally report(List<Path> files, Validator validator, BankSurvey survey)
      throws IOException {
    ValidationReport report = format.report();
    return ReportOutput.write(streams, out, report.isMachineReadable(),
        writer -> write(report, writer, files, validator, survey),
        tally -> tally.summary() + System.lineSeparator());
  }

  private ValidationTally write(ValidationReport report, Writer writer, List<Path> files,
      Validator validator, BankSurvey survey) throws IOException {
    try (ReportSink<ValidationResult, ?, ValidationTally> sink = report.open(writer, survey, strict);
        ProgressDisplay progress = ProgressDisplay.open(streams, "validate", survey.records(),
            out == null)) {
      return validate(sink, files, validator, progress);
    }
  }

  /** The second pass: validated on every core, written in input order as the results come. */
  private <P> ValidationTally validate(ReportSink<ValidationResult, P, ValidationTally> sink, List<Path> files,
      Validator validator, ProgressDisplay progress) throws IOException {
    ValidationTally tally = new ValidationTally(strict);
    try (Stream<BankRecord> records = BankReader.records(files);
        Stream<Rendered<ValidationResult, P>> results =
            ValidationRun.stream(records, validator, strict, sink::rendered)) {
      // Validated and rendered on the workers; written here, in input order.
      for (Iterator<Rendered<ValidationResult, P>> it = results.iterator(); it.hasNext(); ) {
        Rendered<ValidationResult, P> next = it.next();
        sink.write(next);
        tally.add(next.result());
        refused(next.result());
        progress.step();
      }
    }
    sink.finish(tally);
    return tally;
  }

  /** A record the classifier refused (a description beyond its limits) is named on stderr too. */
  private void refused(ValidationResult result) {
    if (result.verdict() == ValidationVerdict.INVALID && result.record().isReadable()) {
      streams.err().println("cytosis validate: " + result.reason().headline());
    }
  }

  private String paths() {
    return paths == null || paths.isEmpty() ? "testcases" : paths.toString();
  }
}
