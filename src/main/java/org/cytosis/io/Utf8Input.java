package org.cytosis.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens input as strict UTF-8: a byte that is not UTF-8 is an error naming its line ({@link
 * NotUtf8Exception}), never a silent replacement character. A spreadsheet saved as Latin-1 would
 * otherwise turn "sécrétion" into "s?cr?tion" without a word. The record readers have such a byte
 * cost only its own record instead. Input that is plainly not text (an image, an archive) is
 * refused at its first bytes. A byte-order mark is passed on as U+FEFF; the record readers skip it.
 */
public final class Utf8Input {

  private Utf8Input() {}

  /**
   * A strict UTF-8 reader of a stream (stdin, say). Input that is not text is refused at the first
   * read, with a {@link NotTextException}.
   */
  public static Reader reader(InputStream in) {
    return new StrictUtf8Reader(in);
  }

  /**
   * A strict UTF-8 reader of a file.
   *
   * @throws InvalidInputException naming the file when it is plainly not text (a PNG, a zip)
   */
  public static Reader open(Path file) throws IOException {
    StrictUtf8Reader reader = new StrictUtf8Reader(Files.newInputStream(file));
    try {
      reader.checkText();
      return reader;
    } catch (NotTextException e) {
      reader.close();
      throw e.toInvalidInput(file.toString());
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }
}
