package org.cytosis.grading;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cytosis.io.CsvRows;
import org.cytosis.io.InvalidInputException;

/**
 * One answer row, in input order: its columns as given (names as the header writes them, in order),
 * where it is, and why it cannot be graded when it cannot ({@code error}, else null). Column names
 * are matched ignoring case, spaces, '-' and '_' ({@code Student ID} is {@code student_id}).
 *
 * @param source names the file (or upload) in messages
 * @param line the 1-based line where the row starts, or 0 when unknown
 * @param columns the row's columns by header name, in header order
 * @param error why the row cannot be read, or null when it can
 */
public record AnswerRecord(
    String source, int line, Map<String, String> columns, InvalidInputException error) {

  /** The column naming the student. */
  public static final String STUDENT_ID = "student_id";

  /** The column naming the scenario or concept question answered. */
  public static final String SCENARIO_ID = "scenario_id";

  /** The column of the answer: a process name, or a concept answer. */
  public static final String ANSWER = "answer";

  /** The optional column of the student's justification. */
  public static final String JUSTIFICATION = "justification";

  /** The columns an answers file must have. */
  static final List<String> REQUIRED = List.of(STUDENT_ID, SCENARIO_ID, ANSWER);

  /**
   * A row, with its own copy of the columns.
   *
   * @param source names the file (or upload) in messages
   * @param line the 1-based line where the row starts, or 0 when unknown
   * @param columns the row's columns by header name, in header order
   * @param error why the row cannot be read, or null when it can
   */
  public AnswerRecord {
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  /**
   * A readable answer, for using the grader without files.
   *
   * @param studentId the student
   * @param scenarioId the scenario or concept question answered
   * @param answer the answer; null is taken as empty
   * @param justification the justification, or null
   * @return the record
   */
  public static AnswerRecord of(
      String studentId, String scenarioId, String answer, String justification) {
    Objects.requireNonNull(studentId, "studentId must not be null");
    Objects.requireNonNull(scenarioId, "scenarioId must not be null");
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put(STUDENT_ID, studentId);
    columns.put(SCENARIO_ID, scenarioId);
    columns.put(ANSWER, answer == null ? "" : answer);
    if (justification != null) {
      columns.put(JUSTIFICATION, justification);
    }
    return new AnswerRecord("<api>", 0, columns, null);
  }

  /** {@return whether the row was read (it has no error)} */
  public boolean isReadable() {
    return error == null;
  }

  /** {@return the student's id, or null when the column is absent} */
  public String studentId() {
    return value(STUDENT_ID);
  }

  /** {@return the id answered, or null when the column is absent} */
  public String scenarioId() {
    return value(SCENARIO_ID);
  }

  /** {@return the answer, or null when the column is absent} */
  public String answer() {
    return value(ANSWER);
  }

  /** {@return the justification, or null when there is none} */
  public String justification() {
    return value(JUSTIFICATION);
  }

  /** {@return where the row is: {@code file:line}} */
  public String location() {
    return line > 0 ? source + ":" + line : source;
  }

  /** A known column's value, whatever its spelling in the header; null when absent. */
  String value(String known) {
    return columns.get(columnName(known));
  }

  /**
   * A known column's name as the header spells it ({@code Student ID} for {@code student_id}, say),
   * for messages; the known name itself when the column is absent.
   */
  String columnName(String known) {
    String key = key(known);
    for (String name : columns.keySet()) {
      if (key(name).equals(key)) {
        return name;
      }
    }
    return known;
  }

  /** A column name reduced to what identifies it: lower case, no spaces, '-' or '_'. */
  static String key(String name) {
    return CsvRows.columnKey(name);
  }
}
