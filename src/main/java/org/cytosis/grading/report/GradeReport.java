package org.cytosis.grading.report;

import java.io.IOException;
import java.io.Writer;
import org.cytosis.grading.GradedAnswer;
import org.cytosis.grading.GradingRun;
import org.cytosis.output.InputSurvey;
import org.cytosis.output.ReportSink;

/**
 * Writes the graded answers of a run in one format, every input row once, in input order, as they
 * are graded: {@link #open} starts the report, its {@link ReportSink} takes each graded answer,
 * then finishes with the run's summary where the format has one. What a format must know of every
 * row before the first (a CSV header's columns) comes from an {@link InputSurvey} of the answers, a
 * first pass that keeps none of them.
 */
public interface GradeReport {

  /** Starts the report on {@code out}. */
  ReportSink<GradedAnswer, ?, GradingRun> open(Writer out, InputSurvey answers) throws IOException;

  /** Whether the report is for programs, so that the summary must go elsewhere. */
  default boolean isMachineReadable() {
    return true;
  }
}
