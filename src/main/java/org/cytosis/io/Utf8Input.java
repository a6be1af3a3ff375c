package org.cytosis.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens input as strict UTF-8: a byte that is not UTF-8 is an error naming its line
 * ({@link NotUtf8Exception}), never a silent replacement character. A spreadsheet saved as Latin-1
 * would otherwise turn "sécrétion" into "s?cr?tion" without a word. A byte-order mark is passed on
 * as U+FEFF; the record readers skip it.
 */
public final class Utf8Input {

  private Utf8Input() {}

  /** A strict UTF-8 reader of a stream (stdin, say). */
  public static Reader reader(InputStream in) {
    return new StrictUtf8Reader(in);
  }

  /** A strict UTF-8 reader of a file. */
  public static Reader open(Path file) throws IOException {
    return new StrictUtf8Reader(Files.newInputStream(file));
  }
}
