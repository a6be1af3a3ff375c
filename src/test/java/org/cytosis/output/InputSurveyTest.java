package org.cytosis.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputSurveyTest {

  @Test
  void columnsAreTheUnionByFirstSpellingWithoutThoseAnAddedColumnReplacesThenTheAddedOnes() {
    // given
    InputSurvey survey = new InputSurvey();
    // when
    survey.add(List.of("id", "Notes", "VERDICT"));
    survey.add(List.of());
    survey.add(List.of("ID", "chapter", "notes"));
    // then
    assertThat(survey.rows()).isEqualTo(3);
    assertThat(survey.columnsWith(List.of("verdict", "reason")))
        .containsExactly("id", "Notes", "chapter", "verdict", "reason");
  }
}
