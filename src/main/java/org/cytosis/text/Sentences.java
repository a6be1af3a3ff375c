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
    return span.end() - span.start() >= 3 && isInitial(text, span.end() - 1);
  }

  /**
   * Whether the full stop at {@code dot} ends a capital letter standing alone ("E. coli", "S.
   * aureus"): the initial of a genus, which ends neither a sentence nor a clause.
   */
  static boolean isInitial(String text, int dot) {
    return dot >= 1
        && text.charAt(dot) == '.'
        && Character.isUpperCase(text.charAt(dot - 1))
        && (dot == 1 || !Character.isLetterOrDigit(text.charAt(dot - 2)));
  }
}
