package org.cytosis.engine;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.cytosis.explain.Explainer;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;

/**
 * Classifies described cellular events with the Drools rule base and explains each verdict.
 * Build it once and share it: the rule base is loaded once, and every call runs in its own
 * session, so a classifier is safe to use from many threads.
 *
 * <pre>{@code
 * Classifier classifier = Classifier.create();
 * Classification result = classifier.classify(CellEvent.builder()
 *     .direction(Direction.INTO_CELL).cargo(Cargo.SOLID_PARTICLE).build());
 * result.label();   // PHAGOCYTOSIS
 *
 * Classification explained = classifier.explain(event);   // the same, with its explanation
 * explained.explanation().whyNot();
 * }</pre>
 */
public final class Classifier {

  private final RuleBase ruleBase;
  /** Null when nobody is listening, so that a plain classification pays nothing for the feature. */
  private final RuleFiringListener listener;

  private Classifier(RuleBase ruleBase, RuleFiringListener listener) {
    this.ruleBase = ruleBase;
    this.listener = listener;
  }

  /** A classifier with the rules packaged in Cytosis. */
  public static Classifier create() {
    return new Classifier(RuleBase.builtIn(), null);
  }

  /**
   * A classifier with the same rules that tells {@code listener} about every rule firing of the
   * events it classifies or explains (not of the hypothetical re-runs behind an explanation). The
   * listener is called on the classifying thread; see {@link RuleFiringListener}.
   */
  public Classifier withListener(RuleFiringListener listener) {
    return new Classifier(ruleBase, Objects.requireNonNull(listener, "listener must not be null"));
  }

  /**
   * A classifier with the DRL files found below {@code rulesDir}, compiled now. Rules are code:
   * only load a folder you trust.
   *
   * @throws org.cytosis.io.InvalidInputException if the folder is missing or a rule does not compile
   */
  public static Classifier fromRulesDirectory(Path rulesDir) {
    Objects.requireNonNull(rulesDir, "rulesDir must not be null");
    return new Classifier(RuleBase.fromDirectory(rulesDir), null);
  }

  /**
   * Classifies one event. The same event always gives an equal result. Its {@code explanation} is
   * null: explanations cost a few hundred runs of the rules, so they are made only on request.
   */
  public Classification classify(CellEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    return RuleSession.run(ruleBase, event, Observations.fromFields(event), listener);
  }

  /**
   * Classifies one event and explains the verdict: how the rules reached it (the justification
   * graph), why not each other label, and the smallest changes to the event that would give
   * another answer. The classification is the one {@link #classify} gives, with its {@code
   * explanation} filled in. The why-not and the counterfactuals come from running the rules again on
   * changed copies of the event, some hundreds of times, so this is far slower than {@code
   * classify}.
   */
  public Classification explain(CellEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    RuleSession.Justified run = RuleSession.runJustified(ruleBase, event,
        Observations.fromFields(event), listener);
    Classifier quiet = listener == null ? this : new Classifier(ruleBase, null);
    Explainer explainer = new Explainer(quiet::classify, ruleBase.catalogue::statement);
    return run.classification().withExplanation(
        explainer.explain(event, run.classification(), run.how()));
  }

  /** Classifies events in order; the i-th result belongs to the i-th event. */
  public List<Classification> classifyAll(Collection<CellEvent> events) {
    Objects.requireNonNull(events, "events must not be null");
    return events.stream().map(this::classify).toList();
  }

  /** The catalogue the rules cite. */
  public Catalogue catalogue() {
    return ruleBase.catalogue;
  }

  /** Every rule in the rule base with its metadata, sorted by package and name. */
  public List<RuleInfo> rules() {
    return ruleBase.rules.values().stream()
        .sorted(java.util.Comparator.comparing(RuleInfo::key))
        .toList();
  }
}
