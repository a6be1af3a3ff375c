package org.cytosis.grading;

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
 * Where the grading tables come from: {@code rules/grading/} on the class path, or the {@code
 * grading/} folder of a rules folder named with {@code --rules}.
 */
final class RulesFiles {

  private final Path dir;

  private RulesFiles(Path dir) {
    this.dir = dir;
  }

  static RulesFiles builtIn() {
    return new RulesFiles(null);
  }

  static RulesFiles in(Path dir) {
    return new RulesFiles(dir);
  }

  /** The file's name for messages. */
  String name(String file) {
    return dir == null ? "rules/grading/" + file : dir.resolve(file).toString();
  }

  Reader open(String file) throws IOException {
    if (dir != null) {
      return Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
    }
    InputStream in = RulesFiles.class.getResourceAsStream("/rules/grading/" + file);
    if (in == null) {
      throw new IllegalStateException("rules/grading/" + file + " is missing from the class path");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** The rows of one table, whose header must name exactly these columns. */
  List<TsvRows.Row> table(String file, List<String> columns) {
    try (Reader reader = open(file)) {
      return TsvRows.read(name(file), reader, columns);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          name(file), 0, null, "is missing: every grading table must be present");
    } catch (IOException e) {
      throw new InvalidInputException(name(file), 0, null, "cannot be read: " + e.getMessage());
    }
  }
}
