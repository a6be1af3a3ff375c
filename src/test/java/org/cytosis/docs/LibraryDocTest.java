package org.cytosis.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/library.md quotes LibraryExample as it is, and the example prints what the page shows. */
class LibraryDocTest {

  private static final Path PAGE = Path.of("docs/library.md");
  private static final Path EXAMPLE = Path.of("src/test/java/org/cytosis/docs/LibraryExample.java");

  @Test
  void thePageQuotesTheCompiledExampleWordForWord() throws IOException {
    // given the example's code between its markers, and the page's first java block
    String source = Files.readString(EXAMPLE);
    String quoted = between(source, "// library-example:start\n", "// library-example:end");
    String page = Files.readString(PAGE);
    // then they are the same text
    assertThat(block(page, "```java\n")).isEqualTo(quoted);
  }

  @Test
  void theExamplePrintsWhatThePageShows() throws IOException {
    // given the output the page shows (a line ending in "..." is cut short there)
    List<String> shown = block(Files.readString(PAGE), "```text\n").lines().toList();
    // when the example runs
    List<String> printed = LibraryExample.run();
    // then every line shown is printed, in the same order
    int at = 0;
    for (String line : shown) {
      String prefix = line.endsWith("...") ? line.substring(0, line.length() - 3) : null;
      while (at < printed.size()
          && !(prefix == null
              ? printed.get(at).equals(line)
              : printed.get(at).startsWith(prefix))) {
        at++;
      }
      assertThat(at)
          .as("printed line for: " + line + "\nprinted: " + printed)
          .isLessThan(printed.size());
      at++;
    }
  }

  private static String block(String page, String fence) {
    return between(page, fence, "```");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as("marker " + start).isNotNegative();
    from += start.length();
    int to = text.indexOf(end, from);
    assertThat(to).as("marker " + end).isPositive();
    return text.substring(from, to).stripTrailing();
  }
}
