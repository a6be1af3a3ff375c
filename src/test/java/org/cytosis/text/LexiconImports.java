package org.cytosis.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the imports of ontology vocabulary into the lexicon share: a lexicon file is hand-written
 * above its import's marker line and derived below it; the derived rows join the hand-written
 * lexicon, read with its normalisation; names that are lab codes are left out.
 */
final class LexiconImports {

  static final Path LEXICON = Path.of("rules", "lexicon");
  static final String MARKER_START = "# ---- Imported from the ";

  private static final Pattern WRITTEN_AS_A_WORD = Pattern.compile("[A-Za-z'\u2019 -]+");
  private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}\\S*\\p{Lu}");

  private LexiconImports() {}

  /** The file's lines above its import marker: its header and hand-written rows. */
  static List<String> handWritten(List<String> file) {
    for (int i = 0; i < file.size(); i++) {
      if (file.get(i).startsWith(MARKER_START)) {
        return file.subList(0, i);
      }
    }
    return file;
  }

  /** Whether a name is written as words a student or a textbook would write, not as a lab code. */
  static boolean writtenAsWords(String name) {
    return WRITTEN_AS_A_WORD.matcher(name).matches() && !ABBREVIATION.matcher(name).find();
  }

  /**
   * A phrase as the matcher sees it, as one string: two phrases read alike when these are equal.
   */
  static String key(PhraseAnalyzer analyzer, String phrase) {
    return String.join(
        " ", Lexicon.words(analyzer, phrase, new TsvRows.Row("import", 0, Map.of())));
  }

  /** The built-in lexicon with the hand-written rows only: what the imported rows join. */
  static Lexicon handOnlyLexicon() {
    try {
      Path dir = Files.createTempDirectory("cytosis-lexicon");
      try {
        for (String file : Lexicon.files()) {
          List<String> lines = Files.readAllLines(LEXICON.resolve(file), StandardCharsets.UTF_8);
          Files.write(dir.resolve(file), handWritten(lines), StandardCharsets.UTF_8);
        }
        return Lexicon.fromDirectory(dir);
      } finally {
        for (String file : Lexicon.files()) {
          Files.deleteIfExists(dir.resolve(file));
        }
        Files.delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<TsvRows.Row> read(Path file, List<String> columns) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return TsvRows.read(file.toString(), reader, columns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
