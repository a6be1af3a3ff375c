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
 * Decodes UTF-8 with the JDK's decoder set to report errors, and counts line breaks as it decodes,
 * so that a bad byte can be placed on its line. Unlike {@code InputStreamReader}, which throws
 * without saying where and drops what it had decoded in the same call, it hands out every character
 * before the bad byte first, and throws only when the bad byte is next. A reader of records asks
 * instead for the bad bytes to be marked ({@link #markBadBytes}): each becomes U+FFFD and a mark
 * saying where, and reading goes on.
 *
 * <p>Before decoding it looks at the first bytes, and refuses input that is plainly not text
 * ({@link NotTextException}, see {@link TextSniff}).
 */
final class StrictUtf8Reader extends Reader {

  /**
   * Bytes looked at to tell text from binary input: as many as the first read gives, at least this.
   */
  private static final int SNIFF_AT_LEAST = 16;

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  private boolean endOfInput;
  private boolean finished;
  private boolean sniffed;
  private NotTextException notText;

  /** Where bad bytes are marked, or null when the first one is thrown. */
  private BadBytes marks;

  /** The bad byte once the decoder has met it (when not marking), -1 before. */
  private int badByte = -1;

  private int badLine;

  /** Characters decoded so far, and the line the next one is on. */
  private long decoded;

  private int line = 1;
  private boolean afterCarriageReturn;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
  }

  /**
   * From now on a bad byte becomes U+FFFD and a mark in the returned {@link BadBytes}, at its
   * offset in the decoded text, instead of an exception. Call before reading.
   */
  BadBytes markBadBytes() {
    if (marks == null) {
      marks = new BadBytes();
    }
    return marks;
  }

  /**
   * Reads the first bytes and refuses input that is plainly not text; done before the first read
   * anyway, and at once by {@link Utf8Input#open} so that a file is refused as it is opened.
   */
  void checkText() throws IOException {
    if (notText != null) {
      throw notText;
    }
    if (sniffed) {
      return;
    }
    sniffed = true;
    bytes.clear();
    int n = 0;
    while (n < SNIFF_AT_LEAST) {
      int read = in.read(bytes.array(), n, bytes.capacity() - n);
      if (read < 0) {
        endOfInput = true;
        break;
      }
      n += read;
    }
    bytes.position(0).limit(n);
    String problem = TextSniff.problem(bytes.array(), n);
    if (problem != null) {
      notText = new NotTextException(problem);
      throw notText;
    }
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    checkText();
    while (!chars.hasRemaining()) {
      if (badByte >= 0) {
        throw new NotUtf8Exception(badLine, badByte);
      }
      if (finished) {
        return -1;
      }
      decodeMore();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
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
    while (true) {
      int from = chars.position();
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      count(from, chars.position());
      if (result.isError()) {
        int value = bytes.get(bytes.position()) & 0xFF;
        if (marks == null) {
          badByte = value;
          badLine = line;
        } else if (chars.hasRemaining()) {
          marks.add(decoded, line, value);
          bytes.position(bytes.position() + result.length());
          chars.put('\uFFFD');
          count(chars.position() - 1, chars.position());
          continue;
        } // else no room for U+FFFD: the next call meets the byte again
      } else if (endOfInput && result.isUnderflow() && decoder.flush(chars).isUnderflow()) {
        finished = true;
      }
      break;
    }
    chars.flip();
  }

  /**
   * Counts the characters decoded into {@code chars} between two positions, and their line breaks:
   * \n, \r and \r\n one each, as JSON and CSV parsers count them.
   */
  private void count(int from, int to) {
    char[] array = chars.array();
    for (int i = from; i < to; i++) {
      char c = array[i];
      if (c == '\r' || (c == '\n' && !afterCarriageReturn)) {
        line++;
      }
      afterCarriageReturn = c == '\r';
    }
    decoded += to - from;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
