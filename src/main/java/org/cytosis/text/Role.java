package org.cytosis.text;

/**
 * The part a mention plays in an event frame (docs/reading.md). Only some roles are evidence of
 * some criteria: a cargo word is cargo only as the theme; a channel or pump is a mechanism only as
 * the route; words of a trigger clause count only as the trigger.
 */
public enum Role {
  /** The transport word itself. */
  PREDICATE,
  /** What moves. */
  THEME,
  /** Who moves it: the cell, or a pump or carrier. */
  AGENT,
  /** By what way: by exocytosis, in vesicles, through channels. */
  ROUTE,
  /** Where from or where to, and anything else said of the event in its clause. */
  SETTING,
  /** What sets it off. */
  TRIGGER
}
