package org.cytosis.explain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cytosis.engine.Classifier;
import org.cytosis.engine.EvidenceTable;
import org.cytosis.engine.Justified;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Counterfactual;
import org.cytosis.model.Explanation;
import org.cytosis.model.JustificationNode;
import org.cytosis.model.WhyNot;

/**
 * Classifies an event and explains the verdict, building on a {@link Classifier}: how the rules
 * reached it (the justification graph), why not each other label, and the smallest changes to the
 * event that would give another answer. The why-not and the counterfactuals come from running the
 * rules again on changed copies of the event, some hundreds of times, so this is far slower than
 * {@code classify}. Thread-safe: build one per classifier and share it.
 *
 * <pre>{@code
 * Explainer explainer = new Explainer(Classifier.create());
 * Classification explained = explainer.explain(event);   // classify(event) plus its explanation
 * explained.explanation().whyNot();
 * }</pre>
 */
public final class Explainer {

  private final Classifier classifier;

  /** An explainer of the verdicts of {@code classifier} (and of its listener, if it has one). */
  public Explainer(Classifier classifier) {
    this.classifier = Objects.requireNonNull(classifier, "classifier must not be null");
  }

  /**
   * The classification {@link Classifier#classify} gives, with its {@code explanation} filled in. A
   * listener of the classifier hears the event's own run, not the hypothetical ones.
   */
  public Classification explain(CellEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    Justified run = classifier.justify(event);
    Classification actual = run.classification();
    EvidenceTable evidence = classifier.evidence();
    List<Counterfactual> counterfactuals =
        new CounterfactualSearch(
                classifier.hypotheses()::outcome,
                (field, value) -> evidenceOf(evidence, field, value))
            .search(event, actual).stream()
                .map(CounterfactualSearch.Found::toCounterfactual)
                .toList();
    List<WhyNot> whyNot = new WhyNotAnalysis(evidence).analyse(event, actual, counterfactuals);
    return actual.withExplanation(
        new Explanation(run.how(), whyNot, counterfactuals, quotes(run.how(), whyNot)));
  }

  /**
   * What setting {@code field} to {@code value} is evidence for, as far as the verdict rules can
   * tell: the label, weight and rule of each finding it makes, sorted. The rule is part of it
   * because some finding rules also read another field (a clathrin-coated vesicle counts as
   * endocytic only away from the Golgi, ERR-17; fluid or a receptor-bound ligand leaving the cell
   * is no uptake, ERR-18, ERR-23): they name the values they read, each of which has a rule of its
   * own, so two values made by the same rule still behave alike with any other field. A removal
   * ({@code value} null) is evidence for nothing, as is a value no rule reads.
   */
  static List<String> evidenceOf(
      EvidenceTable evidence, org.cytosis.model.Criterion field, Object value) {
    return evidence.findingsOf(field, value).stream()
        .map(f -> f.supports() + "/" + f.weight() + "/" + f.rule())
        .sorted()
        .toList();
  }

  /** The statement of every ID the explanation cites, in the order first cited. */
  private Map<String, String> quotes(JustificationNode how, List<WhyNot> whyNot) {
    Map<String, String> quotes = new LinkedHashMap<>();
    collect(how, quotes);
    whyNot.forEach(
        w ->
            java.util.stream.Stream.of(w.met(), w.failed(), w.unknown())
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
    quotes.computeIfAbsent(
        id, key -> classifier.catalogue().statement(key).orElse("(not in the catalogue)"));
  }
}
