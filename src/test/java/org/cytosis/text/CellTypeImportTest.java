package org.cytosis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cytosis.model.Criterion;
import org.junit.jupiter.api.Test;

/**
 * The cell types of the lexicon come from the Cell Ontology, and the rules can use every one of
 * them: the imported rows of {@code rules/lexicon/cell-type.tsv} are what {@link CellTypeImport}
 * derives from {@code rules/vocab/} today; every row says where it comes from; and the names the
 * lexicon gives cell types are exactly the names the DRL rules match on.
 */
class CellTypeImportTest {

  private static final TextReader READER = TextReader.builtIn();

  /**
   * A cell-type observation in a DRL rule: {@code value == "..."} or {@code value in ( "...", ...
   * )}.
   */
  private static final Pattern CELL_TYPE_CONDITION =
      Pattern.compile(
          "criterion\\s*==\\s*Criterion\\.CELL_TYPE\\s*,\\s*value\\s*(==\\s*\"[^\"]*\"|in\\s*\\(([^)]*)\\))");

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  @Test
  void theImportedRowsAreWhatTheVocabularyGivesToday() throws IOException {
    // given
    List<String> file = Files.readAllLines(CellTypeImport.CELL_TYPE_FILE, StandardCharsets.UTF_8);
    List<String> handWritten = LexiconImports.handWritten(file);
    // when
    List<String> derived = CellTypeImport.derive();
    if (Boolean.getBoolean("cytosis.regenerate")) {
      List<String> regenerated = new ArrayList<>(handWritten);
      regenerated.addAll(derived);
      Files.write(CellTypeImport.CELL_TYPE_FILE, regenerated, StandardCharsets.UTF_8);
      file = regenerated;
    }
    // then
    assertThat(file.subList(handWritten.size(), file.size()))
        .as(
            "rows below the marker of %s; to rewrite them run: "
                + "mvn -B -o -q test -Dtest=CellTypeImportTest -Dcytosis.regenerate=true",
            CellTypeImport.CELL_TYPE_FILE)
        .containsExactlyElementsOf(derived);
    assertThat(derived).as("the import gives rows").hasSizeGreaterThan(100);
  }

  @Test
  void everyCellTypeRowNamesItsCellOntologyTermOrSaysWhyItHasNone() throws IOException {
    List<String> lines = Files.readAllLines(CellTypeImport.CELL_TYPE_FILE, StandardCharsets.UTF_8);
    List<String> unsourced =
        cellTypeEntries()
            .filter(e -> !noteOf(lines, e).matches("(?s).*(CL:\\d{7}|not a CL cell type).*"))
            .map(e -> e.location() + " " + e.phrase())
            .toList();
    assertThat(unsourced).isEmpty();
  }

  @Test
  void theLexiconNamesCellTypesExactlyAsTheRulesDo() throws IOException {
    // given
    Set<String> inRules = cellTypesTheRulesName();
    // when
    Set<String> inLexicon =
        cellTypeEntries()
            .map(e -> (String) e.value())
            .filter(v -> v != null)
            .collect(Collectors.toCollection(TreeSet::new));
    // then
    assertThat(inRules)
        .as("cell types the rules name")
        .contains("macrophage", "mast cell", "phagocyte");
    assertThat(inLexicon)
        .as("every cell type a rule names can be read from English")
        .containsAll(inRules);
    assertThat(inRules)
        .as("every cell type English is read as is one a rule uses")
        .containsAll(inLexicon);
  }

  @Test
  void cellsTheOntologyCountsAsPhagocytesOrSecretorsAreReadAsTheRulesKnowThem() {
    assertThat(cellType("Kupffer cells engulf old red blood cells.")).containsExactly("macrophage");
    assertThat(cellType("Osteoclasts take up bone fragments.")).containsExactly("phagocyte");
    assertThat(cellType("Goblet cells release mucus when irritated."))
        .containsExactly("regulated secretory cell");
    assertThat(cellType("Hepatocytes secrete albumin all the time.")).containsExactly("hepatocyte");
    assertThat(cellType("Chondrocytes secrete collagen all the time."))
        .containsExactly("constitutive secretory cell");
    assertThat(cellType("A pancreatic acinar cell releases zymogen granules."))
        .containsExactly("acinar cell");
  }

  private static List<String> cellType(String sentence) {
    return READER.read(sentence).observed().stream()
        .filter(m -> m.criterion() == Criterion.CELL_TYPE)
        .map(m -> (String) m.value())
        .toList();
  }

  private static Stream<LexiconEntry> cellTypeEntries() {
    return READER.lexicon().entries.stream().filter(e -> e.criterion() == Criterion.CELL_TYPE);
  }

  /**
   * The note of an entry, read again from its line (the lexicon keeps only what matching needs).
   */
  private static String noteOf(List<String> lines, LexiconEntry entry) {
    String[] cells = lines.get(entry.line() - 1).split("\t", -1);
    return cells.length > 3 ? cells[3] : "";
  }

  private static Set<String> cellTypesTheRulesName() throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("rules"))) {
      for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
        String text = Files.readString(drl).replaceAll("//[^\n]*", "");
        Matcher condition = CELL_TYPE_CONDITION.matcher(text);
        while (condition.find()) {
          Matcher quoted = QUOTED.matcher(condition.group(1));
          while (quoted.find()) {
            names.add(quoted.group(1));
          }
        }
      }
    }
    return names;
  }
}
