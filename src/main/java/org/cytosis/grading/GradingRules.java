package org.cytosis.grading;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cytosis.engine.Classifier;
import org.cytosis.grading.concept.ConceptGrader;
import org.cytosis.grading.concept.ConceptRules;
import org.cytosis.io.EventJson;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.Label;
import org.cytosis.text.TsvRows;

/**
 * What grading knows beside the classification rules, loaded once: the names of processes, the
 * misconceptions, how feedback names each label, and what each value of each criterion supports.
 * The tables live in {@code rules/grading/} (see its README). Immutable and thread-safe.
 */
public final class GradingRules {

  static final String LABELS = "labels.tsv";

  /** How feedback names a label, and the catalogue IDs that define it. */
  record LabelWords(String words, List<String> sources) {}

  final Classifier classifier;
  final ProcessNames names;
  final Misconceptions misconceptions;
  final StatementReader statements;
  final Map<Label, LabelWords> labels;
  final ConceptGrader concepts;

  private GradingRules(Classifier classifier, RulesFiles files, ConceptRules concepts) {
    this.concepts = new ConceptGrader(concepts);
    this.classifier = classifier;
    this.names = ProcessNames.load(files, classifier.textReader());
    this.misconceptions =
        Misconceptions.load(files, classifier.textReader(), classifier.catalogue());
    this.statements = new StatementReader(classifier);
    this.labels = labels(files, classifier);
  }

  /**
   * The grading tables packaged in Cytosis, over this classifier's rules and lexicon.
   *
   * @param classifier the classifier whose rules and lexicon the tables use
   * @return the grading rules
   */
  public static GradingRules builtIn(Classifier classifier) {
    Objects.requireNonNull(classifier, "classifier must not be null");
    return new GradingRules(
        classifier,
        RulesFiles.builtIn(),
        ConceptRules.builtIn(classifier.textReader(), classifier.catalogue()));
  }

  /**
   * The grading tables of a rules folder ({@code DIR/grading/}), or the built-in ones when it has
   * no such folder.
   *
   * @param rulesDir a rules folder
   * @param classifier the classifier whose rules and lexicon the tables use
   * @return the grading rules
   * @throws InvalidInputException naming the file and line of a bad row
   */
  public static GradingRules fromRulesDirectory(Path rulesDir, Classifier classifier) {
    Objects.requireNonNull(classifier, "classifier must not be null");
    Path grading = rulesDir.resolve("grading");
    return new GradingRules(
        classifier,
        Files.isDirectory(grading) ? RulesFiles.in(grading) : RulesFiles.builtIn(),
        ConceptRules.fromRulesDirectory(rulesDir, classifier.textReader(), classifier.catalogue()));
  }

  private static Map<Label, LabelWords> labels(RulesFiles files, Classifier classifier) {
    Map<Label, LabelWords> labels = new EnumMap<>(Label.class);
    for (TsvRows.Row row : files.table(LABELS, List.of("label", "words", "sources", "note"))) {
      Label label =
          EventJson.enumValue(Label.class, row.require("label"), row.source(), row.line(), "label");
      List<String> sources = List.of(row.require("sources").split("[,;\\s]+"));
      sources.stream()
          .filter(s -> !classifier.catalogue().contains(s))
          .findFirst()
          .ifPresent(
              s -> {
                throw row.problem(
                    "sources", "cites " + s + ", which rules/catalogue.tsv does not have");
              });
      labels.put(label, new LabelWords(row.require("words"), sources));
    }
    for (Label label : Label.values()) {
      if (!labels.containsKey(label)) {
        throw new InvalidInputException(files.name(LABELS), 0, null, "has no row for " + label);
      }
    }
    return Map.copyOf(labels);
  }
}
