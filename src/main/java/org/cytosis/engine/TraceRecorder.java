package org.cytosis.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Describable;
import org.cytosis.model.TraceStep;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Records every rule firing of one session, in order, and which rule inserted which fact. One
 * recorder per session: a recorder shared across threads would mix traces.
 */
final class TraceRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

  private final Map<Rule, RuleInfo> rules;
  private final CellEvent classified;
  private final RuleFiringListener listener;
  private final List<TraceStep> steps = new ArrayList<>();
  private final Map<Object, RuleInfo> insertedBy = new IdentityHashMap<>();

  /** What the rules concluded and still hold, in insertion order: the fast path's result. */
  private final List<Object> held = new ArrayList<>();

  private RuleInfo firing;
  private List<String> matched;
  private List<String> concluded;

  /** {@code listener} may be null: nobody outside is watching. */
  TraceRecorder(Map<Rule, RuleInfo> rules, CellEvent event, RuleFiringListener listener) {
    this.rules = rules;
    this.classified = event;
    this.listener = listener;
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    Rule rule = event.getMatch().getRule();
    // The map is shared by all sessions and read-only; a rule missing from it is read directly.
    RuleInfo known = rules.get(rule);
    firing = known != null ? known : RuleInfo.of(rule);
    // A plain loop, not a stream: this runs for every rule firing of every classification.
    List<Object> facts = event.getMatch().getObjects();
    matched = new ArrayList<>(facts.size());
    for (Object fact : facts) {
      if (isUserFact(fact)) {
        matched.add(Describable.of(fact));
      }
    }
    concluded = new ArrayList<>(2);
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    TraceStep step =
        new TraceStep(
            firing.name(),
            firing.criterion(),
            firing.stage(),
            firing.sources(),
            matched,
            concluded);
    steps.add(step);
    firing = null;
    if (listener != null) {
      listener.ruleFired(classified, step);
    }
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    if (firing != null) {
      insertedBy.putIfAbsent(event.getObject(), firing);
      held.add(event.getObject());
      concluded.add(Describable.of(event.getObject()));
    }
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    // Rules only insert; nothing to record.
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    // Logical facts retracted by truth maintenance stay visible in the trace of the rule that made
    // them, but are no longer held: should truth maintenance ever retract one (no rule's conclusion
    // is undone today), the fast path still lists only what the session holds.
    Object gone = event.getOldObject();
    held.removeIf(fact -> fact == gone);
  }

  List<TraceStep> steps() {
    return List.copyOf(steps);
  }

  /**
   * The facts of this type that the rules inserted and that are still in the session: what the
   * session itself would list, without scanning it. Truth maintenance merges an equal conclusion
   * into the fact already there and tells no listener, so each appears once, as in the session.
   */
  <T> List<T> concluded(Class<T> type) {
    List<T> facts = new ArrayList<>();
    for (Object fact : held) {
      if (type.isInstance(fact)) {
        facts.add(type.cast(fact));
      }
    }
    return facts;
  }

  /** The rule that inserted this very object, if a rule did. */
  RuleInfo inserterOf(Object fact) {
    return insertedBy.get(fact);
  }

  /**
   * Drools' own facts (the initial fact behind a rule made only of "not") mean nothing to a reader.
   */
  private static boolean isUserFact(Object fact) {
    return !fact.getClass().getName().startsWith("org.drools.");
  }
}
