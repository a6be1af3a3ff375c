package org.cytosis.scenario;

import java.util.List;
import org.cytosis.model.Classification;

/** What the rules concluded for a scenario, and every way it differs from the key (none: a pass). */
public record ScenarioOutcome(Scenario scenario, Classification actual, List<String> problems) {

  public ScenarioOutcome {
    problems = List.copyOf(problems);
  }

  public boolean passed() {
    return problems.isEmpty();
  }
}
