package org.cytosis.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cytosis.io.EventJson;
import org.cytosis.io.InputLimits;
import org.cytosis.io.InvalidInputException;
import org.cytosis.io.NotUtf8Exception;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Label;
import org.cytosis.model.Status;
import org.cytosis.scenario.Expected;
import org.cytosis.scenario.Scenario;

/**
 * Reads a CSV bank: a header row naming the columns ({@code id}, {@code expected_label}, and
 * optionally {@code description}, {@code expected_status}, {@code expected_sources},
 * {@code source}, {@code title} and any event field), then one scenario per row. Cells are read
 * as strictly as JSON fields; an empty cell means unknown. Columns Cytosis does not read are kept
 * with the row and carried through to the reports.
 */
final class CsvBankReader {

  private static final CsvMapper CSV = CsvMapper.builder(CsvFactory.builder()
          .streamReadConstraints(InputLimits.jackson())
          .build())
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .build();

  private CsvBankReader() {}

  static Bank read(String source, Reader input) throws IOException {
    List<BankRecord> records = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    BufferedReader reader = new BufferedReader(input);
    skipByteOrderMark(reader);
    try (CsvParser parser = CSV.getFactory().createParser(reader)) {
      parser.setSchema(CsvSchema.emptySchema()); // the header is read as a row, to check it here
      List<String> header = null;
      for (Row row; (row = next(parser)) != null; ) {
        if (header == null) {
          Optional<String> problem = row.count() > InputLimits.MAX_CELLS
              ? Optional.of("has a header of " + InputLimits.count(row.count())
                  + " columns; a bank may have at most " + InputLimits.count(InputLimits.MAX_CELLS))
              : headerProblem(row.cells());
          if (problem.isPresent()) {
            records.add(BankRecord.unreadable(source, row.line(),
                new InvalidInputException(source, row.line(), null, problem.get()), Map.of()));
            return new Bank(source, records, notes);
          }
          header = row.cells().stream().map(String::trim).toList();
          notes.addAll(misspeltColumns(source, row.line(), header));
        } else {
          records.add(record(source, row, header));
        }
      }
    } catch (RowSyntaxError e) {
      records.add(syntaxError(source, e.line, (JsonProcessingException) e.getCause()));
    } catch (JsonProcessingException e) {
      records.add(syntaxError(source, 0, e));
    } catch (NotUtf8Exception e) {
      records.add(BankRecord.unreadable(source, e.line(), e.toInvalidInput(source), Map.of()));
    }
    return new Bank(source, records, notes);
  }

  /**
   * A row: the line it starts on, its first {@link InputLimits#MAX_CELLS} cells, and how many it
   * has (a row of ten million commas is counted, not held).
   */
  private record Row(int line, List<String> cells, int count) {}

  /** A syntax error ends the file: what follows it cannot be told apart into rows. */
  private static BankRecord syntaxError(String source, int rowLine, JsonProcessingException e) {
    int at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    int line = rowLine > 0 ? rowLine : at;
    String detail = e instanceof StreamConstraintsException limit ? InputLimits.describe(limit)
        : "is not valid CSV: " + e.getOriginalMessage().lines().findFirst().orElse("syntax error");
    String where = at > line ? " (read on to line " + at + "; the rest of the file is not read)"
        : " (the rest of the file is not read)";
    return BankRecord.unreadable(source, line,
        new InvalidInputException(source, line, null, detail + where), Map.of());
  }

