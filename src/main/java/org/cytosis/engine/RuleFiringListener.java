package org.cytosis.engine;

import org.cytosis.model.CellEvent;
import org.cytosis.model.TraceStep;

/**
 * Observes rule firings as they happen, for integrators who log, count or visualise them. Attach
 * one with {@link Classifier#withListener}. Cytosis calls it on the thread that classifies, once
 * per rule firing of the event being classified, in firing order, with the same step the result's
 * trace will hold; the hypothetical re-runs behind an explanation's why-not and counterfactuals are
 * not reported. Cytosis keeps no state of its own in a listener: one shared across threads must be
 * thread-safe itself.
 */
public interface RuleFiringListener {

  /**
   * A rule fired while classifying {@code event}. The default does nothing.
   *
   * @param event the event being classified
   * @param step the firing, as the result's trace will hold it
   */
  default void ruleFired(CellEvent event, TraceStep step) {}
}
