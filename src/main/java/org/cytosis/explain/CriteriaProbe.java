package org.cytosis.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Criterion;
import org.cytosis.model.Finding;
import org.cytosis.model.Label;

/**
 * What each value of each field is evidence for, learnt from the rules themselves: the rules are
 * run on an event that gives that one field alone, and the findings they make say which label the
 * value supports and which catalogue IDs the rule cites. (The finding rules each read one field, so
 * a value's findings do not depend on the rest of the event.)
 */
final class CriteriaProbe {

  /**
   * The values of one field that count for a label, the IDs of the rules that say so, and how
   * strongly they count (the highest {@link org.cytosis.model.Weight#getRank() rank} among them).
   */
  record Needed(List<String> values, List<String> sources, int rank) {
    boolean isEmpty() {
      return values.isEmpty();
    }
  }

  private final Map<Criterion, Map<Object, List<Finding>>> findings = new EnumMap<>(Criterion.class);

  CriteriaProbe(Function<CellEvent, ? extends org.cytosis.model.Classification> classify) {
    record Probe(Criterion field, Object value) {}
    List<Probe> probes = Criterion.inEventOrder().stream()
        .flatMap(field -> field.options().stream().map(value -> new Probe(field, value)))
        .toList();
    // Independent runs, spread over the cores as one stream; kept in field and option order.
    List<List<Finding>> found = probes.parallelStream().map(probe -> {
      CellEvent.Builder alone = CellEvent.builder();
      probe.field().set(alone, probe.value());
      return classify.apply(alone.build()).findings();
    }).toList();
    for (Criterion field : Criterion.values()) {
      findings.put(field, new LinkedHashMap<>());
    }
    for (int i = 0; i < probes.size(); i++) {
      findings.get(probes.get(i).field()).put(probes.get(i).value(), found.get(i));
    }
  }

  /**
   * What setting {@code field} to {@code value} is evidence for, as far as the verdict rules can
   * tell: the label, weight and rule of each finding it makes, sorted. The rule is part of it
   * because some finding rules also read another field (a clathrin-coated vesicle counts as
   * endocytic only away from the Golgi, ERR-17; fluid or a receptor-bound ligand leaving the cell
   * is no uptake, ERR-18, ERR-23): they name the values they read, each of which has a rule of
   * its own, so two values made by the same rule still behave alike with any other field. A removal ({@code value} null) is
   * evidence for nothing, as is a value no rule reads (a membrane that keeps its size).
   */
  List<String> evidenceOf(Criterion field, Object value) {
    if (value == null) {
      return List.of();
    }
    return findings.get(field).get(value).stream()
        .map(f -> f.supports() + "/" + f.weight() + "/" + f.rule()).sorted().toList();
  }

  /**
   * The values of {@code field} whose findings support {@code label} itself; for a subtype with no
   * such value, those that support its family (the direction, say, is evidence for every subtype
   * of endocytosis at once).
   */
  Needed needed(Criterion field, Label label) {
    Needed own = supporting(field, label);
    return own.isEmpty() && label.isSubtype() ? supporting(field, label.getParent()) : own;
  }

  private Needed supporting(Criterion field, Label label) {
    List<String> values = new ArrayList<>();
    Set<String> sources = new LinkedHashSet<>();
    int rank = 0;
    for (var entry : findings.get(field).entrySet()) {
      for (Finding f : entry.getValue()) {
        if (f.criterion() == field && f.supports() == label) {
          if (!values.contains(Criterion.written(entry.getKey()))) {
            values.add(Criterion.written(entry.getKey()));
          }
          sources.addAll(f.sources());
          rank = Math.max(rank, f.weight().getRank());
        }
      }
    }
    return new Needed(values, List.copyOf(sources), rank);
  }
}
