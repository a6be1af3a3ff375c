package org.cytosis.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cytosis.model.Classification;
import org.cytosis.model.NegatedMention;
import org.cytosis.model.Status;

/**
 * The short answer a teacher reads first, in words and within 100 columns: the answer, its status
 * and confidence, the evidence (quoted from the text, or named by its field), why not the nearest
 * other answer, and the question that would settle it. Each part is a section of its own, so that a
 * new one (the events a text describes, the roles read in a sentence) slots in between.
 */
final class ShortText {

  /** Claims shown; the rest are counted and left to {@code --explain}. */
  static final int MAX_CLAIMS = 4;

  private ShortText() {}

  static List<String> render(Classification c, TextOptions options) {
    List<String> lines = new ArrayList<>();
    answer(lines, c);
    status(lines, c);
    events(lines, c);
    evidence(lines, c, options);
    whyNotNearest(lines, c);
    question(lines, c);
    return lines;
  }

  /** "event: Phagocytosis, a kind of endocytosis". */
  static void answer(List<String> lines, Classification c) {
    String name = c.id() == null ? "event" : c.id();
    String answer;
    if (c.status() == Status.CLASSIFIED && c.label() != null) {
      answer = PlainWords.answer(c.label());
    } else if (c.status() == Status.NOT_BULK_TRANSPORT) {
      answer = "Not bulk transport: the substance crosses the membrane without a vesicle";
    } else if (c.status() == Status.NO_EVENT) {
      answer = c.note() != null ? c.note() : "No transport event is described";
    } else if (c.status() == Status.INSUFFICIENT_EVIDENCE && c.note() != null) {
      answer = "Not enough evidence to name a process. " + c.note();
    } else if (c.label() != null) {
      answer = "Unsettled, leaning to " + PlainWords.label(c.label());
    } else if (c.status() == Status.CONFLICTING) {
      answer = "Unsettled: the evidence points two ways";
    } else {
      answer = "Not enough evidence to name a process";
    }
    Wrapped.add(lines, 0, name + ": " + answer);
  }

  /** "Status: classified, confidence 0.79 (high)". */
  static void status(List<String> lines, Classification c) {
    Wrapped.add(
        lines,
        2,
        "Status: "
            + PlainWords.status(c.status())
            + ", confidence "
            + String.format(Locale.ROOT, "%.2f", c.confidence())
            + " ("
            + level(c.confidence())
            + ")");
  }

  /**
   * "Also read: ..." one line for each other event of the text (an earlier step, a subordinate
   * one), with its own answer; the main one is the answer above.
   */
  static void events(List<String> lines, Classification c) {
    c.events().stream().filter(org.cytosis.model.EventResult::main).forEach(e -> readAs(lines, e));
    for (org.cytosis.model.EventResult e : c.events()) {
      if (e.main()) {
        continue;
      }
      String answer =
          e.status() == Status.CLASSIFIED && e.label() != null
              ? PlainWords.label(e.label())
              : e.label() != null
                  ? "leaning to " + PlainWords.label(e.label())
                  : PlainWords.status(e.status());
      Wrapped.add(lines, 2, "Also read: \"" + e.text() + "\": " + answer);
    }
  }

  /**
   * "Read as: release "secrete"; agent "Hepatocytes"; theme "albumin"": the frame of the main event
   * as the reader drew it; a word in brackets was read in a role that is no evidence of its
   * criterion.
   */
  static void readAs(List<String> lines, org.cytosis.model.EventResult e) {
    StringBuilder frame = new StringBuilder("Read as:");
    String separator = " ";
    for (org.cytosis.model.EventResult.ReadRole r : e.roles()) {
      String word =
          r.role().equals("predicate")
              ? PlainWords.lowerCase(r.criterion()) + " \"" + r.text() + "\""
              : r.role() + " \"" + r.text() + "\"";
      frame.append(separator).append(r.counts() ? word : "(" + word + ")");
      separator = "; ";
    }
    Wrapped.add(lines, 2, frame.toString());
  }

  /** The claims read, strongest first, and what was read but denied. */
  static void evidence(List<String> lines, Classification c, TextOptions options) {
    List<Claims.Said> claims = Claims.of(c.findings());
    if (claims.isEmpty() && c.negated().isEmpty()) {
      Wrapped.add(lines, 2, "Evidence: none read.");
      return;
    }
    lines.add("  Evidence:");
    int shown = options.explain() ? claims.size() : MAX_CLAIMS;
    claims.stream().limit(shown).forEach(s -> Wrapped.add(lines, 4, s.sentence(options.sources())));
    if (claims.size() > shown) {
      Wrapped.add(lines, 4, "and " + (claims.size() - shown) + " more (--explain shows them)");
    }
    if (!c.negated().isEmpty()) {
      Wrapped.add(
          lines,
          4,
          "not taken as evidence (denied in the text): "
              + String.join(", ", c.negated().stream().map(ShortText::denied).distinct().toList()));
    }
  }

  /**
   * "Not pinocytosis: the cargo is a solid particle, not fluid." (when the event was explained).
   */
  static void whyNotNearest(List<String> lines, Classification c) {
    if (c.label() == null
        && (c.status() == Status.INSUFFICIENT_EVIDENCE || c.status() == Status.NO_EVENT)) {
      return; // no answer to set another against; the question says what is missing
    }
    WhyNotWords.nearest(c)
        .ifPresent(
            w ->
                Wrapped.add(
                    lines,
                    2,
                    "Not " + PlainWords.label(w.label()) + ": " + WhyNotWords.reason(w, c)));
  }

  /** The first open question: what would settle an unsettled answer, or confirm a settled one. */
  static void question(List<String> lines, Classification c) {
    if (c.missing().isEmpty() || c.status() == Status.NO_EVENT) {
      return;
    }
    String lead =
        c.status() == Status.CLASSIFIED || c.status() == Status.NOT_BULK_TRANSPORT
            ? "To confirm it, ask: "
            : "To settle it, ask: ";
    Wrapped.add(lines, 2, lead + c.missing().get(0).question());
  }

  private static String denied(NegatedMention n) {
    return n.evidence().text() == null
        ? PlainWords.claim(n.criterion(), n.value())
        : "\"" + n.evidence().text() + "\"";
  }

  /** Confidence in a word, so that 0.55 is not read as "more likely than not". */
  static String level(double confidence) {
    return confidence >= 0.75 ? "high" : confidence >= 0.5 ? "moderate" : "low";
  }
}
