package org.cytosis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * A progress bar on stderr for long runs, drawn by {@code me.tongfei:progressbar}; shown only
 * when stderr is a terminal of the process itself and the run has at least {@link #MIN_RECORDS}
 * records, so that pipes, files, CI logs and tests never see it; and not when the report itself
 * streams to the same screen (stdout a terminal too), where the rows already show the progress
 * and the bar would be drawn across them.
 */
final class ProgressDisplay implements AutoCloseable {

  /** Below this many records a run is over before a bar is worth drawing. */
  static final int MIN_RECORDS = 1000;

  private final ProgressBar bar;
  private final PrintWriter err;

  private ProgressDisplay(ProgressBar bar, PrintWriter err) {
    this.bar = bar;
    this.err = err;
  }

  /** @param reportOnStdout whether the report is written to stdout as the run goes */
  static ProgressDisplay open(Streams streams, String task, int total, boolean reportOnStdout) {
    if (total < MIN_RECORDS || !streams.processStreams() || !isTerminal(SystemStream.Error)
        || reportOnStdout && isTerminal(SystemStream.Output)) {
      return new ProgressDisplay(null, null);
    }
    var err = streams.err();
    return new ProgressDisplay(new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setConsumer(new DelegatingProgressBarConsumer(line -> {
          err.print('\r' + line);
          err.flush();
        }))
        .clearDisplayOnFinish()
        .build(), err);
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
