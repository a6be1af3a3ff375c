package org.cytosis.io;

import java.io.Reader;
import java.util.stream.Stream;

/**
 * Reads events from JSON: one object, an array of objects, several objects one after another, or
 * JSON Lines (see {@link JsonRecords}). Records come lazily and in input order, each either an
 * event or the reason it could not be read, so a bad record never hides the others.
 */
public final class EventReader {

  private EventReader() {}

  /**
   * The records of one input; {@code source} names it in error messages.
   *
   * @param source the file name, or {@code <stdin>}
   * @param reader the input
   * @return its records, read lazily in input order; close the stream when done
   */
  public static Stream<EventRecord> read(String source, Reader reader) {
    return JsonRecords.read(source, reader, EventJson::read, "an event object")
        .map(item -> new EventRecord(item.index(), item.line(), item.value(), item.error()));
  }
}
