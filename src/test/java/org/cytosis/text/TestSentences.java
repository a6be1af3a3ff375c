package org.cytosis.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cytosis.scenario.ScenarioReader;

/** The English sentences the tests read: scenarios, the held-out sets, and the lexicon examples. */
final class TestSentences {

  static final Path ENGLISH_SCENARIOS = Path.of("testcases", "english");
  static final Path HELD_OUT = Path.of("src", "test", "resources", "english-held-out");
  static final Path EXAMPLES = Path.of("src", "test", "resources", "lexicon-examples.tsv");

  private TestSentences() {}

  /** Every description in the scenario files below these folders. */
  static List<String> descriptions(Path... folders) {
    return org.cytosis.validation.BankFiles.list(List.of(folders)).stream()
        .map(ScenarioReader::read)
        .map(s -> s.event().description())
        .filter(d -> d != null)
        .toList();
  }

  /** One row of the examples file: a sentence and what reading it must give. */
  record Example(int line, String sentence, String expected) {}

  static List<Example> examples() {
    List<Example> examples = new ArrayList<>();
    try (Stream<String> lines = Files.lines(EXAMPLES)) {
      int n = 0;
      for (String line : (Iterable<String>) lines::iterator) {
        n++;
        if (n == 1 || line.isBlank() || line.startsWith("#")) {
          continue; // header, blank or comment
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 2) {
          throw new IllegalStateException(EXAMPLES + ":" + n + ": expected sentence<TAB>reading");
        }
        examples.add(new Example(n, cells[0], cells[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return examples;
  }

  /** All the sentences above. */
  static List<String> all() {
    List<String> all = new ArrayList<>(descriptions(ENGLISH_SCENARIOS, HELD_OUT));
    examples().forEach(e -> all.add(e.sentence()));
    return all;
  }
}
