package org.cytosis.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cytosis.engine.Classifier;
import org.cytosis.io.JsonSupport;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Counterfactual;
import org.cytosis.model.Criterion;
import org.cytosis.model.CriterionCheck;
import org.cytosis.model.Direction;
import org.cytosis.model.Explanation;
import org.cytosis.model.Label;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.Status;
import org.cytosis.model.VesicleType;
import org.cytosis.model.WhyNot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainerTest {

  private static final Classifier CLASSIFIER = Classifier.create();

  private static final CellEvent NEUTROPHIL =
      CellEvent.builder()
          .id("n")
          .cellType("neutrophil")
          .direction(Direction.INTO_CELL)
          .membraneEvent(MembraneEvent.INVAGINATION)
          .cargo(Cargo.SOLID_PARTICLE)
          .vesicleType(VesicleType.PHAGOSOME)
          .build();

  private static WhyNot whyNot(Explanation e, Label label) {
    return e.whyNot().stream().filter(w -> w.label() == label).findFirst().orElseThrow();
  }

  private static CriterionCheck check(List<CriterionCheck> checks, Criterion criterion) {
    return checks.stream().filter(c -> c.criterion() == criterion).findFirst().orElseThrow();
  }

  @Test
  void whyNotASiblingSubtypeListsMetFailedAndUnknownCriteriaWithObservedAndNeededValues() {
    // when
    WhyNot pinocytosis =
        whyNot(new Explainer(CLASSIFIER).explain(NEUTROPHIL).explanation(), Label.PINOCYTOSIS);

    // then
    assertThat(pinocytosis.met())
        .extracting(CriterionCheck::criterion)
        .contains(Criterion.DIRECTION, Criterion.MEMBRANE_EVENT);
    CriterionCheck cargo = check(pinocytosis.failed(), Criterion.CARGO);
    assertThat(cargo.observed()).isEqualTo("SOLID_PARTICLE");
    assertThat(cargo.needed()).containsExactly("FLUID");
    assertThat(cargo.sources()).containsExactly("PI-1", "ERR-23");
    assertThat(check(pinocytosis.failed(), Criterion.VESICLE_TYPE).needed())
        .containsExactly("PINOCYTIC_VESICLE");
    CriterionCheck origin = check(pinocytosis.unknown(), Criterion.VESICLE_ORIGIN);
    assertThat(origin.observed()).isNull();
    assertThat(origin.needed()).containsExactly("PLASMA_MEMBRANE");
    assertThat(pinocytosis.summary()).isEqualTo("The cargo is SOLID_PARTICLE, not FLUID.");
    assertThat(pinocytosis.closest().changes()).containsEntry("cargo", "FLUID");
  }

  @Test
  void whyNotTheFamilyOfTheLabelSaysTheLabelIsMoreSpecific() {
    WhyNot endocytosis =
        whyNot(new Explainer(CLASSIFIER).explain(NEUTROPHIL).explanation(), Label.ENDOCYTOSIS);

    assertThat(endocytosis.failed()).isEmpty();
    assertThat(endocytosis.met())
        .extracting(CriterionCheck::criterion)
        .contains(Criterion.DIRECTION, Criterion.CARGO, Criterion.VESICLE_TYPE);
    assertThat(endocytosis.summary())
        .isEqualTo("PHAGOCYTOSIS is the more specific label within ENDOCYTOSIS.");
  }

  @Test
  void whyNotNotBulkTransportPutsTheDecisiveVesicleFirst() {
    WhyNot notBulk =
        whyNot(
            new Explainer(CLASSIFIER).explain(NEUTROPHIL).explanation(), Label.NOT_BULK_TRANSPORT);

    assertThat(notBulk.failed())
        .first()
        .satisfies(
            c -> {
              assertThat(c.criterion()).isEqualTo(Criterion.VESICLE_TYPE);
              assertThat(c.needed()).containsExactly("NONE");
            });
    assertThat(check(notBulk.unknown(), Criterion.MECHANISM).needed())
        .containsExactly(
            "DIFFUSION", "FACILITATED_DIFFUSION", "OSMOSIS", "CHANNEL", "CARRIER", "PUMP");
  }

  @Test
  void aFluidInsteadOfASolidParticleWouldBePinocytosis() {
    // given
    CellEvent amoeba =
        CellEvent.builder().direction(Direction.INTO_CELL).cargo(Cargo.SOLID_PARTICLE).build();

    // when
    List<Counterfactual> counterfactuals =
        new Explainer(CLASSIFIER).explain(amoeba).explanation().counterfactuals();

    // then
    assertThat(counterfactuals)
        .anySatisfy(
            cf -> {
              assertThat(cf.changes()).isEqualTo(Map.of("cargo", "FLUID"));
              assertThat(cf.result())
                  .isEqualTo(new Counterfactual.Result(Label.PINOCYTOSIS, Status.CLASSIFIED));
              assertThat(cf.summary()).isEqualTo("If the cargo were FLUID: PINOCYTOSIS.");
            });
  }

  @Test
  void counterfactualsComeSmallestFirstThenInFieldAndValueOrder() {
    List<Counterfactual> counterfactuals =
        new Explainer(CLASSIFIER).explain(NEUTROPHIL).explanation().counterfactuals();

    assertThat(counterfactuals).extracting(cf -> cf.changes().size()).isSorted();
    // Two changes are the fewest, and among them direction comes first in the event's field order:
    // a particle and a phagosome leaving the cell by fusion are remains egested (ERR-12).
    assertThat(counterfactuals.get(0).changes())
        .isEqualTo(Map.of("direction", "OUT_OF_CELL", "membraneEvent", "FUSION"));
    assertThat(counterfactuals)
        .anySatisfy(
            cf -> assertThat(cf.changes()).containsOnlyKeys("membraneEvent", "vesicleType"));
    assertThat(counterfactuals)
        .filteredOn(cf -> cf.result().label() == Label.PINOCYTOSIS)
        .first()
        .satisfies(
            cf ->
                assertThat(cf.changes())
                    .isEqualTo(Map.of("cargo", "FLUID", "vesicleType", "PINOCYTIC_VESICLE")));
  }

  @Test
  void aConflictGetsCounterfactualsThatResolveIt() {
    CellEvent conflicting =
        CellEvent.builder()
            .direction(Direction.INTO_CELL)
            .cargo(Cargo.SOLID_PARTICLE)
            .vesicleType(VesicleType.PINOCYTIC_VESICLE)
            .build();

    Explanation e = new Explainer(CLASSIFIER).explain(conflicting).explanation();

    assertThat(e.counterfactuals())
        .anySatisfy(
            cf -> {
              assertThat(cf.changes()).isEqualTo(Map.of("cargo", "FLUID"));
              assertThat(cf.result().status()).isEqualTo(Status.CLASSIFIED);
            });
    assertThat(e.counterfactuals())
        .allSatisfy(
            cf ->
                assertThat(cf.result().status())
                    .isIn(Status.CLASSIFIED, Status.NOT_BULK_TRANSPORT));
  }

  @Test
  void anEventGivenOnlyAsTextIsFilledByAddingFields() {
    CellEvent text =
        CellEvent.builder().description("A white blood cell engulfs a bacterium.").build();

    Explanation e = new Explainer(CLASSIFIER).explain(text).explanation();

    assertThat(e.counterfactuals())
        .isNotEmpty()
        .allSatisfy(cf -> assertThat(cf.changes().values()).doesNotContainNull());
  }

  @Test
  void theSameEventGivesByteIdenticalExplanations() throws Exception {
    String first =
        JsonSupport.MAPPER.writeValueAsString(new Explainer(CLASSIFIER).explain(NEUTROPHIL));
    String second =
        JsonSupport.MAPPER.writeValueAsString(
            new Explainer(Classifier.create()).explain(NEUTROPHIL));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void neededValuesAreReadFromTheRulesNotFromATable(@TempDir Path dir) throws Exception {
    // given: the rule base, with the pinocytosis cargo rule reading waste instead of fluid
    copy(Path.of("rules"), dir);
    Path pinocytosis = dir.resolve("subtype/pinocytosis.drl");
    Files.writeString(
        pinocytosis, Files.readString(pinocytosis).replace("Cargo.FLUID", "Cargo.WASTE"));
    Classifier changed = Classifier.fromRulesDirectory(dir);

    // when
    WhyNot pino =
        whyNot(new Explainer(changed).explain(NEUTROPHIL).explanation(), Label.PINOCYTOSIS);

    // then
    assertThat(check(pino.failed(), Criterion.CARGO).needed()).containsExactly("WASTE");
  }

  private static void copy(Path from, Path to) throws Exception {
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
