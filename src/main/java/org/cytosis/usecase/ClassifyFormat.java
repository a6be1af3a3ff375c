package org.cytosis.usecase;

import org.cytosis.io.EventRecord;
import org.cytosis.model.Classification;
import org.cytosis.report.DotReport;
import org.cytosis.report.JsonReport;
import org.cytosis.report.MermaidReport;
import org.cytosis.report.TextOptions;
import org.cytosis.report.TextReport;

/**
 * How classifications are written, the same on the command line and in the web API: the answer in
 * words, JSON, or the justification graph drawn for Graphviz ({@code dot}) or Mermaid. The
 * lower-case names are the names users type.
 */
public enum ClassifyFormat {
  text,
  json,
  dot,
  mermaid;

  /** Whether this format draws a graph, and so needs the explanation. */
  public boolean isDiagram() {
    return this == dot || this == mermaid;
  }

  /**
   * One result as this format writes it; {@code description} and {@code options} shape the text
   * (the description to mark up, what to add to the short answer).
   */
  public String render(Classification result, String description, TextOptions options) {
    return switch (this) {
      case json -> JsonReport.line(result);
      case dot -> DotReport.render(result);
      case mermaid -> MermaidReport.render(result);
      case text -> TextReport.render(result, description, options);
    };
  }

  /** What stands in the place of a record that could not be classified. */
  public String notClassified(EventRecord record, String message) {
    return switch (this) {
      case json -> JsonReport.errorLine(record);
      case dot -> "// record " + record.index() + ": not classified: " + message + "\n";
      case mermaid -> "%% record " + record.index() + ": not classified: " + message + "\n";
      case text -> "record " + record.index() + ": not classified: " + message + "\n";
    };
  }
}
