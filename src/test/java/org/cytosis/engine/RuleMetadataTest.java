package org.cytosis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cytosis.model.Criterion;
import org.junit.jupiter.api.Test;

class RuleMetadataTest {

  /** The verdict layer's stages, beside the criteria an event field expresses. */
  private static final Set<String> KNOWN_CRITERIA = Stream.concat(
          Arrays.stream(Criterion.values()).map(Criterion::field),
          Stream.of("conflict", "family", "subtype", "verdict", "missing"))
      .collect(Collectors.toSet());

  private final Classifier classifier = Classifier.create();

  @Test
  void everyRuleNamesAKnownCriterion() {
    assertThat(classifier.rules()).isNotEmpty().allSatisfy(rule ->
        assertThat(rule.criterion()).as(rule.name()).isIn(KNOWN_CRITERIA));
  }

  @Test
  void everyRuleCitesCatalogueIdsThatExist() {
    assertThat(classifier.rules()).allSatisfy(rule -> {
      assertThat(rule.sources()).as(rule.name()).isNotEmpty();
      assertThat(rule.sources()).as(rule.name()).allMatch(classifier.catalogue()::contains);
    });
  }

  @Test
  void ruleNamesAreSentencesAndUnique() {
    var names = classifier.rules().stream().map(RuleInfo::name).toList();
    assertThat(names).doesNotHaveDuplicates()
        .allSatisfy(name -> assertThat(name.split(" ").length).as(name).isGreaterThanOrEqualTo(4));
  }

  @Test
  void everyRuleFileUnderRulesIsLoaded() throws Exception {
    long declared;
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("rules"))) {
      declared = files.filter(p -> p.toString().endsWith(".drl")).mapToLong(p -> {
        try {
          return java.nio.file.Files.readAllLines(p).stream()
              .filter(l -> l.startsWith("rule \"")).count();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).sum();
    }
    assertThat(classifier.rules()).hasSize((int) declared);
  }
}
