package org.cytosis.engine;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Criterion;
import org.cytosis.model.Finding;

/**
 * What each value of each criterion is evidence for, learnt once from the rules themselves: the
 * rules are run on an event that gives that one value alone, and the findings they make say which
 * label the value supports, how strongly, and which catalogue IDs the rule cites. (The finding
 * rules each read one field, so a value's findings do not depend on the rest of the event.) The
 * explanations' why-not and the grader's reading of a denied value both read this one table; no
 * rule is restated in Java. A cell type is free text, so it has no values to learn.
 */
public final class EvidenceTable {

  private final Map<Criterion, Map<Object, List<Finding>>> findings;

  private EvidenceTable(Map<Criterion, Map<Object, List<Finding>>> findings) {
    this.findings = findings;
  }

  /** Runs {@code classify} once per value of every criterion, spread over the cores. */
  static EvidenceTable learn(Function<CellEvent, List<Finding>> classify) {
    record Probe(Criterion criterion, Object value) {}
    List<Probe> probes =
        List.of(Criterion.values()).stream()
            .flatMap(c -> c.options().stream().map(value -> new Probe(c, value)))
            .toList();
    // Independent runs, as one parallel stream; kept in criterion and value order.
    List<List<Finding>> found =
        probes.parallelStream()
            .map(
                probe -> {
                  CellEvent.Builder alone = CellEvent.builder();
                  probe.criterion().set(alone, probe.value());
                  return classify.apply(alone.build());
                })
            .toList();
    Map<Criterion, Map<Object, List<Finding>>> findings = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      findings.put(criterion, new LinkedHashMap<>());
    }
    for (int i = 0; i < probes.size(); i++) {
      findings.get(probes.get(i).criterion()).put(probes.get(i).value(), found.get(i));
    }
    return new EvidenceTable(findings);
  }

  /**
   * Every finding the rules make from an event that gives {@code value} alone, in the rules' order;
   * none for null, for free text, or for a value no rule reads (a membrane that keeps its size).
   *
   * @param criterion the criterion
   * @param value one of its values, or null
   * @return the findings, possibly none
   */
  public List<Finding> findingsOf(Criterion criterion, Object value) {
    List<Finding> of = value == null ? null : findings.get(criterion).get(value);
    return of == null ? List.of() : of;
  }

  /**
   * The first finding about the criterion itself that {@code value} alone makes, if any.
   *
   * @param criterion the criterion
   * @param value one of its values, or null
   * @return that finding, or empty
   */
  public Optional<Finding> findingOn(Criterion criterion, Object value) {
    return findingsOf(criterion, value).stream()
        .filter(f -> f.criterion() == criterion)
        .findFirst();
  }

  /**
   * Each value of {@code criterion}, in its declaration order, with its findings.
   *
   * @param criterion the criterion
   * @return its values and their findings, unmodifiable
   */
  public Map<Object, List<Finding>> valuesOf(Criterion criterion) {
    return java.util.Collections.unmodifiableMap(findings.get(criterion));
  }
}
