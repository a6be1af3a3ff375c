package org.cytosis.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cytosis.model.Conflict;
import org.cytosis.model.Describable;
import org.cytosis.model.Finding;
import org.cytosis.model.JustificationNode;
import org.cytosis.model.JustificationNode.Kind;
import org.drools.core.common.InternalFactHandle;
import org.drools.core.rule.consequence.InternalMatch;
import org.drools.tms.SimpleMode;
import org.drools.tms.TruthMaintenanceSystemEqualityKey;
import org.drools.tms.beliefsystem.simple.SimpleBeliefSet;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Reads the justification graph of a finished session from Drools' truth maintenance: every fact
 * the rules inserted with {@code insertLogical} keeps the list of matches that justify it (the rule
 * and the facts it matched), including the later firings that re-asserted a fact already there,
 * which the trace records as having concluded nothing. Walking those from the verdict down to the
 * observations gives input, finding, rule and label, nested the way one step caused the next.
 *
 * <p>Truth maintenance has no public API in kie-api, so this one class reads Drools' internal
 * classes ({@code drools-tms}); a Drools upgrade that changes them breaks here and in {@code
 * JustificationTest}, nowhere else.
 */
final class Justifier {

  private static final Comparator<JustificationNode> ORDER =
      Comparator.comparing(JustificationNode::kind).thenComparing(JustificationNode::statement);

  private final KieSession session;
  private final Map<String, RuleInfo> rules;

  private Justifier(KieSession session, Map<String, RuleInfo> rules) {
    this.session = session;
    this.rules = rules;
  }

  /** The justification of the session's one verdict. */
  static JustificationNode ofVerdict(KieSession session, Map<String, RuleInfo> rules) {
    Justifier justifier = new Justifier(session, rules);
    Verdict verdict =
        (Verdict) session.getObjects(new ClassObjectFilter(Verdict.class)).iterator().next();
    return justifier.nodes(verdict, Collections.newSetFromMap(new IdentityHashMap<>())).get(0);
  }

  /**
   * The nodes for one fact: one per rule that justifies it (in our rule base a fact has one), or a
   * single leaf for a fact nobody derived (an observation).
   */
  private List<JustificationNode> nodes(Object fact, Set<Object> path) {
    Map<RuleInfo, List<Object>> byRule = justifications(fact);
    if (byRule.isEmpty()) {
      return List.of(leaf(fact));
    }
    path.add(fact);
    List<JustificationNode> nodes = new ArrayList<>();
    byRule.forEach(
        (rule, matched) -> {
          List<JustificationNode> because = new ArrayList<>();
          for (Object cause : matched) {
            if (!path.contains(cause)) {
              because.addAll(nodes(cause, path));
            }
          }
          if (!(fact instanceof Conflict)) {
            because.sort(ORDER); // a conflict keeps its two sides in the order it names them
          }
          nodes.add(
              new JustificationNode(
                  kindOf(fact),
                  statement(fact),
                  rule.name(),
                  rule.sources(),
                  fact instanceof Finding f ? f.evidence() : null,
                  because));
        });
    path.remove(fact);
    return nodes;
  }

  private static JustificationNode leaf(Object fact) {
    if (fact instanceof Observation o) {
      return new JustificationNode(Kind.INPUT, o.describe(), null, null, o.evidence(), null);
    }
    return new JustificationNode(kindOf(fact), statement(fact), null, null, null, null);
  }

  /** For each rule that justifies the fact, the distinct facts its matches used, in match order. */
  private Map<RuleInfo, List<Object>> justifications(Object fact) {
    Map<RuleInfo, List<Object>> byRule = new LinkedHashMap<>();
    FactHandle handle = session.getFactHandle(fact);
    if (!(handle instanceof InternalFactHandle internal)
        || !(internal.getEqualityKey() instanceof TruthMaintenanceSystemEqualityKey key)
        || !(key.getBeliefSet() instanceof SimpleBeliefSet beliefs)) {
      return byRule; // stated, not derived
    }
    for (Iterator<SimpleMode> it = beliefs.javaUtilIterator(); it.hasNext(); ) {
      InternalMatch match = it.next().getObject().getJustifier();
      List<Object> matched =
          byRule.computeIfAbsent(ruleInfo(match.getRule()), r -> new ArrayList<>());
      for (Object cause : match.getObjects()) {
        // Only our own facts: not Drools' initial fact, a Label bound by "from", or an accumulated
        // sum.
        if (cause instanceof Describable && matched.stream().noneMatch(m -> m == cause)) {
          matched.add(cause);
        }
      }
    }
    return byRule;
  }

  private RuleInfo ruleInfo(Rule rule) {
    RuleInfo known = rules.get(RuleInfo.key(rule.getPackageName(), rule.getName()));
    return known != null ? known : RuleInfo.of(rule);
  }

  private static Kind kindOf(Object fact) {
    if (fact instanceof Verdict) {
      return Kind.VERDICT;
    } else if (fact instanceof Established) {
      return Kind.FAMILY;
    } else if (fact instanceof Favoured) {
      return Kind.FAVOURED;
    } else if (fact instanceof Leading) {
      return Kind.SUBTYPE;
    } else if (fact instanceof Conflict) {
      return Kind.CONFLICT;
    } else if (fact instanceof Finding) {
      return Kind.FINDING;
    }
    return Kind.INPUT;
  }

  /**
   * The fact in words. A finding's evidence is its node's own field (and its input below it), and a
   * conflict's two findings are below it, so neither is repeated in the statement.
   */
  private static String statement(Object fact) {
    if (fact instanceof Finding f) {
      return named(f)
          + " supports "
          + f.supports()
          + " ("
          + f.weight().name().toLowerCase(Locale.ROOT)
          + ")";
    }
    if (fact instanceof Conflict c) {
      return c.level() + " conflict: " + named(c.first()) + " vs " + named(c.second());
    }
    return Describable.of(fact);
  }

  private static String named(Finding f) {
    return f.criterion().field() + " " + f.value();
  }
}
