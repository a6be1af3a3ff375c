package org.cytosis.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cytosis.io.InvalidInputException;
import org.cytosis.scenario.Scenario;

/**
 * One record of a bank, in input order: the scenario read, or why it could not be read (exactly one
 * is set), with the record's own columns as a bank row (for a CSV bank, the cells as given under
 * their header names; for JSON, the scenario written out in the CSV bank's columns).
 *
 * @param source the file it was read from
 * @param line the 1-based line where the record starts, or 0 when unknown
 */
public record BankRecord(
    String source,
    int line,
    Scenario scenario,
    InvalidInputException error,
    Map<String, String> columns) {

  public BankRecord {
    if ((scenario == null) == (error == null)) {
      throw new IllegalArgumentException("a record holds either a scenario or an error");
    }
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  static BankRecord readable(
      String source, int line, Scenario scenario, Map<String, String> columns) {
    return new BankRecord(source, line, scenario, null, columns);
  }

  static BankRecord unreadable(
      String source, int line, InvalidInputException error, Map<String, String> columns) {
    return new BankRecord(source, line, null, error, columns);
  }

  public boolean isReadable() {
    return error == null;
  }

  /** Where the record is: {@code file:line}. */
  public String location() {
    return line > 0 ? source + ":" + line : source;
  }

  /** The scenario's id; for a record without one, the id column as given, else its location. */
  public String id() {
    if (scenario != null && scenario.event().id() != null) {
      return scenario.event().id();
    }
    String column = BankColumns.value(columns, BankColumns.ID);
    return column == null || column.isBlank() ? location() : column;
  }

  /** The columns Cytosis does not read, carried through unchanged to the reports. */
  public Map<String, String> extraColumns() {
    Map<String, String> extra = new LinkedHashMap<>();
    columns.forEach(
        (name, value) -> {
          if (!BankColumns.isKnown(name)) {
            extra.put(name, value);
          }
        });
    return Collections.unmodifiableMap(extra);
  }
}
