package org.cytosis.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cytosis.model.Criterion;

/**
 * Derives the imported rows of the lexicon's criterion files from the Gene Ontology processes and
 * components copied into {@code rules/vocab/}: the name and synonyms of each term that {@code
 * rules/vocab/go-meanings.tsv} gives a meaning (or whose is_a parent it gives one), as evidence of
 * that meaning, with the GO id on every row. {@link GoImportTest} keeps the files in step and
 * rewrites them on request.
 *
 * <p>A name is left out when it is a lab code ("CME"), when go-meanings.tsv excludes it, when a
 * hand-written row of the same file already reads the same with the same value, and when two terms,
 * or a term and a hand-written row, would give it different values (a generated comment says which;
 * {@link GoImportTest} wants none).
 */
final class GoImport {

  static final Path PROCESSES = Path.of("rules", "vocab", "go-processes.tsv");
  static final Path COMPONENTS = Path.of("rules", "vocab", "go-components.tsv");
  static final Path MEANINGS = Path.of("rules", "vocab", "go-meanings.tsv");

  static final String MARKER =
      LexiconImports.MARKER_START
          + "Gene Ontology (rules/vocab/): do not edit below this line ----";
  static final String CLASH = "# left out, ";

  private static final List<String> TERM_COLUMNS =
      List.of("go_id", "name", "synonym", "synonym_scope", "parent_ids", "selection");

  private record Term(String id, String name, List<String> synonyms, List<String> parents) {}

  private record Meaning(Criterion criterion, String value, String from) {}

  private record Row(String phrase, String value, String note) {}

  private GoImport() {}

  /** For each criterion file the import writes to, the lines below its marker. */
  static Map<String, List<String>> derive() {
    Lexicon hand = LexiconImports.handOnlyLexicon();
    Map<String, Term> terms = terms();
    Map<String, List<Meaning>> meanings = new LinkedHashMap<>();
    Map<String, Set<String>> excluded = new LinkedHashMap<>();
    for (TsvRows.Row row :
        LexiconImports.read(MEANINGS, List.of("go_id", "field", "value", "note"))) {
      String id = row.require("go_id");
      if (!terms.containsKey(id)) {
        throw row.problem("go_id", "is not a term of " + PROCESSES + " or " + COMPONENTS);
      }
      String field = row.require("field");
      if (field.equals("exclude")) {
        excluded.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(row.require("value"));
        continue;
      }
      Criterion criterion = criterion(field, row);
      String value = row.require("value");
      CriterionValues.parse(criterion, value, row.source(), row.line(), "value");
      meanings.computeIfAbsent(id, k -> new ArrayList<>()).add(new Meaning(criterion, value, id));
    }

    Map<String, Map<String, Row>> rowsByFile = new TreeMap<>(); // file -> key -> row
    Map<String, List<String>> clashesByFile = new TreeMap<>();
    Map<String, Set<String>> clashKeys = new TreeMap<>();
    for (Term term : terms.values()) {
      List<Meaning> meaning = meaningOf(term, terms, meanings);
      List<String> written = new ArrayList<>();
      written.add(term.name());
      written.addAll(term.synonyms());
      written.removeAll(excluded.getOrDefault(term.id(), Set.of()));
      for (String phrase : written) {
        if (!LexiconImports.writtenAsWords(phrase)) {
          continue;
        }
        String key = LexiconImports.key(hand.analyzer, phrase);
        for (Meaning m : meaning) {
          String file = CriterionValues.fileName(m.criterion());
          String note =
              term.id()
                  + " "
                  + term.name()
                  + (phrase.equals(term.name()) ? "" : ", synonym")
                  + (m.from().equals(term.id()) ? "" : ", is_a " + m.from());
          Object value =
              CriterionValues.parse(m.criterion(), m.value(), MEANINGS.toString(), 0, "value");
          LexiconEntry handRow =
              hand.entries.stream()
                  .filter(e -> e.criterion() == m.criterion())
                  .filter(e -> LexiconImports.key(hand.analyzer, e.phrase()).equals(key))
                  .findFirst()
                  .orElse(null);
          Set<String> clashed = clashKeys.computeIfAbsent(file, f -> new LinkedHashSet<>());
          if (clashed.contains(key)) {
            continue;
          }
          if (handRow != null) {
            if (!value.equals(handRow.value())) {
              clashed.add(key);
              clashesByFile
                  .computeIfAbsent(file, f -> new ArrayList<>())
                  .add(
                      CLASH
                          + phrase
                          + " ("
                          + note
                          + " -> "
                          + m.value()
                          + "): reads as "
                          + handRow.location()
                          + " \""
                          + handRow.phrase()
                          + "\"");
            }
            continue;
          }
          Map<String, Row> rows = rowsByFile.computeIfAbsent(file, f -> new LinkedHashMap<>());
          Row earlier = rows.get(key);
          if (earlier == null) {
            rows.put(key, new Row(phrase, m.value(), note));
          } else if (!earlier.value().equals(m.value())) {
            rows.remove(key);
            clashed.add(key);
            clashesByFile
                .computeIfAbsent(file, f -> new ArrayList<>())
                .add(
                    CLASH
                        + phrase
                        + " ("
                        + earlier.note()
                        + " -> "
                        + earlier.value()
                        + " / "
                        + note
                        + " -> "
                        + m.value()
                        + ")");
          }
        }
      }
    }
    Map<String, List<String>> lines = new TreeMap<>();
    Set<String> files = new java.util.TreeSet<>(rowsByFile.keySet());
    files.addAll(clashesByFile.keySet());
    for (String file : files) {
      List<String> out = new ArrayList<>();
      out.add(MARKER);
      out.add("# Regenerate: mvn -B -o -q test -Dtest=GoImportTest -Dcytosis.regenerate=true");
      out.addAll(clashesByFile.getOrDefault(file, List.of()));
      rowsByFile
          .getOrDefault(file, Map.of())
          .values()
          .forEach(r -> out.add(r.phrase() + "\t" + r.value() + "\t\t" + r.note()));
      lines.put(file, out);
    }
    return lines;
  }

