package org.cytosis.grading.concept;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.cytosis.io.InvalidInputException;
import org.cytosis.text.TsvRows;

/**
 * Where the concept tables come from: {@code rules/grading/concepts/} on the class path, or the
 * {@code grading/concepts/} folder of a rules folder named with {@code --rules} when it has one.
 */
final class ConceptTables {

  private static final String BUILT_IN = "rules/grading/concepts/";

  private final Path dir;

  private ConceptTables(Path dir) {
    this.dir = dir;
  }

  static ConceptTables builtIn() {
    return new ConceptTables(null);
  }

  /** The tables of a rules folder, or the built-in ones when it has none. */
  static ConceptTables inRules(Path rulesDir) {
    Path dir = rulesDir.resolve("grading").resolve("concepts");
    return new ConceptTables(Files.isDirectory(dir) ? dir : null);
  }

  String name(String file) {
    return dir == null ? BUILT_IN + file : dir.resolve(file).toString();
  }

  /** The rows of one table, whose header must name exactly these columns. */
  List<TsvRows.Row> table(String file, List<String> columns) {
    try (Reader reader = open(file)) {
      return TsvRows.read(name(file), reader, columns);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          name(file), 0, null, "is missing: every concept table must be present");
    } catch (IOException e) {
      throw new InvalidInputException(name(file), 0, null, "cannot be read: " + e.getMessage());
    }
  }

  private Reader open(String file) throws IOException {
    if (dir != null) {
      return Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
    }
    InputStream in = ConceptTables.class.getResourceAsStream("/" + BUILT_IN + file);
    if (in == null) {
      throw new IllegalStateException(BUILT_IN + file + " is missing from the class path");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
