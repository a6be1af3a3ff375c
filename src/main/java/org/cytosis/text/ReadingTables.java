package org.cytosis.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The frame patterns of {@code rules/reading/}: the transport predicates and the clause and role
 * markers, each row with an example sentence. Tables a biologist edits like the lexicon; compiled
 * with the lexicon's normalisation, so that "engulf" also reads "engulfed" and "engulfing".
 */
final class ReadingTables {

  static final String PREDICATES = "predicates.tsv";
  static final String MARKERS = "markers.tsv";
  static final String PLACES = "places.tsv";

  /** The kinds of place a row of {@code places.tsv} names, in the order the message lists them. */
  static final List<String> PLACE_KINDS =
      List.of("SURFACE", "INSIDE", "MEMBRANE", "SIDE", "RESERVOIR", "ORGAN");

  static final String HEADS = "heads.tsv";

  private static final List<String> PREDICATE_COLUMNS =
      List.of("phrase", "kind", "subject", "needs", "example");
  private static final List<String> MARKER_COLUMNS = List.of("phrase", "role", "example");
  private static final List<String> PLACE_COLUMNS = List.of("phrase", "place", "example");
  private static final List<String> HEAD_COLUMNS = List.of("phrase", "head", "example");
  private static final List<String> ROLES =
      List.of(
          "TRIGGER", "SUBORDINATE", "CONDITION", "PURPOSE", "RELATIVE", "ROUTE", "LINK", "AROUND");

  /** One row with its example, for the test that reads every example. */
  record Row(String source, int line, String phrase, String tag, String example) {}

  final List<Row> predicates;
  final List<Row> markers;
  final List<Row> places;
  final List<Row> heads;

  private ReadingTables(
      List<Row> predicates, List<Row> markers, List<Row> places, List<Row> heads) {
    this.predicates = List.copyOf(predicates);
    this.markers = List.copyOf(markers);
    this.places = List.copyOf(places);
    this.heads = List.copyOf(heads);
  }

  /** Every row's example sentence, table after table, in file order. */
  List<String> examples() {
    return Stream.of(predicates, markers, places, heads)
        .flatMap(List::stream)
        .map(Row::example)
        .toList();
  }

  /** The tables packaged in Cytosis. */
  static ReadingTables builtIn() {
    return load(
        file -> {
          InputStream in = ReadingTables.class.getResourceAsStream("/rules/reading/" + file);
          if (in == null) {
            throw new IllegalStateException(
                "rules/reading/" + file + " is missing from the class path");
          }
          return new InputStreamReader(in, StandardCharsets.UTF_8);
        },
        file -> "rules/reading/" + file);
  }

  /** The tables in {@code dir}, or the built-in ones where the folder has none. */
  static ReadingTables fromDirectory(Path dir) {
    if (!Files.isRegularFile(dir.resolve(PREDICATES))
        || !Files.isRegularFile(dir.resolve(MARKERS))
        || !Files.isRegularFile(dir.resolve(PLACES))
        || !Files.isRegularFile(dir.resolve(HEADS))) {
      return builtIn();
    }
    return load(
        file -> Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8),
        file -> dir.resolve(file).toString());
  }

  private interface Opener {
    Reader open(String file) throws IOException;
  }

  private interface Namer {
    String name(String file);
  }

  private static ReadingTables load(Opener opener, Namer namer) {
    List<Row> predicates = new ArrayList<>();
    for (TsvRows.Row row : rows(opener, namer, PREDICATES, PREDICATE_COLUMNS)) {
      String kind = row.require("kind").toUpperCase(Locale.ROOT);
      try {
        PredicateKind.valueOf(kind);
      } catch (IllegalArgumentException e) {
        throw row.problem(
            "kind",
            "has unknown value \""
                + row.get("kind")
                + "\"; allowed: "
                + allowed(List.of(PredicateKind.values())));
      }
      String subject = row.require("subject");
      if (!subject.equals("AGENT") && !subject.equals("THEME") && !subject.equals("-")) {
        throw row.problem(
            "subject", "has unknown value \"" + subject + "\"; allowed: AGENT, THEME, -");
      }
      String needs = row.require("needs");
      if (!List.of("cargo", "vesicle", "route", "signal", "-").contains(needs)) {
        throw row.problem(
            "needs",
            "has unknown value \"" + needs + "\"; allowed: cargo, vesicle, route, signal, -");
      }
      predicates.add(
          new Row(
              row.source(),
              row.line(),
              row.require("phrase"),
              kind + "|" + subject + "|" + needs,
              row.require("example")));
    }
    List<Row> markers = new ArrayList<>();
    for (TsvRows.Row row : rows(opener, namer, MARKERS, MARKER_COLUMNS)) {
      String role = row.require("role").toUpperCase(Locale.ROOT);
      if (!ROLES.contains(role)) {
        throw row.problem(
            "role", "has unknown value \"" + row.get("role") + "\"; allowed: " + allowed(ROLES));
      }
      markers.add(
          new Row(row.source(), row.line(), row.require("phrase"), role, row.require("example")));
    }
    List<Row> places = new ArrayList<>();
    for (TsvRows.Row row : rows(opener, namer, PLACES, PLACE_COLUMNS)) {
      String place = row.require("place").toUpperCase(Locale.ROOT);
      if (!PLACE_KINDS.contains(place)) {
        throw row.problem(
            "place",
            "has unknown value \"" + row.get("place") + "\"; allowed: " + allowed(PLACE_KINDS));
      }
      places.add(
          new Row(row.source(), row.line(), row.require("phrase"), place, row.require("example")));
    }
    List<Row> heads = new ArrayList<>();
    for (TsvRows.Row row : rows(opener, namer, HEADS, HEAD_COLUMNS)) {
      String head = row.require("head").toUpperCase(Locale.ROOT);
      if (!head.equals("MOVER")) {
        throw row.problem("head", "has unknown value \"" + row.get("head") + "\"; allowed: MOVER");
      }
      heads.add(
          new Row(row.source(), row.line(), row.require("phrase"), head, row.require("example")));
    }
    return new ReadingTables(predicates, markers, places, heads);
  }

  private static List<TsvRows.Row> rows(
      Opener opener, Namer namer, String file, List<String> columns) {
    try (Reader reader = opener.open(file)) {
      return TsvRows.read(namer.name(file), reader, columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + namer.name(file), e);
    }
  }

  /** Compiles the tables with a lexicon's normalisation into a frame reader. */
  FrameReader compile(Lexicon lexicon) {
    return new FrameReader(
        PhraseList.compile(lexicon, phrases(predicates), false),
        PhraseList.compile(lexicon, phrases(markers), false),
        PhraseList.compile(lexicon, phrases(places), false),
        PhraseList.compile(lexicon, phrases(heads), false));
  }

  private static List<PhraseList.Phrase> phrases(List<Row> rows) {
    return rows.stream()
        .map(r -> new PhraseList.Phrase(r.source(), r.line(), r.phrase(), r.tag()))
        .toList();
  }

  /** Values as the other messages list them: "A, B, C", no brackets. */
  private static String allowed(List<?> values) {
    return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
  }
}
