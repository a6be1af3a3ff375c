package org.cytosis.grading.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.cytosis.grading.GradedAnswer;
import org.cytosis.grading.GradingRun;
import org.cytosis.output.InputSurvey;
import org.cytosis.output.ReportSink;

/**
 * The answers file again, every input column and row as given, with the grading columns added (see
 * {@link Rows}); every cell made safe for spreadsheets. The columns are the union of every row's
 * (from the survey of the answers), so rows are written as they are graded.
 */
public final class CsvGradeReport implements GradeReport {

  private final boolean conceptColumns;

  /** The report of a key of scenarios only. */
  public CsvGradeReport() {
    this(false);
  }

  /** With {@code conceptColumns}, also the columns of answers to concept questions. */
  public CsvGradeReport(boolean conceptColumns) {
    this.conceptColumns = conceptColumns;
  }

  @Override
  public ReportSink<GradedAnswer, Map<String, String>, GradingRun> open(
      Writer out, InputSurvey answers) throws IOException {
    List<String> added = new java.util.ArrayList<>(Rows.ADDED);
    if (conceptColumns) {
      added.addAll(Rows.CONCEPT_ADDED);
    }
    List<String> columns = answers.columnsWith(added);
    return ReportSink.table(out, columns, graded -> Rows.row(graded, columns));
  }
}
