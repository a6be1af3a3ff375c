package org.cytosis.grading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cytosis.engine.Catalogue;
import org.cytosis.io.EventJson;
import org.cytosis.io.InputLimits;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.Criterion;
import org.cytosis.model.Finding;
import org.cytosis.model.Label;
import org.cytosis.text.PhraseList;
import org.cytosis.text.PhraseMention;
import org.cytosis.text.TextReader;
import org.cytosis.text.TsvRows;

/**
 * The misconceptions the grader recognises, as data: what each is and the feedback a student reads
 * ({@code misconceptions.tsv}), when it is recognised ({@code misconception-signs.tsv}: patterns
 * over the key's label, the label the answer was read as, what the student states, the scenario's
 * findings, and phrases), and the phrases that are signs of one ({@code misconception-phrases.tsv},
 * matched as the lexicon matches its own). Nothing here is a rule of biology written in Java: a
 * teacher adds a misconception by adding rows. Immutable and thread-safe.
 */
final class Misconceptions {

  static final String CATALOGUE = "misconceptions.tsv";
  static final String SIGNS = "misconception-signs.tsv";
  static final String PHRASES = "misconception-phrases.tsv";

  /** One misconception: its ID, the catalogue IDs it goes against, and the one it stands in for. */
  record Misconception(
      String id, List<String> sources, String replaces, String description, String feedback) {}

  /** A criterion and value as a sign states it: {@code vesicleOrigin=GOLGI}. */
  record Stated(Criterion criterion, String value) {
    boolean matches(Criterion c, String v) {
      return criterion == c && value.equals(v);
    }
  }

  /** One row of the signs: every condition given (non-null, non-empty) must hold. */
  record Sign(
      Misconception misconception,
      Set<Label> key,
      Set<Label> answer,
      Stated said,
      String phrase,
      Stated scenario) {}

  /** A misconception found in an answer, and the statements that showed it (for a said sign). */
  record Found(Misconception misconception, List<Statement> shownBy) {}

  private final List<Misconception> catalogue;
  private final List<Sign> signs;
  private final PhraseList phrases;
  private final TextReader reader;

  private Misconceptions(
      List<Misconception> catalogue, List<Sign> signs, PhraseList phrases, TextReader reader) {
    this.catalogue = List.copyOf(catalogue);
    this.signs = List.copyOf(signs);
    this.phrases = phrases;
    this.reader = reader;
  }

  static Misconceptions load(RulesFiles files, TextReader reader, Catalogue ids) {
    Map<String, Misconception> byId = new LinkedHashMap<>();
    List<TsvRows.Row> rows =
        files.table(CATALOGUE, List.of("id", "sources", "replaces", "description", "feedback"));
    for (TsvRows.Row row : rows) {
      List<String> sources =
          Arrays.stream(row.require("sources").split("[,;\\s]+"))
              .filter(s -> !s.isEmpty())
              .toList();
      sources.stream()
          .filter(s -> !ids.contains(s))
          .findFirst()
          .ifPresent(
              s -> {
                throw row.problem(
                    "sources", "cites " + s + ", which rules/catalogue.tsv does not have");
              });
      Misconception m =
          new Misconception(
              row.require("id"),
              sources,
              row.get("replaces"),
              row.require("description"),
              row.require("feedback"));
      if (byId.putIfAbsent(m.id(), m) != null) {
        throw row.problem("id", "is " + m.id() + ", which an earlier row already uses");
      }
    }
    for (TsvRows.Row row : rows) {
      String replaces = row.get("replaces");
      if (replaces != null && !byId.containsKey(replaces)) {
        throw row.problem("replaces", "names " + replaces + ", which is not a misconception ID");
      }
    }
    List<PhraseList.Phrase> phraseRows =
        files.table(PHRASES, List.of("phrase", "sign", "note")).stream()
            .map(
                r ->
                    new PhraseList.Phrase(
                        r.source(), r.line(), r.require("phrase"), r.require("sign")))
            .toList();
    Set<String> phraseSigns =
        phraseRows.stream().map(PhraseList.Phrase::tag).collect(Collectors.toSet());
    List<Sign> signs = new ArrayList<>();
    for (TsvRows.Row row :
        files.table(
            SIGNS,
            List.of("misconception", "key", "answer", "said", "phrase", "scenario", "note"))) {
      signs.add(sign(row, byId, phraseSigns));
    }
    return new Misconceptions(
        List.copyOf(byId.values()), signs, reader.phrases(phraseRows, false), reader);
  }

