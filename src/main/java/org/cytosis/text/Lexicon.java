package org.cytosis.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.cytosis.io.EventJson;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.Criterion;

/**
 * The English vocabulary, read from the lexicon files ({@code rules/lexicon/}) and compiled once:
 * the analyzer that normalises words, and the phrase matcher. See {@code rules/lexicon/README.md}
 * for the file formats.
 */
final class Lexicon {

  static final String FILLER = "filler.tsv";
  static final String SPELLING = "spelling.tsv";
  static final String NEGATION = "negation.tsv";

  private static final List<String> FILLER_COLUMNS = List.of("word", "note");
  private static final List<String> SPELLING_COLUMNS = List.of("variant", "standard", "note");
  private static final List<String> NEGATION_COLUMNS = List.of("phrase", "kind", "note");
  private static final List<String> CRITERION_COLUMNS =
      List.of("phrase", "value", "negated", "note");

  /** Stems this short are everyday words ("ate" stems to "at"): a variant may not claim them. */
  private static final int SHORTEST_VARIANT_STEM = 4;

  /** Where the lexicon files come from: the class path, or a folder named with --rules. */
  interface Source {
    /** The file's name for messages. */
    String name(String file);

    Reader open(String file) throws IOException;
  }

  /** A spelling variant and the standard word it stands for. */
  record Variant(String source, int line, String variant, String standard) {}

  /** A filler word, dropped before matching. */
  record Filler(String source, int line, String word) {}

  final PhraseAnalyzer analyzer;

  /** The analyzer without spelling variants: how a variant's own stem is found. */
  final PhraseAnalyzer plainAnalyzer;

  final PhraseMatcher matcher;
  final List<LexiconEntry> entries;
  final List<Variant> variants;
  final List<Filler> fillers;

  /** The one-word negation triggers and scope ends: words a gap may not skip. */
  final Set<String> gapStoppers;

  /**
   * Punctuation that ends a negation's scope (the END rows of negation.tsv written as punctuation).
   */
  final String scopeEndingPunctuation;

  private final List<LexiconEntry> punctuation;

  private Lexicon(
      PhraseAnalyzer analyzer,
      PhraseAnalyzer plainAnalyzer,
      PhraseMatcher matcher,
      List<LexiconEntry> entries,
      List<Variant> variants,
      List<Filler> fillers,
      String scopeEndingPunctuation,
      Set<String> gapStoppers) {
    this.analyzer = analyzer;
    this.gapStoppers = Set.copyOf(gapStoppers);
    this.plainAnalyzer = plainAnalyzer;
    this.matcher = matcher;
    this.entries = List.copyOf(entries);
    this.variants = List.copyOf(variants);
    this.fillers = List.copyOf(fillers);
    this.scopeEndingPunctuation = scopeEndingPunctuation;
    this.punctuation =
        this.entries.stream().filter(e -> e.isNegation() && isPunctuation(e.phrase())).toList();
  }

