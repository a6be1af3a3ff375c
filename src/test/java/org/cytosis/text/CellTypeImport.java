package org.cytosis.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytosis.model.Criterion;

/**
 * Derives the imported rows of {@code rules/lexicon/cell-type.tsv} from the Cell Ontology terms
 * copied into {@code rules/vocab/cell-types.tsv}: each term's name and exact synonyms, named for
 * the rules through {@code rules/vocab/cell-type-names.tsv}, with the CL id on every row. {@link
 * CellTypeImportTest} keeps the file in step and rewrites it on request.
 *
 * <p>A written name is left out when it is a lab code rather than a word a student or a textbook
 * would write (a digit, a sign such as "+" or "(", or a word of two or more capitals: "DC.8+", "IgE
 * plasma cell"), when a hand-written row of the file already reads the same, and when two terms
 * with different rule names share it (the generated comment says which).
 */
final class CellTypeImport {

  static final Path CELL_TYPE_FILE = LexiconImports.LEXICON.resolve("cell-type.tsv");
  static final Path TERMS = Path.of("rules", "vocab", "cell-types.tsv");
  static final Path NAMES = Path.of("rules", "vocab", "cell-type-names.tsv");

  /** The line that starts the generated part of cell-type.tsv; everything below it is derived. */
  static final String MARKER =
      LexiconImports.MARKER_START
          + "Cell Ontology (rules/vocab/): do not edit below this line ----";

  private static final Pattern CL_ID = Pattern.compile("CL:\\d{7}");

  private CellTypeImport() {}

  /** The lines below the marker, as the import derives them. */
  static List<String> derive() {
    Map<String, String> taken = new LinkedHashMap<>(); // normalised phrase -> hand-written phrase
    Lexicon hand = LexiconImports.handOnlyLexicon();
    PhraseAnalyzer analyzer = hand.analyzer;
    hand.entries.stream()
        .filter(e -> e.criterion() == Criterion.CELL_TYPE)
        .forEach(e -> taken.put(LexiconImports.key(analyzer, e.phrase()), e.phrase()));

    Map<String, String> names = new LinkedHashMap<>();
    for (TsvRows.Row row : LexiconImports.read(NAMES, List.of("from", "name", "note"))) {
      names.put(row.require("from"), row.require("name"));
    }
    record Candidate(String phrase, String name, String note) {}
    Map<String, Candidate> byKey = new LinkedHashMap<>();
    Map<String, List<String>> clashes = new LinkedHashMap<>();
    for (TsvRows.Row row :
        LexiconImports.read(
            TERMS, List.of("cl_id", "name", "synonym", "role", "path_to_root_class"))) {
      String id = row.require("cl_id");
      String role = row.require("role");
      String termName = row.require("name");
      String name = ruleName(names, id + " " + row.require("path_to_root_class"), role, row);
      String synonym = row.get("synonym");
      List<Candidate> written = new ArrayList<>();
      written.add(new Candidate(termName, name, id + " " + termName + " (" + role + ")"));
      if (synonym != null) {
        written.add(
            new Candidate(synonym, name, id + " " + termName + ", exact synonym (" + role + ")"));
      }
      for (Candidate c : written) {
        if (!LexiconImports.writtenAsWords(c.phrase())) {
          continue;
        }
        String key = LexiconImports.key(analyzer, c.phrase());
        if (taken.containsKey(key) || clashes.containsKey(key)) {
          continue;
        }
        Candidate earlier = byKey.get(key);
        if (earlier == null) {
          byKey.put(key, c);
        } else if (!earlier.name().equals(c.name())) {
          byKey.remove(key);
          clashes.put(
              key,
              List.of(
                  earlier.phrase() + " (" + earlier.note() + " -> " + earlier.name() + ")",
                  c.phrase() + " (" + c.note() + " -> " + c.name() + ")"));
        }
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(MARKER);
    lines.add(
        "# Regenerate: mvn -B -o -q test -Dtest=CellTypeImportTest -Dcytosis.regenerate=true");
    clashes
        .values()
        .forEach(pair -> lines.add("# left out, two rule names: " + String.join(" / ", pair)));
    byKey.values().forEach(c -> lines.add(c.phrase() + "\t" + c.name() + "\t\t" + c.note()));
    return lines;
  }

  /** The first listed CL id of the term and its path (which may be "none"), or its role's name. */
  private static String ruleName(
      Map<String, String> names, String path, String role, TsvRows.Row row) {
    Matcher ids = CL_ID.matcher(path);
    while (ids.find()) {
      String name = names.get(ids.group());
      if (name != null) {
        return name;
      }
    }
    String byRole = names.get("role:" + role);
    if (byRole == null) {
      throw row.problem("role", "\"" + role + "\" has no row role:" + role + " in " + NAMES);
    }
    return byRole;
  }
}
