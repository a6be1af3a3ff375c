package org.cytosis.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A report being written as the results of a run come, in input order, so that a run of any size is
 * reported in constant memory. {@link #render} turns a result into the report's text for it and may
 * run on any thread (the worker that made the result: rendering is part of the per-record work);
 * {@link #write} and {@link #finish} run on one thread, in input order. Closing it releases what it
 * holds (a temporary file), finished or not.
 *
 * @param <R> a result
 * @param <P> a result as rendered
 * @param <E> what the report ends with: the run's counts or summary
 */
public interface ReportSink<R, P, E> extends Closeable {

  /** The result as this report writes it; thread-safe, with no effect on the report. */
  P render(R result);

  /** Writes the next result, rendered. */
  void write(R result, P rendered) throws IOException;

  /** Writes what follows the results, which needs them all. */
  void finish(E end) throws IOException;

  @Override
  default void close() throws IOException {
    // nothing held
  }

  /** A result with its rendering, to carry from the worker that made both to the writing. */
  record Rendered<R, P>(R result, P text) {}

  /** Renders a result and keeps it with its rendering. */
  default Rendered<R, P> rendered(R result) {
    return new Rendered<>(result, render(result));
  }

  default void write(Rendered<R, P> rendered) throws IOException {
    write(rendered.result(), rendered.text());
  }

  /** A report of one line per result (JSON Lines, say), with nothing after the results. */
  static <R, E> ReportSink<R, String, E> lines(Writer out, Function<? super R, String> line) {
    return new ReportSink<>() {
      @Override
      public String render(R result) {
        return line.apply(result);
      }

      @Override
      public void write(R result, String rendered) throws IOException {
        out.write(rendered);
        out.write('\n');
      }

      @Override
      public void finish(E end) {
        // one line per result is all
      }
    };
  }

  /**
   * A CSV table of one row per result under the given columns (see {@link CsvTable}), with nothing
   * after the results.
   */
  static <R, E> ReportSink<R, Map<String, String>, E> table(
      Writer out, List<String> columns, Function<? super R, Map<String, String>> row)
      throws IOException {
    CsvTable.Rows table = CsvTable.open(out, columns);
    return new ReportSink<>() {
      @Override
      public Map<String, String> render(R result) {
        return row.apply(result);
      }

      @Override
      public void write(R result, Map<String, String> rendered) throws IOException {
        table.write(rendered);
      }

      @Override
      public void finish(E end) throws IOException {
        table.close();
      }
    };
  }
}
