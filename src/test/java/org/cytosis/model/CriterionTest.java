package org.cytosis.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one table of criteria: every other place reads its fields, values and words from it. */
class CriterionTest {

  @Test
  void eachCriterionReadsAndSetsItsOwnEventField() {
    for (Criterion criterion : Criterion.values()) {
      Object value = criterion.isFreeText() ? "mast cell" : criterion.options().get(0);
      CellEvent.Builder event = CellEvent.builder();
      criterion.set(event, value);
      CellEvent built = event.build();
      assertThat(criterion.valueOf(built)).as(criterion.field()).isEqualTo(value);
      // No other criterion sees it: each accessor is bound to its own component.
      Arrays.stream(Criterion.values())
          .filter(c -> c != criterion)
          .forEach(other -> assertThat(other.valueOf(built)).as(other.field()).isNull());
    }
  }

  @Test
  void theEventOrderIsTheOrderOfTheEventsComponents() {
    List<String> components =
        Arrays.stream(CellEvent.class.getRecordComponents())
            .map(RecordComponent::getName)
            .filter(n -> !n.equals("id") && !n.equals("description"))
            .toList();
    assertThat(Criterion.inEventOrder().stream().map(Criterion::field))
        .containsExactlyElementsOf(components);
    assertThat(Criterion.inEventOrder().get(0)).isEqualTo(Criterion.CELL_TYPE);
    // and the JSON writes the fields in that order too
    assertThat(
            CellEvent.class
                .getAnnotation(com.fasterxml.jackson.annotation.JsonPropertyOrder.class)
                .value())
        .containsExactlyElementsOf(
            Arrays.stream(CellEvent.class.getRecordComponents())
                .map(RecordComponent::getName)
                .toList());
  }

  @Test
  void writtenValuesAreReadTheContractsWayWithANearestGuess() {
    assertThat(Criterion.CARGO.parse(" solid-particle")).contains(Cargo.SOLID_PARTICLE);
    assertThat(Criterion.CARGO.parse("soild particle")).isEmpty();
    assertThat(Criterion.CARGO.closest("soild particle")).isEqualTo("SOLID_PARTICLE");
    assertThat(Criterion.CELL_TYPE.parse("Mast  Cell")).contains("Mast  Cell");
    assertThat(Criterion.CELL_TYPE.options()).isEmpty();
    assertThat(Criterion.DIRECTION.options()).containsExactly((Object[]) Direction.values());
  }

  @Test
  void aCellTypeIsComparedLowerCaseWithSingleSpaces() {
    assertThat(Criterion.CELL_TYPE.normalise("  Mast \t Cell ")).isEqualTo("mast cell");
    assertThat(Criterion.CARGO.normalise(Cargo.FLUID)).isEqualTo(Cargo.FLUID);
  }

  @Test
  void eachCriterionHasItsWords() {
    assertThat(Criterion.byField("membraneSizeChange")).contains(Criterion.MEMBRANE_SIZE_CHANGE);
    assertThat(Criterion.MEMBRANE_SIZE_CHANGE.words()).isEqualTo("membrane size change");
    assertThat(Criterion.MEMBRANE_SIZE_CHANGE.shortName()).isEqualTo("membrane size");
    assertThat(Criterion.CARGO.claim().formatted("fluid")).isEqualTo("the cargo is fluid");
    assertThat(Criterion.VESICLE_TYPE.subject()).isEqualTo("the vesicle");
  }
}
