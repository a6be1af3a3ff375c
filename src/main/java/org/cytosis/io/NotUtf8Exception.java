package org.cytosis.io;

import java.io.IOException;
import java.util.Locale;

/**
 * Input that is not UTF-8, found by {@link Utf8Input}: where the first byte that cannot be read as
 * UTF-8 is. A reader that cannot tell records apart after it (a table of teachers' marks, one
 * scenario file) turns it into the input's last error; the record readers ({@link JsonRecords},
 * {@link CsvRecords}) instead have the byte marked ({@link BadBytes}) and lose only its record.
 */
public final class NotUtf8Exception extends IOException {

  private final int line;
  private final int badByte;

  NotUtf8Exception(int line, int badByte) {
    super(String.format(Locale.ROOT, "byte 0x%02X on line %d is not UTF-8", badByte, line));
    this.line = line;
    this.badByte = badByte;
  }

  /** {@return the 1-based line the byte is on} */
  public int line() {
    return line;
  }

  /** {@return the first byte that is not UTF-8, 0-255} */
  public int badByte() {
    return badByte;
  }

  /** The error for a reader of records, naming the source and line, and what the file may be. */
  public InvalidInputException toInvalidInput(String source) {
    return new InvalidInputException(
        source,
        line,
        null,
        String.format(
            Locale.ROOT,
            "is not UTF-8 (byte 0x%02X on this line): %s; the rest of the file is not read",
            badByte,
            hint(line, badByte)));
  }

  /**
   * What a file with this byte most likely is: UTF-16 starts with 0xFF or 0xFE; a PNG with 0x89; an
   * old Office file with 0xD0. Further down, a byte of a Latin-1 or Windows export is the usual
   * cause.
   */
  static String hint(int line, int badByte) {
    if (line == 1 && (badByte == 0xFF || badByte == 0xFE)) {
      return "it looks saved as UTF-16 (or is not text at all): save it as UTF-8 text";
    }
    if (line == 1 && (badByte == 0x89 || badByte == 0xD0)) {
      return "it looks like a binary file (an image or an Office document), not text: export it "
          + "as CSV or JSON in UTF-8";
    }
    return "a Latin-1 or Windows export? Save it as UTF-8 and try again";
  }
}
