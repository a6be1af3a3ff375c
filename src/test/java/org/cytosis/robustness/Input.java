package org.cytosis.robustness;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * Input for a test, made when it is read: small inputs from bytes, and huge ones (a 100 MB line) as
 * a head, one byte repeated, and a tail, so that the test itself holds none of it.
 */
@FunctionalInterface
interface Input {

  InputStream open();

  static Input utf8(String text) {
    return bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  static Input bytes(byte[] bytes) {
    return () -> new ByteArrayInputStream(bytes);
  }

  /** {@code head}, then {@code count} times {@code filler}, then {@code tail} (all ASCII). */
  static Input huge(String head, char filler, long count, String tail) {
    return () ->
        new SequenceInputStream(
            Collections.enumeration(
                List.of(
                    new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                    new Repeated((byte) filler, count),
                    new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
  }

  /** One byte, {@code count} times, without holding them. */
  final class Repeated extends InputStream {
    private final byte value;
    private long left;

    Repeated(byte value, long count) {
      this.value = value;
      this.left = count;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return value & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(length, left);
      java.util.Arrays.fill(buffer, offset, offset + n, value);
      left -= n;
      return n;
    }
  }
}
