package org.cytosis.report;

import java.util.Objects;
import java.util.stream.Collectors;
import org.cytosis.model.Classification;
import org.cytosis.model.JustificationNode.Kind;

/**
 * Draws an explanation's justification graph in Graphviz DOT: inputs, findings, decisions and the
 * verdict, left to right, with conflicts in red. One {@code digraph} per event; render with {@code
 * dot -Tpng}.
 */
public final class DotReport {

  private DotReport() {}

  /** The graph of an explained classification. */
  public static String render(Classification c) {
    Objects.requireNonNull(c.explanation(), "the classification has no explanation to draw");
    JustificationGraph graph = new JustificationGraph(c.explanation().how());
    StringBuilder out = new StringBuilder();
    out.append("digraph ").append(quote(c.id() == null ? "event" : c.id())).append(" {\n");
    out.append("  rankdir=LR;\n");
    out.append("  node [fontname=\"Helvetica\", fontsize=10];\n");
    out.append("  edge [color=\"#555555\"];\n");
    for (JustificationGraph.Node node : graph.nodes()) {
      out.append("  ")
          .append(node.id())
          .append(" [label=")
          .append(html(JustificationGraph.label(node.fact())))
          .append(", ")
          .append(style(node.fact().kind()));
      if (node.fact().rule() != null) {
        out.append(", tooltip=").append(quote(node.fact().rule()));
      }
      out.append("];\n");
    }
    for (JustificationGraph.Edge edge : graph.edges()) {
      out.append("  ")
          .append(edge.from().id())
          .append(" -> ")
          .append(edge.to().id())
          .append(edge.isConflict() ? " [color=red]" : "")
          .append(";\n");
    }
    return out.append("}\n").toString();
  }

  private static String style(Kind kind) {
    return switch (kind) {
      case VERDICT -> "shape=box, style=\"rounded,filled,bold\", fillcolor=\"#dbe9ff\"";
      case FAMILY, SUBTYPE, FAVOURED ->
          "shape=box, style=\"rounded,filled\", fillcolor=\"#eef4ff\"";
      case CONFLICT ->
          "shape=box, style=\"filled\", color=red, fontcolor=red, fillcolor=\"#ffecec\"";
      case FINDING -> "shape=box";
      case INPUT -> "shape=note, style=filled, fillcolor=\"#f4f4f4\"";
    };
  }

  /** An HTML-like label: the fact, the rule in small grey italics, the IDs. */
  private static String html(JustificationGraph.Label label) {
    StringBuilder h = new StringBuilder("<");
    h.append(
        label.statement().stream().map(DotReport::escape).collect(Collectors.joining("<BR/>")));
    if (!label.rule().isEmpty()) {
      h.append("<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#555555\"><I>")
          .append(label.rule().stream().map(DotReport::escape).collect(Collectors.joining("<BR/>")))
          .append("</I></FONT>");
    }
    if (!label.sources().isEmpty()) {
      h.append("<BR/>").append(escape(label.sources()));
    }
    return h.append(">").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** A DOT string: quotes and backslashes escaped, line breaks as DOT's centred {@code \n}. */
  private static String quote(String text) {
    return "\""
        + text.replace("\\", "\\\\")
            .replace("\"", "\\\"")
            .lines()
            .collect(Collectors.joining("\\n"))
        + "\"";
  }
}
