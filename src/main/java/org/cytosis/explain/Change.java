package org.cytosis.explain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Criterion;
import org.cytosis.model.Evidence;
import org.cytosis.model.Finding;

/**
 * Setting one field of an event to a value, or removing it (value null: unknown); or, with no
 * field, rewriting the description without the phrases that made one claim ({@code leftOut}).
 */
record Change(Criterion field, Object value, String leftOut, List<Evidence> cut)
    implements Comparable<Change> {

  /** Field order (a description edit last), then value order, a removal after every value. */
  private static final Comparator<Change> ORDER =
      Comparator.comparing(Change::field, Comparator.nullsLast(Criterion.eventOrder()))
          .thenComparingInt(Change::valueRank)
          .thenComparing(c -> c.leftOut == null ? "" : c.leftOut);

  Change(Criterion field, Object value) {
    this(field, value, null, List.of());
  }

  /** Change sets: the smaller first, then change by change in {@link #ORDER}. */
  static final Comparator<List<Change>> SET_ORDER =
      (a, b) -> {
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

  /**
   * Every single change worth trying on this event: each other value, removing a given field, and
   * the description without the words behind each claim it makes (the rules read the rest).
   */
  static List<Change> candidates(CellEvent event, List<Finding> findings) {
    var fieldChanges =
        Criterion.inEventOrder().stream()
            .<Change>flatMap(
                field -> {
                  Object current = field.valueOf(event);
                  var others =
                      field.options().stream()
                          .filter(v -> !v.equals(current))
                          .filter(
                              v ->
                                  v != org.cytosis.model.Direction.ACROSS_CELL
                                      || showsBothSteps(findings))
                          .map(v -> new Change(field, v));
                  return current == null
                      ? others
                      : java.util.stream.Stream.concat(
                          others, java.util.stream.Stream.of(new Change(field, null)));
                });
    return java.util.stream.Stream.concat(fieldChanges, descriptionEdits(event, findings).stream())
        .toList();
  }

  /**
   * Whether the event shows an uptake and a release (findings for both families): only then is "the
   * cargo crosses the cell" another reading of it (its two steps as one transcytosis, TC-2). For an
   * event with one step, a crossing would be a different event, and every such event would list it
   * first.
   */
  private static boolean showsBothSteps(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.getFamily() == org.cytosis.model.Label.EXOCYTOSIS)
        && findings.stream().anyMatch(f -> f.getFamily() == org.cytosis.model.Label.ENDOCYTOSIS);
  }

  /**
   * One edit per claim read in the description: the description with all of its phrases cut out.
   */
  private static List<Change> descriptionEdits(CellEvent event, List<Finding> findings) {
    String description = event.description();
    if (description == null) {
      return List.of();
    }
    // What to leave out: the phrases of each claim, and those of every claim for one label at once
    // (so that two phrases saying "no vesicle" in two ways can both go).
    Map<Object, List<Evidence>> spans = new LinkedHashMap<>();
    findings.stream()
        .filter(f -> f.evidence().start() != null)
        .forEach(
            f -> {
              spans
                  .computeIfAbsent(f.getClaim(), k -> new java.util.ArrayList<>())
                  .add(f.evidence());
              spans
                  .computeIfAbsent(f.supports(), k -> new java.util.ArrayList<>())
                  .add(f.evidence());
            });
    return spans.values().stream()
        .map(evidence -> descriptionEdit(description, evidence))
        .distinct()
        .toList();
  }

  /** The description without these spans (overlapping ones cut once), spaces tidied. */
  static Change descriptionEdit(String description, List<Evidence> spans) {
    List<Evidence> cut =
        spans.stream()
            .distinct()
            .sorted(Comparator.comparing(Evidence::start).thenComparing(Evidence::end))
            .toList();
    boolean[] gone = new boolean[description.length()];
    cut.forEach(e -> java.util.Arrays.fill(gone, e.start(), e.end(), true));
    StringBuilder edited = new StringBuilder();
    for (int i = 0; i < description.length(); i++) {
      if (!gone[i]) {
        edited.append(description.charAt(i));
      }
    }
    List<String> phrases = cut.stream().map(e -> "\"" + e.text() + "\"").distinct().toList();
    // The sentence names a few of the phrases; the changed description itself has them all.
    String leftOut =
        phrases.size() <= 2
            ? String.join(" or ", phrases)
            : phrases.get(0) + " or " + (phrases.size() - 1) + " other phrases";
    return new Change(null, edited.toString().replaceAll("\\s{2,}", " ").trim(), leftOut, cut);
  }

  /** Two description edits as one: the description without the phrases of both. */
  static Change merge(String description, Change a, Change b) {
    List<Evidence> both = new java.util.ArrayList<>(a.cut);
    both.addAll(b.cut);
    return descriptionEdit(description, both);
  }

  /** The event with these changes made (each to a different field). */
  static CellEvent apply(CellEvent event, List<Change> changes) {
    CellEvent.Builder builder = event.toBuilder();
    changes.forEach(
        c -> {
          if (c.field == null) {
            builder.description((String) c.value);
          } else {
            c.field.set(builder, c.value);
          }
        });
    return builder.build();
  }

  /** As the JSON writes them: field name to new value, null for a removal, in field order. */
  static Map<String, String> asMap(List<Change> changes) {
    Map<String, String> map = new LinkedHashMap<>();
    changes.forEach(
        c ->
            map.put(c.field == null ? "description" : c.field.field(), Criterion.written(c.value)));
    return map;
  }

  /** In words: "the cargo were FLUID", "the vesicle type were unknown". */
  String describe() {
    if (field == null) {
      return "the description did not say " + leftOut;
    }
    return "the "
        + field.words()
        + " were "
        + (value == null ? "unknown" : Criterion.written(value));
  }

  private int valueRank() {
    if (field == null) {
      return 0; // description edits are ordered by what they leave out
    }
    return value == null ? Integer.MAX_VALUE : field.options().indexOf(value);
  }

  @Override
  public int compareTo(Change other) {
    return ORDER.compare(this, other);
  }
}
