package org.cytosis.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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

/**
 * Reads records from JSON: one object, an array of objects, several objects one after another, or
 * JSON Lines, whatever each object holds (an event, a scenario). Records come lazily and in input
 * order, each either a value or the reason it could not be read, so a bad record never hides the
 * others. In JSON Lines every line is read on its own; in a JSON document a syntax error ends the
 * document (what follows cannot be located) and is reported as the last record. A byte that is not
 * UTF-8 (from a {@link Utf8Input} reader) costs only the record that holds it, reported in its
 * place with the byte, line and field; input that is not text at all is refused as a whole ({@link
 * InvalidInputException} when the records are taken).
 */
public final class JsonRecords {

  /** How far ahead the format is sniffed, in characters. */
  private static final int SNIFF_LIMIT = InputLimits.MAX_LINE + 2;

  /** Reads one object of a record stream. */
  @FunctionalInterface
  public interface ObjectReader<T> {
    /**
     * Reads the object whose START_OBJECT is the parser's current token and leaves the parser on
     * its END_OBJECT, even when it throws {@link InvalidInputException} for a bad field.
     *
     * @param lineOffset added to the parser's line numbers (the line before a JSON Lines record)
     */
    T read(JsonParser parser, String source, int lineOffset) throws IOException;
  }

  /**
   * One record in input order: the value read, or why it could not be read (exactly one is set).
   *
   * @param index 1-based position of the record in the input
   * @param line 1-based line where the record starts
   */
  public record Item<T>(int index, int line, T value, InvalidInputException error) {}

  private JsonRecords() {}

