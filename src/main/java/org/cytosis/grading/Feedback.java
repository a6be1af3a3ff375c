package org.cytosis.grading;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cytosis.engine.Catalogue;
import org.cytosis.model.Criterion;
import org.cytosis.model.Finding;
import org.cytosis.model.Label;

/**
 * Feedback addressed to the student, in one or two sentences: first what the answer names against
 * the key, with what in the scenario decides it; then, if any, the first misconception's feedback
 * (the catalogue's teaching text), else the contradiction, else what would earn the missing marks.
 * It speaks to a student: no catalogue IDs or enum names (the misconceptions column and the JSON
 * carry those for the teacher). Deterministic: the same marking gives the same words.
 */
final class Feedback {

  private final Map<Label, GradingRules.LabelWords> labels;
  private final Catalogue catalogue;

  Feedback(Map<Label, GradingRules.LabelWords> labels, Catalogue catalogue) {
    this.labels = labels;
    this.catalogue = catalogue;
  }

  /** What the marking found, as the feedback needs it. */
  record Marked(
      KeyEntry key,
      NameReading reading,
      LabelMatch match,
      GradeVerdict verdict,
      List<Criterion> credited,
      List<Contradiction> unexplained,
      List<Misconceptions.Found> misconceptions,
      boolean fullMarks) {}

  String write(Marked m) {
    String first = aboutTheName(m);
    return second(m).map(s -> first + " " + s).orElse(first);
  }

  private String aboutTheName(Marked m) {
    String key = words(m.key().label());
    NameReading reading = m.reading();
    if (reading.how() == NameReading.How.NONE) {
      return "No process named: this is " + key + because(m.key()) + ".";
    }
    if (reading.how() == NameReading.How.AMBIGUOUS) {
      return "\""
          + reading.written()
          + "\" could be "
          + reading.named().stream().map(this::words).collect(Collectors.joining(" or "))
          + ", so it was not read as either: this is "
          + key
          + because(m.key())
          + ".";
    }
    if (reading.how() == NameReading.How.SEVERAL) {
      return "Name one process, not several (you named "
          + reading.named().stream().map(this::words).collect(Collectors.joining(" and "))
          + "): this is "
          + key
          + because(m.key())
          + ".";
    }
    String named = words(reading.label());
    String justified =
        m.credited().isEmpty() ? "" : ", justified by " + Phrasing.criteria(m.credited());
    return switch (m.match()) {
      case SAME ->
          m.verdict() == GradeVerdict.CORRECT
              ? "Correct: " + named + justified + "."
              : capitalised(named) + " is the right name.";
      case SUPPORTED_SUBTYPE ->
          (m.verdict() == GradeVerdict.CORRECT ? "Correct: " : "The name is right: ")
              + named
              + ", more specific than the key's "
              + key
              + ", and the scenario supports it"
              + justified
              + ".";
      case ANCESTOR ->
          "Partly right: "
              + named
              + ", but the scenario shows the more specific "
              + withoutArticle(key)
              + because(m.key())
              + ".";
      case UNSUPPORTED_SUBTYPE ->
          "Partly right: this is "
              + key
              + ", but nothing in the scenario"
              + " shows "
              + named
              + " in particular.";
      case OTHER -> "Not " + named + ": this is " + key + because(m.key()) + ".";
    };
  }

  private Optional<String> second(Marked m) {
    if (!m.misconceptions().isEmpty()) {
      Misconceptions.Misconception first = m.misconceptions().get(0).misconception();
      return Optional.of(withoutFinalStop(first.feedback()) + ".");
    }
    if (!m.unexplained().isEmpty()) {
      Contradiction c = m.unexplained().get(0);
      String against =
          c.scenario() == null
              ? "points to " + words(c.said().supports()) + ", not " + words(m.key().label())
              : "contradicts the scenario's " + Marking.describe(c.scenario());
      return Optional.of("But your " + c.said().describe() + " " + against + ".");
    }
    boolean named =
        m.verdict() == GradeVerdict.CORRECT || m.verdict() == GradeVerdict.PARTIALLY_CORRECT;
    if (named && !m.fullMarks()) {
      return uncredited(m)
          .map(
              f ->
                  "For full marks, also justify it with the "
                      + Phrasing.criterion(f.criterion())
                      + ": the scenario's "
                      + Marking.describe(f)
                      + ".");
    }
    return Optional.empty();
  }

  /** The strongest finding of the key's branch on a criterion the student did not state. */
  private static Optional<Finding> uncredited(Marked m) {
    return m.key().scenario().findings().stream()
        .filter(f -> f.criterion() != Criterion.CELL_TYPE && !m.credited().contains(f.criterion()))
        .filter(f -> m.key().label().lineage().contains(f.supports()))
        .min(Comparator.comparingInt((Finding f) -> -f.weight().getRank()));
  }

  /**
   * What in the scenario decides the key: its strongest finding for the key's own label, else for
   * its family ({@code , as the scenario's "bacterium" (cargo: solid particle) shows [PH-1]});
   * where the scenario shows nothing (a teacher's key the rules do not reach), the catalogue's
   * statement.
   */
  private String because(KeyEntry key) {
    Label label = key.label();
    Optional<Finding> deciding =
        strongest(key, f -> f.supports() == label)
            .or(() -> strongest(key, f -> label.lineage().contains(f.supports())));
    if (deciding.isPresent()) {
      Finding f = deciding.get();
      return ", as the scenario's " + Marking.describe(f) + " shows";
    }
    String id = labels.get(label).sources().get(0);
    return catalogue
        .statement(id)
        .map(s -> " (" + withoutFinalStop(lowerFirst(s)) + ")")
        .orElse("");
  }

  private static Optional<Finding> strongest(
      KeyEntry key, java.util.function.Predicate<Finding> which) {
    return key.scenario().findings().stream()
        .filter(f -> f.criterion() != Criterion.CELL_TYPE)
        .filter(which)
        .min(Comparator.comparingInt((Finding f) -> -f.weight().getRank()));
  }

  private String words(Label label) {
    return labels.get(label).words();
  }

  /** "the more specific regulated secretory pathway", not "the more specific the regulated ...". */
  private static String withoutArticle(String words) {
    return words.startsWith("the ") ? words.substring(4) : words;
  }

  private static String lowerFirst(String sentence) {
    return sentence.length() > 1 && Character.isUpperCase(sentence.charAt(1))
        ? sentence
        : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String withoutFinalStop(String sentence) {
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
  }
}
