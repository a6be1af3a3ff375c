package org.cytosis.scenario;

import org.cytosis.model.CellEvent;

/** A described event with its answer key, as kept in {@code testcases/}. */
public record Scenario(
    String file, String title, String source, CellEvent event, Expected expected) {

  /** The event's id, or the file name when the event has none. */
  public String id() {
    return event.id() != null ? event.id() : file;
  }
}
