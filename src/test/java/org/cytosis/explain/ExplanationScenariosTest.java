package org.cytosis.explain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.cytosis.engine.Classifier;
import org.cytosis.io.EventReader;
import org.cytosis.io.EventRecord;
import org.cytosis.io.JsonSupport;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Counterfactual;
import org.cytosis.model.Explanation;
import org.cytosis.model.JustificationNode;
import org.cytosis.model.Label;
import org.cytosis.model.Status;
import org.cytosis.model.WhyNot;
import org.cytosis.report.ExplanationText;
import org.cytosis.report.TextReport;
import org.cytosis.scenario.Scenario;
import org.cytosis.scenario.ScenarioReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For every scenario in testcases/: the explanation has a why-not entry for every other label, at
 * least one counterfactual, and every counterfactual, applied to the event as a person would (by
 * editing its JSON), really gives the result it states, and is minimal. A typical event's text
 * explanation fits one terminal screen. (One test per scenario checks it all, because explaining an
 * event costs some hundreds of runs of the rules.)
 */
class ExplanationScenariosTest {

  private static final Classifier CLASSIFIER = Classifier.create();

  /** A typical event states at most this many facts (the median of the scenario bank is four). */
  private static final int TYPICAL_FIELDS = 4;

  @TestFactory
  Stream<DynamicTest>
      everyScenarioIsExplainedCompletelyItsCounterfactualsHoldAndTypicalOnesFitAScreen() {
    return org.cytosis.validation.BankFiles.list(List.of(Path.of("testcases"))).stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.toString(),
                    file.toUri(),
                    () -> {
                      // given
                      Scenario scenario = ScenarioReader.read(file);
                      CellEvent event = scenario.event();

                      // when
                      Classification explained = new Explainer(CLASSIFIER).explain(event);

                      // then
                      Classification plain = CLASSIFIER.classify(event);
                      assertThat(explained.withExplanation(null)).isEqualTo(plain);
                      Explanation explanation = explained.explanation();
                      assertThat(explanation.whyNot())
                          .extracting(WhyNot::label)
                          .containsExactlyElementsOf(otherLabels(plain));
                      assertThat(explanation.counterfactuals()).isNotEmpty();
                      for (Counterfactual cf : explanation.counterfactuals()) {
                        assertThat(resultOf(edit(event, cf.changes())))
                            .as(cf.summary())
                            .isEqualTo(cf.result());
                        assertThat(cf.result())
                            .as(cf.summary())
                            .isNotEqualTo(Counterfactual.Result.of(plain));
                        if (cf.changes().size() == 2) {
                          cf.changes()
                              .forEach(
                                  (field, value) ->
                                      assertThat(
                                              resultOf(
                                                  edit(
                                                      event,
                                                      java.util.Collections.singletonMap(
                                                          field, value))))
                                          .as(
                                              "%s alone already gives the result of: %s",
                                              field, cf.summary())
                                          .isNotEqualTo(cf.result()));
                        }
                      }
                      assertThat(explanation.counterfactuals())
                          .extracting(cf -> cf.changes().size())
                          .isSorted();
                      explanation.whyNot().stream()
                          .filter(w -> w.closest() != null)
                          .forEach(
                              w -> assertThat(explanation.counterfactuals()).contains(w.closest()));
                      assertThat(explanation.catalogue().keySet())
                          .containsAll(citedIds(explanation));
                      explanation
                          .catalogue()
                          .forEach(
                              (id, statement) ->
                                  assertThat(CLASSIFIER.catalogue().statement(id))
                                      .contains(statement));
                      List<String> lines = ExplanationText.render(explained).lines().toList();
                      assertThat(lines)
                          .allSatisfy(
                              line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(100));
                      if (statedFacts(plain) <= TYPICAL_FIELDS) {
                        List<String> answer = TextReport.render(explained).lines().toList();
                        assertThat(answer)
                            .as("a typical event's short answer fits 15 lines")
                            .hasSizeLessThanOrEqualTo(15);
                        assertThat(answer)
                            .allSatisfy(
                                line ->
                                    assertThat(line.length()).as(line).isLessThanOrEqualTo(100));
                      }
                    }));
  }

  /**
   * The contract's labels other than the verdict's, then not-bulk-transport unless that is the
   * status.
   */
  private static List<Label> otherLabels(Classification c) {
    List<Label> labels = new ArrayList<>(Label.bulkTransportLabels());
    labels.remove(c.label());
    if (c.status() != Status.NOT_BULK_TRANSPORT) {
      labels.add(Label.NOT_BULK_TRANSPORT);
    }
    return labels;
  }

  /**
   * How many facts the event states: its structured fields, or for a description the distinct
   * claims read in it (a sentence may say one thing twice); the larger of the two.
   */
  private static int statedFacts(Classification plain) {
    long claims = plain.findings().stream().map(f -> f.getClaim()).distinct().count();
    return (int)
        Math.max(
            claims,
            plain.findings().stream()
                .filter(f -> f.evidence().start() == null)
                .map(f -> f.criterion())
                .distinct()
                .count());
  }

  private static Counterfactual.Result resultOf(CellEvent event) {
    return Counterfactual.Result.of(CLASSIFIER.classify(event));
  }

  /** The event's JSON with the changes made (null removes a field), read back as input is read. */
  private static CellEvent edit(CellEvent event, Map<String, String> changes) {
    ObjectNode json = JsonSupport.MAPPER.valueToTree(event);
    changes.forEach(
        (field, value) -> {
          if (value == null) {
            json.remove(field);
          } else {
            json.put(field, value);
          }
        });
    try (Stream<EventRecord> records =
        EventReader.read("edited", new StringReader(json.toString()))) {
      EventRecord record = records.findFirst().orElseThrow();
      assertThat(record.isReadable()).as(json.toString()).isTrue();
      return record.event();
    }
  }

  private static Set<String> citedIds(Explanation e) {
    Set<String> ids = new LinkedHashSet<>();
    collect(e.how(), ids);
    e.whyNot()
        .forEach(
            w ->
                Stream.of(w.met(), w.failed(), w.unknown())
                    .flatMap(List::stream)
                    .forEach(check -> ids.addAll(check.sources())));
    return ids;
  }

  private static void collect(JustificationNode node, Set<String> ids) {
    ids.addAll(node.sources());
    node.because().forEach(child -> collect(child, ids));
  }
}
