package org.cytosis.text;

/**
 * The kind of clause a stretch of a sentence is (rules/reading/markers.tsv): whether what it says
 * is asserted, and of which event.
 */
enum ClauseKind {
  /** The sentence's own assertion. */
  MAIN,
  /** Sets off the main event: its words count only as the main event's trigger. */
  TRIGGER,
  /** A clause of time or cause: its events are events of their own. */
  SUBORDINATE,
  /** "if", "unless": not asserted. */
  CONDITION,
  /** "for", "in order to": a purpose, not asserted. */
  PURPOSE,
  /** "which", "that", "who": said of a participant; asserted, but not the main event. */
  RELATIVE;

  boolean asserted() {
    return this != CONDITION && this != PURPOSE;
  }
}
