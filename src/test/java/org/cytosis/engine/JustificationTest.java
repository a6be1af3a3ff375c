package org.cytosis.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Direction;
import org.cytosis.model.JustificationNode;
import org.cytosis.model.JustificationNode.Kind;
import org.cytosis.model.Mechanism;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.Trigger;
import org.cytosis.model.VesicleType;
import org.junit.jupiter.api.Test;

/**
 * The justification graph read from Drools' truth maintenance: verdict, decisions, findings,
 * inputs.
 */
class JustificationTest {

  private static final Classifier CLASSIFIER = Classifier.create();

  private static JustificationNode how(CellEvent.Builder event) {
    return CLASSIFIER.justify(event.build()).how();
  }

  private static List<String> statements(List<JustificationNode> nodes) {
    return nodes.stream().map(JustificationNode::statement).toList();
  }

  @Test
  void aSubtypeVerdictRestsOnTheEstablishedFamilyAndTheLeadingSubtypeEachWithAllTheirFindings() {
    // when
    JustificationNode verdict =
        how(
            CellEvent.builder()
                .cellType("neutrophil")
                .direction(Direction.INTO_CELL)
                .membraneEvent(MembraneEvent.INVAGINATION)
                .cargo(Cargo.SOLID_PARTICLE)
                .vesicleType(VesicleType.PHAGOSOME));

    // then
    assertThat(verdict.kind()).isEqualTo(Kind.VERDICT);
    assertThat(verdict.statement()).isEqualTo("verdict CLASSIFIED as PHAGOCYTOSIS");
    assertThat(verdict.rule())
        .isEqualTo("The leading subtype of the established family is the label");
    assertThat(verdict.because())
        .extracting(JustificationNode::kind)
        .containsExactly(Kind.FAMILY, Kind.SUBTYPE);
    JustificationNode family = verdict.because().get(0);
    assertThat(family.rule())
        .isEqualTo(
            "Decisive evidence for one family, and none against it, establishes that family");
    // every decisive finding justifies the family, including those the trace shows as concluding
    // nothing new
    assertThat(statements(family.because()))
        .containsExactly(
            "cargo SOLID_PARTICLE supports PHAGOCYTOSIS (decisive)",
            "direction INTO_CELL supports ENDOCYTOSIS (decisive)",
            "membraneEvent INVAGINATION supports ENDOCYTOSIS (decisive)",
            "vesicleType PHAGOSOME supports PHAGOCYTOSIS (decisive)");
    assertThat(statements(verdict.because().get(1).because()))
        .containsExactly(
            "cargo SOLID_PARTICLE supports PHAGOCYTOSIS (decisive)",
            "vesicleType PHAGOSOME supports PHAGOCYTOSIS (decisive)");
    JustificationNode cargo = family.because().get(0);
    assertThat(cargo.rule()).isEqualTo("Taking in a solid particle is phagocytosis");
    assertThat(cargo.sources()).containsExactly("PH-1", "ERR-16");
    assertThat(cargo.because())
        .singleElement()
        .satisfies(
            input -> {
              assertThat(input.kind()).isEqualTo(Kind.INPUT);
              assertThat(input.evidence().field()).isEqualTo("cargo");
              assertThat(input.because()).isEmpty();
            });
  }

  @Test
  void aConflictingVerdictRestsOnEachConflictWithItsTwoSidesInTheOrderItNamesThem() {
    JustificationNode verdict =
        how(
            CellEvent.builder()
                .direction(Direction.INTO_CELL)
                .membraneEvent(MembraneEvent.FUSION)
                .cargo(Cargo.SOLID_PARTICLE)
                .trigger(Trigger.SIGNAL));

    assertThat(verdict.statement()).isEqualTo("verdict CONFLICTING");
    assertThat(verdict.because())
        .hasSize(2)
        .allSatisfy(
            conflict -> {
              assertThat(conflict.kind()).isEqualTo(Kind.CONFLICT);
              assertThat(conflict.because()).hasSize(2);
              assertThat(conflict.because().get(0).statement()).startsWith("membraneEvent FUSION");
            });
  }

  @Test
  void notBulkTransportRestsOnTheVesicleFreeFinding() {
    JustificationNode verdict =
        how(
            CellEvent.builder()
                .direction(Direction.INTO_CELL)
                .mechanism(Mechanism.DIFFUSION)
                .cargo(Cargo.SMALL_MOLECULE));

    assertThat(verdict.because())
        .singleElement()
        .satisfies(
            family -> {
              assertThat(family.statement()).isEqualTo("family NOT_BULK_TRANSPORT established");
              assertThat(statements(family.because()))
                  .containsExactly("mechanism DIFFUSION supports NOT_BULK_TRANSPORT (decisive)");
            });
  }

  @Test
  void insufficientEvidenceRestsOnNothing() {
    JustificationNode verdict = how(CellEvent.builder().cargo(Cargo.HORMONE));

    assertThat(verdict.statement()).isEqualTo("verdict INSUFFICIENT_EVIDENCE");
    assertThat(verdict.because()).isEmpty();
  }
}
