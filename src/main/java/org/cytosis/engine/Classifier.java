package org.cytosis.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cytosis.batch.OrderedParallelMap;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Counterfactual.Result;
import org.cytosis.model.EventResult;
import org.cytosis.model.NegatedMention;
import org.cytosis.model.Status;
import org.cytosis.text.ReadEvent;
import org.cytosis.text.ReadingNote;
import org.cytosis.text.TextReader;
import org.cytosis.text.TextReading;

/**
 * Classifies described cellular events with the Drools rule base ({@code
 * org.cytosis.explain.Explainer} explains the verdicts, building on this class). Build it once and
 * share it: the rule base and the English lexicon are loaded once, and every call runs in its own
 * session, so a classifier is safe to use from many threads. An event's {@code description} is read
 * into observations of the same kind as its structured fields, with the words as evidence, and both
 * go to the same rules.
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

  /**
   * The built-in reader is loaded on the first description, not before: its lexicon and Lucene take
   * longer to load than the rules, and events given as fields alone never need them.
   */
  private final Supplier<TextReader> reader;

  /** Null when nobody is listening, so that a plain classification pays nothing for the feature. */
  private final RuleFiringListener listener;

  /** Learnt on first use; shared with the classifiers made by {@link #withListener}. */
  private final LearntOnce evidence;

  /**
   * Results of the fast path by the facts the rules were given; null with a listener, which must
   * hear every firing, or when turned off ({@code -Dcytosis.verdictCache=0}).
   */
  private final VerdictCache cache;

  private Classifier(
      RuleBase ruleBase,
      Supplier<TextReader> reader,
      RuleFiringListener listener,
      LearntOnce evidence) {
    this(ruleBase, reader, listener, evidence, listener == null ? VerdictCache.configured() : null);
  }

  private Classifier(
      RuleBase ruleBase,
      Supplier<TextReader> reader,
      RuleFiringListener listener,
      LearntOnce evidence,
      VerdictCache cache) {
    this.ruleBase = ruleBase;
    this.reader = reader;
    this.listener = listener;
    this.evidence = evidence != null ? evidence : new LearntOnce();
    this.cache = listener == null ? cache : null;
  }

  /**
   * A classifier with the rules and the lexicon packaged in Cytosis.
   *
   * @return a classifier to build once and share
   */
  public static Classifier create() {
    return new Classifier(RuleBase.builtIn(), BuiltInReader::get, null, null);
  }

  /** The built-in reader, loaded when first asked for (the JVM's lazy class initialisation). */
  private static final class BuiltInReader {
    private static final TextReader READER = TextReader.builtIn();

    static TextReader get() {
      return READER;
    }
  }

  /** The same classifier with a verdict cache of {@code size} results (none for 0), for tests. */
  Classifier withCacheSize(int size) {
    return new Classifier(ruleBase, reader, listener, evidence, VerdictCache.ofSize(size));
  }

  /**
   * A classifier with the same rules that tells {@code listener} about every rule firing of the
   * events it classifies or justifies (not of the {@link #hypotheses} behind an explanation). The
   * listener is called on the classifying thread; see {@link RuleFiringListener}.
   *
   * @param listener told of every rule firing; not null
   * @return a new classifier; this one is unchanged
   */
  public Classifier withListener(RuleFiringListener listener) {
    return new Classifier(
        ruleBase, reader, Objects.requireNonNull(listener, "listener must not be null"), evidence);
  }

  /**
   * A classifier with the DRL files found below {@code rulesDir}, compiled now, and the lexicon in
   * its {@code lexicon/} folder when it has one (the built-in lexicon otherwise). Rules are code:
   * only load a folder you trust.
   *
   * @param rulesDir a folder of DRL files, as {@code rules/} of the source tree
   * @return a classifier with those rules
   * @throws org.cytosis.io.InvalidInputException if the folder is missing, a rule does not compile
   *     or a lexicon entry cannot be read
   */
  public static Classifier fromRulesDirectory(Path rulesDir) {
    Objects.requireNonNull(rulesDir, "rulesDir must not be null");
    Path lexicon = rulesDir.resolve("lexicon");
    RuleBase rules = RuleBase.fromDirectory(rulesDir);
    if (!Files.isDirectory(lexicon)) {
      return new Classifier(rules, BuiltInReader::get, null, null);
    }
    TextReader reader =
        TextReader.fromDirectory(lexicon); // now, so that a bad entry is reported now
    return new Classifier(rules, () -> reader, null, null);
  }

  /**
   * Classifies one event. The same event always gives an equal result. Its {@code explanation} is
   * null: explanations cost a few hundred runs of the rules, so they are made only on request.
   *
   * @param event the event, given as fields, as a description, or both
   * @return its classification
   */
  public Classification classify(CellEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    Observed observed = observe(event);
    return withReading(
        run(event, observed.facts(), listener).withNegated(observed.negated()), event, observed);
  }

  /**
   * The fast path, through the verdict cache when there is one (never with a listener: this
   * classifier then has no cache).
   */
  private Classification run(CellEvent event, List<?> facts, RuleFiringListener told) {
    if (cache == null) {
      return RuleSession.run(ruleBase, event, facts, told);
    }
    return cache.classify(facts, event.id(), () -> RuleSession.run(ruleBase, event, facts, null));
  }

  /**
   * Classifies an event whose description is a list of statements rather than an account of one
   * event: every criterion word of the description is evidence, whatever its role (see {@link
   * TextReader#readWords}). The grader reads a student's justification this way.
   *
   * @param event the event whose description is a list of statements
   * @return its classification
   */
  public Classification classifyStatements(CellEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    Observed observed = observe(event, text -> reader.get().readWords(text));
    return RuleSession.run(ruleBase, event, observed.observations(), listener)
        .withNegated(observed.negated());
  }

  /**
   * The classification with what else the description said: each other event read, classified on
   * its own evidence alone, and the reader's note when there was no event.
   */
  private Classification withReading(Classification main, CellEvent event, Observed observed) {
    TextReading reading = observed.reading();
    if (reading == null) {
      return main;
    }
    // An unanswered question is insufficient evidence, and says why; a text with no event is
    // NO_EVENT, and says why.
    boolean noted =
        main.status() == Status.NO_EVENT
            || reading.note() == ReadingNote.QUESTION
                && main.status() == Status.INSUFFICIENT_EVIDENCE;
    String note = reading.note() == null || !noted ? null : reading.note().sentence();
    List<EventResult> events = new ArrayList<>();
    for (ReadEvent e : reading.events()) {
      if (e.main()) {
        events.add(
            new EventResult(
                true,
                e.text(),
                e.start(),
                e.end(),
                roles(e),
                main.status(),
                main.label(),
                main.findings()));
        continue;
      }
      List<Observation> own =
          e.evidence().stream()
              .map(m -> new Observation(m.criterion(), m.value(), m.evidence()))
              .toList();
      Classification c = run(event, own, null);
      events.add(
          new EventResult(
              false, e.text(), e.start(), e.end(), roles(e), c.status(), c.label(), c.findings()));
    }
    return main.withReading(events, note);
  }

  /**
   * Classifies one event as {@link #classify} does, and reads how the rules reached the verdict
   * (the justification graph) before their session is gone: what an explanation starts from.
   *
   * @param event the event to classify
   * @return its classification with the justification graph of its verdict
   */
  public Justified justify(CellEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    Observed observed = observe(event);
    RuleSession.Justified run =
        RuleSession.runJustified(ruleBase, event, observed.facts(), listener);
    return new Justified(
        withReading(run.classification().withNegated(observed.negated()), event, observed),
        run.how());
  }

  /**
   * Runs for the hypothetical changed copies of one event behind an explanation: the verdict alone,
   * no listener told; the copies share a handful of descriptions (the event's own and its edits),
   * each read once, not once per run. Take one per event explained.
   *
   * @return a fresh set of hypothetical runs
   */
  public Hypotheses hypotheses() {
    Map<String, TextReading> readings = new ConcurrentHashMap<>();
    return copy -> outcome(copy, readings);
  }

  /**
   * What each value of each criterion is evidence for, learnt from these rules on first use (some
   * tens of runs) and kept.
   *
   * @return the evidence table of these rules
   */
  public EvidenceTable evidence() {
    return evidence.get(this);
  }

  /** The evidence table, learnt by the first caller; the others wait for it. */
  private static final class LearntOnce {
    private volatile EvidenceTable table;

    EvidenceTable get(Classifier classifier) {
      EvidenceTable learnt = table;
      if (learnt == null) {
        synchronized (this) {
          if (table == null) {
            table = EvidenceTable.learn(e -> classifier.classifyQuietly(e).findings());
          }
          learnt = table;
        }
      }
      return learnt;
    }
  }

  /** A classification no listener hears of: the evidence table learns from these. */
  private Classification classifyQuietly(CellEvent event) {
    Observed observed = observe(event);
    return RuleSession.run(ruleBase, event, observed.facts(), null);
  }

  /**
   * The verdict alone, with no trace and no listener: all that a counterfactual needs of each of
   * the hundreds of hypothetical runs behind an explanation.
   */
  private Result outcome(CellEvent event, Map<String, TextReading> readings) {
    Observed observed = observe(event, text -> readings.computeIfAbsent(text, reader.get()::read));
    Verdict verdict = RuleSession.verdict(ruleBase, event, observed.facts());
    return new Result(verdict.label(), verdict.status());
  }

  /** The frames of an event as words in roles, predicate first, in text order. */
  private static List<EventResult.ReadRole> roles(ReadEvent e) {
    List<EventResult.ReadRole> roles = new ArrayList<>();
    for (org.cytosis.text.Frame f : e.frames()) {
      roles.add(new EventResult.ReadRole("predicate", f.predicate().text(), f.kind().name(), true));
      for (org.cytosis.text.Frame.Filler filler : f.roles()) {
        if (filler.role() == org.cytosis.text.Role.PREDICATE) {
          continue;
        }
        roles.add(
            new EventResult.ReadRole(
                filler.role().name().toLowerCase(java.util.Locale.ROOT),
                filler.mention().evidence().text(),
                filler.mention().criterion().field(),
                filler.counts()));
      }
    }
    return roles;
  }

  /**
   * What the rules are given: the structured fields, and what was read in the description (its
   * reading, or null without one).
   */
  private record Observed(
      List<Observation> observations, List<NegatedMention> negated, TextReading reading) {

    /** The facts for the rules: the observations, and whether the text asserted no event at all. */
    List<Object> facts() {
      if (reading == null || reading.note() == null || !observations.isEmpty()) {
        return List.copyOf(observations);
      }
      List<Object> facts = new ArrayList<>(observations);
      facts.add(new TextWithoutEvent(reading.note() == ReadingNote.QUESTION));
      return facts;
    }
  }

  private Observed observe(CellEvent event) {
    return observe(event, text -> reader.get().read(text));
  }

  /** As {@link #observe(CellEvent)}, with the description read by {@code read}. */
  private Observed observe(CellEvent event, Function<String, TextReading> read) {
    List<Observation> observations = Observations.fromFields(event);
    if (event.description() == null || event.description().isBlank()) {
      return new Observed(observations, List.of(), null);
    }
    TextReading reading = read.apply(event.description());
    observations.addAll(Observations.fromText(reading));
    return new Observed(observations, reading.negated(), reading);
  }

  /**
   * Classifies events on every core; the i-th result belongs to the i-th event. For inputs too
   * large to hold, use {@link #classifyAll(Stream)}.
   *
   * @param events the events, in order
   * @return their classifications, in the same order
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
   *
   * @param events the events, read lazily
   * @return their classifications, in the same order; close it when done
   */
  public Stream<Classification> classifyAll(Stream<CellEvent> events) {
    Objects.requireNonNull(events, "events must not be null");
    return OrderedParallelMap.map(events, this::classify);
  }

  /**
   * {@return the English reader of descriptions, with the lexicon this classifier was built with}
   */
  public TextReader textReader() {
    return reader.get();
  }

  /** {@return the catalogue the rules cite} */
  public Catalogue catalogue() {
    return ruleBase.catalogue;
  }

  /** {@return every rule in the rule base with its metadata, sorted by package and name} */
  public List<RuleInfo> rules() {
    return ruleBase.rules.values().stream()
        .sorted(java.util.Comparator.comparing(RuleInfo::key))
        .toList();
  }
}
