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

  /** An option of a multiple-choice item: "(C) ", "C) " or "C. " before its text. */
  private static final Pattern OPTION = Pattern.compile("(?:^|\\s)\\(?([A-E])[.)]\\s");

  /** The letter an answer gives, alone: "Answer: C", "Answer: (C)". */
  private static final Pattern LETTER = Pattern.compile("\\s*\\(?([A-E])\\)?[.]?\\s*");

  /**
   * The text with a multiple-choice item's other options blanked out, when its answer is a letter
   * ("Which process brings LDL into cells? (A) pinocytosis ... (C) receptor-mediated endocytosis
   * Answer: C" reads as the question and option C). Blanks keep every offset, so evidence still
   * points into the text as given. Any other text is returned as it is.
   */
  static String withTheChosenOption(String text) {
    Matcher answer = ANSWER.matcher(text);
    if (!answer.find()) {
      return text;
    }
    Matcher letter = LETTER.matcher(text.substring(answer.end()));
    if (!letter.matches()) {
      return text;
    }
    String chosen = letter.group(1);
    String stem = text.substring(0, answer.start());
    java.util.List<int[]> options = new java.util.ArrayList<>();
    java.util.List<String> letters = new java.util.ArrayList<>();
    Matcher option = OPTION.matcher(stem);
    while (option.find()) {
      options.add(new int[] {option.start(1), option.end()});
      letters.add(option.group(1));
    }
    if (options.size() < 2 || !letters.contains(chosen)) {
      return text;
    }
    char[] out = text.toCharArray();
    for (int k = 0; k < options.size(); k++) {
      int from = options.get(k)[0];
      int textStart = options.get(k)[1];
      int to = k + 1 < options.size() ? options.get(k + 1)[0] : answer.start();
      // The marker goes in every case ("(C) "); the text stays only for the chosen option.
      int blankTo = letters.get(k).equals(chosen) ? textStart : to;
      for (int i = Math.max(0, from - 1); i < blankTo; i++) {
        out[i] = ' ';
      }
    }
    for (int i = answer.start(); i < text.length(); i++) {
      out[i] = ' '; // "Answer: C" says nothing once option C stands in the text
    }
    return new String(out);
  }

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
    if (!isOpenQuestion(text, sentence)) {
      return false;
    }
    String s = text.substring(sentence.start(), sentence.end()).strip();
    String first = WORD_BREAK.split(s, 2)[0].toLowerCase(java.util.Locale.ROOT);
    return YES_NO.contains(first);
  }

  /**
   * Whether the sentence is a question of any kind that nothing after it answers. When no event is
   * read from a text that ends so ("Which process moves cargo into the cell?"), the text is a
   * question left open, not a description of nothing.
   */
  boolean isOpenQuestion(String text, Sentences.Span sentence) {
    return text.substring(sentence.start(), sentence.end()).strip().endsWith("?")
        && text.substring(sentence.end()).isBlank();
  }

  /** What separates the first word of a question from the rest. */
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s,]+");

  /** The words a yes-or-no question opens with. */
  private static final java.util.Set<String> YES_NO =
      java.util.Set.of(
          "do", "does", "did", "is", "are", "was", "were", "can", "could", "will", "would",
          "should", "shall", "may", "might", "must", "has", "have", "had");
}
