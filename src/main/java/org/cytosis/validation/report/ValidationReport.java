package org.cytosis.validation.report;

import java.io.IOException;
import java.io.Writer;
import org.cytosis.validation.ValidationRun;

/** Writes the results of a validation run in one format, every result once, in input order. */
public interface ValidationReport {

  void write(ValidationRun run, Writer out) throws IOException;

  /** Whether the report is for programs, so that the summary line must go elsewhere. */
  default boolean isMachineReadable() {
    return true;
  }
}
