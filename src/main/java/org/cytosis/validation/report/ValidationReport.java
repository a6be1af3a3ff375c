package org.cytosis.validation.report;

import java.io.IOException;
import java.io.Writer;
import org.cytosis.output.ReportSink;
import org.cytosis.validation.ValidationResult;
import org.cytosis.validation.ValidationRun;
import org.cytosis.validation.ValidationTally;

/**
 * Writes the results of a validation run in one format, every result once, in input order, as the
 * results arrive: {@link #open} starts the report, its {@link ReportSink} takes each result, then
 * finishes with what needs them all (the summary line, the totals). What a format must know of the
 * whole input before the first result (a CSV header's columns, a table's widths) comes from a
 * {@link BankSurvey}, a first pass over the records that keeps none of them.
 */
public interface ValidationReport {

  /**
   * Starts the report on {@code out}.
   *
   * @param survey what the first pass over the run's records found
   * @param strict whether the results carry lint
   */
  ReportSink<ValidationResult, ?, ValidationTally> open(
      Writer out, BankSurvey survey, boolean strict) throws IOException;

  /** Whether the report is for programs, so that the summary line must go elsewhere. */
  default boolean isMachineReadable() {
    return true;
  }

  /** Writes a whole run at once. */
  default void write(ValidationRun run, Writer out) throws IOException {
    BankSurvey survey = new BankSurvey();
    run.results().forEach(r -> survey.add(r.record()));
    try (ReportSink<ValidationResult, ?, ValidationTally> sink = open(out, survey, run.strict())) {
      writeAll(sink, run);
    }
  }

  private static <P> void writeAll(
      ReportSink<ValidationResult, P, ValidationTally> sink, ValidationRun run) throws IOException {
    for (ValidationResult result : run.results()) {
      sink.write(result, sink.render(result));
    }
    sink.finish(run.tally());
  }
}
