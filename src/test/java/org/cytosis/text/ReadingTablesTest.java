package org.cytosis.text;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.cytosis.io.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A biologist's mistake in a reading table is named by file, line and field, with what is allowed.
 */
class ReadingTablesTest {

  @Test
  void anUnknownKindOfPlaceNamesTheFileTheLineAndTheKindsAllowed(@TempDir Path dir)
      throws IOException {
    // given: the built-in tables, with one place row of a kind that does not exist
    for (String file :
        new String[] {
          ReadingTables.PREDICATES, ReadingTables.MARKERS, ReadingTables.PLACES, ReadingTables.HEADS
        }) {
      Files.copy(Path.of("rules", "reading", file), dir.resolve(file));
    }
    Path places = dir.resolve(ReadingTables.PLACES);
    Files.writeString(places, "apical\tTOP\tThe apical side.\n", StandardOpenOption.APPEND);
    int line = Files.readAllLines(places).size();
    // when, then
    assertThatThrownBy(() -> ReadingTables.fromDirectory(dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(places + ":" + line)
        .hasMessageContaining("field \"place\" has unknown value \"TOP\"")
        .hasMessageContaining("allowed: SURFACE, INSIDE, MEMBRANE, SIDE");
  }
}