  private static Sign sign(
      TsvRows.Row row, Map<String, Misconception> byId, Set<String> phraseSigns) {
    Misconception m = byId.get(row.require("misconception"));
    if (m == null) {
      throw row.problem(
          "misconception",
          "names " + row.get("misconception") + ", which misconceptions.tsv does not list");
    }
    String phrase = row.get("phrase");
    if (phrase != null && !phraseSigns.contains(phrase)) {
      throw row.problem(
          "phrase", "names the sign " + phrase + ", which no row of " + PHRASES + " has");
    }
    Sign sign =
        new Sign(
            m,
            labels(row, "key"),
            labels(row, "answer"),
            stated(row, "said"),
            phrase,
            stated(row, "scenario"));
    if (sign.key().isEmpty()
        && sign.answer().isEmpty()
        && sign.said() == null
        && sign.phrase() == null
        && sign.scenario() == null) {
      throw row.problem("misconception", "has no condition: it would be found in every answer");
    }
    return sign;
  }

  private static Set<Label> labels(TsvRows.Row row, String column) {
    String cell = row.get(column);
    if (cell == null) {
      return Set.of();
    }
    Set<Label> labels = new LinkedHashSet<>();
    for (String name : cell.trim().split("\\s+")) {
      labels.add(EventJson.enumValue(Label.class, name, row.source(), row.line(), column));
    }
    return Set.copyOf(labels);
  }

  /** {@code criterion=VALUE}, read as an event field would be: an unknown value is an error. */
  private static Stated stated(TsvRows.Row row, String column) {
    String cell = row.get(column);
    if (cell == null) {
      return null;
    }
    int eq = cell.indexOf('=');
    Criterion criterion =
        eq < 0 ? null : Criterion.byField(cell.substring(0, eq).trim()).orElse(null);
    if (criterion == null) {
      throw row.problem(
          column,
          "must be criterion=VALUE with an event field as criterion "
              + "(e.g. vesicleOrigin=GOLGI), not \""
              + cell
              + "\"");
    }
    String text = cell.substring(eq + 1).trim();
    Object value;
    try {
      InputLimits.checkText(criterion.field(), text, row.source(), row.line());
      value = EventJson.value(criterion, text, row.source(), row.line(), criterion.field());
    } catch (InvalidInputException e) {
      throw row.problem(column, e.problem());
    }
    return new Stated(criterion, Criterion.written(value));
  }

  /** Every misconception ID, in catalogue order. */
  List<Misconception> catalogue() {
    return catalogue;
  }

  /** The signs of misconceptions among the phrases of a text that it does not deny. */
  Set<String> phraseSigns(String text, String field) {
    if (text == null || text.isBlank()) {
      return Set.of();
    }
    return reader.find(phrases, text, field).stream()
        .filter(m -> !m.isNegated())
        .map(PhraseMention::tag)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /**
   * The misconceptions an answer shows, in catalogue order, each once; one that another found
   * misconception stands in for ({@code replaces}) is left out.
   */
  List<Found> find(
      Label key,
      Label readAs,
      List<Statement> statements,
      Set<String> phraseSigns,
      List<Finding> scenario) {
    Map<Misconception, List<Statement>> found = new LinkedHashMap<>();
    for (Sign sign : signs) {
      if (!within(key, sign.key())
          || (!sign.answer().isEmpty() && !within(readAs, sign.answer()))
          || (sign.phrase() != null && !phraseSigns.contains(sign.phrase()))
          || (sign.scenario() != null
              && scenario.stream()
                  .noneMatch(f -> sign.scenario().matches(f.criterion(), f.value())))) {
        continue;
      }
      List<Statement> shownBy =
          sign.said() == null
              ? List.of()
              : statements.stream()
                  .filter(s -> !s.denied() && sign.said().matches(s.criterion(), s.value()))
                  .toList();
      if (sign.said() != null && shownBy.isEmpty()) {
        continue;
      }
      found.computeIfAbsent(sign.misconception(), m -> new ArrayList<>()).addAll(shownBy);
    }
    Set<String> replaced =
        found.keySet().stream()
            .map(Misconception::replaces)
            .filter(r -> r != null)
            .collect(Collectors.toSet());
    // What showed a replaced misconception shows the one standing in for it.
    found.keySet().stream()
        .filter(m -> m.replaces() != null)
        .forEach(
            m ->
                found.entrySet().stream()
                    .filter(e -> e.getKey().id().equals(m.replaces()))
                    .forEach(e -> found.get(m).addAll(e.getValue())));
    return catalogue.stream()
        .filter(m -> found.containsKey(m) && !replaced.contains(m.id()))
        .map(m -> new Found(m, List.copyOf(found.get(m))))
        .toList();
  }

  /** No labels: any. Otherwise the label is one of them or a subtype of one. */
  private static boolean within(Label label, Set<Label> labels) {
    return labels.isEmpty()
        || (label != null && label.lineage().stream().anyMatch(labels::contains));
  }
}
