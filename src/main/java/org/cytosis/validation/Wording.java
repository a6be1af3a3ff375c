package org.cytosis.validation;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.cytosis.model.Classification;
import org.cytosis.model.Conflict;
import org.cytosis.model.Finding;
import org.cytosis.model.Label;
import org.cytosis.model.Question;
import org.cytosis.model.Status;
import org.cytosis.scenario.Expected;

/**
 * Keys, results, findings and questions in the words a textbook author reads: field names and
 * values as the author writes them in a bank, and the catalogue IDs behind each finding.
 */
public final class Wording {

  private Wording() {}

  /** The answer a key expects: its label, or its status when it names none. */
  public static String key(Expected key) {
    if (key.label() == null) {
      return key.status().name();
    }
    return key.status() == null || key.status() == Status.CLASSIFIED
        ? key.label().name()
        : key.status() + ", leaning " + key.label();
  }

  /** What the rules concluded: the label, or the status when it is not a classification. */
  public static String actual(Classification c) {
    if (c.status() == Status.CLASSIFIED) {
      return c.label().name();
    }
    return c.label() == null ? c.status().name() : c.status() + ", leaning " + c.label();
  }

  /** A finding: {@code cargo FLUID [PI-1]}, with its weight when it is less than decisive. */
  static String finding(Finding f) {
    return claim(List.of(f));
  }

  /**
   * One claim however often it was stated: {@code cargo FLUID (from "droplets", "fluid") [PI-1]},
   * quoting every phrase of the description that stated it.
   */
  private static String claim(List<Finding> statements) {
    Finding f = statements.get(0);
    StringBuilder out = new StringBuilder(f.criterion().field()).append(' ').append(f.value());
    List<String> phrases =
        statements.stream()
            .map(s -> s.evidence().text())
            .filter(java.util.Objects::nonNull)
            .map(t -> "\"" + t + "\"")
            .toList();
    if (!phrases.isEmpty()) {
      out.append(" (from ").append(String.join(", ", phrases)).append(')');
    }
    switch (f.weight()) {
      case SUGGESTIVE -> out.append(", suggestive only");
      case WEAK -> out.append(", a weak hint");
      default -> {}
    }
    return out.append(" [").append(String.join(", ", f.sources())).append(']').toString();
  }

  /** The claims of the findings that match, each once, as a list: {@code a; b; c}. */
  static String findings(Classification c, Predicate<Finding> which) {
    return c.findings().stream()
        .filter(which)
        .collect(
            Collectors.groupingBy(
                Finding::getClaim, java.util.LinkedHashMap::new, Collectors.toList()))
        .values()
        .stream()
        .map(Wording::claim)
        .collect(Collectors.joining("; "));
  }

  /** Findings that speak for this label: its family's, its own, or (for a family) its subtypes'. */
  static Predicate<Finding> onBranchOf(Label label) {
    return f -> f.supports().isOnBranchOf(label);
  }

  /** Findings that a conclusion rests on: those for the label itself or for its family. */
  static Predicate<Finding> behind(Label label) {
    return f -> label.lineage().contains(f.supports());
  }

  static String conflict(Conflict c) {
    return "Contradiction: " + finding(c.first()) + " against " + finding(c.second()) + ".";
  }

  static String question(Question q) {
    return "Open question (" + q.criterion().field() + "): " + q.question();
  }

  static List<String> questions(Classification c) {
    return c.missing().stream().map(Wording::question).toList();
  }
}
