package org.cytosis.io;

import java.io.IOException;

/**
 * Input that is plainly not text, told by its first bytes (see {@link TextSniff}): an image, an
 * archive, a spreadsheet saved in its own format, UTF-16 text. The whole input is refused with one
 * message saying what it looks like, rather than one complaint per "record" of garbage, or advice
 * meant for a Latin-1 export.
 */
public final class NotTextException extends IOException {

  NotTextException(String problem) {
    super(problem);
  }

  /** The refusal, naming the input. */
  public InvalidInputException toInvalidInput(String source) {
    return new InvalidInputException(source, 0, null, getMessage());
  }
}
