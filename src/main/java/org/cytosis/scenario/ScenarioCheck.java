package org.cytosis.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cytosis.engine.Classifier;
import org.cytosis.model.Classification;

/**
 * Runs a scenario through the rules and compares the result with its key: label, status, and that
 * every expected catalogue ID is cited. The one code path behind both {@code validate} and the
 * JUnit scenario runner.
 */
public final class ScenarioCheck {

  private final Classifier classifier;

  public ScenarioCheck(Classifier classifier) {
    this.classifier = Objects.requireNonNull(classifier, "classifier must not be null");
  }

  public ScenarioOutcome check(Scenario scenario) {
    Classification actual = classifier.classify(scenario.event());
    Expected expected = scenario.expected();
    List<String> problems = new ArrayList<>();
    if (actual.label() != expected.label()) {
      problems.add("label is " + actual.label() + ", the key says " + expected.label());
    }
    if (actual.status() != expected.status()) {
      problems.add("status is " + actual.status() + ", the key says " + expected.status());
    }
    List<String> cited = actual.citedSources();
    List<String> uncited = expected.sources().stream().filter(id -> !cited.contains(id)).toList();
    if (!uncited.isEmpty()) {
      problems.add("does not cite " + String.join(", ", uncited) + " (cites " + String.join(", ", cited) + ")");
    }
    return new ScenarioOutcome(scenario, actual, problems);
  }
}
