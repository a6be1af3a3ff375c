package org.cytosis.explain;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Criterion;
import org.cytosis.model.Direction;
import org.cytosis.model.Mechanism;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.MembraneSizeChange;
import org.cytosis.model.Trigger;
import org.cytosis.model.VesicleOrigin;
import org.cytosis.model.VesicleType;

/**
 * The event fields an explanation may change, in the contract's field order, each with the values
 * it can take. The cell type is free text, so it can only be removed, never set to another value.
 */
enum EventField {
  CELL_TYPE(Criterion.CELL_TYPE, List.of(), CellEvent::cellType,
      (b, v) -> b.cellType((String) v)),
  DIRECTION(Criterion.DIRECTION, List.of(Direction.values()), CellEvent::direction,
      (b, v) -> b.direction((Direction) v)),
  MEMBRANE_EVENT(Criterion.MEMBRANE_EVENT, List.of(MembraneEvent.values()), CellEvent::membraneEvent,
      (b, v) -> b.membraneEvent((MembraneEvent) v)),
  VESICLE_ORIGIN(Criterion.VESICLE_ORIGIN, List.of(VesicleOrigin.values()), CellEvent::vesicleOrigin,
      (b, v) -> b.vesicleOrigin((VesicleOrigin) v)),
  MEMBRANE_SIZE_CHANGE(Criterion.MEMBRANE_SIZE_CHANGE, List.of(MembraneSizeChange.values()),
      CellEvent::membraneSizeChange, (b, v) -> b.membraneSizeChange((MembraneSizeChange) v)),
  CARGO(Criterion.CARGO, List.of(Cargo.values()), CellEvent::cargo,
      (b, v) -> b.cargo((Cargo) v)),
  VESICLE_TYPE(Criterion.VESICLE_TYPE, List.of(VesicleType.values()), CellEvent::vesicleType,
      (b, v) -> b.vesicleType((VesicleType) v)),
  TRIGGER(Criterion.TRIGGER, List.of(Trigger.values()), CellEvent::trigger,
      (b, v) -> b.trigger((Trigger) v)),
  MECHANISM(Criterion.MECHANISM, List.of(Mechanism.values()), CellEvent::mechanism,
      (b, v) -> b.mechanism((Mechanism) v));

  private final Criterion criterion;
  private final List<Object> options;
  private final Function<CellEvent, Object> getter;
  private final BiConsumer<CellEvent.Builder, Object> setter;

  EventField(Criterion criterion, List<?> values, Function<CellEvent, Object> getter,
      BiConsumer<CellEvent.Builder, Object> setter) {
    this.criterion = criterion;
    this.options = List.copyOf(values);
    this.getter = getter;
    this.setter = setter;
  }

  Criterion criterion() {
    return criterion;
  }

  /** The input field's name, e.g. {@code vesicleType}. */
  String field() {
    return criterion.field();
  }

  /** The field's name in words, e.g. "vesicle type". */
  String words() {
    return field().replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
  }

  /** Every value the field can be set to, in declaration order (none for free text). */
  List<Object> options() {
    return options;
  }

  Object get(CellEvent event) {
    return getter.apply(event);
  }

  void set(CellEvent.Builder event, Object value) {
    setter.accept(event, value);
  }

  /** A value as the contract writes it: the enum constant's name, or the text. */
  static String show(Object value) {
    return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
  }

  static EventField of(Criterion criterion) {
    for (EventField field : values()) {
      if (field.criterion == criterion) {
        return field;
      }
    }
    throw new IllegalArgumentException("no event field for " + criterion);
  }
}
