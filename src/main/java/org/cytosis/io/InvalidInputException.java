package org.cytosis.io;

/**
 * Input Cytosis cannot read: a malformed file, an unknown field or value, a wrong type, a rules
 * folder that does not compile. The message is one line naming the source, line and field, and
 * quotes at most a short excerpt of the input. It carries no stack trace: it is about the input,
 * not about the code, and a batch of bad records should not cost a trace each.
 */
public final class InvalidInputException extends RuntimeException {

  private static final int MAX_QUOTE = 40;

  private final String source;
  private final int line;
  private final String field;
  private final String problem;

  /**
   * Bad input, described by where it is and what is wrong.
   *
   * @param source the file name, or {@code <stdin>}
   * @param line the 1-based line, or 0 when unknown
   * @param field the field or option concerned, or null
   * @param problem what is wrong, as the end of a sentence
   */
  public InvalidInputException(String source, int line, String field, String problem) {
    super(format(source, line, field, problem), null, false, false);
    this.source = source;
    this.line = line;
    this.field = field;
    this.problem = problem;
  }

  /** {@return the file name, or {@code <stdin>}} */
  public String source() {
    return source;
  }

  /** {@return the 1-based line, or 0 when unknown} */
  public int line() {
    return line;
  }

  /** {@return the field or option concerned, or null} */
  public String field() {
    return field;
  }

  /** {@return what is wrong, as the end of a sentence} */
  public String problem() {
    return problem;
  }

  /**
   * A short excerpt of user input for a message, in quotes: never the whole of a huge value.
   *
   * @param value user input
   * @return its excerpt, in quotes
   */
  public static String quote(String value) {
    return "\"" + excerpt(value) + "\"";
  }

  /**
   * At most the first 40 characters of user input, on one line, with "..." when there was more;
   * control characters (which could drive the terminal that shows the message) become spaces.
   *
   * @param value user input
   * @return its excerpt
   */
  public static String excerpt(String value) {
    String start = value.length() > MAX_QUOTE ? value.substring(0, MAX_QUOTE) : value;
    return start.replaceAll("\\p{Cc}", " ") + (value.length() > MAX_QUOTE ? "..." : "");
  }

  private static String format(String source, int line, String field, String problem) {
    StringBuilder sb = new StringBuilder(source == null ? "<input>" : source);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (field != null) {
      sb.append("field ").append(quote(field)).append(' '); // an unknown name is input too
    }
    return sb.append(problem).toString();
  }
}
