package org.cytosis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cytosis.io.JsonSupport;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.ConflictLevel;
import org.cytosis.model.Direction;
import org.cytosis.model.Label;
import org.cytosis.model.Status;
import org.junit.jupiter.api.Test;

/** The description goes through the same rules as the structured fields. */
class DescriptionTest {

  private static final Classifier CLASSIFIER = Classifier.create();

  private static Classification text(String description) {
    return CLASSIFIER.classify(CellEvent.builder().id("t").description(description).build());
  }

  @Test
  void aSentenceGivesTheSameVerdictAsTheFieldsItStatesWithSpansAsEvidence() {
    // given
    Classification fromFields =
        CLASSIFIER.classify(
            CellEvent.builder()
                .cellType("neutrophil")
                .direction(Direction.INTO_CELL)
                .cargo(org.cytosis.model.Cargo.SOLID_PARTICLE)
                .build());
    // when
    Classification fromText = text("A neutrophil engulfs a bacterium");
    // then
    assertThat(fromText.label()).isEqualTo(fromFields.label()).isEqualTo(Label.PHAGOCYTOSIS);
    assertThat(fromText.confidence()).isEqualTo(fromFields.confidence());
    assertThat(fromText.citedSources()).isEqualTo(fromFields.citedSources());
    assertThat(fromText.findings())
        .allSatisfy(
            f -> {
              assertThat(f.evidence().field()).isEqualTo("description");
              assertThat(
                      "A neutrophil engulfs a bacterium"
                          .substring(f.evidence().start(), f.evidence().end()))
                  .isEqualTo(f.evidence().text());
            });
    assertThat(fromText.findings())
        .extracting(f -> f.evidence().text())
        .containsExactlyInAnyOrder("neutrophil", "engulfs", "bacterium");
  }

  @Test
  void aDeniedUptakeFollowedByFusionAndReleaseIsExocytosisAndTheDenialIsKept() {
    // when
    Classification result =
        text(
            "Material is not taken in; a vesicle merges with the membrane and its cargo leaves the cell.");
    // then
    assertThat(result.status()).isEqualTo(Status.CLASSIFIED);
    assertThat(result.label()).isEqualTo(Label.EXOCYTOSIS);
    assertThat(result.negated())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.value()).isEqualTo("INTO_CELL");
              assertThat(n.evidence().negatedBy()).isEqualTo("not");
            });
  }

  @Test
  void whenFieldsAndTextDisagreeBothFindingsAppearAndTheResultIsConflicting() {
    // when
    Classification result =
        CLASSIFIER.classify(
            CellEvent.builder()
                .description("A vesicle fuses with the plasma membrane.")
                .direction(Direction.INTO_CELL)
                .build());
    // then
    assertThat(result.status()).isEqualTo(Status.CONFLICTING);
    assertThat(result.findings())
        .extracting(f -> f.evidence().field())
        .containsExactlyInAnyOrder("direction", "description");
    assertThat(result.conflicts()).extracting(c -> c.level()).containsExactly(ConflictLevel.FAMILY);
  }

  @Test
  void aStructuredEventWithoutDescriptionHasNoNegatedFieldInJson() throws Exception {
    String json =
        JsonSupport.MAPPER.writeValueAsString(
            CLASSIFIER.classify(CellEvent.builder().direction(Direction.INTO_CELL).build()));
    assertThat(json).doesNotContain("negated");
    String withText = JsonSupport.MAPPER.writeValueAsString(text("The vesicle does not fuse."));
    assertThat(withText)
        .contains(
            "\"negated\":[{\"criterion\":\"MEMBRANE_EVENT\",\"value\":\"FUSION\","
                + "\"evidence\":{\"field\":\"description\",\"start\":21,\"end\":25,\"text\":\"fuse\",\"negatedBy\":\"does not\"}}]");
  }

  @Test
  void readingDescriptionsFromManyThreadsGivesTheSameResultsAsOneThread() {
    // given
    List<String> descriptions =
        List.of(
            "A neutrophil engulfs a bacterium.",
            "Insulin is not released until blood glucose rises; then the granules fuse with the plasma membrane.",
            "Glucose enters muscle cells by facilitated diffusion through GLUT4 carrier proteins.",
            "The vesicle does not fuse with the membrane; instead the membrane invaginates.");
    List<Classification> sequential = descriptions.stream().map(DescriptionTest::text).toList();
    // when
    List<List<Classification>> parallel =
        java.util.stream.IntStream.range(0, 16)
            .parallel()
            .mapToObj(i -> descriptions.stream().map(DescriptionTest::text).toList())
            .toList();
    // then
    assertThat(parallel).allSatisfy(run -> assertThat(run).isEqualTo(sequential));
  }
}
