package org.cytosis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytosis.cli.ClassifyCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cytosis.engine.Classifier;
import org.cytosis.engine.RuleInfo;
import org.junit.jupiter.api.Test;

/** {@code cytosis rules}: each rule with its criterion, stage, file and sources. */
class RulesCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void oneCriterionListsItsRulesWithTheirStageAndSources() {
    // when
    ClassifyCommandTest.Run run = run("", "rules", "--criterion", "membraneSizeChange");

    // then
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            """
        2 rules (built in; with --rules DIR each is shown with its file)

        A plasma membrane that grows has taken in vesicle membrane by exocytosis
          criterion: membraneSizeChange
          stage:     find
          sources:   KD-7, EX-3, ERR-3, ERR-15

        A plasma membrane that shrinks has given up membrane to endocytosis
          criterion: membraneSizeChange
          stage:     find
          sources:   KD-7, ERR-10, ERR-15
        """);
  }

  @Test
  void aCriterionMayBeSpelledAsItsFileOrItsEnumName() {
    String asField = run("", "rules", "--criterion", "vesicleType").out();

    assertThat(run("", "rules", "--criterion", "vesicle-type").out()).isEqualTo(asField);
    assertThat(run("", "rules", "--criterion", "VESICLE_TYPE").out()).isEqualTo(asField);
    assertThat(asField).startsWith("7 rules");
  }

  @Test
  void fromAFolderEachRuleNamesTheFileItIsWrittenInInJsonLines() throws Exception {
    // when
    ClassifyCommandTest.Run run = run("", "rules", "--rules", "rules", "--format", "json");

    // then: every rule once, in stage order, each found in the file it names
    assertThat(run.exit()).isZero();
    List<JsonNode> lines = run.out().lines().map(RulesCommandTest::parse).toList();
    assertThat(lines)
        .extracting(l -> l.get("rule").asText())
        .containsExactlyInAnyOrderElementsOf(
            Classifier.create().rules().stream().map(RuleInfo::name).toList());
    assertThat(lines)
        .extracting(l -> RuleInfo.STAGES.indexOf(l.get("stage").asText()))
        .isSorted()
        .doesNotContain(-1);
    for (JsonNode line : lines) {
      Path file = Path.of(line.get("file").asText());
      assertThat(file).as(line.toString()).startsWith(Path.of("rules"));
      assertThat(Files.readString(file))
          .as(line.toString())
          .contains("rule \"" + line.get("rule").asText() + "\"");
    }
    JsonNode first = lines.get(0);
    assertThat(first.toString())
        .isEqualTo(
            "{\"rule\":\"Cargo carried into the cell is endocytosis\","
                + "\"package\":\"rules.family\",\"criterion\":\"direction\",\"stage\":\"find\","
                + "\"file\":\"rules/family/direction.drl\",\"sources\":[\"KD-9\",\"FT-1\",\"ERR-4\"]}");
  }

  @Test
  void aRuleThatWeighsEveryCriterionSaysSoAndComesAfterTheFindings() {
    String out = run("", "rules").out();

    assertThat(out)
        .contains(
            """
        A subtype with stronger evidence than any of its siblings leads
          criterion: none (reads every criterion)
          stage:     weigh
        """);
    assertThat(out.indexOf("stage:     weigh")).isGreaterThan(out.lastIndexOf("stage:     find"));
    assertThat(out.indexOf("stage:     decide")).isGreaterThan(out.lastIndexOf("stage:     weigh"));
  }

  @Test
  void anUnknownCriterionIsOneLineListingTheCriteriaWithExitTwo() {
    ClassifyCommandTest.Run run = run("", "rules", "--criterion", "carg");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly(
            "cytosis rules: --criterion \"carg\" is not a criterion "
                + "(allowed: direction, membraneEvent, vesicleOrigin, membraneSizeChange, vesicleType, cargo, "
                + "trigger, mechanism, cellType)");
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }
}
