package org.cytosis.validation;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cytosis.io.CsvRecords;
import org.cytosis.io.CsvRows;
import org.cytosis.io.EventJson;
import org.cytosis.io.InputLimits;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Label;
import org.cytosis.model.Status;
import org.cytosis.scenario.Expected;
import org.cytosis.scenario.Scenario;

/**
 * Reads a CSV bank: a header row naming the columns ({@code id}, {@code expected_label}, and
 * optionally {@code description}, {@code expected_status}, {@code expected_sources}, {@code
 * source}, {@code title} and any event field), then one scenario per row. Cells are read as
 * strictly as JSON fields; an empty cell means unknown. Columns Cytosis does not read are kept with
 * the row and carried through to the reports.
 */
final class CsvBankReader {

  private CsvBankReader() {}

  /**
   * Reads the header now and the rows lazily, as the records are taken.
   *
   * @param keyOptional whether the key may be left out (a bank read as the key of graded answers,
   *     where the rules' verdict stands in for a missing label): then only {@code id} is required
   */
  static BankStream open(String source, Reader input, boolean keyOptional) throws IOException {
    // The known column each header name stands for: found once for the file, not for every cell.
    Map<String, String> known = new HashMap<>();
    CsvRecords.Opened<BankRecord> opened =
        CsvRecords.open(
            source,
            input,
            new CsvRecords.Shape<>() {
              @Override
              public Optional<String> headerProblem(CsvRows.Row header) {
                return CsvBankReader.headerProblem(header, keyOptional);
              }

              @Override
              public BankRecord record(List<String> header, CsvRows.Row row) {
                return CsvBankReader.record(source, row, header, known, keyOptional);
              }

              @Override
              public BankRecord unreadable(InvalidInputException error) {
                return BankRecord.unreadable(source, error.line(), error, Map.of());
              }
            });
    if (opened.header() == null) {
      return new BankStream(source, List.of(), opened.records());
    }
    // Rows are read only once the stream is taken from, so after this.
    opened.header().forEach(name -> BankColumns.canonical(name).ifPresent(k -> known.put(name, k)));
    List<String> notes = misspeltColumns(source, opened.headerLine(), opened.header());
    return new BankStream(source, notes, opened.records());
  }

  private static Optional<String> headerProblem(CsvRows.Row header, boolean keyOptional) {
    return CsvRows.headerProblem(
        header,
        BankColumns::key,
        keyOptional ? List.of(BankColumns.ID) : BankColumns.REQUIRED,
        "a bank's header");
  }

  private static List<String> misspeltColumns(String source, int line, List<String> header) {
    return header.stream()
        .filter(name -> !BankColumns.isKnown(name))
        .flatMap(
            name ->
                BankColumns.misspelt(name)
                    .map(
                        known ->
                            source
                                + ":"
                                + line
                                + ": column \""
                                + name
                                + "\" is not one Cytosis reads, so it is carried through unchanged (did you mean \""
                                + known
                                + "\"?)")
                    .stream())
        .toList();
  }

  private static BankRecord record(
      String source,
      CsvRows.Row row,
      List<String> header,
      Map<String, String> known,
      boolean keyOptional) {
    int line = row.line();
    List<String> cells = row.cells();
    Map<String, String> columns = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(header.size(), cells.size()); i++) {
      columns.put(header.get(i), cells.get(i));
    }
    if (row.count() != header.size()) {
      return BankRecord.unreadable(
          source,
          line,
          new InvalidInputException(
              source,
              line,
              null,
              "has "
                  + InputLimits.count(row.count())
                  + " cells, but the header has "
                  + header.size()
                  + " columns"),
          columns);
    }
    try {
      return BankRecord.readable(
          source, line, scenario(source, line, columns, known, keyOptional), columns);
    } catch (InvalidInputException e) {
      return BankRecord.unreadable(source, line, e, columns);
    }
  }

  /** The scenario of one row; the first bad cell, in column order, is thrown. */
  private static Scenario scenario(
      String source,
      int line,
      Map<String, String> columns,
      Map<String, String> knownColumns,
      boolean keyOptional) {
    CellEvent.Builder event = CellEvent.builder();
    KeyCells key = new KeyCells();
    InvalidInputException first = null;
    for (Map.Entry<String, String> cell : columns.entrySet()) {
      String column = cell.getKey();
      String value = cell.getValue();
      Optional<String> known = Optional.ofNullable(knownColumns.get(column));
      if (known.isEmpty() || value.isBlank()) {
        continue; // carried through, or unknown
      }
      try {
        key.set(known.get(), column, value, event, source, line);
      } catch (InvalidInputException e) {
        first =
            first == null ? new InvalidInputException(source, line, column, e.problem()) : first;
      }
    }
    if (first != null) {
      throw first;
    }
    CellEvent built = event.build();
    if (built.id() == null) {
      throw new InvalidInputException(
          source,
          line,
          asWritten(columns, BankColumns.ID),
          "is empty: every scenario in a bank needs an id");
    }
    try {
      Expected expected =
          keyOptional && key.label == null && key.status == null
              ? Expected.none()
              : Expected.of(key.label, key.status, key.sources);
      return new Scenario(source, key.title, key.origin, built, expected);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          source, line, asWritten(columns, BankColumns.EXPECTED_LABEL), e.getMessage());
    }
  }

  /** The cells of a row that are not event fields: the key, title and source. */
  private static final class KeyCells {
    private Label label;
    private Status status;
    private List<String> sources = List.of();
    private String title;
    private String origin;

    void set(
        String known,
        String column,
        String value,
        CellEvent.Builder event,
        String source,
        int line) {
      InputLimits.checkText(known, value, source, line);
      switch (known) {
        case BankColumns.ID -> event.id(value.strip());
        case BankColumns.TITLE -> title = value;
        case BankColumns.SOURCE -> origin = value;
        case BankColumns.EXPECTED_LABEL ->
            label = EventJson.enumValue(Label.class, value, source, line, column);
        case BankColumns.EXPECTED_STATUS ->
            status = EventJson.enumValue(Status.class, value, source, line, column);
        case BankColumns.EXPECTED_SOURCES -> sources = BankColumns.sources(value);
        default -> EventJson.setField(event, known, value, source, line);
      }
    }
  }

  /** A known column's name as the header writes it. */
  private static String asWritten(Map<String, String> columns, String known) {
    return columns.keySet().stream()
        .filter(c -> BankColumns.key(c).equals(BankColumns.key(known)))
        .findFirst()
        .orElse(known);
  }
}
