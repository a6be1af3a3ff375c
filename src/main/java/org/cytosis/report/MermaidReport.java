package org.cytosis.report;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cytosis.model.Classification;
import org.cytosis.model.JustificationNode.Kind;

/**
 * Draws an explanation's justification graph as a Mermaid flowchart (GitHub and many wikis render
 * it): inputs, findings, decisions and the verdict, left to right, with conflicts in red.
 */
public final class MermaidReport {

  private MermaidReport() {}

  /** The flowchart of an explained classification. */
  public static String render(Classification c) {
    Objects.requireNonNull(c.explanation(), "the classification has no explanation to draw");
    JustificationGraph graph = new JustificationGraph(c.explanation().how());
    StringBuilder out = new StringBuilder("flowchart LR\n");
    out.append("  %% ")
        .append(c.id() == null ? "event" : c.id().replaceAll("\\R", " "))
        .append('\n');
    for (JustificationGraph.Node node : graph.nodes()) {
      JustificationGraph.Label label = JustificationGraph.label(node.fact());
      String text =
          label.statement().stream().map(MermaidReport::escape).collect(Collectors.joining("<br/>"))
              + (label.rule().isEmpty()
                  ? ""
                  : "<br/><i>"
                      + label.rule().stream()
                          .map(MermaidReport::escape)
                          .collect(Collectors.joining("<br/>"))
                      + "</i>")
              + (label.sources().isEmpty() ? "" : "<br/>" + escape(label.sources()));
      out.append("  ").append(node.id()).append(shape(node.fact().kind(), text)).append('\n');
    }
    List<JustificationGraph.Edge> edges = graph.edges();
    edges.forEach(
        e ->
            out.append("  ")
                .append(e.from().id())
                .append(" --> ")
                .append(e.to().id())
                .append('\n'));
    out.append("  classDef verdict fill:#dbe9ff,stroke:#335,stroke-width:2px\n");
    out.append("  classDef decision fill:#eef4ff,stroke:#335\n");
    out.append("  classDef input fill:#f4f4f4,stroke:#888\n");
    out.append("  classDef conflict fill:#ffecec,stroke:#d00,color:#d00\n");
    for (JustificationGraph.Node node : graph.nodes()) {
      String cls =
          switch (node.fact().kind()) {
            case VERDICT -> "verdict";
            case FAMILY, SUBTYPE, FAVOURED -> "decision";
            case CONFLICT -> "conflict";
            case INPUT -> "input";
            case FINDING -> null;
          };
      if (cls != null) {
        out.append("  class ").append(node.id()).append(' ').append(cls).append('\n');
      }
    }
    for (int i = 0; i < edges.size(); i++) {
      if (edges.get(i).isConflict()) {
        out.append("  linkStyle ").append(i).append(" stroke:#d00\n");
      }
    }
    return out.toString();
  }

  private static String shape(Kind kind, String text) {
    return switch (kind) {
      case VERDICT, FAMILY, SUBTYPE, FAVOURED -> "(\"" + text + "\")";
      case INPUT -> "[/\"" + text + "\"/]";
      case CONFLICT, FINDING -> "[\"" + text + "\"]";
    };
  }

  /** Mermaid labels are quoted strings; quotes and angle brackets become entities. */
  private static String escape(String text) {
    return text.replace("&", "#amp;")
        .replace("\"", "#quot;")
        .replace("<", "#lt;")
        .replace(">", "#gt;");
  }
}
