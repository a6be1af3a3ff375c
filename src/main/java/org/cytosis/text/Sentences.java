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
      if (s < e) {
        sentences.add(new Span(s, e));
      }
    }
    return sentences;
  }
}
