package org.cytosis.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, pinned: model under engine under explain; the use cases over
 * them; the command line and the web API only adapters over the use cases (and the output writers);
 * no cycle between packages.
 */
class LayeringTest {

  private static final JavaClasses PRODUCT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.cytosis");

  @Test
  void eachLayerIsReachedOnlyFromTheLayersAboveIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("model")
        .definedBy("org.cytosis.model..")
        .layer("engine")
        .definedBy("org.cytosis.engine..")
        .layer("explain")
        .definedBy("org.cytosis.explain..")
        .layer("use cases")
        .definedBy("org.cytosis.usecase..")
        .layer("front ends")
        .definedBy("org.cytosis.cli..", "org.cytosis.web..")
        .whereLayer("front ends")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("use cases")
        .mayOnlyBeAccessedByLayers("front ends")
        .whereLayer("explain")
        .mayOnlyBeAccessedByLayers("use cases")
        .whereLayer("engine")
        .mayOnlyBeAccessedByLayers("explain", "use cases")
        .whereLayer("model")
        .mayOnlyBeAccessedByLayers("engine", "explain", "use cases", "front ends")
        .because("explaining builds on classifying, and the front ends only adapt the use cases")
        .check(PRODUCT);
  }

  @Test
  void theModelDependsOnNoOtherPackage() {
    noClasses()
        .that()
        .resideInAPackage("org.cytosis.model..")
        .should()
        .dependOnClassesThat(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "are in another package of Cytosis",
                type ->
                    type.getPackageName().startsWith("org.cytosis")
                        && !type.getPackageName().startsWith("org.cytosis.model")))
        .because("every criterion is declared once, in the model, for every other package to read")
        .check(PRODUCT);
  }

  @Test
  void theEngineNeverReachesBackIntoWhatIsBuiltOnIt() {
    noClasses()
        .that()
        .resideInAPackage("org.cytosis.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.cytosis.explain..",
            "org.cytosis.usecase..",
            "org.cytosis.grading..",
            "org.cytosis.validation..",
            "org.cytosis.report..",
            "org.cytosis.output..",
            "org.cytosis.cli..",
            "org.cytosis.web..")
        .because("explanations, grading and validation are built on classifying, not inside it")
        .check(PRODUCT);
  }

  @Test
  void theFrontEndsAssembleNoPipelineOfTheirOwn() {
    noClasses()
        .that()
        .resideInAnyPackage("org.cytosis.cli..", "org.cytosis.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.cytosis.engine..",
            "org.cytosis.explain..",
            "org.cytosis.text..",
            "org.cytosis.batch..",
            "org.cytosis.scenario..")
        .because("the command line and the web API call the same use cases, so they cannot drift")
        .check(PRODUCT);
  }

  @Test
  void thePackagesHaveNoCycles() {
    slices().matching("org.cytosis.(*)..").should().beFreeOfCycles().check(PRODUCT);
  }
}
