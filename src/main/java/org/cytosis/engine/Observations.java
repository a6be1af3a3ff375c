package org.cytosis.engine;

import java.util.ArrayList;
import java.util.List;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Criterion;
import org.cytosis.model.Evidence;
import org.cytosis.text.TextReading;

/** Turns an event's structured fields, and what was read in its description, into observations. */
final class Observations {

  /** Copied once: {@code values()} makes a new array on every call. */
  private static final List<Criterion> CRITERIA = List.of(Criterion.values());

  private Observations() {}

  /**
   * One observation per criterion the event gives, in criterion order; a blank cell type is none.
   */
  static List<Observation> fromFields(CellEvent event) {
    List<Observation> seen = new ArrayList<>();
    for (Criterion criterion : CRITERIA) {
      Object value = criterion.valueOf(event);
      if (value != null && !(value instanceof String text && text.isBlank())) {
        seen.add(
            new Observation(
                criterion, criterion.normalise(value), Evidence.ofField(criterion.field())));
      }
    }
    return seen;
  }

  /** One observation per mention read in the description, each with its span as evidence. */
  static List<Observation> fromText(TextReading reading) {
    return reading.observed().stream()
        .map(m -> new Observation(m.criterion(), m.value(), m.evidence()))
        .toList();
  }
}
