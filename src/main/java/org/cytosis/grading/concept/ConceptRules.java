package org.cytosis.grading.concept;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cytosis.engine.Catalogue;
import org.cytosis.io.InvalidInputException;
import org.cytosis.text.PhraseList;
import org.cytosis.text.TextReader;
import org.cytosis.text.TsvRows;

/**
 * What grading a concept question knows, from the tables of {@code rules/grading/concepts/} (see
 * its README): how each concept is named and what it is ({@code concepts.tsv}), the names students
 * give it ({@code names.tsv}), the cues a description states ({@code cues.tsv}), and which cues
 * make a correct description or a misconception ({@code descriptions.tsv}). Loaded once; immutable
 * and thread-safe.
 */
public final class ConceptRules {

  static final String CONCEPTS = "concepts.tsv";
  static final String NAMES = "names.tsv";
  static final String CUES = "cues.tsv";
  static final String DESCRIPTIONS = "descriptions.tsv";

  /** The tag of a cue phrase that denies its cue ("w/o energy"). */
  static final String DENIES = "!";

  /** How feedback names a concept, what it is, and the catalogue IDs behind it. */
  record Definition(String words, String definition, List<String> sources) {}

  final TextReader reader;
  final PhraseList names;
  final PhraseList cues;
  final Map<String, Definition> definitions;
  final List<Description> descriptions;

  private ConceptRules(TextReader reader, Catalogue catalogue, ConceptTables tables) {
    this.reader = reader;
    this.definitions = definitions(tables, catalogue);
    this.names = reader.phrases(names(tables), true);
    Set<String> cueNames = new HashSet<>();
    this.cues = reader.phrases(cues(tables, cueNames), false);
    this.descriptions = descriptions(tables, catalogue, cueNames);
  }

  /** The tables packaged in Cytosis, read with this reader's normalisation. */
  public static ConceptRules builtIn(TextReader reader, Catalogue catalogue) {
    return new ConceptRules(
        Objects.requireNonNull(reader, "reader must not be null"),
        Objects.requireNonNull(catalogue, "catalogue must not be null"),
        ConceptTables.builtIn());
  }

  /**
   * The tables of a rules folder ({@code DIR/grading/concepts/}), or the built-in ones when it has
   * none.
   *
   * @throws InvalidInputException naming the file, line and column of a bad row
   */
  public static ConceptRules fromRulesDirectory(
      Path rulesDir, TextReader reader, Catalogue catalogue) {
    return new ConceptRules(reader, catalogue, ConceptTables.inRules(rulesDir));
  }

  /** Whether a concept has a definition, so that answers can be graded for it. */
  public boolean knows(String concept) {
    return definitions.containsKey(concept);
  }

  Definition definition(String concept) {
    return definitions.get(concept);
  }

  private static Map<String, Definition> definitions(ConceptTables tables, Catalogue catalogue) {
    Map<String, Definition> definitions = new LinkedHashMap<>();
    for (TsvRows.Row row :
        tables.table(CONCEPTS, List.of("concept", "words", "definition", "sources"))) {
      String concept = concept(row, "concept");
      if (definitions.containsKey(concept)) {
        throw row.problem("concept", concept + " has two rows");
      }
      definitions.put(
          concept,
          new Definition(row.require("words"), row.require("definition"), sources(row, catalogue)));
    }
    return Map.copyOf(definitions);
  }

  private static List<PhraseList.Phrase> names(ConceptTables tables) {
    List<PhraseList.Phrase> phrases = new ArrayList<>();
    for (TsvRows.Row row : tables.table(NAMES, List.of("phrase", "concept", "note"))) {
      phrases.add(
          new PhraseList.Phrase(
              row.source(), row.line(), row.require("phrase"), concept(row, "concept")));
    }
    return phrases;
  }

  private static List<PhraseList.Phrase> cues(ConceptTables tables, Set<String> cueNames) {
    List<PhraseList.Phrase> phrases = new ArrayList<>();
    for (TsvRows.Row row : tables.table(CUES, List.of("phrase", "cue", "says", "note"))) {
      String cue = row.require("cue");
      if (!cue.matches("[A-Z][A-Z_]*")) {
        throw row.problem("cue", "\"" + cue + "\" is not a cue name (capitals and _, like ENERGY)");
      }
      String says = row.require("says").toLowerCase(Locale.ROOT);
      if (!says.equals("states") && !says.equals("denies")) {
        throw row.problem("says", "is \"" + says + "\"; allowed: states, denies");
      }
      cueNames.add(cue);
      phrases.add(
          new PhraseList.Phrase(
              row.source(),
              row.line(),
              row.require("phrase"),
              says.equals("denies") ? DENIES + cue : cue));
    }
    return phrases;
  }

  private List<Description> descriptions(
      ConceptTables tables, Catalogue catalogue, Set<String> cueNames) {
    List<Description> rows = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (TsvRows.Row row :
        tables.table(
            DESCRIPTIONS,
            List.of("id", "concept", "kind", "states", "denies", "lacks", "sources", "feedback"))) {
      String id = row.require("id");
      if (!ids.add(id)) {
        throw row.problem("id", "\"" + id + "\" is given to two rows");
      }
      String concept = concept(row, "concept");
      if (!definitions.containsKey(concept)) {
        throw row.problem("concept", concept + " has no row in " + tables.name(CONCEPTS));
      }
      String kind = row.require("kind");
      if (!kind.equals("correct") && !kind.equals("misconception")) {
        throw row.problem("kind", "is \"" + kind + "\"; allowed: correct, misconception");
      }
      Set<String> states = cueSet(row, "states", cueNames);
      Set<String> denies = cueSet(row, "denies", cueNames);
      if (states.isEmpty() && denies.isEmpty()) {
        throw row.problem(
            "states",
            "is empty, and so is denies: a description states or denies" + " at least one cue");
      }
      String feedback = row.get("feedback");
      if (kind.equals("misconception") && feedback == null) {
        throw row.problem("feedback", "is required for a misconception: the student reads it");
      }
      rows.add(
          new Description(
              id,
              concept,
              kind.equals("correct"),
              states,
              denies,
              cueSet(row, "lacks", cueNames),
              sources(row, catalogue),
              feedback));
    }
    return List.copyOf(rows);
  }

  private static Set<String> cueSet(TsvRows.Row row, String column, Set<String> cueNames) {
    String cell = row.get(column);
    Set<String> cues = new HashSet<>();
    if (cell != null) {
      for (String cue : cell.strip().split("[,;\\s]+")) {
        if (!cueNames.contains(cue)) {
          throw row.problem(column, "names the cue " + cue + ", which cues.tsv does not have");
        }
        cues.add(cue);
      }
    }
    return cues;
  }

  private static String concept(TsvRows.Row row, String column) {
    String given = row.require(column);
    String concept = Concepts.parse(given);
    if (concept == null) {
      throw row.problem(
          column,
          "\""
              + given
              + "\" is not a concept (allowed: "
              + String.join(", ", Concepts.all())
              + ")");
    }
    return concept;
  }

  private static List<String> sources(TsvRows.Row row, Catalogue catalogue) {
    List<String> sources = List.of(row.require("sources").strip().split("[,;\\s]+"));
    sources.stream()
        .filter(s -> !catalogue.contains(s))
        .findFirst()
        .ifPresent(
            s -> {
              throw row.problem(
                  "sources", "cites " + s + ", which rules/catalogue.tsv does not have");
            });
    return sources;
  }
}
