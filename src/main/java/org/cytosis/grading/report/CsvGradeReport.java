package org.cytosis.grading.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.cytosis.grading.GradingRun;
import org.cytosis.report.CsvTable;

/**
 * The answers file again, every input column and row as given, with the grading columns added
 * (see {@link Rows}); every cell made safe for spreadsheets.
 */
public final class CsvGradeReport implements GradeReport {

  @Override
  public void write(GradingRun run, Writer out) throws IOException {
    List<String> columns = Rows.columns(run);
    CsvTable.write(out, columns, run.results().stream().map(g -> Rows.row(g, columns)).toList());
  }
}
