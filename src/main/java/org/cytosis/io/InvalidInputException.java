package org.cytosis.io;

/**
 * Input Cytosis cannot read: a malformed file, an unknown field or value, a wrong type, a rules
 * folder that does not compile. The message is one line naming the source, line and field.
 */
public final class InvalidInputException extends RuntimeException {

  private static final int MAX_QUOTE = 40;

  private final String source;
  private final int line;
  private final String field;
  private final String problem;

  /**
   * @param source the file name, or {@code <stdin>}
   * @param line the 1-based line, or 0 when unknown
   * @param field the field or option concerned, or null
   * @param problem what is wrong, as the end of a sentence
   */
  public InvalidInputException(String source, int line, String field, String problem) {
    super(format(source, line, field, problem));
    this.source = source;
    this.line = line;
    this.field = field;
    this.problem = problem;
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }

  public String field() {
    return field;
  }

  public String problem() {
    return problem;
  }

  /** A short excerpt of user input for a message: never the whole of a huge value. */
  public static String quote(String value) {
    String oneLine = value.replaceAll("\\p{Cntrl}", " ");
    return "\"" + (oneLine.length() > MAX_QUOTE ? oneLine.substring(0, MAX_QUOTE) + "..." : oneLine) + "\"";
  }

  private static String format(String source, int line, String field, String problem) {
    StringBuilder sb = new StringBuilder(source == null ? "<input>" : source);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (field != null) {
      sb.append("field \"").append(field).append("\" ");
    }
    return sb.append(problem).toString();
  }
}
