package org.cytosis.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/**
 * The standard streams of one run of the command line. {@code processStreams} is true only when
 * they are the process's own (from {@link Main#main}), so that terminal-only output such as a
 * progress bar never appears in tests.
 */
record Streams(InputStream in, PrintWriter out, PrintWriter err, boolean processStreams) {

  Streams(InputStream in, PrintWriter out, PrintWriter err) {
    this(in, out, err, false);
  }
}
