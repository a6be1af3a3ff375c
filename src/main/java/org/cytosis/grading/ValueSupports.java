package org.cytosis.grading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cytosis.engine.Classifier;
import org.cytosis.io.EventJson;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Criterion;
import org.cytosis.model.Direction;
import org.cytosis.model.Finding;
import org.cytosis.model.Mechanism;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.MembraneSizeChange;
import org.cytosis.model.Trigger;
import org.cytosis.model.VesicleOrigin;
import org.cytosis.model.VesicleType;

/**
 * What each value of each criterion supports, as the rules say: found once, when a grader is built,
 * by classifying an event with that one field. A student who denies a value ("the vesicle does not
 * fuse") is judged by what the value would have supported, without restating any rule in Java.
 */
final class ValueSupports {

  private final Map<String, Finding> byValue;

  private ValueSupports(Map<String, Finding> byValue) {
    this.byValue = Map.copyOf(byValue);
  }

  static ValueSupports of(Classifier classifier) {
    Map<String, Finding> byValue = new HashMap<>();
    for (Criterion criterion : Criterion.values()) {
      for (Enum<?> value : values(criterion)) {
        CellEvent.Builder event = CellEvent.builder();
        EventJson.setField(event, criterion.field(), value.name(), "grading", 0);
        classifier.classify(event.build()).findings().stream()
            .filter(f -> f.criterion() == criterion)
            .findFirst()
            .ifPresent(f -> byValue.put(key(criterion, value.name()), f));
      }
    }
    return new ValueSupports(byValue);
  }

  /** The finding the rules make from this value alone, if any. */
  Optional<Finding> of(Criterion criterion, String value) {
    return Optional.ofNullable(byValue.get(key(criterion, value)));
  }

  private static String key(Criterion criterion, String value) {
    return criterion + "=" + value;
  }

  private static List<? extends Enum<?>> values(Criterion criterion) {
    return switch (criterion) {
      case DIRECTION -> List.of(Direction.values());
      case MEMBRANE_EVENT -> List.of(MembraneEvent.values());
      case VESICLE_ORIGIN -> List.of(VesicleOrigin.values());
      case MEMBRANE_SIZE_CHANGE -> List.of(MembraneSizeChange.values());
      case VESICLE_TYPE -> List.of(VesicleType.values());
      case CARGO -> List.of(Cargo.values());
      case TRIGGER -> List.of(Trigger.values());
      case MECHANISM -> List.of(Mechanism.values());
      case CELL_TYPE -> List.of(); // free text: a denied cell type says nothing
    };
  }
}
