package org.cytosis.engine;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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
 * }</pre>
 */
public final class Classifier {

  private final RuleBase ruleBase;

  private Classifier(RuleBase ruleBase) {
    this.ruleBase = ruleBase;
  }

  /** A classifier with the rules packaged in Cytosis. */
  public static Classifier create() {
    return new Classifier(RuleBase.builtIn());
  }

  /**
   * A classifier with the DRL files found below {@code rulesDir}, compiled now. Rules are code:
   * only load a folder you trust.
   *
   * @throws org.cytosis.io.InvalidInputException if the folder is missing or a rule does not compile
   */
  public static Classifier fromRulesDirectory(Path rulesDir) {
    Objects.requireNonNull(rulesDir, "rulesDir must not be null");
    return new Classifier(RuleBase.fromDirectory(rulesDir));
  }

  /** Classifies one event. The same event always gives an equal result. */
  public Classification classify(CellEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    return RuleSession.run(ruleBase, event, Observations.fromFields(event));
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
