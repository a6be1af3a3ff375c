package org.cytosis.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    Iterator<T> checked = new Iterator<>() {
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
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(checked,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> {
          try {
            input.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The exception for an input that cannot be read at all, or no further. */
  public static InvalidInputException unreadable(String source, IOException cause) {
    return new InvalidInputException(source, 0, null, "cannot be read: " + cause.getMessage());
  }
}
