package org.cytosis.explain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytosis.model.CellEvent;

/** Setting one field of an event to a value, or removing it (value null: unknown). */
record Change(EventField field, Object value) implements Comparable<Change> {

  /** Field order, then value order, a removal after every value. */
  private static final Comparator<Change> ORDER = Comparator
      .comparing(Change::field)
      .thenComparingInt(Change::valueRank);

  /** Change sets: the smaller first, then change by change in {@link #ORDER}. */
  static final Comparator<List<Change>> SET_ORDER = (a, b) -> {
    if (a.size() != b.size()) {
      return Integer.compare(a.size(), b.size());
    }
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  };

  /** Every single change worth trying on this event: each other value, and removing a given field. */
  static List<Change> candidates(CellEvent event) {
    return java.util.Arrays.stream(EventField.values()).<Change>flatMap(field -> {
      Object current = field.get(event);
      var others = field.options().stream().filter(v -> !v.equals(current)).map(v -> new Change(field, v));
      return current == null ? others : java.util.stream.Stream.concat(others,
          java.util.stream.Stream.of(new Change(field, null)));
    }).toList();
  }

  /** The event with these changes made (each to a different field). */
  static CellEvent apply(CellEvent event, List<Change> changes) {
    CellEvent.Builder builder = event.toBuilder();
    changes.forEach(c -> c.field.set(builder, c.value));
    return builder.build();
  }

  /** As the JSON writes them: field name to new value, null for a removal, in field order. */
  static Map<String, String> asMap(List<Change> changes) {
    Map<String, String> map = new LinkedHashMap<>();
    changes.forEach(c -> map.put(c.field.field(), EventField.show(c.value)));
    return map;
  }

  /** In words: "the cargo were FLUID", "the vesicle type were unknown". */
  String describe() {
    return "the " + field.words() + " were " + (value == null ? "unknown" : EventField.show(value));
  }

  private int valueRank() {
    return value == null ? Integer.MAX_VALUE : field.options().indexOf(value);
  }

  @Override
  public int compareTo(Change other) {
    return ORDER.compare(this, other);
  }
}