  /**
   * The next row with the line it starts on, or null at the end. A syntax error (a quote never
   * closed, say) is reported at the line where its row starts, not where the parser gave up.
   */
  private static Row next(CsvParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      return null;
    }
    int line = 0;
    int count = 0;
    List<String> cells = new ArrayList<>();
    try {
      while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
        if (count++ == 0) {
          line = parser.currentTokenLocation().getLineNr(); // START_ARRAY's own location is stale
        }
        if (count <= InputLimits.MAX_CELLS) {
          cells.add(parser.getText());
        }
      }
    } catch (JsonProcessingException e) {
      throw new RowSyntaxError(line, e);
    }
    return new Row(line, cells, count);
  }

  /** A syntax error inside a row that had started on {@code line} (0 if no cell was read). */
  private static final class RowSyntaxError extends IOException {
    private final int line;

    RowSyntaxError(int line, JsonProcessingException cause) {
      super(cause);
      this.line = line;
    }
  }

  private static Optional<String> headerProblem(List<String> header) {
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).trim();
      if (name.isEmpty()) {
        return Optional.of("has a header whose column " + (i + 1) + " has no name");
      }
      String before = seen.putIfAbsent(BankColumns.key(name), name);
      if (before != null) {
        return Optional.of("has a header that names one column twice: \"" + before + "\" and \""
            + name + "\"");
      }
    }
    return BankColumns.REQUIRED.stream()
        .filter(required -> !seen.containsKey(BankColumns.key(required))).findFirst()
        .map(missing -> "has no \"" + missing + "\" column in its header (a bank's header needs "
            + String.join(", ", BankColumns.REQUIRED) + "; it has " + String.join(", ", header) + ")");
  }

  private static List<String> misspeltColumns(String source, int line, List<String> header) {
    return header.stream().filter(name -> !BankColumns.isKnown(name))
        .flatMap(name -> BankColumns.misspelt(name).map(known -> source + ":" + line + ": column \""
            + name + "\" is not one Cytosis reads, so it is carried through unchanged (did you mean \""
            + known + "\"?)").stream())
        .toList();
  }

  private static BankRecord record(String source, Row row, List<String> header) {
    int line = row.line();
    List<String> cells = row.cells();
    Map<String, String> columns = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(header.size(), cells.size()); i++) {
      columns.put(header.get(i), cells.get(i));
    }
    if (row.count() != header.size()) {
      return BankRecord.unreadable(source, line, new InvalidInputException(source, line, null,
          "has " + InputLimits.count(row.count()) + " cells, but the header has " + header.size()
              + " columns"), columns);
    }
    try {
      return BankRecord.readable(source, line, scenario(source, line, columns), columns);
    } catch (InvalidInputException e) {
      return BankRecord.unreadable(source, line, e, columns);
    }
  }

  /** The scenario of one row; the first bad cell, in column order, is thrown. */
  private static Scenario scenario(String source, int line, Map<String, String> columns) {
    CellEvent.Builder event = CellEvent.builder();
    KeyCells key = new KeyCells();
    InvalidInputException first = null;
    for (Map.Entry<String, String> cell : columns.entrySet()) {
      String column = cell.getKey();
      String value = cell.getValue();
      Optional<String> known = BankColumns.canonical(column);
      if (known.isEmpty() || value.isBlank()) {
        continue; // carried through, or unknown
      }
      try {
        key.set(known.get(), column, value, event, source, line);
      } catch (InvalidInputException e) {
        first = first == null
            ? new InvalidInputException(source, line, column, e.problem()) : first;
      }
    }
    if (first != null) {
      throw first;
    }
    CellEvent built = event.build();
    if (built.id() == null) {
      throw new InvalidInputException(source, line, asWritten(columns, BankColumns.ID),
          "is empty: every scenario in a bank needs an id");
    }
    try {
      Expected expected = Expected.of(key.label, key.status, key.sources);
      return new Scenario(source, key.title, key.origin, built, expected);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(source, line, asWritten(columns, BankColumns.EXPECTED_LABEL),
          e.getMessage());
    }
  }

  /** The cells of a row that are not event fields: the key, title and source. */
  private static final class KeyCells {
    private Label label;
    private Status status;
    private List<String> sources = List.of();
    private String title;
    private String origin;

    void set(String known, String column, String value, CellEvent.Builder event, String source,
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
        .filter(c -> BankColumns.key(c).equals(BankColumns.key(known))).findFirst().orElse(known);
  }

  private static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }
}
