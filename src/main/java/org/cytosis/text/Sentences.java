package org.cytosis.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a description into sentences with the JDK's sentence break rules (UAX #29). */
public final class Sentences {

  /**
   * One sentence: character offsets into the description, end exclusive, surrounding space trimmed.
   */
  public record Span(int start, int end) {}

  private Sentences() {}

  public static List<Span> split(String text) {
    // A BreakIterator is stateful and cheap to make: one per call keeps readers thread-safe.
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    breaks.setText(text);
    List<Span> sentences = new ArrayList<>();
    for (int start = breaks.first(), end = breaks.next();
        end != BreakIterator.DONE;
        start = end, end = breaks.next()) {
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s >= e) {
        continue;
      }
      int last = sentences.size() - 1;
      if (last >= 0
          && isGenusInitial(text, sentences.get(last))
          && Character.isLowerCase(text.charAt(s))) {
        // "E. coli", "S. aureus": the initial of a genus ends no sentence.
        sentences.set(last, new Span(sentences.get(last).start(), e));
      } else {
        sentences.add(new Span(s, e));
      }
    }
    return sentences;
  }

  /** Whether a sentence ends in a capital letter standing alone before its full stop ("E."). */
  private static boolean isGenusInitial(String text, Span span) {
    int end = span.end();
    return end - span.start() >= 3
        && text.charAt(end - 1) == '.'
        && Character.isUpperCase(text.charAt(end - 2))
        && !Character.isLetterOrDigit(text.charAt(end - 3));
  }
}
