package org.cytosis.grading;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cytosis.io.CsvRecords;
import org.cytosis.io.CsvRows;
import org.cytosis.io.EventJson;
import org.cytosis.io.InputLimits;
import org.cytosis.io.InvalidInputException;
import org.cytosis.io.JsonRecords;
import org.cytosis.io.JsonSupport;
import org.cytosis.io.LazyRecords;

/**
 * Reads answers: a CSV file ({@code .csv}) with a header naming {@code student_id}, {@code
 * scenario_id}, {@code answer} and optionally {@code justification} and any other columns (carried
 * through to the reports), or JSON Lines (anything else) of objects with the same fields. Every row
 * becomes one {@link AnswerRecord}, in input order, readable or not: a row missing its student or
 * scenario id, a row with the wrong number of cells or a JSON line that is not an answer object is
 * kept with the reason it cannot be graded.
 */
public final class AnswerReader {

  private AnswerReader() {}

  /**
   * The rows of an answers file, CSV when its name ends in {@code .csv}, JSON Lines otherwise; a
   * row that cannot be read is a record with its error.
   *
   * @param file the answers file
   * @return its rows, in input order
   * @throws InvalidInputException when the file itself cannot be opened or read
   */
  public static List<AnswerRecord> read(Path file) {
    try (Stream<AnswerRecord> records = stream(file)) {
      return records.toList();
    }
  }

