package org.cytosis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.junit.jupiter.api.Test;

/**
 * The part-of-speech model loaded in parts (TaggerModel, the fast start-up) must be the model
 * OpenNLP loads whole: the same tags for every sentence the project reads. Built with the wrong
 * manifest, the same parts give another context generator and different tags for about half of
 * these sentences, so this is not equal by construction.
 */
class TaggerModelTest {

  @Test
  void theModelLoadedInPartsTagsEverySentenceAsTheModelLoadedWhole() throws IOException {
    // given
    POSTaggerME parts = new POSTaggerME(TaggerModel.load("/en-pos-maxent.bin"), POSTagFormat.PENN);
    POSModel wholeModel = Syntax.loadAsOpenNlpDoes();
    POSTaggerME whole = new POSTaggerME(wholeModel, POSTagFormat.PENN);
    List<String> texts = TestSentences.scenarioAndCorpusTexts();
    assertThat(texts).hasSizeGreaterThan(200);
    for (String text : texts) {
      // when
      String[] words = SimpleTokenizer.INSTANCE.tokenize(text);
      // then
      assertThat(parts.tag(words)).as(text).containsExactly(whole.tag(words));
    }
  }

  @Test
  void aResourceThatIsMissingIsNamed() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TaggerModel.load("/no-such-model.bin"))
        .hasMessageContaining("/no-such-model.bin");
  }
}