  /** A term's own meanings, or else those of its parents that have meanings, in order. */
  private static List<Meaning> meaningOf(
      Term term, Map<String, Term> terms, Map<String, List<Meaning>> meanings) {
    List<Meaning> own = meanings.get(term.id());
    if (own != null) {
      return own;
    }
    List<Meaning> inherited = new ArrayList<>();
    for (String parent : term.parents()) {
      if (terms.containsKey(parent)) {
        for (Meaning m : meaningOf(terms.get(parent), terms, meanings)) {
          if (inherited.stream()
              .noneMatch(i -> i.criterion() == m.criterion() && i.value().equals(m.value()))) {
            inherited.add(m);
          }
        }
      }
    }
    return inherited;
  }

  private static Criterion criterion(String field, TsvRows.Row row) {
    for (Criterion c : Criterion.values()) {
      if (c.field().equals(field)) {
        return c;
      }
    }
    throw row.problem("field", "\"" + field + "\" is not an event field or \"exclude\"");
  }

  /** Every term of the two tables, in file order, with its synonyms gathered from its rows. */
  private static Map<String, Term> terms() {
    Map<String, Term> terms = new LinkedHashMap<>();
    for (Path file : List.of(PROCESSES, COMPONENTS)) {
      for (TsvRows.Row row : LexiconImports.read(file, TERM_COLUMNS)) {
        String id = row.require("go_id");
        Term term =
            terms.computeIfAbsent(
                id,
                k ->
                    new Term(
                        id,
                        row.require("name"),
                        new ArrayList<>(),
                        row.get("parent_ids") == null
                            ? List.of()
                            : List.of(row.get("parent_ids").split("\\|"))));
        if (row.get("synonym") != null && !term.synonyms().contains(row.get("synonym"))) {
          term.synonyms().add(row.get("synonym"));
        }
      }
    }
    return terms;
  }
}
