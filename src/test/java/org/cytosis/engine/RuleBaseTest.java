package org.cytosis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cytosis.model.Classification;
import org.cytosis.model.TraceStep;
import org.cytosis.scenario.Scenario;
import org.cytosis.scenario.ScenarioReader;
import org.drools.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in rule base is the executable model compiled from rules/ at build time; a rules folder
 * named at run time is compiled from its DRL then. Both must hold the same rules and reach the same
 * verdicts.
 */
class RuleBaseTest {

  private static final Path RULES = Path.of("rules");
  private static final Pattern RULE = Pattern.compile("^rule \"(.+)\"", Pattern.MULTILINE);

  @Test
  void theBuiltInRuleBaseHoldsEveryRuleDeclaredUnderRulesInItsPackage() throws IOException {
    // given
    Map<String, String> declared = declaredRules(RULES);

    // when
    List<RuleInfo> loaded = Classifier.create().rules();

    // then
    assertThat(loaded.stream().collect(Collectors.toMap(RuleInfo::name, RuleInfo::packageName)))
        .isEqualTo(declared);
  }

  @Test
  void theBuiltInRuleBaseIsThePrecompiledModelAndNoDrlIsOnTheClassPath() throws IOException {
    // given
    List<Model> models = PrecompiledModel.load();

    // when
    List<String> modelRules =
        models.stream()
            .flatMap(m -> m.getRules().stream())
            .map(org.drools.model.Rule::getName)
            .sorted()
            .toList();

    // then: every declared rule is in the generated classes, and there is no DRL to compile instead
    assertThat(models)
        .extracting(Model::getPackageName)
        .containsExactlyInAnyOrder("rules.family", "rules.subtype", "rules.verdict");
    assertThat(modelRules).isEqualTo(declaredRules(RULES).keySet().stream().sorted().toList());
    assertThat(Classifier.create().rules())
        .extracting(RuleInfo::name)
        .hasSameElementsAs(modelRules);
    try (Stream<Path> files = Files.walk(RULES)) {
      files
          .filter(p -> p.toString().endsWith(".drl"))
          .forEach(
              drl ->
                  assertThat(
                          getClass().getClassLoader().getResource(RULES.relativize(drl).toString()))
                      .as("%s on the class path", drl)
                      .isNull());
    }
  }

  @Test
  void theBuildKeepsOnlyTheCurrentModelAndNoCopyFromAnEarlierBuild() throws Exception {
    // given: the generated classes of each package, as the build left them on the class path
    List<String> indexed =
        PrecompiledModel.load().stream().map(m -> m.getClass().getName()).sorted().toList();
    Pattern generated = Pattern.compile("Rules[0-9a-f]{32}\\.class");

    // when
    List<String> present;
    try (Stream<String> packages = Stream.of("rules/family", "rules/subtype", "rules/verdict")) {
      present =
          packages
              .flatMap(
                  pkg -> {
                    try (Stream<Path> files =
                        Files.list(Path.of(getClass().getClassLoader().getResource(pkg).toURI()))) {
                      return files
                          .map(f -> f.getFileName().toString())
                          .filter(name -> generated.matcher(name).matches())
                          .map(name -> pkg.replace('/', '.') + "." + name.replace(".class", ""))
                          .toList()
                          .stream();
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  })
              .sorted()
              .toList();
    }

    // then: one model class per package, the one the index names (the names change every build)
    assertThat(present).isEqualTo(indexed).hasSize(3);
  }

  @Test
  void aRulesFolderCompiledAtRunTimeReachesTheSameVerdictsAsThePrecompiledModel() {
    // given
    Classifier precompiled = Classifier.create();
    Classifier compiledNow = Classifier.fromRulesDirectory(RULES);
    List<Scenario> scenarios =
        org.cytosis.validation.BankFiles.list(List.of(Path.of("testcases"))).stream()
            .map(ScenarioReader::read)
            .toList();

    // when / then: the same result, except that rules of one agenda group may fire in another order
    assertThat(scenarios)
        .hasSizeGreaterThan(50)
        .allSatisfy(
            scenario -> {
              Classification a = precompiled.classify(scenario.event());
              Classification b = compiledNow.classify(scenario.event());
              assertThat(withoutTrace(b)).as(scenario.id()).isEqualTo(withoutTrace(a));
              assertThat(b.trace()).as(scenario.id()).hasSameElementsAs(a.trace());
            });
  }

  @Test
  void aRulesFolderIsReadFromDiskNotFromTheJar(@TempDir Path dir) throws IOException {
    // given: a copy of the rules with one rule renamed
    copyRules(dir);
    Path direction = dir.resolve("family/direction.drl");
    Files.writeString(
        direction,
        Files.readString(direction)
            .replace(
                "rule \"Cargo carried into the cell is endocytosis\"",
                "rule \"Cargo carried into the cell is endocytosis, as the author now words it\""));

    // when
    Classifier classifier = Classifier.fromRulesDirectory(dir);

    // then
    assertThat(classifier.rules())
        .extracting(RuleInfo::name)
        .contains("Cargo carried into the cell is endocytosis, as the author now words it")
        .doesNotContain("Cargo carried into the cell is endocytosis");
  }

  private static Classification withoutTrace(Classification c) {
    return new Classification(
        c.id(),
        c.status(),
        c.label(),
        c.confidence(),
        c.findings(),
        c.conflicts(),
        c.missing(),
        List.<TraceStep>of());
  }

  /** Rule name to DRL package, read from the DRL sources. */
  private static Map<String, String> declaredRules(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".drl"))
          .flatMap(
              p -> {
                String drl = read(p);
                String pkg =
                    drl.lines()
                        .filter(l -> l.startsWith("package "))
                        .findFirst()
                        .orElseThrow()
                        .replace("package ", "")
                        .replace(";", "")
                        .trim();
                Matcher m = RULE.matcher(drl);
                return m.results().map(r -> Map.entry(r.group(1), pkg));
              })
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
  }

  private static void copyRules(Path target) throws IOException {
    try (Stream<Path> files = Files.walk(RULES)) {
      for (Path p : files.toList()) {
        Path to = target.resolve(RULES.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
