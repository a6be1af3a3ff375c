package org.cytosis.explain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Counterfactual;
import org.cytosis.model.Counterfactual.Result;
import org.cytosis.model.Explanation;
import org.cytosis.model.JustificationNode;
import org.cytosis.model.WhyNot;

/**
 * Completes an explanation: given the verdict and its justification graph, works out why not each
 * other label and the counterfactuals by running the rules again on changed copies of the event
 * (a few hundred runs), and quotes the catalogue for every ID cited. {@code
 * org.cytosis.engine.Classifier#explain} is the way to get one; this class is public only so that
 * the engine can reach it. Thread-safe: one explainer serves every call of its classifier.
 */
public final class Explainer {

  private final Function<CellEvent, Classification> classify;
  private final Function<String, Optional<String>> catalogue;
  /** What each field value is evidence for: the same for every event, so learnt once. */
  private volatile CriteriaProbe probe;

  /**
   * @param classify runs the rules on an event, without an explanation and without telling any
   *     listener (these runs are hypothetical)
   * @param catalogue the plain statement behind a catalogue ID
   */
  public Explainer(Function<CellEvent, Classification> classify,
      Function<String, Optional<String>> catalogue) {
    this.classify = Objects.requireNonNull(classify, "classify must not be null");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue must not be null");
  }

  /**
   * @param outcome runs the rules on a changed copy of {@code event} for its verdict alone (label
   *     and status), without telling any listener; called from several threads at once
   */
  public Explanation explain(CellEvent event, Classification actual, JustificationNode how,
      Function<CellEvent, Result> outcome) {
    Objects.requireNonNull(event, "event must not be null");
    Objects.requireNonNull(actual, "actual must not be null");
    Objects.requireNonNull(how, "how must not be null");
    Objects.requireNonNull(outcome, "outcome must not be null");
    CriteriaProbe probe = probe();
    List<Counterfactual> counterfactuals = new CounterfactualSearch(outcome, probe::evidenceOf)
        .search(event, actual).stream().map(CounterfactualSearch.Found::toCounterfactual).toList();
    List<WhyNot> whyNot = new WhyNotAnalysis(probe).analyse(event, actual, counterfactuals);
    return new Explanation(how, whyNot, counterfactuals, quotes(how, whyNot));
  }

  private CriteriaProbe probe() {
    CriteriaProbe learnt = probe;
    if (learnt == null) {
      synchronized (this) {
        if (probe == null) {
          probe = new CriteriaProbe(classify);
        }
        learnt = probe;
      }
    }
    return learnt;
  }

  /** The statement of every ID the explanation cites, in the order first cited. */
  private Map<String, String> quotes(JustificationNode how, List<WhyNot> whyNot) {
    Map<String, String> quotes = new LinkedHashMap<>();
    collect(how, quotes);
    whyNot.forEach(w -> java.util.stream.Stream.of(w.met(), w.failed(), w.unknown())
        .flatMap(List::stream)
        .forEach(check -> check.sources().forEach(id -> quote(id, quotes))));
    return quotes;
  }

  private void collect(JustificationNode node, Map<String, String> quotes) {
    node.sources().forEach(id -> quote(id, quotes));
    node.because().forEach(child -> collect(child, quotes));
  }

  /** An ID missing from the catalogue (possible only with a custom --rules folder) says so. */
  private void quote(String id, Map<String, String> quotes) {
    quotes.computeIfAbsent(id, key -> catalogue.apply(key).orElse("(not in the catalogue)"));
  }
}
