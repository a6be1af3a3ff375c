package org.cytosis.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a table as CSV with Jackson's CSV module: a header row, then one row per map (a column a
 * row lacks is an empty cell). Every cell, header names included, goes through {@link
 * SpreadsheetSafe}; only the cells that need it are quoted. Rows can be written all at once or one
 * at a time as they are made ({@link #open}); the writer given is flushed, never closed.
 */
public final class CsvTable {

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private CsvTable() {}

  public static void write(Writer out, List<String> columns, Iterable<Map<String, String>> rows)
      throws IOException {
    try (Rows table = open(out, columns)) {
      for (Map<String, String> row : rows) {
        table.write(row);
      }
    }
  }

  /** Starts a table with the given columns; its header row is written with the first row. */
  public static Rows open(Writer out, List<String> columns) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder();
    columns.forEach(c -> schema.addColumn(SpreadsheetSafe.cell(c)));
    return new Rows(
        columns,
        CSV.writer(schema.build().withHeader())
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writeValues(out));
  }

  /** A table being written, row by row. Closing it flushes the rows to the writer. */
  public static final class Rows implements Closeable {
    private final List<String> columns;
    private final SequenceWriter writer;

    private Rows(List<String> columns, SequenceWriter writer) {
      this.columns = columns;
      this.writer = writer;
    }

    public void write(Map<String, String> row) throws IOException {
      Map<String, String> safe = new LinkedHashMap<>();
      columns.forEach(c -> safe.put(SpreadsheetSafe.cell(c), SpreadsheetSafe.cell(row.get(c))));
      writer.write(safe);
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }
}
