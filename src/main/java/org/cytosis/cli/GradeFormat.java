package org.cytosis.cli;

import org.cytosis.grading.report.CsvGradeReport;
import org.cytosis.grading.report.GradeReport;
import org.cytosis.grading.report.JsonGradeReport;
import org.cytosis.grading.report.TextGradeReport;

/** The report formats of {@code grade}. */
enum GradeFormat {
  text,
  json,
  csv;

  /** The report; with {@code concepts} (a key with concept questions), their columns too. */
  GradeReport report(boolean concepts) {
    return switch (this) {
      case text -> new TextGradeReport();
      case json -> new JsonGradeReport();
      case csv -> new CsvGradeReport(concepts);
    };
  }
}
