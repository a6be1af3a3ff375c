package org.cytosis.grading.concept;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A student's list-and-describe answer as units of text: the line breaks it lost put back
 * ("...without energyActive transport- uses energy"), numbered items and bullets set on lines of
 * their own, abbreviations whose full stop is no sentence end ("conc.", "e.g.") closed up, and then
 * cut at line breaks, semicolons and sentence ends. Units keep the student's words; the grader
 * groups them into items, one per concept named.
 */
final class AnswerText {

  /** The most characters graded; the rest of a longer answer is left out, with a note. */
  static final int MAX_CHARS = 5_000;

  /** A lower-case letter run straight into a capitalised word: a lost line break. */
  private static final Pattern RUN_ON =
      Pattern.compile(
          "(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})"
              + "|(?<=[.!?:)])(?=\\p{Lu})"
              // after an abbreviation in capitals, a long capitalised word: "ATPPassive" (not
              // "ATPase")
              + "|(?<=\\p{Lu}{2})(?=\\p{Lu}\\p{Ll}{4,})");

  /** A list number or bullet after other text: "... 2. Osmosis", "(3) Pump", "* pumps". */
  private static final Pattern MARKER =
      Pattern.compile("\\s+(?:\\d{1,2}\\s*[.):-]|\\(\\d{1,2}\\)|[\\u2022*])\\s*(?=\\p{L})");

  private static final Pattern ABBREVIATION =
      Pattern.compile("(?i)\\b(conc|e\\.g|i\\.e|etc|vs|approx|esp)\\.");
  private static final Pattern WITHOUT = Pattern.compile("(?i)\\bw/o\\b");
  private static final Pattern UNIT_END = Pattern.compile("\\n+|;|(?<=[.!?])\\s+");

  /** One unit: its text and where it starts in the normalised answer. */
  record Unit(String text, int start) {}

  private AnswerText() {}

  /** The answer with its lost breaks put back (its first {@link #MAX_CHARS} characters). */
  static String normalise(String answer) {
    String text = answer.length() > MAX_CHARS ? answer.substring(0, MAX_CHARS) : answer;
    text = text.replace('\r', '\n');
    text = WITHOUT.matcher(text).replaceAll("without");
    text = ABBREVIATION.matcher(text).replaceAll(m -> m.group(1).replace(".", ""));
    text = MARKER.matcher(text).replaceAll("\n");
    text = RUN_ON.matcher(text).replaceAll("\n");
    return text;
  }

  /** The units of a normalised answer, in order; blank ones left out. */
  static List<Unit> units(String text) {
    List<Unit> units = new ArrayList<>();
    Matcher end = UNIT_END.matcher(text);
    int start = 0;
    while (end.find()) {
      add(units, text, start, end.start());
      start = end.end();
    }
    add(units, text, start, text.length());
    return units;
  }

  private static void add(List<Unit> units, String text, int start, int end) {
    String unit = text.substring(start, end);
    if (!unit.isBlank()) {
      units.add(new Unit(unit, start));
    }
  }
}
