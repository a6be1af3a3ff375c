package org.cytosis.text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The one normalisation applied alike to lexicon phrases and to descriptions, so that a phrase
 * matches however its words are inflected: Lucene's standard tokenizer (which splits hyphenated
 * words: "dense-core" is "dense core"), lower case, possessive "'s" dropped, filler words
 * (articles) dropped, the Porter stemmer, then spelling variants mapped onto their standard stem.
 * Words the lexicon keeps as written are not stemmed. Lucene reuses the token stream per thread, so
 * one analyzer serves every thread.
 */
final class PhraseAnalyzer extends Analyzer {

  /**
   * Typographic apostrophes and the Greek beta of "β cell" written the way the lexicon writes them,
   * and a colon as the space it stands for.
   */
  private static final NormalizeCharMap CHARACTERS;

  static {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("\u2019", "'");
    map.add("\u2018", "'");
    map.add("\u03b2", "beta ");
    map.add("\u03b1", "alpha ");
    // A colon between letters keeps a word whole for Unicode's word rules ("SR-A:ligand",
    // "Answer:insulin"), where English means two words.
    map.add(":", " ");
    CHARACTERS = map.build();
  }

  private final CharArraySet fillers;
  private final CharArraySet kept;
  private final StemmerOverrideFilter.StemmerOverrideMap variants;

  /**
   * @param fillers words dropped before matching
   * @param kept words never stemmed (so that "internal" does not become "internalize"'s stem)
   * @param variants stems of spelling variants mapped onto standard stems, or null for none
   */
  PhraseAnalyzer(
      CharArraySet fillers, CharArraySet kept, StemmerOverrideFilter.StemmerOverrideMap variants) {
    this.fillers = fillers;
    this.kept = kept;
    this.variants = variants;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(CHARACTERS, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new EnglishPossessiveFilter(stream);
    stream = new StopFilter(stream, fillers);
    stream = new SetKeywordMarkerFilter(stream, kept);
    stream = new PorterStemFilter(stream);
    if (variants != null) {
      stream = new StemmerOverrideFilter(stream, variants);
    }
    return new TokenStreamComponents(source, stream);
  }

  /** A word as it is matched: its terms, each with offsets relative to {@code text}. */
  List<Term> terms(String text) {
    List<Term> terms = new ArrayList<>();
    try (TokenStream stream = tokenStream("text", new StringReader(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(new Term(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string cannot fail", e);
    }
    return terms;
  }

  /** A normalised word and where it stands in the analysed text. */
  record Term(String text, int start, int end) {}
}
