package org.cytosis.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tags of a sentence seen before come from the cache of tagged sentences: they must be what the
 * tagger gives, with the offsets of where the sentence now stands in its description.
 */
class SyntaxCacheTest {

  @Test
  void aSentenceTaggedAgainAnywhereGetsTheTaggersOwnWordsTagsAndOffsets() throws IOException {
    List<String> texts =
        new ArrayList<>(TestSentences.descriptions(TestSentences.ENGLISH_SCENARIOS));
    ObjectMapper json = new ObjectMapper();
    for (String file : List.of("real-text.jsonl", "real-text-extra.jsonl")) {
      for (String line : Files.readAllLines(Path.of("testcases-corpus", file))) {
        if (!line.isBlank()) {
          texts.add(json.readTree(line).get("text").asText());
        }
      }
    }
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
