package org.cytosis.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a table as CSV with Jackson's CSV module: a header row, then one row per map (a column a
 * row lacks is an empty cell). Every cell, header names included, goes through
 * {@link SpreadsheetSafe}; only the cells that need it are quoted.
 */
public final class CsvTable {

  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private CsvTable() {}

  public static void write(Writer out, List<String> columns, Iterable<Map<String, String>> rows)
      throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder();
    columns.forEach(c -> schema.addColumn(SpreadsheetSafe.cell(c)));
    try (SequenceWriter writer = CSV.writer(schema.build().withHeader()).writeValues(out)) {
      for (Map<String, String> row : rows) {
        Map<String, String> safe = new LinkedHashMap<>();
        columns.forEach(c -> safe.put(SpreadsheetSafe.cell(c), SpreadsheetSafe.cell(row.get(c))));
        writer.write(safe);
      }
    }
  }
}
