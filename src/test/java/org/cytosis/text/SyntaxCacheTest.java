package org.cytosis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tags of a sentence seen before come from the cache of tagged sentences: they must be what the
 * tagger gives, with the offsets of where the sentence now stands in its description.
 */
class SyntaxCacheTest {

  @Test
  void aSentenceTaggedAgainAnywhereGetsTheTaggersOwnWordsTagsAndOffsets() throws IOException {
    List<String> texts = TestSentences.scenarioAndCorpusTexts();
    assertThat(texts).hasSizeGreaterThan(200);
    for (String text : texts) {
      String later = "An earlier sentence stands here. " + text;
      int start = later.length() - text.length();

      Syntax.Word[] first = Syntax.tag(text, 0, text.length());
      Syntax.Word[] again = Syntax.tag(later, start, later.length());

      assertThat(first).as(text).containsExactly(Syntax.tagUncached(text, 0, text.length()));
      assertThat(again)
          .as("%s, moved by %d", text, start)
          .containsExactly(Syntax.tagUncached(later, start, later.length()));
      assertThat(again[0].start()).isEqualTo(start + first[0].start());
    }
  }
}
