package org.cytosis.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells from the first bytes of an input whether it is plainly not text: the signature of a common
 * binary format, a UTF-16 byte-order mark, or NUL bytes that are either many (a quarter of the
 * bytes: UTF-16 without its mark, a table of numbers) or among bytes that are not UTF-8 (any other
 * binary format). A stray NUL in otherwise good text is not enough: it spoils only its own record,
 * as any control character does.
 */
final class TextSniff {

  private static final String READS =
      "Cytosis reads CSV, JSON or JSON Lines saved as UTF-8 text "
          + "(from a spreadsheet: save as CSV UTF-8)";

  private TextSniff() {}

  /** What is wrong with input starting with {@code n} bytes of {@code head}, or null for text. */
  static String problem(byte[] head, int n) {
    if (starts(head, n, 0xFF, 0xFE) || starts(head, n, 0xFE, 0xFF)) {
      return "is saved as UTF-16 text, not UTF-8: " + READS;
    }
    String kind = kind(head, n);
    if (kind == null) {
      int nuls = 0;
      for (int i = 0; i < n; i++) {
        if (head[i] == 0) {
          nuls++;
        }
      }
      if (nuls > 0 && (4 * nuls >= n || !isUtf8(head, n))) {
        kind = "it holds NUL bytes";
      }
    }
    return kind == null ? null : "is a binary file (" + kind + "), not text: " + READS;
  }

  private static String kind(byte[] head, int n) {
    if (starts(head, n, 0x89, 'P', 'N', 'G')) {
      return "a PNG image";
    }
    if (starts(head, n, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    }
    if (starts(head, n, 'G', 'I', 'F', '8')) {
      return "a GIF image";
    }
    if (starts(head, n, '%', 'P', 'D', 'F', '-')) {
      return "a PDF document";
    }
    if (starts(head, n, 'P', 'K', 3, 4) || starts(head, n, 'P', 'K', 5, 6)) {
      return "a zip archive, as .xlsx, .docx and .ods files are";
    }
    if (starts(head, n, 0x1F, 0x8B)) {
      return "a gzip archive";
    }
    if (starts(head, n, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "an old Office document, .xls or .doc";
    }
    if (starts(head, n, 0x7F, 'E', 'L', 'F')) {
      return "a program";
    }
    return null;
  }

  /** Whether the bytes are UTF-8, but for a character cut off at their end. */
  private static boolean isUtf8(byte[] head, int n) {
    return !StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(head, 0, n), CharBuffer.allocate(n), false)
        .isError();
  }

  private static boolean starts(byte[] head, int n, int... signature) {
    if (n < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((head[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
