package org.cytosis.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Where a batch command's report goes (stdout, or the {@code --out} file) and where its summary
 * goes then: nowhere else after a text report on stdout, which ends with it; to stderr when stdout
 * carries a machine-readable report, so that the report stays readable by programs; to stdout when
 * the report goes to a file.
 */
final class ReportOutput {

  private ReportOutput() {}

  /** Writes a report, and tells what it ended with. */
  @FunctionalInterface
  interface Writing<T> {
    T writeTo(Writer out) throws IOException;
  }

  /**
   * @param out the {@code --out} file, or null for stdout
   * @param summary the summary of what the report ended with, as lines
   */
  static <T> T write(
      Streams streams,
      Path out,
      boolean machineReadable,
      Writing<T> report,
      Function<T, String> summary)
      throws IOException {
    if (out != null) {
      T end;
      try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        end = report.writeTo(file);
      }
      streams.out().print(summary.apply(end));
      return end;
    }
    T end = report.writeTo(streams.out());
    streams.out().flush();
    if (machineReadable) {
      streams.err().print(summary.apply(end));
    }
    return end;
  }
}
