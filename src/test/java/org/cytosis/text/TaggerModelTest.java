package org.cytosis.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The part-of-speech model the reader loads (the compact form the build derives, for a fast start)
 * must be the model OpenNLP loads from its artifact: the same manifest, dictionary and weights, and
 * the same tags for every sentence the project reads. The compact file under test is the one the
 * build wrote into the class path, so a stale or wrongly derived file fails here.
 */
class TaggerModelTest {

  private static POSModel compact;
  private static POSModel original;

  @BeforeAll
  static void load() throws IOException {
    compact = TaggerModel.load(TaggerModel.COMPACT_MODEL);
    original = TaggerModelCompiler.loadAsOpenNlpDoes();
  }

  @Test
  void theCompactFileHoldsWhatOpenNlpLoadsFromTheArtifact() throws IOException {
    // when
    CompactTaggerFormat.Contents read;
    try (InputStream in = TaggerModel.class.getResourceAsStream(TaggerModel.COMPACT_MODEL)) {
      read = CompactTaggerFormat.read(ByteBuffer.wrap(in.readAllBytes()), "compact");
    }
    CompactTaggerFormat.Contents expected = TaggerModelCompiler.contents(original);
    // then
    assertThat(read.manifest())
        .isEqualTo(expected.manifest())
        .containsEntry("OpenNLP-Version", "1.5.0");
    assertThat(read.dictionary()).isEqualTo(expected.dictionary());
    assertThat(read.predicates()).containsExactly(expected.predicates());
    assertThat(read.outcomes()).containsExactly(expected.outcomes());
    assertThat(read.contexts()).hasSameSizeAs(expected.contexts());
    for (int i = 0; i < read.contexts().length; i++) {
      assertThat(read.contexts()[i].getOutcomes())
          .as(read.predicates()[i])
          .containsExactly(expected.contexts()[i].getOutcomes());
      assertThat(read.contexts()[i].getParameters())
          .as(read.predicates()[i])
          .containsExactly(expected.contexts()[i].getParameters());
    }
  }

  @Test
  void theCompactModelTagsEverySentenceAsTheArtifactsModelDoes() {
    // given
    POSTaggerME fast = new POSTaggerME(compact, POSTagFormat.PENN);
    POSTaggerME reference = new POSTaggerME(original, POSTagFormat.PENN);
    List<String> texts = TestSentences.scenarioAndCorpusTexts();
    assertThat(texts).hasSizeGreaterThan(200);
    for (String text : texts) {
      // when
      String[] words = SimpleTokenizer.INSTANCE.tokenize(text);
      // then
      assertThat(fast.tag(words)).as(text).containsExactly(reference.tag(words));
    }
  }

  @Test
  void aResourceThatIsMissingIsNamedWithHowToMakeIt() {
    assertThatThrownBy(() -> TaggerModel.load("/no-such-model.compact"))
        .hasMessageContaining("/no-such-model.compact")
        .hasMessageContaining("mvn -B package");
  }

  @Test
  void bytesOfAnotherFormatOrAnotherVersionAreRefusedByName() throws IOException {
    // given: the model written in this format, then its version number changed
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    CompactTaggerFormat.write(TaggerModelCompiler.contents(original), written);
    byte[] otherVersion = written.toByteArray();
    otherVersion[7]++;
    // then
    assertThatThrownBy(() -> CompactTaggerFormat.read(ByteBuffer.wrap(otherVersion), "old.compact"))
        .hasMessageContaining("old.compact")
        .hasMessageContaining("rebuild");
    byte[] zip = Arrays.copyOf(new byte[] {'P', 'K', 3, 4}, 64);
    assertThatThrownBy(() -> CompactTaggerFormat.read(ByteBuffer.wrap(zip), "en-pos-maxent.bin"))
        .hasMessageContaining("en-pos-maxent.bin")
        .hasMessageContaining("not a compact part-of-speech model");
  }
}
