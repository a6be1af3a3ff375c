package org.cytosis.grading;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cytosis.engine.Classifier;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Criterion;
import org.cytosis.model.Finding;

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
      // A cell type is free text: it has no values to try, and a denied one says nothing.
      for (Object value : criterion.options()) {
        CellEvent.Builder event = CellEvent.builder();
        criterion.set(event, value);
        classifier.classify(event.build()).findings().stream()
            .filter(f -> f.criterion() == criterion)
            .findFirst()
            .ifPresent(f -> byValue.put(key(criterion, Criterion.written(value)), f));
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
}
