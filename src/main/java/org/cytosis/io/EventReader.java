package org.cytosis.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.cytosis.model.CellEvent;

/**
 * Reads events from JSON: one object, an array of objects, several objects one after another, or
 * JSON Lines. Records come lazily and in input order, each either an event or the reason it could
 * not be read, so a bad record never hides the others. In JSON Lines every line is read on its own;
 * in a JSON document a syntax error ends the document (what follows cannot be located) and is
 * reported as the last record.
 */
public final class EventReader {

  /** How far ahead the format is sniffed: the first line must fit. */
  private static final int SNIFF_LIMIT = 1 << 20;

  private EventReader() {}

  /** The records of one input; {@code source} names it in error messages. */
  public static Stream<EventRecord> read(String source, Reader reader) {
    Iterator<EventRecord> it = new RecordIterator(source, new BufferedReader(reader, 1 << 16));
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private static final class RecordIterator implements Iterator<EventRecord> {
    private final String source;
    private final BufferedReader reader;
    private final Deque<EventRecord> ready = new ArrayDeque<>();
    private boolean started;
    private boolean done;
    private boolean lines;
    private int lineNumber;
    private JsonParser document;
    private int index;

    RecordIterator(String source, BufferedReader reader) {
      this.source = source;
      this.reader = reader;
    }

    @Override
    public boolean hasNext() {
      try {
        while (ready.isEmpty() && !done) {
          if (!started) {
            start();
          } else if (lines) {
            nextLine();
          } else {
            nextInDocument();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return !ready.isEmpty();
    }

    @Override
    public EventRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.removeFirst();
    }

    private void start() throws IOException {
      started = true;
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset(); // no byte-order mark
      }
      reader.mark(SNIFF_LIMIT);
      String first;
      do {
        first = reader.readLine();
      } while (first != null && first.isBlank());
      reader.reset();
      if (first == null) {
        done = true;
        return;
      }
      String trimmed = first.strip();
      // One complete object on the first line: JSON Lines. Anything else: a JSON document.
      lines = trimmed.startsWith("{") && trimmed.endsWith("}");
      if (!lines) {
        document = StrictJson.FACTORY.createParser(reader);
      }
    }

    private void nextLine() throws IOException {
      String line = reader.readLine();
      if (line == null) {
        done = true;
        return;
      }
      lineNumber++;
      if (line.isBlank()) {
        return;
      }
      int at = lineNumber;
      try (JsonParser parser = StrictJson.FACTORY.createParser(line)) {
        JsonToken token = parser.nextToken();
        EventRecord record = readValue(parser, token, at - 1);
        if (parser.nextToken() != null) {
          record = error(at, new InvalidInputException(source, at, null,
              "holds more than one JSON value; JSON Lines needs one object per line"));
        }
        ready.add(record);
      } catch (JsonProcessingException e) {
        ready.add(error(at, syntax(e, at - 1)));
      }
    }

    private void nextInDocument() throws IOException {
      try {
        JsonToken token = document.nextToken();
        if (token == null) {
          done = true;
          document.close();
        } else if (token == JsonToken.START_ARRAY) {
          while ((token = document.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
              throw new IllegalStateException("parser ended inside an array without an error");
            }
            ready.add(readValue(document, token, 0));
          }
        } else {
          ready.add(readValue(document, token, 0));
        }
      } catch (JsonProcessingException e) {
        done = true;
        ready.add(error(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), syntax(e, 0)));
        document.close();
      }
    }

    /** Reads the value at {@code token}: an event for an object, an error for anything else. */
    private EventRecord readValue(JsonParser parser, JsonToken token, int lineOffset)
        throws IOException {
      int line = lineOffset + parser.currentLocation().getLineNr();
      if (token != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return error(line, new InvalidInputException(source, line, null,
            "holds " + EventJson.describe(token) + " where an event object was expected"));
      }
      try {
        CellEvent event = EventJson.read(parser, source, lineOffset);
        return new EventRecord(++index, line, event, null);
      } catch (InvalidInputException e) {
        return error(line, e);
      }
    }

    private EventRecord error(int line, InvalidInputException e) {
      return new EventRecord(++index, line, null, e);
    }

    private InvalidInputException syntax(JsonProcessingException e, int lineOffset) {
      int line = e.getLocation() == null ? 0 : lineOffset + e.getLocation().getLineNr();
      String detail = e.getOriginalMessage().lines().findFirst().orElse("syntax error");
      return new InvalidInputException(source, line, null, "is not valid JSON: " + detail);
    }
  }
}
