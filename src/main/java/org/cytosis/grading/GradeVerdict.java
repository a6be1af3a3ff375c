package org.cytosis.grading;

/**
 * How an answer is marked, in the manner of SemEval's student-response categories. The first five
 * are the contract's; {@link #UNREADABLE} stands in for a row that could not be graded at all, so
 * that no row is ever dropped.
 */
public enum GradeVerdict {
  /** The key's label (or a subtype of a family key that the scenario supports). */
  CORRECT,
  /**
   * An ancestor of the key's label, or a subtype of a family key that the scenario does not
   * support.
   */
  PARTIALLY_CORRECT,
  /** Another label, or several processes named where one is asked for. */
  INCORRECT,
  /** The answer or its justification states something the scenario contradicts. */
  CONTRADICTORY,
  /** Empty, "I don't know", or no process named. */
  NON_ANSWER,
  /** The row could not be graded (no scenario id, an id the key lacks, bad CSV); see the reason. */
  UNREADABLE
}
