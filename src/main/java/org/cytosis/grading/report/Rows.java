package org.cytosis.grading.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cytosis.grading.GradedAnswer;
import org.cytosis.grading.GradingRun;
import org.cytosis.model.Criterion;

/**
 * A graded answer as one flat row: the input row's columns as given, then the contract's fields
 * ({@code readAs}, {@code verdict}, {@code score}, {@code maxScore}, {@code credited},
 * {@code misconceptions}, {@code feedback}), then {@code reading}, {@code keyLabel},
 * {@code keyFrom}, {@code contradictions} and {@code reason}. An input column named like an added
 * one (ignoring case) is replaced by it. Lists are joined with "; ".
 */
final class Rows {

  static final List<String> ADDED = List.of("readAs", "verdict", "score", "maxScore", "credited",
      "misconceptions", "feedback", "reading", "keyLabel", "keyFrom", "contradictions", "reason");

  private Rows() {}

  /** The input columns of every row, by first spelling seen, then the added ones. */
  static List<String> columns(GradingRun run) {
    Map<String, String> seen = new LinkedHashMap<>();
    ADDED.forEach(a -> seen.put(key(a), null));
    run.results().forEach(r -> r.answer().columns().keySet()
        .forEach(c -> seen.putIfAbsent(key(c), c)));
    List<String> columns = new ArrayList<>();
    seen.values().stream().filter(c -> c != null).forEach(columns::add);
    columns.addAll(ADDED);
    return columns;
  }

  static Map<String, String> row(GradedAnswer g, List<String> columns) {
    Map<String, String> given = new LinkedHashMap<>();
    g.answer().columns().forEach((name, value) -> given.put(key(name), value));
    added(g).forEach((name, value) -> given.put(key(name), value));
    Map<String, String> row = new LinkedHashMap<>();
    columns.forEach(c -> row.put(c, given.getOrDefault(key(c), "")));
    return row;
  }

  /** The added fields as text. */
  static Map<String, String> added(GradedAnswer g) {
    Map<String, String> added = new LinkedHashMap<>();
    added.put("readAs", g.readAs() == null ? "" : g.readAs().name());
    added.put("verdict", g.verdict().name());
    added.put("score", Numbers.plain(g.score()));
    added.put("maxScore", Numbers.plain(g.maxScore()));
    added.put("credited", String.join("; ", g.credited().stream().map(Criterion::field).toList()));
    added.put("misconceptions", String.join("; ", g.misconceptions()));
    added.put("feedback", g.feedback());
    added.put("reading", g.reading() == null ? "" : g.reading().describe());
    added.put("keyLabel", g.key() == null ? "" : g.key().label().name());
    added.put("keyFrom", g.key() == null ? "" : g.key().origin());
    added.put("contradictions", String.join("; ", g.contradictions()));
    added.put("reason", g.reason() == null ? "" : g.reason());
    return added;
  }

  private static String key(String column) {
    return column.toLowerCase(Locale.ROOT);
  }
}
