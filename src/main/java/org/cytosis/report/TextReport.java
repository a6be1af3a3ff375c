package org.cytosis.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cytosis.model.Classification;
import org.cytosis.model.Conflict;
import org.cytosis.model.Finding;
import org.cytosis.model.Label;
import org.cytosis.model.NegatedMention;
import org.cytosis.model.Question;
import org.cytosis.model.TraceStep;

/**
 * Renders a classification for a person at a terminal: verdict first, then why: findings,
 * conflicts, missing criteria, the explanation when there is one (see {@link ExplanationText}),
 * and the trace.
 */
public final class TextReport {

  private TextReport() {}

  public static String render(Classification c) {
    return render(c, null);
  }

  /**
   * Renders a classification with the event's description, when it has one, shown sentence by
   * sentence with the words that were read marked (see {@link MarkedText}).
   */
  public static String render(Classification c, String description) {
    StringBuilder out = new StringBuilder();
    String name = c.id() == null ? "event" : c.id();
    String verdict = c.label() == null ? "no label" : c.label().name();
    out.append(name).append(": ").append(verdict).append("  [").append(c.status())
        .append(", confidence ").append(String.format(Locale.ROOT, "%.3f", c.confidence()))
        .append("]\n");
    if (c.label() != null) {
      out.append("  lineage: ").append(c.lineage().stream().map(Label::name)
          .collect(Collectors.joining(" > "))).append('\n');
      out.append("  GO term: ").append(c.goTerm()).append('\n');
    }
    if (description != null && !description.isBlank()) {
      out.append("  text (").append(MarkedText.LEGEND).append("):\n");
      MarkedText.sentences(c, description).forEach(s -> out.append("    ").append(s).append('\n'));
    }
    section(out, "findings", c.findings(), TextReport::finding);
    section(out, "negated", c.negated(), TextReport::negated);
    section(out, "conflicts", c.conflicts(), TextReport::conflict);
    section(out, "missing", c.missing(), TextReport::question);
    if (c.explanation() != null) {
      out.append(ExplanationText.render(c));
    }
    if (!c.trace().isEmpty()) {
      out.append("  trace:\n");
      int n = 1;
      for (TraceStep step : c.trace()) {
        out.append(String.format(Locale.ROOT, "    %2d. %s  [%s]%n", n++, step.rule(),
            String.join(", ", step.sources())));
        if (!step.concluded().isEmpty()) {
          out.append("        => ").append(String.join("; ", step.concluded())).append('\n');
        }
      }
    }
    return out.toString();
  }

  private static <T> void section(StringBuilder out, String title, List<T> items,
      java.util.function.Function<T, String> line) {
    if (items.isEmpty()) {
      return;
    }
    out.append("  ").append(title).append(":\n");
    items.forEach(item -> out.append("    ").append(line.apply(item)).append('\n'));
  }

  private static String finding(Finding f) {
    return String.format(Locale.ROOT, "%s %s supports %s (%s) [%s] from %s",
        f.criterion().field(), f.value(), f.supports(), f.weight().name().toLowerCase(Locale.ROOT),
        String.join(", ", f.sources()), f.evidence().describe());
  }

  private static String negated(NegatedMention n) {
    return n.criterion().field() + " " + n.value() + " not taken as evidence: "
        + n.evidence().describe();
  }

  private static String conflict(Conflict c) {
    return String.format(Locale.ROOT, "%s: %s %s (%s) contradicts %s %s (%s)",
        c.level().name().toLowerCase(Locale.ROOT).replace('_', ' '),
        c.first().criterion().field(), c.first().value(), String.join(", ", c.first().sources()),
        c.second().criterion().field(), c.second().value(), String.join(", ", c.second().sources()));
  }

  private static String question(Question q) {
    return q.criterion().field() + ": " + q.question();
  }
}
