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
import org.cytosis.model.Explanation;
import org.cytosis.model.JustificationNode;
import org.cytosis.model.WhyNot;

/**
 * Completes an explanation: given the verdict and its justification graph, works out why not each
 * other label and the counterfactuals by running the rules again on changed copies of the event
 * (a few hundred runs), and quotes the catalogue for every ID cited. {@code
 * org.cytosis.engine.Classifier#explain} is the way to get one; this class is public only so that
 * the engine can reach it.
 */
public final class Explainer {

  private final Function<CellEvent, Classification> classify;
  private final Function<String, Optional<String>> catalogue;

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

  public Explanation explain(CellEvent event, Classification actual, JustificationNode how) {
    Objects.requireNonNull(event, "event must not be null");
    Objects.requireNonNull(actual, "actual must not be null");
    Objects.requireNonNull(how, "how must not be null");
    List<Counterfactual> counterfactuals = new CounterfactualSearch(classify).search(event, actual)
        .stream().map(CounterfactualSearch.Found::toCounterfactual).toList();
    List<WhyNot> whyNot = new WhyNotAnalysis(new CriteriaProbe(classify))
        .analyse(event, actual, counterfactuals);
    return new Explanation(how, whyNot, counterfactuals, quotes(how, whyNot));
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
