package org.cytosis.grading;

import java.util.ArrayList;
import java.util.List;
import org.cytosis.engine.Classifier;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Evidence;
import org.cytosis.model.Finding;
import org.cytosis.model.NegatedMention;

/**
 * Reads what an answer or a justification says about the criteria, with the English reading of the
 * classifier: its findings are what the student asserts, its negated mentions what the student
 * denies. The name of a process is no evidence: "it is phagocytosis" states no cargo.
 */
final class StatementReader {

  private final Classifier classifier;

  StatementReader(Classifier classifier) {
    this.classifier = classifier;
  }

  /**
   * @param field the column the text comes from, for evidence spans
   * @param names spans of the text that name a process
   */
  List<Statement> read(String text, String field, List<Evidence> names) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Classification reading =
        classifier.classifyStatements(CellEvent.builder().description(text).build());
    List<Statement> statements = new ArrayList<>();
    for (Finding f : reading.findings()) {
      if (!overlapsAny(f.evidence(), names)) {
        statements.add(
            new Statement(
                f.criterion(),
                f.value(),
                f.supports(),
                f.weight(),
                inField(f.evidence(), field),
                false,
                f.sources()));
      }
    }
    for (NegatedMention n : reading.negated()) {
      if (!overlapsAny(n.evidence(), names)) {
        // A denied value is judged by what it would have supported, as the rules say.
        n.criterion()
            .parse(n.value())
            .flatMap(value -> classifier.evidence().findingOn(n.criterion(), value))
            .ifPresent(
                f ->
                    statements.add(
                        new Statement(
                            n.criterion(),
                            n.value(),
                            f.supports(),
                            f.weight(),
                            inField(n.evidence(), field),
                            true,
                            f.sources())));
      }
    }
    return statements;
  }

  private static boolean overlapsAny(Evidence e, List<Evidence> names) {
    return e.start() != null
        && names.stream().anyMatch(n -> n.start() < e.end() && e.start() < n.end());
  }

  private static Evidence inField(Evidence e, String field) {
    return new Evidence(field, e.start(), e.end(), e.text(), e.negatedBy());
  }
}
