package org.cytosis.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Text a streamed report writes now but must place later in its output (a text report's details
 * after its table, JUnit test cases after their suite's totals), kept in a temporary file rather
 * than in memory, so that memory stays constant whatever the run's size. Everything is written
 * first, then read back by character ranges; the file is deleted on {@link #close}. Nothing is
 * created until the first write.
 */
public final class Spill implements Closeable {

  private Path file;
  private Writer writer;
  private BufferedReader reader;
  private long written;
  private long read;

  /** Appends text. */
  public void write(String text) throws IOException {
    if (reader != null) {
      throw new IllegalStateException("a spill is read once, after everything is written");
    }
    if (writer == null) {
      file = Files.createTempFile("cytosis-", ".spill"); // readable by the owner only
      writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
    writer.write(text);
    written += text.length();
  }

  /** The temporary file, or null before the first write. */
  Path file() {
    return file;
  }

  /** How many characters have been written so far: where the next write starts. */
  public long length() {
    return written;
  }

  /**
   * Copies {@code chars} characters, starting at character {@code from}, to {@code out}; the first
   * copy ends the writing. Copies that follow each other read on; one that goes back reads the file
   * again from its start.
   */
  public void copyTo(Writer out, long from, long chars) throws IOException {
    if (chars == 0) {
      return;
    }
    if (reader != null && from < read) {
      reader.close();
      reader = null;
    }
    if (reader == null) {
      writer.close();
      reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
      read = 0;
    }
    skip(from - read);
    char[] buffer = new char[8192];
    long left = chars;
    while (left > 0) {
      int n = reader.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new IOException(file + " ended " + left + " characters early");
      }
      out.write(buffer, 0, n);
      left -= n;
      read += n;
    }
  }

  /** Copies everything written to {@code out}. */
  public void copyTo(Writer out) throws IOException {
    copyTo(out, 0, written);
  }

  private void skip(long chars) throws IOException {
    long left = chars;
    while (left > 0) {
      long skipped = reader.skip(left);
      if (skipped <= 0) {
        throw new IOException(file + " ended " + left + " characters early");
      }
      left -= skipped;
      read += skipped;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (writer != null) {
        writer.close();
      }
      if (reader != null) {
        reader.close();
      }
    } finally {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    }
  }
}
