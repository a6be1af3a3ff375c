package org.cytosis.grading.report;

import java.io.IOException;
import java.io.Writer;
import org.cytosis.grading.GradingRun;

/** Writes the graded answers of a run in one format, every input row once, in input order. */
public interface GradeReport {

  void write(GradingRun run, Writer out) throws IOException;

  /** Whether the report is for programs, so that the summary must go elsewhere. */
  default boolean isMachineReadable() {
    return true;
  }
}
