package org.cytosis.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The records of one input as a lazy, ordered stream that closes the input when it is closed, and
 * turns a failure to read the input part way through into the one bad-input exception, naming it.
 */
public final class LazyRecords {

  private LazyRecords() {}

  /**
   * @param records read from {@code input} as they are taken
   * @param source names the input in the message of a read failure
   */
  public static <T> Stream<T> of(Iterator<T> records, String source, Closeable input) {
    Iterator<T> checked =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            try {
              return records.hasNext();
            } catch (UncheckedIOException e) {
              throw unreadable(source, e.getCause());
            }
          }

          @Override
          public T next() {
            try {
              return records.next();
            } catch (UncheckedIOException e) {
              throw unreadable(source, e.getCause());
            }
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(checked, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                input.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Opens the records of a reader; the reader is closed with the records, or on a failure. */
  @FunctionalInterface
  public interface Opener<T> {
    T open(Reader reader) throws IOException;
  }

  /**
   * Opens a file as strict UTF-8 (see {@link Utf8Input}) and its records with {@code opener}. If
   * that fails, the file is closed before the failure is thrown.
   *
   * @throws InvalidInputException when the file cannot be opened or read
   */
  public static <T> T openFile(Path file, Opener<T> opener) {
    Reader reader = null;
    try {
      reader = Utf8Input.open(file);
      return opener.open(reader);
    } catch (RuntimeException e) {
      closeQuietly(reader);
      throw e;
    } catch (IOException e) {
      closeQuietly(reader);
      throw unreadable(file.toString(), e);
    }
  }

  private static void closeQuietly(Reader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException ignored) {
        // already failing: the first error is the one to report
      }
    }
  }

  /** The exception for an input that cannot be read at all, or no further. */
  public static InvalidInputException unreadable(String source, IOException cause) {
    return new InvalidInputException(source, 0, null, "cannot be read: " + cause.getMessage());
  }
}
