package org.cytosis.validation;

/** How a scenario's answer key compares with what the rules conclude from the scenario. */
public enum ValidationVerdict {
  /** The rules conclude what the key says. */
  PASS,
  /** The rules conclude another label (or status) than the key's. */
  WRONG_KEY,
  /** The key names a subtype, but the scenario only supports its family. */
  TOO_SPECIFIC,
  /** The key names a family, but the scenario supports one of its subtypes. */
  TOO_GENERAL,
  /**
   * The scenario contradicts itself or lacks the evidence to decide, and the key expects an answer.
   */
  AMBIGUOUS,
  /** The record cannot be read. */
  INVALID
}
