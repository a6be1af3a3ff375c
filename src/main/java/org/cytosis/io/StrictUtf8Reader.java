package org.cytosis.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 with the JDK's decoder set to report errors, and counts line breaks as it hands
 * characters out, so that the first bad byte can be placed on its line. Unlike
 * {@code InputStreamReader}, which throws without saying where and drops what it had decoded in
 * the same call, it hands out every character before the bad byte first, and throws only when the
 * bad byte is next.
 */
final class StrictUtf8Reader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  private boolean endOfInput;
  private boolean finished;
  /** The bad byte once the decoder has met it, -1 before. */
  private int badByte = -1;
  private int line = 1;
  private boolean afterCarriageReturn;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (badByte >= 0) {
        throw new NotUtf8Exception(line, badByte);
      }
      if (finished) {
        return -1;
      }
      decodeMore();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    countLines(buffer, offset, n);
    return n;
  }

  /**
   * After a {@link NotUtf8Exception}: drops the rest of the bad byte's line, its line break included
   * (\n, \r or \r\n), so that reading goes on with the next line. For line-by-line formats, where a
   * bad byte spoils one record and not the rest of the file.
   */
  void skipBadLine() throws IOException {
    if (badByte < 0) {
      throw new IllegalStateException("no bad byte to skip");
    }
    badByte = -1;
    decoder.reset();
    while (true) {
      if (!bytes.hasRemaining() && !refill()) {
        finished = true;
        return;
      }
      byte b = bytes.get();
      if (b == '\n' || b == '\r') {
        if (b == '\r' && (bytes.hasRemaining() || refill()) && bytes.get(bytes.position()) == '\n') {
          bytes.get();
        }
        line++;
        afterCarriageReturn = false;
        return;
      }
    }
  }

  /** Reads more bytes into the empty buffer; false at the end of the input. */
  private boolean refill() throws IOException {
    if (endOfInput) {
      return false;
    }
    bytes.clear();
    int n = in.read(bytes.array(), 0, bytes.capacity());
    if (n < 0) {
      endOfInput = true;
      bytes.limit(0);
      return false;
    }
    bytes.limit(n);
    return true;
  }

  /** Decodes the next characters into {@code chars}, which the caller has used up. */
  private void decodeMore() throws IOException {
    if (!endOfInput) {
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
    chars.clear();
    CoderResult result = decoder.decode(bytes, chars, endOfInput);
    if (result.isError()) {
      badByte = bytes.get(bytes.position()) & 0xFF;
    } else if (endOfInput && result.isUnderflow() && decoder.flush(chars).isUnderflow()) {
      finished = true;
    }
    chars.flip();
  }

  /** Counts \n, \r and \r\n as one line break each, as JSON and CSV parsers do. */
  private void countLines(char[] buffer, int offset, int n) {
    for (int i = offset; i < offset + n; i++) {
      char c = buffer[i];
      if (c == '\r' || (c == '\n' && !afterCarriageReturn)) {
        line++;
      }
      afterCarriageReturn = c == '\r';
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
