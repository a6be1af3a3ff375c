package org.cytosis.io;

import java.io.IOException;
import java.util.Locale;

/**
 * Input that is not UTF-8, found by {@link Utf8Input}: where the first byte that cannot be read as
 * UTF-8 is. Readers of records turn it into the last record's error, since what follows cannot be
 * trusted to be read right.
 */
public final class NotUtf8Exception extends IOException {

  private final int line;
  private final int badByte;

  NotUtf8Exception(int line, int badByte) {
    super(String.format(Locale.ROOT, "byte 0x%02X on line %d is not UTF-8", badByte, line));
    this.line = line;
    this.badByte = badByte;
  }

  /** The 1-based line the byte is on. */
  public int line() {
    return line;
  }

  /** The first byte that is not UTF-8, 0-255. */
  public int badByte() {
    return badByte;
  }

  /** The error for a reader of records, naming the source and line. */
  public InvalidInputException toInvalidInput(String source) {
    return new InvalidInputException(source, line, null, String.format(Locale.ROOT,
        "is not UTF-8 (byte 0x%02X on this line; a Latin-1 or Windows export?): save it as UTF-8 "
            + "and try again; the rest of the file is not read", badByte));
  }
}
