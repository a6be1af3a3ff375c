package org.cytosis.validation.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cytosis.model.Classification;
import org.cytosis.report.CsvTable;
import org.cytosis.report.SpreadsheetSafe;
import org.cytosis.validation.ValidationResult;
import org.cytosis.validation.ValidationRun;

/**
 * The bank again, every input column and row as given, with the verdict columns added:
 * {@code verdict}, {@code actual_label}, {@code actual_status}, {@code reason} and {@code lint}.
 * Rows from JSON scenarios are written in the CSV bank's columns. Columns are the union over all
 * records, in the order first seen; an input column named like an added one is replaced by it.
 * Every cell is made safe for spreadsheets ({@link SpreadsheetSafe}).
 */
public final class CsvValidationReport implements ValidationReport {

  static final List<String> ADDED = List.of("verdict", "actual_label", "actual_status", "reason",
      "lint");

  @Override
  public void write(ValidationRun run, Writer out) throws IOException {
    List<String> columns = columns(run);
    CsvTable.write(out, columns, run.results().stream().map(r -> row(r, columns)).toList());
  }

  /** Input columns by first spelling seen (names compare ignoring case), then the added ones. */
  private static List<String> columns(ValidationRun run) {
    Map<String, String> seen = new LinkedHashMap<>();
    ADDED.forEach(a -> seen.put(key(a), null));
    run.results().forEach(r -> r.record().columns().keySet().forEach(c -> seen.putIfAbsent(key(c), c)));
    List<String> columns = new ArrayList<>();
    seen.values().stream().filter(c -> c != null).forEach(columns::add);
    columns.addAll(ADDED);
    return columns;
  }

  private static Map<String, String> row(ValidationResult result, List<String> columns) {
    Map<String, String> given = new LinkedHashMap<>();
    result.record().columns().forEach((name, value) -> given.put(key(name), value));
    Classification actual = result.actual();
    given.put("verdict", result.verdict().name());
    given.put("actual_label", actual == null || actual.label() == null ? "" : actual.label().name());
    given.put("actual_status", actual == null ? "" : actual.status().name());
    given.put("reason", result.reason().text());
    given.put("lint", String.join(" ", result.lint()));
    Map<String, String> row = new LinkedHashMap<>();
    columns.forEach(c -> row.put(c, given.get(key(c))));
    return row;
  }

  private static String key(String column) {
    return column.toLowerCase(Locale.ROOT);
  }
}
