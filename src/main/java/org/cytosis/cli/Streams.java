package org.cytosis.cli;

import java.io.InputStream;
import java.io.PrintWriter;

/** The standard streams of one run of the command line. */
record Streams(InputStream in, PrintWriter out, PrintWriter err) {}
