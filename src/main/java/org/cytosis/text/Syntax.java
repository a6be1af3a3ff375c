package org.cytosis.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * Part-of-speech tags for a sentence, from Apache OpenNLP's maxent tagger with its English 1.5
 * model (Penn Treebank tags). The reader asks for tags only for sentences that hold a transport
 * word: it is the one costly step of reading (about a millisecond a sentence), and elsewhere tags
 * decide nothing.
 *
 * <p>The model is loaded once and shared (OpenNLP models are thread-safe); a tagger keeps state
 * between calls, so each thread has its own.
 */
final class Syntax {

  private static final POSModel POS_MODEL = load();

  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(POS_MODEL, POSTagFormat.PENN));

  /** One word of a sentence with its tag; offsets into the whole description. */
  record Word(int start, int end, String text, String tag) {

    boolean isVerb() {
      return tag.startsWith("VB") || tag.equals("MD");
    }

    boolean isNoun() {
      return tag.startsWith("NN") || tag.startsWith("PRP");
    }

    boolean isAdjective() {
      return tag.startsWith("JJ");
    }
  }

  private Syntax() {}

  /**
   * Loads the model now, if it is not loaded yet. With the lexicon, it is what the English reader
   * spends its start on (a third of a second cold, BENCHMARKS.md), so a caller that knows text is
   * coming can load it on another core while the rules and the lexicon load.
   */
  static void loadModel() {
    Objects.requireNonNull(POS_MODEL);
  }

  private static POSModel load() {
    try {
      return TaggerModel.load(TaggerModel.COMPACT_MODEL);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the part-of-speech model " + TaggerModel.COMPACT_MODEL, e);
    }
  }

  /** The words of {@code text[start, end)} with their tags. */
  static Word[] tag(String text, int start, int end) {
    String sentence = text.substring(start, end);
    Tagged tagged = TAGGED.getIfPresent(sentence);
    if (tagged == null) {
      tagged = tagAnew(sentence);
      TAGGED.put(sentence, tagged);
    }
    return tagged.at(start);
  }

  /** As {@link #tag}, without the cache: what the cache must always give back. */
  static Word[] tagUncached(String text, int start, int end) {
    return tagAnew(text.substring(start, end)).at(start);
  }

  /**
   * Sentences already tagged, by their text: the tags of a sentence depend on its words alone (the
   * tokenizer and the tagger's beam search are deterministic, with no cache of their own), and a
   * class's answers or a bank repeat sentences, while tagging is half the cost of reading one
   * (BENCHMARKS.md). Bounded; maintenance on the calling thread.
   */
  private static final Cache<String, Tagged> TAGGED =
      Caffeine.newBuilder().maximumSize(4096).executor(Runnable::run).build();

  /** A sentence's words and tags, with offsets into the sentence itself. */
  private record Tagged(int[] starts, int[] ends, String[] words, String[] tags) {

    /** The words with their offsets moved to where the sentence starts in its description. */
    Word[] at(int start) {
      Word[] placed = new Word[words.length];
      for (int i = 0; i < words.length; i++) {
        placed[i] = new Word(start + starts[i], start + ends[i], words[i], tags[i]);
      }
      return placed;
    }
  }

  private static Tagged tagAnew(String sentence) {
    Span[] spans = SimpleTokenizer.INSTANCE.tokenizePos(sentence);
    String[] words =
        Arrays.stream(spans).map(s -> s.getCoveredText(sentence).toString()).toArray(String[]::new);
    String[] tags = TAGGER.get().tag(words);
    return new Tagged(
        Arrays.stream(spans).mapToInt(Span::getStart).toArray(),
        Arrays.stream(spans).mapToInt(Span::getEnd).toArray(),
        words,
        tags);
  }

  /** The word before {@code w} in {@code words}, or null. */
  static Word before(Word[] words, Word w) {
    for (int i = 1; i < words.length; i++) {
      if (words[i] == w) {
        return words[i - 1];
      }
    }
    return null;
  }

  /** The word after {@code w} in {@code words}, or null. */
  static Word after(Word[] words, Word w) {
    for (int i = 0; i + 1 < words.length; i++) {
      if (words[i] == w) {
        return words[i + 1];
      }
    }
    return null;
  }
}
