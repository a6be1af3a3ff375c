package org.cytosis.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cytosis.explain.Explainer;
import org.cytosis.io.JsonSupport;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Direction;
import org.cytosis.model.Label;
import org.cytosis.model.TraceStep;
import org.junit.jupiter.api.Test;

class RuleFiringListenerTest {

  private static final Classifier CLASSIFIER = Classifier.create();
  private static final CellEvent EVENT =
      CellEvent.builder().id("e").direction(Direction.INTO_CELL).cargo(Cargo.FLUID).build();

  /** Records what it is told; one per test, used on the test's thread only. */
  private static final class Recorder implements RuleFiringListener {
    final List<CellEvent> events = new ArrayList<>();
    final List<TraceStep> steps = new ArrayList<>();

    @Override
    public void ruleFired(CellEvent event, TraceStep step) {
      events.add(event);
      steps.add(step);
    }
  }

  @Test
  void aListenerIsToldEveryRuleFiringInTheOrderOfTheTrace() {
    // given
    Recorder recorder = new Recorder();

    // when
    Classification result = CLASSIFIER.withListener(recorder).classify(EVENT);

    // then
    assertThat(recorder.steps).isNotEmpty().containsExactlyElementsOf(result.trace());
    assertThat(recorder.events).containsOnly(EVENT);
  }

  @Test
  void explainingTellsTheListenerOnlyAboutTheEventItselfNotTheHypotheticalReruns() {
    Recorder recorder = new Recorder();

    Classification result = new Explainer(CLASSIFIER.withListener(recorder)).explain(EVENT);

    // the reruns happened: what if the fluid went out, or were a solid particle
    assertThat(result.explanation().counterfactuals())
        .extracting(cf -> cf.changes(), cf -> cf.result().label())
        .contains(
            tuple(Map.of("direction", "OUT_OF_CELL"), Label.EXOCYTOSIS),
            tuple(Map.of("cargo", "SOLID_PARTICLE"), Label.PHAGOCYTOSIS));
    assertThat(recorder.steps).containsExactlyElementsOf(result.trace());
  }

  @Test
  void attachingAListenerLeavesTheOriginalClassifierAndItsResultsUnchanged() {
    Recorder recorder = new Recorder();
    Classifier listened = CLASSIFIER.withListener(recorder);

    Classification plain = CLASSIFIER.classify(EVENT);

    assertThat(recorder.steps).isEmpty();
    assertThat(listened.classify(EVENT)).isEqualTo(plain);
  }

  @Test
  void aPlainClassificationHasNoExplanationAndItsJsonLeavesTheFieldOut() throws Exception {
    Classification plain = CLASSIFIER.classify(EVENT);

    assertThat(plain.explanation()).isNull();
    assertThat(JsonSupport.MAPPER.writeValueAsString(plain)).doesNotContain("explanation");
    assertThat(JsonSupport.MAPPER.writeValueAsString(new Explainer(CLASSIFIER).explain(EVENT)))
        .contains("\"explanation\":{\"how\":");
  }
}
