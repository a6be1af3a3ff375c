package org.cytosis.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a description stands to questions (docs/reading.md). A question asserts nothing unless text
 * follows it that answers it ("Question? Answer: X", or the answer as the next sentence); an
 * answered question is read with its answer, as the statement the two make. An item that asks which
 * one does NOT hold ("... EXCEPT") asserts none of what it lists.
 */
record QuestionAndAnswer(boolean except) {

  private static final Pattern ANSWER = Pattern.compile("(?i)(?:^|\\s)answer\\s*:");

  /** Exam items write EXCEPT and NOT in capitals; in prose "except" is an ordinary word. */
  private static final Pattern EXCEPT = Pattern.compile("\\bEXCEPT\\b|\\bNOT\\b");

  static QuestionAndAnswer of(String text) {
    Matcher m = ANSWER.matcher(text);
    if (!m.find()) {
      return new QuestionAndAnswer(false);
    }
    String stem = text.substring(0, m.start());
    return new QuestionAndAnswer(EXCEPT.matcher(stem).find());
  }

  /**
   * Whether the sentence asks a yes-or-no question that nothing after it answers: "Does the cell
   * take in fluid by pinocytosis?" asserts nothing. A wh-question presupposes what it asks about
   * ("Which process is shown when a macrophage engulfs a dead cell?" says a macrophage engulfs
   * one), so its frames are read.
   */
  boolean isUnansweredQuestion(String text, Sentences.Span sentence) {
    String s = text.substring(sentence.start(), sentence.end()).strip();
    if (!s.endsWith("?") || !text.substring(sentence.end()).isBlank()) {
      return false;
    }
    String first = s.split("[\\s,]+", 2)[0].toLowerCase(java.util.Locale.ROOT);
    return YES_NO.contains(first);
  }

  /** The words a yes-or-no question opens with. */
  private static final java.util.Set<String> YES_NO =
      java.util.Set.of(
          "do", "does", "did", "is", "are", "was", "were", "can", "could", "will", "would",
          "should", "shall", "may", "might", "must", "has", "have", "had");
}
