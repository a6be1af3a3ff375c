package org.cytosis.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytosis.model.JustificationNode;
import org.cytosis.model.JustificationNode.Kind;

/**
 * The justification tree of an explanation as a graph to draw: each fact once (a finding that
 * supports two decisions is one node with two arrows), arrows from cause to conclusion, numbered in
 * the order a depth-first walk from the verdict meets them, so that drawings are deterministic.
 */
final class JustificationGraph {

  record Node(String id, JustificationNode fact) {
    boolean isConflict() {
      return fact.kind() == Kind.CONFLICT;
    }
  }

  record Edge(Node from, Node to) {
    /** Arrows into or out of a conflict are drawn in red, like the conflict itself. */
    boolean isConflict() {
      return from.isConflict() || to.isConflict();
    }
  }

  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Set<Edge> edges = new LinkedHashSet<>();

  JustificationGraph(JustificationNode root) {
    add(root);
  }

  List<Node> nodes() {
    return List.copyOf(nodes.values());
  }

  List<Edge> edges() {
    return new ArrayList<>(edges);
  }

  private Node add(JustificationNode fact) {
    String key = fact.kind() + "\u0000" + fact.statement() + "\u0000" + fact.rule();
    Node node = nodes.get(key);
    if (node == null) {
      node = new Node("n" + (nodes.size() + 1), fact);
      nodes.put(key, node);
      for (JustificationNode cause : fact.because()) {
        edges.add(new Edge(add(cause), node));
      }
    }
    return node;
  }

  /**
   * What a box says, in three parts: the fact, the rule that concluded it, the rule's catalogue
   * IDs.
   */
  record Label(List<String> statement, List<String> rule, String sources) {}

  static Label label(JustificationNode fact) {
    return new Label(
        wrap(fact.statement()),
        fact.rule() == null ? List.of() : wrap(fact.rule()),
        fact.sources().isEmpty() ? "" : "[" + String.join(", ", fact.sources()) + "]");
  }

  private static List<String> wrap(String text) {
    return List.of(org.apache.commons.text.WordUtils.wrap(text, 44, "\n", false).split("\n"));
  }
}
