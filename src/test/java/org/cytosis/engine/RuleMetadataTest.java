package org.cytosis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cytosis.model.Criterion;
import org.junit.jupiter.api.Test;

class RuleMetadataTest {

  /** A criterion is an event field, nothing else: a rule's stage says when it runs. */
  private static final Set<String> CRITERIA =
      Arrays.stream(Criterion.values()).map(Criterion::field).collect(Collectors.toSet());

  /** A rule header up to its conditions: the name, the metadata, the attributes. */
  private static final Pattern HEADER = Pattern.compile("(?ms)^rule \"([^\"]+)\"(.*?)^when");

  private static final Pattern STAGE = Pattern.compile("@stage\\(\"([^\"]*)\"\\)");
  private static final Pattern GROUP = Pattern.compile("ruleflow-group \"([^\"]*)\"");

  private final Classifier classifier = Classifier.create();

  @Test
  void everyRuleThatNamesACriterionNamesAnEventField() {
    assertThat(classifier.rules())
        .isNotEmpty()
        .filteredOn(rule -> rule.criterion() != null)
        .allSatisfy(rule -> assertThat(rule.criterion()).as(rule.name()).isIn(CRITERIA));
  }

  @Test
  void everyRuleThatMakesAFindingNamesTheCriterionItReads() {
    assertThat(classifier.rules())
        .filteredOn(rule -> "find".equals(rule.stage()))
        .hasSizeGreaterThan(30)
        .allSatisfy(rule -> assertThat(rule.criterion()).as(rule.name()).isIn(CRITERIA));
  }

  @Test
  void everyRuleHasAStage() {
    assertThat(classifier.rules())
        .allSatisfy(rule -> assertThat(rule.stage()).as(rule.name()).isIn(RuleInfo.STAGES));
    assertThat(classifier.rules()).extracting(RuleInfo::stage).containsAll(RuleInfo.STAGES);
  }

  /**
   * The stage tag says in words what the rule-flow group makes Drools do: the two never disagree.
   */
  @Test
  void everyRulesStageIsTheRuleFlowGroupItRunsIn() throws Exception {
    Map<String, String> stageOf = new TreeMap<>();
    Map<String, String> groupOf = new TreeMap<>();
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("rules"))) {
      for (var drl : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
        Matcher rule = HEADER.matcher(java.nio.file.Files.readString(drl));
        while (rule.find()) {
          Matcher stage = STAGE.matcher(rule.group(2));
          Matcher group = GROUP.matcher(rule.group(2));
          stageOf.put(rule.group(1), stage.find() ? stage.group(1) : null);
          groupOf.put(rule.group(1), group.find() ? group.group(1) : "find");
        }
      }
    }
    assertThat(stageOf).hasSize(classifier.rules().size()).isEqualTo(groupOf);
  }

  @Test
  void everyRuleCitesCatalogueIdsThatExist() {
    assertThat(classifier.rules())
        .allSatisfy(
            rule -> {
              assertThat(rule.sources()).as(rule.name()).isNotEmpty();
              assertThat(rule.sources()).as(rule.name()).allMatch(classifier.catalogue()::contains);
            });
  }

  @Test
  void ruleNamesAreSentencesAndUnique() {
    var names = classifier.rules().stream().map(RuleInfo::name).toList();
    assertThat(names)
        .doesNotHaveDuplicates()
        .allSatisfy(name -> assertThat(name.split(" ").length).as(name).isGreaterThanOrEqualTo(4));
  }

  @Test
  void everyRuleFileUnderRulesIsLoaded() throws Exception {
    long declared;
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("rules"))) {
      declared =
          files
              .filter(p -> p.toString().endsWith(".drl"))
              .mapToLong(
                  p -> {
                    try {
                      return java.nio.file.Files.readAllLines(p).stream()
                          .filter(l -> l.startsWith("rule \""))
                          .count();
                    } catch (java.io.IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .sum();
    }
    assertThat(classifier.rules()).hasSize((int) declared);
  }
}
