package org.cytosis.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cytosis.engine.Classifier;
import org.cytosis.io.InvalidInputException;
import org.cytosis.report.JsonReport;
import org.cytosis.scenario.ScenarioCheck;
import org.cytosis.scenario.ScenarioOutcome;
import org.cytosis.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate [DIR|FILE...]}: run scenario files against their expected answers. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check scenario files (default: testcases/) against their expected answers.")
final class ValidateCommand implements Callable<Integer> {

  private final Streams streams;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Scenario files or folders.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (JSON Lines). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin
  RulesOption rules;

  ValidateCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    if (format.isDiagram()) {
      streams.err().println("cytosis validate: --format takes text or json here, not " + format);
      return Main.BAD_INPUT;
    }
    try {
      List<Path> files = ScenarioReader.scenarioFiles(
          paths == null || paths.isEmpty() ? List.of(Path.of("testcases")) : paths);
      // Read every file before classifying: a malformed file is reported, never skipped.
      var scenarios = files.stream().map(ScenarioReader::read).toList();
      Classifier classifier = rules.classifier();
      ScenarioCheck check = new ScenarioCheck(classifier);
      int failed = 0;
      for (var scenario : scenarios) {
        ScenarioOutcome outcome = check.check(scenario);
        if (!outcome.passed()) {
          failed++;
        }
        print(outcome);
      }
      String summary = scenarios.size() + " scenarios: " + (scenarios.size() - failed) + " passed, "
          + failed + " failed";
      (format == Format.json ? streams.err() : streams.out()).println(summary);
      return failed == 0 ? Main.OK : Main.FAILURES;
    } catch (InvalidInputException e) {
      streams.err().println("cytosis validate: " + e.getMessage());
      return Main.BAD_INPUT;
    }
  }

  private void print(ScenarioOutcome outcome) {
    if (format == Format.json) {
      var node = org.cytosis.io.JsonSupport.MAPPER.createObjectNode();
      node.put("id", outcome.scenario().id());
      node.put("verdict", outcome.passed() ? "PASS" : "FAIL");
      node.putPOJO("expected", outcome.scenario().expected());
      node.putPOJO("actual", outcome.actual());
      node.put("reason", String.join("; ", outcome.problems()));
      streams.out().println(node);
      return;
    }
    var actual = outcome.actual();
    streams.out().printf("%-4s %-42s %s %s%n", outcome.passed() ? "PASS" : "FAIL",
        outcome.scenario().id(), actual.status(), actual.label() == null ? "" : actual.label());
    for (String problem : outcome.problems()) {
      streams.out().println("       " + problem);
    }
  }
}
