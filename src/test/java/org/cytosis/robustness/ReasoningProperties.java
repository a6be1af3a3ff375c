package org.cytosis.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cytosis.engine.Classifier;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Evidence;
import org.cytosis.model.Finding;
import org.cytosis.model.Label;
import org.cytosis.report.JsonReport;

/**
 * Properties of the reasoning over every combination of structured fields (and some descriptions):
 * whatever the event, the classifier answers, with exactly one status, the same answer every time,
 * a label in its own lineage and only catalogue IDs that exist. (That contradicting evidence never
 * raises confidence is {@code ContradictionProperties}, beside the confidence scheme it needs.)
 */
class ReasoningProperties {

  private static final Classifier CLASSIFIER = Classifier.create();
  private static final Set<String> CATALOGUE = CLASSIFIER.catalogue().ids();

  @Provide
  Arbitrary<CellEvent> events() {
    return Events.any();
  }

  @Property
  void anyEventGetsExactlyOneStatusFromExactlyOneVerdict(@ForAll("events") CellEvent event) {
    // when
    Classification result = CLASSIFIER.classify(event);
    // then one verdict rule concluded, and the label agrees with the status
    assertThat(result.status()).isNotNull();
    assertThat(
            result.trace().stream()
                .flatMap(s -> s.concluded().stream())
                .filter(c -> c.startsWith("verdict ")))
        .hasSize(1);
    switch (result.status()) {
      case CLASSIFIED -> assertThat(result.label()).isNotNull();
      case INSUFFICIENT_EVIDENCE, NOT_BULK_TRANSPORT -> assertThat(result.label()).isNull();
      case CONFLICTING -> assertThat(result.conflicts()).isNotEmpty();
    }
    assertThat(result.confidence()).isBetween(0.0, 1.0);
  }

  @Property
  void theSameEventGivesTheSameBytes(@ForAll("events") CellEvent event) {
    // when the event and an equal copy of it are classified
    String first = JsonReport.line(CLASSIFIER.classify(event));
    String second = JsonReport.line(CLASSIFIER.classify(event.toBuilder().build()));
    // then
    assertThat(second).isEqualTo(first);
  }

  @Property
  void theLabelIsInItsOwnLineageFromItsFamilyDown(@ForAll("events") CellEvent event) {
    // when
    Classification result = CLASSIFIER.classify(event);
    // then
    Assume.that(result.label() != null);
    Label label = result.label();
    assertThat(result.lineage()).contains(label).endsWith(label).startsWith(label.getFamily());
    assertThat(result.goTerm()).isEqualTo(label.goTerm());
  }

  @Property
  void everyCitedCatalogueIdExists(@ForAll("events") CellEvent event) {
    // when
    Classification result = CLASSIFIER.classify(event);
    // then findings, both sides of every conflict and every rule that fired cite known IDs only
    Stream<String> cited =
        Stream.of(
                result.findings().stream().flatMap(f -> f.sources().stream()),
                result.conflicts().stream()
                    .flatMap(
                        c ->
                            Stream.concat(
                                c.first().sources().stream(), c.second().sources().stream())),
                result.trace().stream().flatMap(s -> s.sources().stream()))
            .flatMap(s -> s);
    assertThat(cited).isSubsetOf(CATALOGUE);
  }

  @Property
  void anyDescriptionIsReadWithoutFailingAndItsSpansLieInIt(
      @ForAll("descriptions") String description) {
    // when
    Classification result =
        CLASSIFIER.classify(CellEvent.builder().description(description).build());
    // then every span read from the text is a piece of the text
    for (Finding finding : result.findings()) {
      Evidence evidence = finding.evidence();
      if ("description".equals(evidence.field())) {
        assertThat(description.substring(evidence.start(), evidence.end()))
            .isEqualTo(evidence.text());
      }
    }
  }

  /** Any Unicode (controls, surrogates, other scripts), mixed with the words the lexicon knows. */
  @Provide
  Arbitrary<String> descriptions() {
    Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> words =
        Arbitraries.of(
            "engulfs",
            "secretes",
            "not",
            "does not fuse",
            "vesicle",
            "clathrin-coated",
            "fluid",
            "particle",
            "Golgi",
            "diffuses",
            "insulin",
            ".",
            ";",
            "without a signal",
            "neutrophil",
            "pinocytosis",
            "exocytosis",
            "no vesicle",
            "LDL");
    return Arbitraries.oneOf(noise, words)
        .list()
        .ofMaxSize(30)
        .map(parts -> String.join(" ", parts));
  }
}
