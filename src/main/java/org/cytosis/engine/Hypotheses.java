package org.cytosis.engine;

import org.cytosis.model.CellEvent;
import org.cytosis.model.Counterfactual.Result;

/**
 * Runs of the rules on hypothetical changes of one event, for their verdict alone: no trace and no
 * listener, and each description among them read once. Safe to call from several threads.
 */
@FunctionalInterface
public interface Hypotheses {

  /** The label and status the rules reach on {@code event}. */
  Result outcome(CellEvent event);
}
