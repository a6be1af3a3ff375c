package org.cytosis.text;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cytosis.io.InvalidInputException;

/**
 * Reads one lexicon file, or any other table of {@code rules/} written the same way: tab-separated,
 * a header row naming the columns, '#' starting a comment line, blank lines ignored, no quoting (a
 * phrase is written as it reads). Later columns may be left out; a column the header does not name
 * is an error.
 */
public final class TsvRows {

  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .enable(CsvParser.Feature.TRIM_SPACES)
          .build();

  private static final CsvSchema SCHEMA =
      CsvSchema.emptySchema()
          .withHeader()
          .withColumnSeparator('\t')
          .withoutQuoteChar()
          .withComments();

  /** One row: its 1-based line in the file and its cells by column name (blank cells left out). */
  public record Row(String source, int line, Map<String, String> cells) {

    /** A cell, or null when it is blank or left out. */
    public String get(String column) {
      return cells.get(column);
    }

    /** A required cell, or an error naming the file, line and column. */
    public String require(String column) {
      String value = cells.get(column);
      if (value == null) {
        throw problem(column, "is required");
      }
      return value;
    }

    public InvalidInputException problem(String column, String what) {
      return new InvalidInputException(source, line, column, what);
    }
  }

  private TsvRows() {}

  /**
   * Every row of one file, whose header must name exactly {@code columns}, in that order.
   *
   * @throws InvalidInputException naming the file (and line) when it cannot be read as such a table
   */
  public static List<Row> read(String source, Reader reader, List<String> columns) {
    List<Row> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
        MAPPER.readerFor(Map.class).with(SCHEMA).readValues(reader)) {
      checkHeader(source, it, columns);
      while (it.hasNextValue()) {
        int line = it.getParser().currentLocation().getLineNr();
        Map<String, String> cells = it.nextValue();
        cells.values().removeIf(v -> v == null || v.isBlank());
        rows.add(new Row(source, line, cells));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      String message =
          e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      throw new InvalidInputException(
          source, 0, null, "cannot be read as a tab-separated table: " + message);
    }
    return rows;
  }

  private static void checkHeader(
      String source, MappingIterator<Map<String, String>> it, List<String> columns)
      throws IOException {
    if (!it.hasNextValue()) {
      return;
    }
    CsvSchema header = (CsvSchema) it.getParserSchema();
    List<String> names = new ArrayList<>();
    header.forEach(c -> names.add(c.getName()));
    if (!names.equals(columns)) {
      throw new InvalidInputException(
          source,
          1,
          null,
          "has columns " + names + "; a file of this kind has " + columns + ", separated by tabs");
    }
  }
}
