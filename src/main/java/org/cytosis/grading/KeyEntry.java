package org.cytosis.grading;

import org.cytosis.model.Classification;
import org.cytosis.model.Label;

/**
 * The key for one scenario: the label an answer must name ({@link Label#NOT_BULK_TRANSPORT} when no
 * vesicle is involved), whether it is the key's own label or the rules' verdict, and the rules'
 * classification of the scenario, whose findings are what the scenario states (and so what it
 * supports or contradicts).
 *
 * @param location where the scenario is written ({@code key.csv:4})
 */
public record KeyEntry(
    String scenarioId, Label label, boolean fromRules, Classification scenario, String location) {

  /** {@code key} or {@code rules}: where the label comes from. */
  public String origin() {
    return fromRules ? "rules" : "key";
  }
}
