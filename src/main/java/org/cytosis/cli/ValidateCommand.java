package org.cytosis.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cytosis.io.InvalidInputException;
import org.cytosis.output.ReportSink;
import org.cytosis.usecase.ValidateBanks;
import org.cytosis.validation.BankFiles;
import org.cytosis.validation.ValidationResult;
import org.cytosis.validation.ValidationTally;
import org.cytosis.validation.ValidationVerdict;
import org.cytosis.validation.report.BankSurvey;
import org.cytosis.validation.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code validate [PATH...]}: check banks of scenarios against their answer keys. The banks are
 * read twice, lazily: once to name unreadable records and to survey what the report needs up front,
 * then to validate them on every core, the report written as the results come in input order.
 * Memory stays constant whatever the banks' size.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Check banks of scenarios (default: testcases/) against their answer keys: "
            + "scenario JSON files, JSON arrays or JSON Lines of scenarios, CSV banks, or folders of them.")
final class ValidateCommand implements Callable<Integer> {

  private final Streams streams;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Bank files or folders (walked recursively, in sorted order).")
  List<Path> paths;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description =
          "text (a table, then the reasons), json (JSON Lines), junit (JUnit XML) or csv "
              + "(the bank with verdict columns added). Default: ${DEFAULT-VALUE}.")
  ValidateFormat format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the report to FILE instead of stdout.")
  Path out;

  @Option(
      names = "--strict",
      description =
          "Also flag scenarios that pass with low confidence, and duplicate ids or descriptions.")
  boolean strict;

  @Mixin RulesOption rules;

  ValidateCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    try {
      List<Path> files =
          BankFiles.list(paths == null || paths.isEmpty() ? List.of(Path.of("testcases")) : paths);
      BankSurvey survey =
          ValidateBanks.survey(
              files,
              note -> streams.err().println("cytosis validate: note: " + note),
              problem -> streams.err().println("cytosis validate: " + problem));
      if (survey.records() == 0) {
        streams.err().println("cytosis validate: no scenarios found in " + paths());
        return Main.BAD_INPUT;
      }
      ValidationTally tally = report(files, rules.cytosis().validate(), survey);
      return tally.hasInvalid() ? Main.BAD_INPUT : tally.allPass() ? Main.OK : Main.FAILURES;
    } catch (InvalidInputException e) {
      streams.err().println("cytosis validate: " + e.getMessage());
      return Main.BAD_INPUT;
    } catch (IOException e) {
      streams
          .err()
          .println(
              "cytosis validate: "
                  + (out == null ? "the report" : out)
                  + ": cannot be written: "
                  + e.getMessage());
      return Main.BAD_INPUT;
    }
  }

  /**
   * The report to stdout or {@code --out}; the summary line to stdout unless stdout carries a
   * machine-readable report, then to stderr.
   */
  private ValidationTally report(List<Path> files, ValidateBanks validate, BankSurvey survey)
      throws IOException {
    ValidationReport report = format.report();
    return ReportOutput.write(
        streams,
        out,
        report.isMachineReadable(),
        writer -> write(report, writer, files, validate, survey),
        tally -> tally.summary() + System.lineSeparator());
  }

  private ValidationTally write(
      ValidationReport report,
      Writer writer,
      List<Path> files,
      ValidateBanks validate,
      BankSurvey survey)
      throws IOException {
    try (ReportSink<ValidationResult, ?, ValidationTally> sink =
            report.open(writer, survey, strict);
        ProgressDisplay progress =
            ProgressDisplay.open(streams, "validate", survey.records(), out == null)) {
      // Validated and rendered on the workers; written here, in input order.
      return validate.validateInto(
          files,
          sink,
          strict,
          result -> {
            refused(result);
            progress.step();
          });
    }
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
