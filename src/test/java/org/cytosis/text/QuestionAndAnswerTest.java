package org.cytosis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionAndAnswerTest {

  @Test
  void aLetterAnswerLeavesTheQuestionAndTheChosenOptionAtTheirOffsets() {
    // given
    String item =
        "Which process brings LDL in? (A) pinocytosis (B) receptor-mediated endocytosis Answer: B";
    // when
    String read = QuestionAndAnswer.withTheChosenOption(item);
    // then
    assertThat(read).hasSameSizeAs(item);
    assertThat(read).startsWith("Which process brings LDL in?");
    assertThat(read).doesNotContain("pinocytosis", "Answer", "(A)", "(B)");
    int at = item.indexOf("receptor-mediated endocytosis");
    assertThat(read.substring(at, at + 29)).isEqualTo("receptor-mediated endocytosis");
  }

  @Test
  void optionsWrittenWithAFullStopOrABracketAndAnAnswerInBracketsAreFoundToo() {
    assertThat(QuestionAndAnswer.withTheChosenOption("Q? A. exocytosis B. osmosis Answer: (B)"))
        .doesNotContain("exocytosis")
        .contains("osmosis");
    assertThat(QuestionAndAnswer.withTheChosenOption("Q? A) exocytosis B) osmosis Answer: A."))
        .contains("exocytosis")
        .doesNotContain("osmosis");
  }

  @Test
  void aTextWithoutLetteredOptionsOrWithAWordAnswerIsReadAsGiven() {
    String wordAnswer = "Which process do macrophages use? Answer: phagocytosis";
    String noOptions = "Which process is it? Answer: C";
    String unknownLetter = "Q? (A) exocytosis (B) osmosis Answer: D";
    assertThat(QuestionAndAnswer.withTheChosenOption(wordAnswer)).isEqualTo(wordAnswer);
    assertThat(QuestionAndAnswer.withTheChosenOption(noOptions)).isEqualTo(noOptions);
    assertThat(QuestionAndAnswer.withTheChosenOption(unknownLetter)).isEqualTo(unknownLetter);
  }
}
