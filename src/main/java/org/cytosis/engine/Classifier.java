package org.cytosis.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.text.TextReader;
import org.cytosis.text.TextReading;

/**
 * Classifies described cellular events with the Drools rule base and explains each verdict.
 * Build it once and share it: the rule base and the English lexicon are loaded once, and every call
 * runs in its own session, so a classifier is safe to use from many threads. An event's
 * {@code description} is read into observations of the same kind as its structured fields, with the
 * words as evidence, and both go to the same rules.
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
  private final TextReader reader;

  private Classifier(RuleBase ruleBase, TextReader reader) {
    this.ruleBase = ruleBase;
    this.reader = reader;
  }

  /** A classifier with the rules and the lexicon packaged in Cytosis. */
  public static Classifier create() {
    return new Classifier(RuleBase.builtIn(), TextReader.builtIn());
  }

  /**
   * A classifier with the DRL files found below {@code rulesDir}, compiled now, and the lexicon
   * in its {@code lexicon/} folder when it has one (the built-in lexicon otherwise). Rules are code:
   * only load a folder you trust.
   *
   * @throws org.cytosis.io.InvalidInputException if the folder is missing, a rule does not compile
   *     or a lexicon entry cannot be read
   */
  public static Classifier fromRulesDirectory(Path rulesDir) {
    Objects.requireNonNull(rulesDir, "rulesDir must not be null");
    Path lexicon = rulesDir.resolve("lexicon");
    return new Classifier(RuleBase.fromDirectory(rulesDir),
        Files.isDirectory(lexicon) ? TextReader.fromDirectory(lexicon) : TextReader.builtIn());
  }

  /** Classifies one event. The same event always gives an equal result. */
  public Classification classify(CellEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    List<Observation> observations = Observations.fromFields(event);
    if (event.description() == null || event.description().isBlank()) {
      return RuleSession.run(ruleBase, event, observations);
    }
    TextReading reading = reader.read(event.description());
    observations.addAll(Observations.fromText(reading));
    return RuleSession.run(ruleBase, event, observations).withNegated(reading.negated());
  }

  /** Classifies events in order; the i-th result belongs to the i-th event. */
  public List<Classification> classifyAll(Collection<CellEvent> events) {
    Objects.requireNonNull(events, "events must not be null");
    return events.stream().map(this::classify).toList();
  }

  /** The English reader of descriptions, with the lexicon this classifier was built with. */
  public TextReader textReader() {
    return reader;
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
