package org.cytosis.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cytosis.io.InvalidInputException;

/**
 * The bank files a list of paths names: files as given, folders walked recursively in sorted order.
 */
public final class BankFiles {

  private BankFiles() {}

  /**
   * Every bank below the given paths: in folders, the {@code .json}, {@code .jsonl} and {@code
   * .csv} files except JSON schemas ({@code *.schema.json}); a file named directly is read whatever
   * its name.
   *
   * @throws InvalidInputException for a path that does not exist or a folder that cannot be read
   */
  public static List<Path> list(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(BankFiles::isBank).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          throw new InvalidInputException(
              path.toString(), 0, null, "cannot be read: " + e.getMessage());
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new InvalidInputException(path.toString(), 0, null, "does not exist");
      }
    }
    return files;
  }

  private static boolean isBank(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.endsWith(".schema.json")
        && (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".csv"));
  }
}