  static Lexicon builtIn() {
    return load(
        new Source() {
          @Override
          public String name(String file) {
            return "rules/lexicon/" + file;
          }

          @Override
          public Reader open(String file) throws IOException {
            InputStream in = Lexicon.class.getResourceAsStream("/rules/lexicon/" + file);
            if (in == null) {
              throw new IllegalStateException(
                  "rules/lexicon/" + file + " is missing from the class path");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
          }
        });
  }

  static Lexicon fromDirectory(Path dir) {
    return load(
        new Source() {
          @Override
          public String name(String file) {
            return dir.resolve(file).toString();
          }

          @Override
          public Reader open(String file) throws IOException {
            return Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
          }
        });
  }

  /** Every file the lexicon is made of, in the order entries are numbered. */
  static List<String> files() {
    List<String> files = new ArrayList<>(List.of(FILLER, SPELLING, NEGATION));
    for (Criterion criterion : Criterion.values()) {
      files.add(CriterionValues.fileName(criterion));
    }
    return files;
  }

  static Lexicon load(Source source) {
    List<Filler> fillers = new ArrayList<>();
    CharArraySet fillerWords = new CharArraySet(16, true);
    for (TsvRows.Row row : rows(source, FILLER, FILLER_COLUMNS)) {
      String word = row.require("word").toLowerCase(Locale.ROOT);
      fillers.add(new Filler(row.source(), row.line(), word));
      fillerWords.add(word);
    }
    List<Variant> variants =
        rows(source, SPELLING, SPELLING_COLUMNS).stream()
            .map(
                row ->
                    new Variant(
                        row.source(),
                        row.line(),
                        row.require("variant").toLowerCase(Locale.ROOT),
                        row.require("standard").toLowerCase(Locale.ROOT)))
            .toList();
    CharArraySet kept = new CharArraySet(16, true);
    variants.stream()
        .filter(v -> v.variant().equals(v.standard()))
        .forEach(v -> kept.add(v.variant()));
    PhraseAnalyzer plain = new PhraseAnalyzer(fillerWords, kept, null);
    PhraseAnalyzer analyzer = new PhraseAnalyzer(fillerWords, kept, overrides(plain, variants));

    List<LexiconEntry> entries = new ArrayList<>();
    StringBuilder punctuation = new StringBuilder();
    for (TsvRows.Row row : rows(source, NEGATION, NEGATION_COLUMNS)) {
      String phrase = row.require("phrase");
      NegationKind kind =
          EventJson.enumValue(
              NegationKind.class, row.require("kind"), row.source(), row.line(), "kind");
      if (isPunctuation(phrase)) {
        if (kind != NegationKind.END) {
          throw row.problem("phrase", "is punctuation, which can only end a scope (kind END)");
        }
        punctuation.append(phrase.strip());
      }
      entries.add(
          new LexiconEntry(
              row.source(), row.line(), phrase, null, null, null, kind, entries.size()));
    }
    for (Criterion criterion : Criterion.values()) {
      for (TsvRows.Row row : rows(source, CriterionValues.fileName(criterion), CRITERION_COLUMNS)) {
        String value = row.require("value");
        Object parsed =
            value.equals("-")
                ? null
                : CriterionValues.parse(criterion, value, row.source(), row.line(), "value");
        String negated = row.get("negated");
        Object parsedNegated =
            negated == null
                ? null
                : CriterionValues.parse(criterion, negated, row.source(), row.line(), "negated");
        entries.add(
            new LexiconEntry(
                row.source(),
                row.line(),
                row.require("phrase"),
                criterion,
                parsed,
                parsedNegated,
                null,
                entries.size()));
      }
    }
    Set<String> gapStoppers = gapStoppers(analyzer, entries);
    return new Lexicon(
        analyzer,
        plain,
        matcher(analyzer, entries, gapStoppers),
        entries,
        variants,
        fillers,
        punctuation.toString(),
        gapStoppers);
  }

  /** The spelling variants as a map from the variant's stem to the standard word's stem. */
  private static StemmerOverrideFilter.StemmerOverrideMap overrides(
      PhraseAnalyzer plain, List<Variant> variants) {
    StemmerOverrideFilter.Builder overrides = new StemmerOverrideFilter.Builder(false);
    boolean any = false;
    for (Variant v : variants) {
      if (v.variant().equals(v.standard())) {
        continue; // a word kept as written, not a variant
      }
      TsvRows.Row row = new TsvRows.Row(v.source(), v.line(), Map.of());
      String from = singleWord(plain, v.variant(), row, "variant");
      String to = singleWord(plain, v.standard(), row, "standard");
      if (from.length() < SHORTEST_VARIANT_STEM) {
        throw row.problem(
            "variant", "stems to \"" + from + "\", too short to tell apart from everyday words");
      }
      if (from.equals(to)) {
        throw row.problem(
            "variant",
            "already reads as \""
                + v.standard()
                + "\" (both stem to \""
                + to
                + "\"); the row is not needed");
      }
      if (!overrides.add(from, to)) {
        throw row.problem(
            "variant",
            "stems to \"" + from + "\", as an earlier variant does; the row is not needed");
      }
      any = true;
    }
    try {
      return any ? overrides.build() : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every phrase in one trie; a phrase that reads like another of the same file is an error. */
  private static PhraseMatcher matcher(
      PhraseAnalyzer analyzer, List<LexiconEntry> entries, Set<String> gapStoppers) {
    PhraseMatcher matcher = new PhraseMatcher(gapStoppers);
    for (LexiconEntry entry : entries) {
      if (entry.isNegation() && isPunctuation(entry.phrase())) {
        continue; // punctuation is seen between words, not matched as a word
      }
      TsvRows.Row row = new TsvRows.Row(entry.source(), entry.line(), Map.of());
      LexiconEntry twin = matcher.add(words(analyzer, entry.phrase(), row), entry);
      if (twin != null) {
        throw row.problem(
            "phrase",
            "\""
                + entry.phrase()
                + "\" reads the same as \""
                + twin.phrase()
                + "\" at line "
                + twin.line()
                + " of "
                + twin.source());
      }
    }
    return matcher;
  }

  /** A one-word negation or scope end stops gaps: "takes nothing in" is no "take ... in". */
  private static Set<String> gapStoppers(PhraseAnalyzer analyzer, List<LexiconEntry> entries) {
    Set<String> gapStoppers = new HashSet<>();
    for (LexiconEntry entry : entries) {
      if (entry.isNegation()
          && entry.negation() != NegationKind.PSEUDO
          && !isPunctuation(entry.phrase())) {
        List<String> words =
            words(
                analyzer, entry.phrase(), new TsvRows.Row(entry.source(), entry.line(), Map.of()));
        if (words.size() == 1) {
          gapStoppers.add(words.get(0));
        }
      }
    }
    return gapStoppers;
  }

  private static boolean isPunctuation(String phrase) {
    return phrase.chars().noneMatch(Character::isLetterOrDigit);
  }

  /** The punctuation rows of negation.tsv whose characters stand in this gap between two words. */
  List<LexiconEntry> punctuationEntries(String gap) {
    return punctuation.stream()
        .filter(e -> e.phrase().strip().chars().anyMatch(c -> gap.indexOf(c) >= 0))
        .toList();
  }

  /** A phrase as the matcher sees it: normalised words, with the gaps kept. */
  static List<String> words(PhraseAnalyzer analyzer, String phrase, TsvRows.Row row) {
    List<String> words = new ArrayList<>();
    String[] parts = phrase.split("\\.\\.\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      List<PhraseAnalyzer.Term> terms = analyzer.terms(parts[i]);
      if (terms.isEmpty()) {
        throw row.problem(
            "phrase",
            "\""
                + phrase
                + "\" has "
                + (parts.length > 1 ? "a gap (...) with no word on one side" : "no word to match"));
      }
      terms.forEach(t -> words.add(t.text()));
      if (i < parts.length - 1) {
        words.add(PhraseMatcher.GAP);
      }
    }
    return words;
  }

  private static String singleWord(
      PhraseAnalyzer analyzer, String word, TsvRows.Row row, String column) {
    List<PhraseAnalyzer.Term> terms = analyzer.terms(word);
    if (terms.size() != 1) {
      throw row.problem(column, "must be one word; write phrases in the criterion files instead");
    }
    return terms.get(0).text();
  }

  private static List<TsvRows.Row> rows(Source source, String file, List<String> columns) {
    String name = source.name(file);
    try (Reader reader = source.open(file)) {
      return TsvRows.read(name, reader, columns);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          name, 0, null, "is missing: every lexicon file must be present");
    } catch (IOException e) {
      throw new InvalidInputException(name, 0, null, "cannot be read: " + e.getMessage());
    }
  }
}
