package org.cytosis.validation.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytosis.model.Classification;
import org.cytosis.output.InputSurvey;
import org.cytosis.output.ReportSink;
import org.cytosis.output.SpreadsheetSafe;
import org.cytosis.validation.ValidationResult;
import org.cytosis.validation.ValidationTally;

/**
 * The bank again, every input column and row as given, with the verdict columns added: {@code
 * verdict}, {@code actual_label}, {@code actual_status}, {@code reason} and {@code lint}. Rows from
 * JSON scenarios are written in the CSV bank's columns. Columns are the union over all records, in
 * the order first seen (from the {@link BankSurvey}, so rows are written as they come); an input
 * column named like an added one is replaced by it. Every cell is made safe for spreadsheets
 * ({@link SpreadsheetSafe}).
 */
public final class CsvValidationReport implements ValidationReport {

  static final List<String> ADDED =
      List.of("verdict", "actual_label", "actual_status", "reason", "lint");

  @Override
  public ReportSink<ValidationResult, Map<String, String>, ValidationTally> open(
      Writer out, BankSurvey survey, boolean strict) throws IOException {
    List<String> columns = survey.input().columnsWith(ADDED);
    return ReportSink.table(out, columns, result -> row(result, columns));
  }

  private static Map<String, String> row(ValidationResult result, List<String> columns) {
    Map<String, String> given = new LinkedHashMap<>();
    result.record().columns().forEach((name, value) -> given.put(InputSurvey.key(name), value));
    Classification actual = result.actual();
    given.put("verdict", result.verdict().name());
    given.put(
        "actual_label", actual == null || actual.label() == null ? "" : actual.label().name());
    given.put("actual_status", actual == null ? "" : actual.status().name());
    given.put("reason", result.reason().text());
    given.put("lint", String.join(" ", result.lint()));
    Map<String, String> row = new LinkedHashMap<>();
    columns.forEach(c -> row.put(c, given.get(InputSurvey.key(c))));
    return row;
  }
}
