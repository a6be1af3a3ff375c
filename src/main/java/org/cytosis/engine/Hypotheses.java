package org.cytosis.engine;

import org.cytosis.model.CellEvent;
import org.cytosis.model.Counterfactual.Result;

/**
 * Runs of the rules on hypothetical changes of one event, for their verdict alone: no trace and no
 * listener, and each description among them read once. Safe to call from several threads.
 */
@FunctionalInterface
public interface Hypotheses {

  /**
   * The label and status the rules reach on {@code event}.
   *
   * @param event a changed copy of the event explained
   * @return the verdict's status and label
   */
  Result outcome(CellEvent event);
}
