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

  /** A row imported from the Cell Ontology, and the sentence that must read it (CellTypeImportTest). */
  record Imported(String location, String phrase, String value, String sentence) {}

  /** One sentence for each row below the import's marker in cell-type.tsv. */
  static List<Imported> importedCellTypes() {
    List<Imported> imported = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(CellTypeImport.CELL_TYPE_FILE);
      for (int i = CellTypeImport.handWritten(lines).size(); i < lines.size(); i++) {
        if (lines.get(i).isBlank() || lines.get(i).startsWith("#")) {
          continue;
        }
        String[] cells = lines.get(i).split("\t", -1);
        imported.add(new Imported("rules/lexicon/cell-type.tsv:" + (i + 1), cells[0], cells[1],
            "Under the microscope a " + cells[0] + " was seen."));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return imported;
  }

  /** All the sentences above, and one for each cell type imported from the Cell Ontology. */
  static List<String> all() {
    List<String> all = new ArrayList<>(descriptions(ENGLISH_SCENARIOS, HELD_OUT));
    examples().forEach(e -> all.add(e.sentence()));
    importedCellTypes().forEach(i -> all.add(i.sentence()));
    return all;
  }
}
