package org.cytosis.text;

import com.fasterxml.jackson.databind.ObjectMapper;
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

  /** The English scenarios' descriptions, then the quoted real texts of testcases-corpus/. */
  static List<String> scenarioAndCorpusTexts() {
    List<String> texts = new ArrayList<>(descriptions(ENGLISH_SCENARIOS));
    ObjectMapper json = new ObjectMapper();
    try {
      for (String file : List.of("real-text.jsonl", "real-text-extra.jsonl")) {
        for (String line : Files.readAllLines(Path.of("testcases-corpus", file))) {
          if (!line.isBlank()) {
            texts.add(json.readTree(line).get("text").asText());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
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

  /** A row imported from an ontology, and the sentence that must read it (ImportedRowsTest). */
  record Imported(String location, String file, String phrase, String value, String sentence) {}

  /** One sentence for each row below an import's marker in a lexicon file. */
  static List<Imported> importedRows() {
    List<Imported> imported = new ArrayList<>();
    try {
      for (String file : Lexicon.files()) {
        List<String> lines = Files.readAllLines(LexiconImports.LEXICON.resolve(file));
        for (int i = LexiconImports.handWritten(lines).size(); i < lines.size(); i++) {
          if (lines.get(i).isBlank() || lines.get(i).startsWith("#")) {
            continue;
          }
          String[] cells = lines.get(i).split("\t", -1);
          imported.add(
              new Imported(
                  "rules/lexicon/" + file + ":" + (i + 1),
                  file,
                  cells[0],
                  cells[1],
                  "Under the microscope a " + cells[0] + " was seen."));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return imported;
  }

  /** All the sentences above, and one for each row imported from an ontology. */
  static List<String> all() {
    List<String> all = new ArrayList<>(descriptions(ENGLISH_SCENARIOS, HELD_OUT));
    examples().forEach(e -> all.add(e.sentence()));
    importedRows().forEach(i -> all.add(i.sentence()));
    return all;
  }
}