  /**
   * The rows of a file read lazily, in input order, as they are taken: answers of any number in
   * constant memory. Close the stream when done.
   *
   * @param file the answers file
   * @return its rows, read lazily
   * @throws InvalidInputException when the file cannot be opened; taking rows throws it when the
   *     file cannot be read further
   */
  public static Stream<AnswerRecord> stream(Path file) {
    return LazyRecords.openFile(
        file,
        reader ->
            stream(
                file.toString(),
                reader,
                file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")));
  }

  /**
   * Reads answers that are not a file (an upload, say): CSV when {@code csv}, JSON Lines otherwise.
   * {@code source} names them in messages.
   *
   * @param source names the answers in messages
   * @param reader the answers
   * @param csv whether they are CSV rather than JSON Lines
   * @return the rows, in input order
   * @throws InvalidInputException when the reader fails
   */
  public static List<AnswerRecord> read(String source, Reader reader, boolean csv) {
    try (Stream<AnswerRecord> records = stream(source, reader, csv)) {
      return records.toList();
    } catch (IOException e) {
      throw LazyRecords.unreadable(source, e);
    }
  }

  private static Stream<AnswerRecord> stream(String source, Reader reader, boolean csv)
      throws IOException {
    return csv ? streamCsv(source, reader) : streamJson(source, reader);
  }

  static List<AnswerRecord> readCsv(String source, Reader input) throws IOException {
    try (Stream<AnswerRecord> records = streamCsv(source, input)) {
      return records.toList();
    }
  }

  private static Stream<AnswerRecord> streamCsv(String source, Reader input) throws IOException {
    return CsvRecords.open(
            source,
            input,
            new CsvRecords.Shape<AnswerRecord>() {
              @Override
              public Optional<String> headerProblem(CsvRows.Row header) {
                return CsvRows.headerProblem(
                    header, AnswerRecord::key, AnswerRecord.REQUIRED, "an answers file");
              }

              @Override
              public AnswerRecord record(List<String> header, CsvRows.Row row) {
                return csvRecord(source, row, header);
              }

              @Override
              public AnswerRecord unreadable(InvalidInputException error) {
                return new AnswerRecord(source, error.line(), Map.of(), error);
              }
            })
        .records();
  }

  private static AnswerRecord csvRecord(String source, CsvRows.Row row, List<String> header) {
    Map<String, String> columns = new LinkedHashMap<>();
    List<String> cells = row.cells();
    for (int i = 0; i < Math.min(header.size(), cells.size()); i++) {
      columns.put(header.get(i), cells.get(i));
    }
    if (row.count() != header.size()) {
      return new AnswerRecord(
          source,
          row.line(),
          columns,
          new InvalidInputException(
              source,
              row.line(),
              null,
              "has "
                  + InputLimits.count(row.count())
                  + " cells, but the header has "
                  + header.size()
                  + " columns"));
    }
    return checked(source, row.line(), columns);
  }

  /**
   * A row with both ids, and ids and texts within {@link InputLimits}, is gradable; one without is
   * kept with the reason.
   */
  private static AnswerRecord checked(String source, int line, Map<String, String> columns) {
    AnswerRecord record = new AnswerRecord(source, line, columns, null);
    for (String id : List.of(AnswerRecord.STUDENT_ID, AnswerRecord.SCENARIO_ID)) {
      String value = record.value(id);
      if (value == null || value.isBlank()) {
        return new AnswerRecord(
            source,
            line,
            columns,
            new InvalidInputException(
                source,
                line,
                record.columnName(id),
                value == null ? "is required" : "is empty: every answer needs a " + id));
      }
    }
    try {
      for (String field : List.of(AnswerRecord.STUDENT_ID, AnswerRecord.SCENARIO_ID)) {
        InputLimits.checkText(record.columnName(field), record.value(field), source, line);
      }
      for (String field : List.of(AnswerRecord.ANSWER, AnswerRecord.JUSTIFICATION)) {
        if (record.value(field) != null) {
          InputLimits.checkProse(record.columnName(field), record.value(field), source, line);
        }
      }
    } catch (InvalidInputException e) {
      return new AnswerRecord(source, line, columns, e);
    }
    return record;
  }

  static List<AnswerRecord> readJson(String source, Reader reader) {
    try (Stream<AnswerRecord> records = streamJson(source, reader)) {
      return records.toList();
    }
  }

  private static Stream<AnswerRecord> streamJson(String source, Reader reader) {
    return LazyRecords.of(
        JsonRecords.read(source, reader, AnswerReader::readObject, "an answer object")
            .map(
                item ->
                    item.error() != null
                        ? new AnswerRecord(source, item.line(), Map.of(), item.error())
                        : checked(source, item.line(), item.value()))
            .iterator(),
        source,
        reader);
  }

  /**
   * One answer object: every field as text, in order. Known fields must be strings (or numbers).
   */
  private static Map<String, String> readObject(JsonParser parser, String source, int lineOffset)
      throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    InvalidInputException first = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      int line = lineOffset + parser.currentLocation().getLineNr();
      JsonToken value = parser.nextToken();
      boolean known =
          AnswerRecord.REQUIRED.stream()
                  .anyMatch(k -> AnswerRecord.key(k).equals(AnswerRecord.key(name)))
              || AnswerRecord.key(name).equals(AnswerRecord.key(AnswerRecord.JUSTIFICATION));
      if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
        if (known && first == null) {
          first =
              new InvalidInputException(
                  source, line, name, "must be a string, not " + EventJson.describe(value));
        }
        // The record readers' parser has no codec of its own: the mapper reads the tree.
        fields.put(name, JsonSupport.MAPPER.readTree(parser).toString());
      } else {
        fields.put(name, value == JsonToken.VALUE_NULL ? "" : parser.getText());
      }
    }
    if (first != null) {
      throw first;
    }
    Optional<String> missing =
        AnswerRecord.REQUIRED.stream()
            .filter(
                r ->
                    fields.keySet().stream()
                        .noneMatch(f -> AnswerRecord.key(f).equals(AnswerRecord.key(r))))
            .findFirst();
    if (missing.isPresent()) {
      throw new InvalidInputException(
          source,
          lineOffset + parser.currentLocation().getLineNr(),
          missing.get(),
          "is required (an answer object has "
              + String.join(", ", AnswerRecord.REQUIRED)
              + ", and optionally "
              + AnswerRecord.JUSTIFICATION
              + ")");
    }
    return fields;
  }
}