  /**
   * The records of one input; {@code source} names it in error messages, {@code noun} says what a
   * record should be ("an event object").
   */
  public static <T> Stream<Item<T>> read(
      String source, Reader reader, ObjectReader<T> objects, String noun) {
    Iterator<Item<T>> it =
        new RecordIterator<>(
            source,
            new BufferedReader(reader, 1 << 16),
            objects,
            noun,
            reader instanceof StrictUtf8Reader strict ? strict : null);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private static final class RecordIterator<T> implements Iterator<Item<T>> {
    private final String source;
    private final BufferedReader reader;
    private final ObjectReader<T> objects;
    private final String noun;

    /** The bad bytes of a strict input, marked as it is decoded; null for other readers. */
    private final BadBytes badBytes;

    /** Characters before the document parser's offset 0: a byte-order mark. */
    private int base;

    private final Deque<Item<T>> ready = new ArrayDeque<>();
    private boolean started;
    private boolean done;
    private BoundedLineReader lines;
    private int lineNumber;
    private JsonParser document;
    private boolean inArray;
    private int index;

    RecordIterator(
        String source,
        BufferedReader reader,
        ObjectReader<T> objects,
        String noun,
        StrictUtf8Reader strict) {
      this.source = source;
      this.reader = reader;
      this.badBytes = strict == null ? null : strict.markBadBytes();
      this.objects = objects;
      this.noun = noun;
    }

    @Override
    public boolean hasNext() {
      try {
        while (ready.isEmpty() && !done) {
          if (!started) {
            start();
          } else if (lines != null) {
            nextLine();
          } else {
            nextInDocument();
          }
        }
      } catch (NotTextException e) {
        done = true;
        throw e.toInvalidInput(source);
      } catch (NotUtf8Exception e) {
        done = true; // a reader that throws at a bad byte cannot be read past it
        ready.add(error(e.line(), e.toInvalidInput(source)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return !ready.isEmpty();
    }

    @Override
    public Item<T> next() {
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
      } else {
        base = 1;
      }
      reader.mark(SNIFF_LIMIT);
      String first = firstNonBlankLine();
      reader.reset();
      if (first == null) {
        done = true;
        return;
      }
      String trimmed = first.strip();
      // One complete object on the first line: JSON Lines. Anything else: a JSON document. A first
      // line too long to see whole is JSON Lines when it starts an object (it will be too long as
      // a record too), and a document otherwise (a long array on one line is fine).
      boolean seenWhole = first.length() <= InputLimits.MAX_LINE;
      if (trimmed.startsWith("{") && (trimmed.endsWith("}") || !seenWhole)) {
        lines = new BoundedLineReader(reader, InputLimits.MAX_LINE);
      } else {
        JsonParser parser = StrictJson.FACTORY.createParser(reader);
        document = badBytes == null ? parser : new BadFieldWatch(parser, badBytes);
      }
    }

    /**
     * The first line that is not blank, cut after {@link InputLimits#MAX_LINE} characters (so that
     * the mark holds, and a longer line shows as longer); null when the input holds nothing else.
     */
    private String firstNonBlankLine() throws IOException {
      StringBuilder line = new StringBuilder();
      for (int read = 0, c; read < SNIFF_LIMIT - 1 && (c = reader.read()) >= 0; read++) {
        if (c != '\n' && c != '\r') {
          line.append((char) c);
        } else if (line.toString().isBlank()) {
          line.setLength(0);
        } else {
          return line.toString();
        }
      }
      return line.toString().isBlank() ? null : line.toString();
    }

    private void nextLine() throws IOException {
      BoundedLineReader.Line line = lines.next();
      if (line == null) {
        done = true;
        return;
      }
      int at = ++lineNumber;
      BadBytes.Mark bad = badBytes == null ? null : badBytes.takeLines(at, at);
      if (bad != null && !line.isTooLong()) {
        ready.add(
            error(
                at, bad.toInvalidRecord(source, BadFieldWatch.firstBadField(line.text()), "line")));
        return;
      }
      if (line.isTooLong()) {
        ready.add(
            error(
                at,
                new InvalidInputException(
                    source,
                    at,
                    null,
                    "is "
                        + InputLimits.count(line.length())
                        + " characters long; a line of JSON Lines may hold at most "
                        + InputLimits.count(InputLimits.MAX_LINE))));
        return;
      }
      if (line.text().isBlank()) {
        return;
      }
      try (JsonParser parser = StrictJson.FACTORY.createParser(line.text())) {
        try {
          JsonToken token = parser.nextToken();
          Item<T> record = readValue(parser, token, at - 1);
          if (parser.nextToken() != null) {
            record =
                error(
                    at,
                    new InvalidInputException(
                        source,
                        at,
                        null,
                        "holds more than one JSON value; JSON Lines needs one object per line"));
          }
          ready.add(record);
        } catch (JsonProcessingException e) {
          ready.add(error(at, syntax(e, parser, at - 1)));
        }
      }
    }

    /** The next record of a document: one value, or one element of a top-level array. */
    private void nextInDocument() throws IOException {
      try {
        JsonToken token = document.nextToken();
        if (inArray) {
          if (token == JsonToken.END_ARRAY) {
            inArray = false;
          } else if (token == null) {
            throw new IllegalStateException("parser ended inside an array without an error");
          } else {
            ready.add(readInDocument(token));
          }
        } else if (token == null) {
          done = true;
          document.close();
        } else if (token == JsonToken.START_ARRAY) {
          inArray = true; // its elements are read one by one, as they are asked for
        } else {
          ready.add(readInDocument(token));
        }
      } catch (JsonProcessingException e) {
        done = true;
        InvalidInputException problem = syntax(e, document, 0);
        // A bad byte outside a string breaks the syntax: the byte is the news, not the syntax.
        BadBytes.Mark bad =
            badBytes == null || e.getLocation() == null
                ? null
                : badBytes.takeOffsets(0, base + e.getLocation().getCharOffset() + 1);
        if (bad != null) {
          problem = bad.toInvalidInput(source);
        }
        ready.add(error(problem.line(), problem));
        document.close();
      }
    }

    /**
     * One value of a document; a bad byte between its first and last character makes it an error in
     * its place, naming the byte, its line and the field that holds it.
     */
    private Item<T> readInDocument(JsonToken token) throws IOException {
      if (badBytes == null) {
        return readValue(document, token, 0);
      }
      long start = base + document.currentTokenLocation().getCharOffset();
      Item<T> item = readValue(document, token, 0);
      long end = base + document.currentLocation().getCharOffset();
      String field = ((BadFieldWatch) document).takeField();
      BadBytes.Mark bad = badBytes.takeOffsets(start, end);
      return bad == null
          ? item
          : new Item<>(
              item.index(), bad.line(), null, bad.toInvalidRecord(source, field, "record"));
    }

    /** Reads the value at {@code token}: a record for an object, an error for anything else. */
    private Item<T> readValue(JsonParser parser, JsonToken token, int lineOffset)
        throws IOException {
      int line = lineOffset + parser.currentLocation().getLineNr();
      if (token != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return error(
            line,
            new InvalidInputException(
                source,
                line,
                null,
                "holds " + EventJson.describe(token) + " where " + noun + " was expected"));
      }
      try {
        T value = objects.read(parser, source, lineOffset);
        return new Item<>(++index, line, value, null);
      } catch (InvalidInputException e) {
        return error(line, e);
      }
    }

    private Item<T> error(int line, InvalidInputException e) {
      return new Item<>(++index, line, null, e);
    }

    /**
     * A syntax error, or a limit of {@link InputLimits} reached (whose exception has no location,
     * so the parser's is used, and names the field whose value was too long).
     */
    private InvalidInputException syntax(
        JsonProcessingException e, JsonParser parser, int lineOffset) throws IOException {
      if (e instanceof StreamConstraintsException limit) {
        int line = lineOffset + parser.currentLocation().getLineNr();
        String field =
            limit.getOriginalMessage().startsWith("String value") ? parser.currentName() : null;
        return new InvalidInputException(source, line, field, InputLimits.describe(limit));
      }
      int line = e.getLocation() == null ? 0 : lineOffset + e.getLocation().getLineNr();
      return new InvalidInputException(source, line, null, JsonSyntax.describe(e));
    }
  }
}
