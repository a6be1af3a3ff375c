package org.cytosis.cli;

import org.cytosis.validation.report.CsvValidationReport;
import org.cytosis.validation.report.JsonValidationReport;
import org.cytosis.validation.report.JunitValidationReport;
import org.cytosis.validation.report.TextValidationReport;
import org.cytosis.validation.report.ValidationReport;

/** The report formats of {@code validate}. */
enum ValidateFormat {
  text,
  json,
  junit,
  csv;

  ValidationReport report() {
    return switch (this) {
      case text -> new TextValidationReport();
      case json -> new JsonValidationReport();
      case junit -> new JunitValidationReport();
      case csv -> new CsvValidationReport();
    };
  }
}
