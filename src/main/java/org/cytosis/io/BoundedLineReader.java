package org.cytosis.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ended by \n, \r or \r\n, as {@code BufferedReader.readLine} does, but keeps at most
 * {@code max} characters of a line: a longer one is read to its end without being held, and only
 * its length is kept. A 100 MB line costs time in proportion to its length, and no memory.
 */
final class BoundedLineReader {

  /** A line: its text, or null when it is longer than the maximum; its length either way. */
  record Line(String text, long length) {
    boolean isTooLong() {
      return text == null;
    }
  }

  private final Reader in;
  private final int max;
  private final char[] buffer = new char[8192];
  private int position;
  private int end;
  private boolean afterCarriageReturn;

  BoundedLineReader(Reader in, int max) {
    this.in = in;
    this.max = max;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    StringBuilder text = new StringBuilder();
    long length = 0;
    boolean started = false;
    while (true) {
      if (position == end) {
        end = Math.max(0, in.read(buffer, 0, buffer.length));
        position = 0;
        if (end == 0) {
          return started ? line(text, length) : null;
        }
      }
      char c = buffer[position++];
      boolean lineFeedOfCrLf = afterCarriageReturn && c == '\n';
      afterCarriageReturn = c == '\r';
      if (lineFeedOfCrLf) {
        continue;
      }
      started = true;
      if (c == '\n' || c == '\r') {
        return line(text, length);
      }
      if (++length <= max) {
        text.append(c);
      }
    }
  }

  private Line line(StringBuilder text, long length) {
    return new Line(length <= max ? text.toString() : null, length);
  }
}
