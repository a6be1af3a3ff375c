package org.cytosis.grading.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytosis.grading.GradedAnswer;
import org.cytosis.model.Criterion;
import org.cytosis.output.InputSurvey;

/**
 * A graded answer as one flat row: the input row's columns as given, then the contract's fields
 * ({@code readAs}, {@code verdict}, {@code score}, {@code maxScore}, {@code credited}, {@code
 * misconceptions}, {@code feedback}), then {@code reading}, {@code keyLabel}, {@code keyFrom},
 * {@code contradictions} and {@code reason}, then for an answer to a concept question {@code
 * namedOnly} and {@code notes} (columns only when the key has concept questions; its {@code
 * credited} cells name each element, its concept, and the words that name and describe it). An
 * input column named like an added one (ignoring case) is replaced by it. Lists are joined with ";
 * ".
 */
final class Rows {

  static final List<String> ADDED =
      List.of(
          "readAs",
          "verdict",
          "score",
          "maxScore",
          "credited",
          "misconceptions",
          "feedback",
          "reading",
          "keyLabel",
          "keyFrom",
          "contradictions",
          "reason");

  /** Added after {@link #ADDED} when the key has concept questions. */
  static final List<String> CONCEPT_ADDED = List.of("namedOnly", "notes");

  private Rows() {}

  static Map<String, String> row(GradedAnswer g, List<String> columns) {
    Map<String, String> given = new LinkedHashMap<>();
    g.answer().columns().forEach((name, value) -> given.put(InputSurvey.key(name), value));
    added(g).forEach((name, value) -> given.put(InputSurvey.key(name), value));
    Map<String, String> row = new LinkedHashMap<>();
    columns.forEach(c -> row.put(c, given.getOrDefault(InputSurvey.key(c), "")));
    return row;
  }

  /** The added fields as text. */
  static Map<String, String> added(GradedAnswer g) {
    Map<String, String> added = new LinkedHashMap<>();
    added.put("readAs", g.readAs() == null ? "" : g.readAs().name());
    added.put("verdict", g.verdict().name());
    added.put("score", Numbers.plain(g.score()));
    added.put("maxScore", Numbers.plain(g.maxScore()));
    added.put(
        "credited",
        String.join(
            "; ",
            g.isConceptAnswer()
                ? g.concepts().credited().stream().map(c -> c.summary()).toList()
                : g.credited().stream().map(Criterion::field).toList()));
    added.put("misconceptions", String.join("; ", g.misconceptions()));
    added.put("feedback", g.feedback());
    added.put("reading", g.reading() == null ? "" : g.reading().describe());
    added.put("keyLabel", g.key() == null ? "" : g.key().label().name());
    if (g.isConceptAnswer()) {
      added.put("keyLabel", "question");
    }
    added.put("keyFrom", g.key() == null ? "" : g.key().origin());
    added.put("contradictions", String.join("; ", g.contradictions()));
    added.put("reason", g.reason() == null ? "" : g.reason());
    if (g.isConceptAnswer()) { // else an input column of the same name keeps its value
      added.put("namedOnly", String.join("; ", g.concepts().namedOnly()));
      added.put("notes", String.join("; ", g.concepts().notes()));
    }
    return added;
  }
}
