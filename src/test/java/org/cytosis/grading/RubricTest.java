package org.cytosis.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.Criterion;
import org.junit.jupiter.api.Test;

class RubricTest {

  private static Rubric read(String json) throws Exception {
    return Rubric.read("r.json", new StringReader(json));
  }

  private static final String GOOD =
      """
      {
        "max": 4,
        "correctLabel": 3,
        "partialLabel": 1.5,
        "criteria": {"direction": 1, "cargo": 0.5},
        "misconception": 1,
        "contradiction": 2
      }
      """;

  @Test
  void theDefaultRubricGivesTwoForTheLabelOneACriterionOutOfFive() {
    Rubric r = Rubric.defaults();
    assertThat(r.max()).isEqualTo(5);
    assertThat(r.correctLabel()).isEqualTo(2);
    assertThat(r.partialLabel()).isEqualTo(1);
    assertThat(r.pointsFor(java.util.List.of(Criterion.DIRECTION, Criterion.CARGO))).isEqualTo(2);
    assertThat(r.credits(Criterion.CELL_TYPE)).isFalse();
  }

  @Test
  void aRubricFileSetsEveryPointAndLeavesOutCriteriaItDoesNotName() throws Exception {
    Rubric r = read(GOOD);
    assertThat(r.partialLabel()).isEqualTo(1.5);
    assertThat(r.credits(Criterion.CARGO)).isTrue();
    assertThat(r.credits(Criterion.MEMBRANE_EVENT)).isFalse();
  }

  @Test
  void aBadRubricIsOneErrorNamingFileLineAndField() {
    assertThatThrownBy(() -> read(GOOD.replace("\"misconception\"", "\"misconceptoin\"")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "r.json:6: field \"misconceptoin\" is not a rubric field (allowed: max, "
                + "correctLabel, partialLabel, criteria, misconception, contradiction; did you mean misconception?)");
    assertThatThrownBy(() -> read(GOOD.replace("\"partialLabel\": 1.5", "\"partialLabel\": -1")))
        .hasMessageStartingWith("r.json:4: field \"partialLabel\" must be 0 or more");
    assertThatThrownBy(() -> read(GOOD.replace("\"cargo\"", "\"colour\"")))
        .hasMessageStartingWith("r.json:5: field \"criteria.colour\" is not a criterion");
    assertThatThrownBy(() -> read(GOOD.replace("\"max\": 4", "\"max\": \"four\"")))
        .hasMessageStartingWith("r.json:2: field \"max\" must be a number of points, not a string");
    assertThatThrownBy(() -> read(GOOD.replace("\"contradiction\": 2", "\"max2\": 0")))
        .hasMessageContaining("field \"max2\" is not a rubric field");
    assertThatThrownBy(
            () ->
                read(
                    "{\"max\": 0, \"correctLabel\": 1, \"partialLabel\": 1, "
                        + "\"criteria\": {}, \"misconception\": 1, \"contradiction\": 1}"))
        .hasMessageContaining("field \"max\" must be more than 0");
    assertThatThrownBy(() -> read("{\"max\": 5}"))
        .hasMessageContaining("field \"correctLabel\" is required");
    assertThatThrownBy(() -> read("{\"max\": 5,"))
        .hasMessageStartingWith("r.json:1: is not valid JSON");
  }
}
