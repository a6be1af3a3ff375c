package org.cytosis.report;

import java.util.ArrayList;
import java.util.List;
import org.cytosis.model.Classification;
import org.cytosis.model.TraceStep;

/**
 * A classification for a person at a terminal: the short answer in words (see {@link ShortText}),
 * then what was asked for: the full explanation with the text as it was read ({@code --explain}),
 * the rules that fired ({@code --trace}), the catalogue IDs ({@code --sources}). Enum names,
 * offsets and the rest of the machinery are in {@code --format json}.
 */
public final class TextReport {

  private TextReport() {}

  /** The short answer alone. */
  public static String render(Classification c) {
    return render(c, null, TextOptions.SHORT);
  }

  public static String render(Classification c, String description, TextOptions options) {
    List<String> lines = new ArrayList<>(ShortText.render(c, options));
    if (options.explain()) {
      textRead(lines, c, description);
      if (c.explanation() != null) {
        lines.addAll(ExplanationText.lines(c, options.sources()));
      }
    }
    if (options.trace()) {
      trace(lines, c, options.sources());
    }
    if (options.sources()) {
      sources(lines, c);
    }
    return String.join("\n", lines) + "\n";
  }

  /** The description sentence by sentence, the words read marked (see {@link MarkedText}). */
  private static void textRead(List<String> lines, Classification c, String description) {
    if (description == null || description.isBlank()) {
      return;
    }
    lines.add("  Text as read (" + MarkedText.LEGEND + "):");
    MarkedText.sentences(c, description).forEach(s -> Wrapped.add(lines, 4, s));
  }

  /** Each rule that fired, in order; one that added nothing new says so. */
  private static void trace(List<String> lines, Classification c, boolean sources) {
    if (c.trace().isEmpty()) {
      return;
    }
    lines.add("  Rules that fired:");
    int n = 1;
    for (TraceStep step : c.trace()) {
      String ids =
          sources && !step.sources().isEmpty()
              ? " [" + String.join(", ", step.sources()) + "]"
              : "";
      String nothing = step.concluded().isEmpty() ? " (nothing new)" : "";
      Wrapped.add(
          lines,
          4,
          String.format(java.util.Locale.ROOT, "%2d. ", n++) + step.rule() + ids + nothing);
    }
  }

  /**
   * The catalogue IDs the evidence cites, with the catalogue's words when the explanation has them.
   */
  private static void sources(List<String> lines, Classification c) {
    List<String> ids = c.citedSources();
    if (ids.isEmpty()) {
      return;
    }
    var catalogue =
        c.explanation() == null ? java.util.Map.<String, String>of() : c.explanation().catalogue();
    lines.add("  Sources:");
    for (String id : ids) {
      String statement = catalogue.get(id);
      Wrapped.add(lines, 4, statement == null ? id : id + ": " + statement);
    }
  }
}
