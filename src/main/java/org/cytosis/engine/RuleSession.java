package org.cytosis.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Conflict;
import org.cytosis.model.Finding;
import org.cytosis.model.JustificationNode;
import org.cytosis.model.Question;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * One run of the rules over one event: a session of its own (taken from the rule base's pool, which
 * resets it when it is given back: half the cost of building one per call) with a fresh trace
 * recorder, the three phases in order, and the facts collected into a {@link Classification} in a
 * deterministic order. A session serves one call at a time, so traces never mix across threads.
 *
 * <p>Two paths. The fast one ({@link #run}: every classification without an explanation) queues the
 * three phases on the agenda's focus stack and fires once, and takes the conclusions from the trace
 * recorder, which saw each one inserted. The explained one ({@link #runJustified}) fires the phases
 * one call each and reads the conclusions back from the session, where the justifications live.
 * {@code FastPathEqualityTest} holds the two to the same results. Both keep truth maintenance:
 * measured, a plain-insert session with equality-based fact identity was no faster (BENCHMARKS.md,
 * "A fast path without an explanation").
 */
final class RuleSession {

  /**
   * The agenda groups, in the order they run. Findings are made in MAIN; "weigh" compares them and
   * "decide" concludes, and both need every finding to exist first, so the order is the rule.
   */
  private static final List<String> PHASES = List.of("MAIN", "weigh", "decide");

  private static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparing(Finding::criterion)
          .thenComparing(Finding::supports)
          .thenComparing(Finding::value)
          .thenComparing(f -> f.evidence().start() == null ? -1 : f.evidence().start())
          // Two rules may conclude on the same words (a small molecule's suggestive and decisive
          // readings): their order must not depend on the session's hashing.
          .thenComparing(Finding::weight)
          .thenComparing(f -> f.rule() == null ? "" : f.rule());

  private static final Comparator<Conflict> CONFLICT_ORDER =
      Comparator.comparing(Conflict::level)
          .thenComparing(Conflict::first, FINDING_ORDER)
          .thenComparing(Conflict::second, FINDING_ORDER);

  private RuleSession() {}

  /** A classification with the justification graph of its verdict. */
  record Justified(Classification classification, JustificationNode how) {}

  static Classification run(
      RuleBase ruleBase, CellEvent event, List<?> observations, RuleFiringListener listener) {
    return execute(
        ruleBase,
        event,
        observations,
        listener,
        true,
        (session, recorder) ->
            assemble(
                event,
                recorder.concluded(Finding.class),
                recorder.concluded(Conflict.class),
                recorder.concluded(Question.class),
                recorder.concluded(Verdict.class),
                recorder));
  }

  /** As {@link #run}, and also reads how the verdict was justified before the session is gone. */
  static Justified runJustified(
      RuleBase ruleBase, CellEvent event, List<?> observations, RuleFiringListener listener) {
    return execute(
        ruleBase,
        event,
        observations,
        listener,
        false,
        (session, recorder) ->
            new Justified(
                assemble(
                    event,
                    facts(session, Finding.class),
                    facts(session, Conflict.class),
                    facts(session, Question.class),
                    facts(session, Verdict.class),
                    recorder),
                Justifier.ofVerdict(session, ruleBase.rules)));
  }

  /**
   * The verdict alone: the same rules fired the same way, with nothing recorded, for the
   * explanation's hypothetical runs, which need no trace.
   */
  static Verdict verdict(RuleBase ruleBase, CellEvent event, List<?> observations) {
    KieSession session = ruleBase.sessions.newKieSession();
    try {
      fire(session, observations);
      return onlyVerdict(session, event);
    } finally {
      session.dispose();
    }
  }

  /**
   * Fires the rules on the observations with a trace recorder listening, and collects the result
   * before the session is gone: in one pass for a classification without an explanation (the fast
   * path), phase by phase for a justified one.
   */
  private static <T> T execute(
      RuleBase ruleBase,
      CellEvent event,
      List<?> observations,
      RuleFiringListener listener,
      boolean onePass,
      BiFunction<KieSession, TraceRecorder, T> collect) {
    TraceRecorder recorder = new TraceRecorder(ruleBase.byRule, event, listener);
    KieSession session = ruleBase.sessions.newKieSession();
    session.addEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
    session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
    try {
      if (onePass) {
        fireInOnePass(session, observations);
      } else {
        fire(session, observations);
      }
      return collect.apply(session, recorder);
    } finally {
      session.removeEventListener((org.kie.api.event.rule.AgendaEventListener) recorder);
      session.removeEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) recorder);
      session.dispose();
    }
  }

  /**
   * The three phases with one call: the later phases are pushed under the first on the focus stack,
   * so that the agenda turns to "weigh" once MAIN has nothing left to fire, and to "decide" after
   * "weigh", as the three calls of {@link #fire} do, without two more turns of the engine's fire
   * loop. No phase makes a fact that an earlier phase's rules match, so nothing is left behind.
   */
  private static void fireInOnePass(KieSession session, List<?> facts) {
    facts.forEach(session::insert);
    for (int i = PHASES.size() - 1; i >= 0; i--) {
      session.getAgenda().getAgendaGroup(PHASES.get(i)).setFocus();
    }
    session.fireAllRules();
  }

  private static void fire(KieSession session, List<?> facts) {
    facts.forEach(session::insert);
    for (String phase : PHASES) {
      session.getAgenda().getAgendaGroup(phase).setFocus();
      session.fireAllRules();
    }
  }

  private static Verdict onlyVerdict(KieSession session, CellEvent event) {
    return onlyVerdict(facts(session, Verdict.class), event);
  }

  private static Verdict onlyVerdict(Collection<Verdict> verdicts, CellEvent event) {
    if (verdicts.size() != 1) {
      // The decision rules are written so that exactly one concludes; anything else is a rule bug.
      throw new IllegalStateException(
          "the rules reached "
              + verdicts.size()
              + " verdicts "
              + verdicts
              + " for event "
              + event.id()
              + "; exactly one was expected");
    }
    return verdicts.iterator().next();
  }

  private static Classification assemble(
      CellEvent event,
      Collection<Finding> rawFindings,
      Collection<Conflict> rawConflicts,
      Collection<Question> questions,
      Collection<Verdict> verdicts,
      TraceRecorder recorder) {
    Map<Finding, Finding> withProvenance = new HashMap<>();
    for (Finding raw : rawFindings) {
      RuleInfo rule = recorder.inserterOf(raw);
      withProvenance.put(raw, rule == null ? raw : raw.withProvenance(rule.name(), rule.sources()));
    }
    List<Finding> findings = withProvenance.values().stream().sorted(FINDING_ORDER).toList();
    List<Conflict> conflicts =
        rawConflicts.stream()
            .map(c -> c.map(f -> withProvenance.getOrDefault(f, f)))
            .sorted(CONFLICT_ORDER)
            .filter(distinctBy(c -> List.of(c.first().getClaim(), c.second().getClaim())))
            .toList();
    List<Question> missing =
        questions.stream()
            .sorted(Comparator.comparing(Question::criterion).thenComparing(Question::question))
            .toList();
    Verdict verdict = onlyVerdict(verdicts, event);
    double confidence = ConfidenceScheme.confidence(verdict.status(), verdict.label(), findings);
    return new Classification(
        event.id(),
        verdict.status(),
        verdict.label(),
        confidence,
        findings,
        conflicts,
        missing,
        recorder.steps());
  }

  /** Keeps the first conflict between two claims: stating a fact twice is not a second conflict. */
  private static <T> java.util.function.Predicate<T> distinctBy(
      java.util.function.Function<T, ?> key) {
    java.util.Set<Object> seen = new java.util.HashSet<>();
    return t -> seen.add(key.apply(t));
  }

  @SuppressWarnings("unchecked")
  private static <T> Collection<T> facts(KieSession session, Class<T> type) {
    return (Collection<T>) session.getObjects(new ClassObjectFilter(type));
  }
}
