package org.cytosis.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.cytosis.io.CsvRows;
import org.cytosis.io.EventJson;
import org.cytosis.io.JsonSupport;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Label;
import org.cytosis.model.Status;
import org.cytosis.scenario.Expected;
import org.cytosis.scenario.Scenario;

/**
 * The columns of a CSV bank. Names are matched ignoring case, spaces, '-' and '_', so that {@code
 * Expected Label}, {@code expected_label} and {@code expectedLabel} are one column, and {@code
 * cell_type} is the event field {@code cellType}.
 */
final class BankColumns {

  static final String ID = "id";
  static final String TITLE = "title";
  static final String DESCRIPTION = "description";
  static final String EXPECTED_LABEL = "expected_label";
  static final String EXPECTED_STATUS = "expected_status";
  static final String EXPECTED_SOURCES = "expected_sources";
  static final String SOURCE = "source";

  /** Columns a bank must have. */
  static final List<String> REQUIRED = List.of(ID, EXPECTED_LABEL);

  /** Every column Cytosis reads, in the order a scenario is written out as a row. */
  static final List<String> KNOWN = known();

  /** The known columns by {@link #key}: looked up for every cell of a bank. */
  private static final Map<String, String> KNOWN_BY_KEY =
      KNOWN.stream().collect(Collectors.toUnmodifiableMap(BankColumns::key, k -> k));

  /** A column name this close to a known one is probably a misspelling of it. */
  private static final LevenshteinDistance NEAR = new LevenshteinDistance(2);

  private BankColumns() {}

  private static List<String> known() {
    List<String> names =
        new ArrayList<>(
            List.of(
                ID, TITLE, DESCRIPTION, EXPECTED_LABEL, EXPECTED_STATUS, EXPECTED_SOURCES, SOURCE));
    EventJson.fieldNames().stream()
        .filter(f -> !f.equals(ID) && !f.equals(DESCRIPTION))
        .forEach(names::add);
    return List.copyOf(names);
  }

  /** The name reduced to what identifies a column: lower case, no spaces, '-' or '_'. */
  static String key(String name) {
    return CsvRows.columnKey(name);
  }

  /** The known column a header name stands for. */
  static Optional<String> canonical(String name) {
    return Optional.ofNullable(KNOWN_BY_KEY.get(key(name)));
  }

  static boolean isKnown(String name) {
    return canonical(name).isPresent();
  }

  /** The known column an unknown name is probably a misspelling of. */
  static Optional<String> misspelt(String name) {
    String key = key(name);
    return KNOWN.stream().filter(k -> NEAR.apply(key, key(k)) >= 0).findFirst();
  }

  /** The value of a known column in a row, whatever its spelling there; null when absent. */
  static String value(Map<String, String> row, String canonical) {
    String key = key(canonical);
    return row.entrySet().stream()
        .filter(e -> key(e.getKey()).equals(key))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Catalogue IDs as written in a cell: separated by commas, semicolons or spaces. */
  static List<String> sources(String cell) {
    return cell == null
        ? List.of()
        : List.of(cell.trim().split("[,;\\s]+")).stream().filter(s -> !s.isEmpty()).toList();
  }

  /** A scenario written out in the bank's columns, so that every format can show it as a row. */
  static Map<String, String> of(Scenario scenario) {
    Map<String, String> row = new LinkedHashMap<>();
    Expected key = scenario.expected();
    Map<String, String> event = eventFields(scenario.event());
    for (String column : KNOWN) {
      row.put(
          column,
          switch (column) {
            case TITLE -> blankIfNull(scenario.title());
            case EXPECTED_LABEL ->
                key.label() != null
                    ? key.label().name()
                    : key.status() == Status.NOT_BULK_TRANSPORT
                        ? Label.NOT_BULK_TRANSPORT.name()
                        : "";
            case EXPECTED_STATUS -> key.status() == null ? "" : key.status().name();
            case EXPECTED_SOURCES -> String.join(", ", key.sources());
            case SOURCE -> blankIfNull(scenario.source());
            default -> event.getOrDefault(column, "");
          });
    }
    return row;
  }

  /** The event's fields as text, by their JSON names. */
  private static Map<String, String> eventFields(CellEvent event) {
    Map<?, ?> fields = JsonSupport.MAPPER.convertValue(event, Map.class);
    return fields.entrySet().stream()
        .collect(Collectors.toMap(e -> (String) e.getKey(), e -> String.valueOf(e.getValue())));
  }

  private static String blankIfNull(String s) {
    return s == null ? "" : s;
  }
}
