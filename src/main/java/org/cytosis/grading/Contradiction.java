package org.cytosis.grading;

import org.cytosis.model.Finding;

/**
 * Something the student states that the scenario contradicts: a value of a criterion the scenario
 * states otherwise ({@code scenario} is that finding), or, where the scenario is silent, a decisive
 * value against the key's label ({@code scenario} is null).
 */
record Contradiction(Statement said, Finding scenario) {

  /**
   * In words, for reports: {@code "fuses with the membrane" (membrane event: fusion) against the
   * key}.
   */
  String describe() {
    return said.describe()
        + (scenario == null
            ? " against the key's label"
            : " against the scenario's " + Marking.describe(scenario));
  }
}
