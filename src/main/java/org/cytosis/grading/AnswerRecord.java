package org.cytosis.grading;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cytosis.io.CsvRows;
import org.cytosis.io.InvalidInputException;

/**
 * One answer row, in input order: its columns as given (names as the header writes them, in
 * order), where it is, and why it cannot be graded when it cannot ({@code error}, else null).
 * Column names are matched ignoring case, spaces, '-' and '_' ({@code Student ID} is
 * {@code student_id}).
 *
 * @param line the 1-based line where the row starts, or 0 when unknown
 */
public record AnswerRecord(String source, int line, Map<String, String> columns,
    InvalidInputException error) {

  public static final String STUDENT_ID = "student_id";
  public static final String SCENARIO_ID = "scenario_id";
  public static final String ANSWER = "answer";
  public static final String JUSTIFICATION = "justification";

  /** The columns an answers file must have. */
  static final List<String> REQUIRED = List.of(STUDENT_ID, SCENARIO_ID, ANSWER);

  public AnswerRecord {
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  /** A readable answer, for using the grader without files. */
  public static AnswerRecord of(String studentId, String scenarioId, String answer,
      String justification) {
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

  public boolean isReadable() {
    return error == null;
  }

  public String studentId() {
    return value(STUDENT_ID);
  }

  public String scenarioId() {
    return value(SCENARIO_ID);
  }

  public String answer() {
    return value(ANSWER);
  }

  public String justification() {
    return value(JUSTIFICATION);
  }

  /** Where the row is: {@code file:line}. */
  public String location() {
    return line > 0 ? source + ":" + line : source;
  }

  /** A known column's value, whatever its spelling in the header; null when absent. */
  String value(String known) {
    return columns.get(columnName(known));
  }

  /**
   * A known column's name as the header spells it ({@code Student ID} for {@code student_id},
   * say), for messages; the known name itself when the column is absent.
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
