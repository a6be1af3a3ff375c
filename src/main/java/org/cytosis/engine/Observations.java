package org.cytosis.engine;

import java.util.ArrayList;
import java.util.List;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Criterion;
import org.cytosis.model.Evidence;
import org.cytosis.text.Mention;
import org.cytosis.text.TextReading;

/** Turns an event's structured fields, and what was read in its description, into observations. */
final class Observations {

  private Observations() {}

  static List<Observation> fromFields(CellEvent event) {
    List<Observation> seen = new ArrayList<>();
    add(seen, Criterion.DIRECTION, event.direction());
    add(seen, Criterion.MEMBRANE_EVENT, event.membraneEvent());
    add(seen, Criterion.VESICLE_ORIGIN, event.vesicleOrigin());
    add(seen, Criterion.MEMBRANE_SIZE_CHANGE, event.membraneSizeChange());
    add(seen, Criterion.VESICLE_TYPE, event.vesicleType());
    add(seen, Criterion.CARGO, event.cargo());
    add(seen, Criterion.TRIGGER, event.trigger());
    add(seen, Criterion.MECHANISM, event.mechanism());
    if (event.cellType() != null && !event.cellType().isBlank()) {
      add(seen, Criterion.CELL_TYPE, Observation.normaliseCellType(event.cellType()));
    }
    return seen;
  }

  /** One observation per mention read in the description, each with its span as evidence. */
  static List<Observation> fromText(TextReading reading) {
    return reading.observed().stream()
        .map(m -> new Observation(m.criterion(), m.value(), m.evidence()))
        .toList();
  }

  private static void add(List<Observation> seen, Criterion criterion, Object value) {
    if (value != null) {
      seen.add(new Observation(criterion, value, Evidence.ofField(criterion.field())));
    }
  }
}
