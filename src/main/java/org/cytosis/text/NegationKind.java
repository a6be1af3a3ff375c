package org.cytosis.text;

/** What a phrase of {@code negation.tsv} does (NegEx's trigger kinds). */
enum NegationKind {
  /** Denies what follows it, up to the end of its scope: "does not", "without", "instead of". */
  PRE,
  /** Denies what comes before it in its clause: "is not involved", "does not occur". */
  POST,
  /** Looks like a negation but is not one: "not only", "no doubt". Ends other scopes. */
  PSEUDO,
  /** Ends a negation's scope: "but", "instead", ";". */
  END
}
