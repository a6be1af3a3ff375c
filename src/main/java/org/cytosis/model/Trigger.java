package org.cytosis.model;

/** Whether the event waits for a signal (catalogue SP-1, SP-2). */
public enum Trigger {
  /** A stimulus, a ligand on a receptor, a calcium rise, an action potential. */
  SIGNAL,
  /** No signal needed. */
  CONTINUOUS
}
