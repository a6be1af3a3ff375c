package org.cytosis.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cytosis.io.InvalidInputException;
import org.cytosis.validation.Bank;
import org.cytosis.validation.BankFiles;
import org.cytosis.validation.BankReader;
import org.cytosis.validation.BankRecord;
import org.cytosis.validation.ValidationRun;
import org.cytosis.validation.ValidationVerdict;
import org.cytosis.validation.Validator;
import org.cytosis.validation.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate [PATH...]}: check banks of scenarios against their answer keys. */
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
      List<BankRecord> records = read(BankFiles.list(
          paths == null || paths.isEmpty() ? List.of(Path.of("testcases")) : paths));
      if (records.isEmpty()) {
        streams.err().println("cytosis validate: no scenarios found in " + paths());
        return Main.BAD_INPUT;
      }
      Validator validator = new Validator(rules.classifier());
      ValidationRun run;
      try (ProgressDisplay progress = ProgressDisplay.open(streams, "validate", records.size())) {
        run = ValidationRun.of(records, validator, strict, progress::step);
      }
      // Records the classifier refused (a description beyond its limits) are named too, one line each.
      run.results().stream()
          .filter(r -> r.verdict() == ValidationVerdict.INVALID && r.record().isReadable())
          .forEach(r -> streams.err().println("cytosis validate: " + r.reason().headline()));
      report(run);
      return run.hasInvalid() ? Main.BAD_INPUT : run.allPass() ? Main.OK : Main.FAILURES;
    } catch (InvalidInputException e) {
      streams.err().println("cytosis validate: " + e.getMessage());
      return Main.BAD_INPUT;
    } catch (IOException e) {
      streams.err().println("cytosis validate: " + out + ": cannot be written: " + e.getMessage());
      return Main.BAD_INPUT;
    }
  }

  /** Every record of every bank, in order; unreadable ones are also named on stderr. */
  private List<BankRecord> read(List<Path> files) {
    List<Bank> banks = files.stream().map(BankReader::read).toList();
    List<BankRecord> records = banks.stream().flatMap(b -> b.records().stream()).toList();
    for (Bank bank : banks) {
      bank.notes().forEach(n -> streams.err().println("cytosis validate: note: " + n));
      if (bank.records().isEmpty() && !records.isEmpty()) { // with none at all, one error says it
        streams.err().println("cytosis validate: note: " + bank.source() + ": holds no scenarios");
      }
    }
    records.stream().filter(r -> !r.isReadable())
        .forEach(r -> streams.err().println("cytosis validate: " + r.error().getMessage()));
    return records;
  }

  /**
   * The report to stdout or {@code --out}; the summary line to stdout unless stdout carries a
   * machine-readable report, then to stderr.
   */
  private void report(ValidationRun run) throws IOException {
    ValidationReport report = format.report();
    if (out == null) {
      report.write(run, streams.out());
      streams.out().flush();
      if (report.isMachineReadable()) {
        streams.err().println(run.summary());
      }
      return;
    }
    try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      report.write(run, file);
    }
    streams.out().println(run.summary());
  }

  private String paths() {
    return paths == null || paths.isEmpty() ? "testcases" : paths.toString();
  }
}
