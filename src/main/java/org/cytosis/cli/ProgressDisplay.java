package org.cytosis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * A progress bar on stderr for long runs, drawn by {@code me.tongfei:progressbar}; shown only when
 * stderr is a terminal of the process itself and the run has at least {@link #MIN_RECORDS} records,
 * so that pipes, files, CI logs and tests never see it; and not when the report itself streams to
 * the same screen (stdout a terminal too), where the rows already show the progress and the bar
 * would be drawn across them.
 */
final class ProgressDisplay implements AutoCloseable {

  /** Below this many records a run is over before a bar is worth drawing. */
  static final int MIN_RECORDS = 1000;

  /**
   * The same for events explained, each of which costs some hundreds of rule runs: fifty take a few
   * seconds, long enough to wonder whether the run hangs.
   */
  static final int MIN_EXPLAINED = 50;

  private final ProgressBar bar;
  private final PrintWriter err;

  private ProgressDisplay(ProgressBar bar, PrintWriter err) {
    this.bar = bar;
    this.err = err;
  }

  /** No bar: a run that shows none whatever its length. */
  static ProgressDisplay none() {
    return new ProgressDisplay(null, null);
  }

  /**
   * @param reportOnStdout whether the report is written to stdout as the run goes
   */
  static ProgressDisplay open(Streams streams, String task, int total, boolean reportOnStdout) {
    return open(streams, task, total, MIN_RECORDS, reportOnStdout);
  }

  /**
   * @param total the records to come, or -1 when they cannot be counted ahead (stdin): the bar then
   *     counts them without an end
   * @param min the fewest records worth a bar
   */
  static ProgressDisplay open(
      Streams streams, String task, long total, int min, boolean reportOnStdout) {
    if (total >= 0 && total < min || !wanted(streams, reportOnStdout)) {
      return new ProgressDisplay(null, null);
    }
    var err = streams.err();
    return new ProgressDisplay(
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setConsumer(
                new DelegatingProgressBarConsumer(
                    line -> {
                      err.print('\r' + line);
                      err.flush();
                    }))
            .clearDisplayOnFinish()
            .build(),
        err);
  }

  /**
   * Whether a bar would be drawn for a run long enough: so that a command counts its records ahead
   * only when the count will be shown.
   */
  static boolean wanted(Streams streams, boolean reportOnStdout) {
    return streams.processStreams()
        && isTerminal(SystemStream.Error)
        && !(reportOnStdout && isTerminal(SystemStream.Output));
  }

  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      err.print('\r'); // the cleared bar leaves the cursor at the end of a blank line
      err.flush();
    }
  }

  /** Java 17 cannot ask whether a stream is a terminal; JLine (the progress bar's own) can. */
  private static boolean isTerminal(SystemStream stream) {
    try {
      return TerminalProvider.load("exec").isSystemStream(stream);
    } catch (IOException | RuntimeException | LinkageError e) {
      return false; // cannot tell: stay quiet
    }
  }
}
