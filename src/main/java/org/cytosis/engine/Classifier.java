package org.cytosis.engine;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.cytosis.batch.OrderedParallelMap;
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

  /** Below this many events, handing work to other threads costs more than it saves. */
  private static final int SEQUENTIAL_BELOW = 64;

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

  /**
   * Classifies events on every core; the i-th result belongs to the i-th event. For inputs too
   * large to hold, use {@link #classifyAll(Stream)}.
   */
  public List<Classification> classifyAll(Collection<CellEvent> events) {
    Objects.requireNonNull(events, "events must not be null");
    if (events.size() <= SEQUENTIAL_BELOW) {
      return events.stream().map(this::classify).toList();
    }
    try (Stream<Classification> results = classifyAll(events.stream())) {
      return results.toList();
    }
  }

  /**
   * Classifies a stream of events of any length on every core, lazily and in constant memory: the
   * returned stream gives the i-th result for the i-th event, reading events only a little ahead of
   * the results taken. Close it (try-with-resources) if you stop before its end.
   *
   * <pre>{@code
   * try (Stream<Classification> results = classifier.classifyAll(events)) {
   *   results.forEach(out::println);
   * }
   * }</pre>
   */
  public Stream<Classification> classifyAll(Stream<CellEvent> events) {
    Objects.requireNonNull(events, "events must not be null");
    return OrderedParallelMap.map(events, this::classify);
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
