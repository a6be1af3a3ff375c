package org.cytosis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * A DRL rule can only match a cell type by its name, a string: a name the lexicon never gives (a
 * typo, "dendritic cells", a cell dropped from rules/lexicon/cell-type.tsv) makes a rule that never
 * fires, and nothing else would say so. So every string in the conditions of every rule is read
 * here, in whatever form the condition takes, and each must be a cell type that English is read as.
 */
class RuleCellTypesTest {

  /** A rule's name and its conditions, between {@code when} and {@code then}. */
  private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]+)\".*?^when(.*?)^then");

  /** A string literal, with the few characters before it that say what it is compared with. */
  private static final Pattern LITERAL =
      Pattern.compile("(evidence\\.field\\s*(?:==|!=)\\s*)?\"([^\"]*)\"");

  /** One string in a rule's conditions. */
  record Named(Path file, String rule, boolean fieldName, String text) {
    @Override
    public String toString() {
      return file + ": rule \"" + rule + "\": \"" + text + "\"";
    }
  }

  @Test
  void everyCellTypeARuleNamesIsOneTheLexiconReads() throws IOException {
    // given
    Set<String> lexicon =
        TextReader.builtIn().lexicon().entries.stream()
            .filter(e -> e.criterion() == Criterion.CELL_TYPE && e.value() != null)
            .map(e -> (String) e.value())
            .collect(Collectors.toCollection(TreeSet::new));

    // when
    List<Named> cellTypes = stringsInConditions().stream().filter(n -> !n.fieldName()).toList();

    // then
    assertThat(cellTypes)
        .extracting(Named::text)
        .contains("mast cell", "dendritic cell", "bacterium");
    assertThat(cellTypes)
        .as("cell types the rules name but English is never read as (rules/lexicon/cell-type.tsv)")
        .filteredOn(n -> !lexicon.contains(n.text()))
        .isEmpty();
  }

  /** The other strings a condition may hold: where a finding was seen, an event field name. */
  @Test
  void theOtherStringsInConditionsAreEventFieldNames() throws IOException {
    Set<String> fields =
        Stream.concat(Stream.of("description"), Stream.of(Criterion.values()).map(Criterion::field))
            .collect(Collectors.toSet());

    assertThat(stringsInConditions())
        .filteredOn(Named::fieldName)
        .isNotEmpty()
        .allSatisfy(n -> assertThat(n.text()).as(n.toString()).isIn(fields));
  }

  private static List<Named> stringsInConditions() throws IOException {
    List<Named> named = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("rules"))) {
      for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
        String text = Files.readString(drl).replaceAll("//[^\n]*", "");
        Matcher rule = RULE.matcher(text);
        while (rule.find()) {
          Matcher literal = LITERAL.matcher(rule.group(2));
          while (literal.find()) {
            named.add(new Named(drl, rule.group(1), literal.group(1) != null, literal.group(2)));
          }
        }
      }
    }
    return named;
  }
}
