package org.cytosis.io;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;

/**
 * The most Cytosis reads, so that memory and time stay bounded whatever the input. Beyond a limit
 * the record (or, where records cannot be told apart any more, the rest of the file) is an error
 * that names the file, line and field; nothing is cut short silently. The README's "Limits and bad
 * input" section lists them.
 */
public final class InputLimits {

  /**
   * Characters in a description. Reading costs grow with the text; beyond this, use several events.
   */
  public static final int MAX_DESCRIPTION = 10_000;

  /**
   * Words or phrases of one description read as evidence. Every mention becomes a finding, and
   * contradicting findings are weighed pairwise, so the rules' time grows with its square: a
   * description of 10,000 characters that contradicts itself in every sentence held a thousand
   * mentions and took 17 s to classify (and an explanation reruns the rules hundreds of times).
   */
  public static final int MAX_EVIDENCE = 100;

  /** Characters in any other text value: an id, a cell type, an enum value, a title. */
  public static final int MAX_TEXT = 1_000;

  /** Characters in one line of JSON Lines, and in any one JSON string or CSV cell. */
  public static final int MAX_LINE = 1 << 20;

  /** Levels of nesting in a JSON document (an event in an array is two). */
  public static final int MAX_NESTING = 64;

  /** Characters in a JSON field name. */
  public static final int MAX_NAME = 1_000;

  /** Cells in a row of a CSV bank. */
  public static final int MAX_CELLS = 1_000;

  /** The limits as Jackson enforces them, while it reads (before a huge value is ever held). */
  static final StreamReadConstraints JACKSON =
      StreamReadConstraints.builder()
          .maxStringLength(MAX_LINE)
          .maxNestingDepth(MAX_NESTING)
          .maxNameLength(MAX_NAME)
          .build();

  private InputLimits() {}

  /** {@return the limits for any Jackson parser that reads user input (JSON or CSV)} */
  public static StreamReadConstraints jackson() {
    return JACKSON;
  }

  /**
   * Checks one text value of a record: its length ({@link #MAX_DESCRIPTION} for a description,
   * {@link #MAX_TEXT} for anything else) and that it holds no control character other than a tab or
   * a line break, which could only be an export's garbage or an attempt to drive the terminal that
   * shows a report.
   *
   * @throws InvalidInputException naming source, line and field
   */
  public static void checkText(String field, String text, String source, int line) {
    check(field, text, source, line, "description".equals(field) ? MAX_DESCRIPTION : MAX_TEXT);
  }

  /**
   * Checks English prose that is not a description (a student's answer or justification): as {@link
   * #checkText}, with the length a description may have.
   */
  public static void checkProse(String field, String text, String source, int line) {
    check(field, text, source, line, MAX_DESCRIPTION);
  }

  private static void check(String field, String text, String source, int line, int max) {
    checkLength(field, text, source, line, max);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isForbiddenControl(c)) {
        throw new InvalidInputException(
            source,
            line,
            field,
            String.format(
                Locale.ROOT,
                "holds the control character U+%04X at character %d; text may hold tabs and line "
                    + "breaks but no other control characters",
                (int) c,
                i + 1));
      }
    }
  }

  /**
   * Checks the length of a text value: {@link #MAX_DESCRIPTION} for a description, {@link
   * #MAX_TEXT} for anything else.
   *
   * @throws InvalidInputException naming source, line and field
   */
  public static void checkLength(String field, String text, String source, int line) {
    checkLength(
        field, text, source, line, "description".equals(field) ? MAX_DESCRIPTION : MAX_TEXT);
  }

  private static void checkLength(String field, String text, String source, int line, int max) {
    boolean description = "description".equals(field);
    if (text.length() > max) {
      throw new InvalidInputException(
          source,
          line,
          field,
          "is "
              + count(text.length())
              + " characters long; Cytosis reads at most "
              + count(max)
              + (description ? " (describe one event, or split the text into several)" : ""));
    }
  }

  /**
   * Checks how many mentions a description's reading found ({@link #MAX_EVIDENCE}).
   *
   * @throws InvalidInputException naming the description field
   */
  public static void checkEvidence(int mentions, String source, int line) {
    if (mentions > MAX_EVIDENCE) {
      throw new InvalidInputException(
          source,
          line,
          "description",
          "states "
              + count(mentions)
              + " pieces of evidence; Cytosis reads at most "
              + MAX_EVIDENCE
              + " in one text");
    }
  }

  /** A control character other than tab, line feed, vertical tab, form feed and carriage return. */
  static boolean isForbiddenControl(char c) {
    return Character.isISOControl(c) && (c < '\t' || c > '\r');
  }

  /** A Jackson limit that was reached, as the end of a sentence about the input. */
  public static String describe(StreamConstraintsException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (message.startsWith("Document nesting depth")) {
      return "is nested more than " + MAX_NESTING + " levels deep, the most Cytosis reads";
    }
    if (message.startsWith("String value length")) {
      return "holds a value longer than " + count(MAX_LINE) + " characters, the most Cytosis reads";
    }
    if (message.startsWith("Name length")) {
      return "holds a field name longer than "
          + count(MAX_NAME)
          + " characters, the most Cytosis reads";
    }
    return "is too large to read (" + InvalidInputException.excerpt(message) + ")";
  }

  /** A count with thousands separators: {@code 1,048,576}. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
