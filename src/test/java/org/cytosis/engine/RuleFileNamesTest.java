package org.cytosis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A biologist finds the rules of a criterion by its name: a file of the first layer (rules/family,
 * rules/subtype) is named after the criterion all its rules read ({@code membraneSizeChange} in
 * {@code membrane-size-change.drl}, as in rules/lexicon), or the label they all support ({@code
 * phagocytosis.drl}), or both, label first ({@code not-bulk-transport-cargo.drl}).
 */
class RuleFileNamesTest {

  private static final Pattern CRITERION = Pattern.compile("@criterion\\(\"([A-Za-z]+)\"\\)");
  private static final Pattern SUPPORTS = Pattern.compile("supports\\(\\s*Label\\.([A-Z_]+)");

  @Test
  void everyFirstLayerFileIsNamedAfterTheCriterionOrTheLabelOfItsRules() throws IOException {
    List<Path> files = firstLayerFiles();
    assertThat(files).hasSizeGreaterThan(10);
    assertThat(files)
        .allSatisfy(
            drl -> {
              String text = Files.readString(drl);
              Set<String> criteria = all(CRITERION, text, RuleFileNamesTest::kebab);
              Set<String> labels =
                  all(SUPPORTS, text, l -> l.toLowerCase(Locale.ROOT).replace('_', '-'));
              Set<String> allowed = new TreeSet<>();
              if (criteria.size() == 1) {
                allowed.add(criteria.iterator().next());
              }
              if (labels.size() == 1) {
                allowed.add(labels.iterator().next());
              }
              if (criteria.size() == 1 && labels.size() == 1) {
                allowed.add(labels.iterator().next() + "-" + criteria.iterator().next());
              }
              String name = drl.getFileName().toString().replaceFirst("\\.drl$", "");
              assertThat(name)
                  .as("%s: its rules read %s and support %s", drl, criteria, labels)
                  .isIn(allowed);
            });
  }

  @Test
  void criteriaAreSpelledInFileNamesAsInTheLexicon() {
    assertThat(kebab("membraneSizeChange")).isEqualTo("membrane-size-change");
    assertThat(
            Files.isRegularFile(Path.of("rules/lexicon/" + kebab("membraneSizeChange") + ".tsv")))
        .isTrue();
    assertThat(Files.isRegularFile(Path.of("rules/family/" + kebab("membraneSizeChange") + ".drl")))
        .isTrue();
  }

  private static String kebab(String field) {
    return field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
  }

  private static Set<String> all(
      Pattern pattern, String text, java.util.function.UnaryOperator<String> name) {
    Set<String> found = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(name.apply(m.group(1)));
    }
    return found;
  }

  private static List<Path> firstLayerFiles() throws IOException {
    try (Stream<Path> files =
        Stream.concat(Files.list(Path.of("rules/family")), Files.list(Path.of("rules/subtype")))) {
      return files.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
    }
  }
}
