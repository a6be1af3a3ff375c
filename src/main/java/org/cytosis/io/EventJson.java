package org.cytosis.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Criterion;
import org.cytosis.model.EnumValues;

/**
 * Reads one JSON object into a {@link CellEvent}, field by field from the token stream so that an
 * error can name the line of the offending field. Strict: an unknown field, an unknown value or a
 * wrong type is an error, never a silent null.
 */
public final class EventJson {

  /** The id and the description, then each criterion's field in the event's order. */
  static final List<String> NAMES =
      Stream.concat(
              Stream.of("id", "description"),
              Criterion.inEventOrder().stream().map(Criterion::field))
          .toList();

  private EventJson() {}

  /**
   * A parser over a reader, within {@link InputLimits}. Keys given twice are found by the readers
   * of objects ({@link #once}), so that they are an error of one record only.
   */
  public static JsonParser parser(java.io.Reader reader) throws IOException {
    return StrictJson.FACTORY.createParser(reader);
  }

  /** Reads an event object whose START_OBJECT is the parser's current token. */
  public static CellEvent readObject(JsonParser parser, String source) throws IOException {
    return read(parser, source, 0);
  }

  /**
   * Reads an event object whose START_OBJECT is the parser's current token, adding {@code
   * lineOffset} to the parser's line numbers (for a record of JSON Lines).
   */
  public static CellEvent readObject(JsonParser parser, String source, int lineOffset)
      throws IOException {
    return read(parser, source, lineOffset);
  }

  /** {@return the event fields, in the contract's order} */
  public static List<String> fieldNames() {
    return NAMES;
  }

  /**
   * Reads the object whose START_OBJECT is the parser's current token, leaving the parser on its
   * END_OBJECT. On a field error the rest of the object is still consumed, and the first error is
   * thrown.
   */
  static CellEvent read(JsonParser parser, String source, int lineOffset) throws IOException {
    CellEvent.Builder event = CellEvent.builder();
    InvalidInputException first = null;
    Map<String, Integer> seen = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      int line = lineOffset + parser.currentLocation().getLineNr();
      JsonToken value = parser.nextToken();
      try {
        once(seen, name, source, line);
        set(event, name, value, parser, source, line);
      } catch (InvalidInputException e) {
        if (first == null) {
          first = e;
        }
      }
      parser.skipChildren();
    }
    if (first != null) {
      throw first;
    }
    return event.build();
  }

  /**
   * Fails for a key given twice in one object, which a lenient reader would silently settle by
   * keeping one of the two values.
   */
  public static void once(Map<String, Integer> seen, String name, String source, int line) {
    Integer before = seen.putIfAbsent(name, line);
    if (before != null) {
      throw new InvalidInputException(
          source, line, name, "is given twice in one object (first on line " + before + ")");
    }
  }

  private static void set(
      CellEvent.Builder event,
      String name,
      JsonToken token,
      JsonParser parser,
      String source,
      int line)
      throws IOException {
    if (!NAMES.contains(name)) {
      throw new InvalidInputException(
          source,
          line,
          name,
          "is not an event field (allowed: "
              + String.join(", ", NAMES)
              + "; did you mean \""
              + EnumValues.closest(name, NAMES)
              + "\"?)");
    }
    if (token == JsonToken.VALUE_NULL) {
      return; // null means unknown, the same as leaving the field out
    }
    if (token != JsonToken.VALUE_STRING) {
      throw new InvalidInputException(
          source, line, name, "must be a string, not " + describe(token));
    }
    setField(event, name, parser.getText(), source, line);
  }

  /**
   * Sets the event field {@code name} (one of {@link #fieldNames()}) from its text, with the same
   * strict reading and messages whatever the input format: JSON, or a column of a CSV bank.
   *
   * @throws InvalidInputException naming source, line and field for an unknown value, or a value
   *     beyond {@link InputLimits}
   */
  public static void setField(
      CellEvent.Builder event, String name, String text, String source, int line) {
    InputLimits.checkText(name, text, source, line);
    switch (name) {
      case "id" -> event.id(text);
      case "description" -> event.description(text);
      default -> {
        Criterion criterion =
            Criterion.byField(name)
                .orElseThrow(
                    () -> new IllegalStateException("field list and criteria disagree on " + name));
        criterion.set(event, value(criterion, text, source, line, name));
      }
    }
  }

  /**
   * A criterion's value read from its text the contract's way (free text as it is), or an error
   * listing the allowed values with the nearest one.
   */
  public static Object value(
      Criterion criterion, String text, String source, int line, String field) {
    return criterion
        .parse(text)
        .orElseThrow(
            () ->
                unknownValue(
                    text, criterion.allowed(), criterion.closest(text), source, line, field));
  }

  /** An enum value read the contract's way, or an error listing the allowed values. */
  public static <E extends Enum<E>> E enumValue(
      Class<E> type, String text, String source, int line, String field) {
    return parse(type, text, source, line, field);
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String text, String source, int line, String field) {
    return EnumValues.parse(type, text)
        .orElseThrow(
            () ->
                unknownValue(
                    text,
                    EnumValues.allowed(type),
                    EnumValues.closest(type, text),
                    source,
                    line,
                    field));
  }

  private static InvalidInputException unknownValue(
      String text, String allowed, String closest, String source, int line, String field) {
    return new InvalidInputException(
        source,
        line,
        field,
        "has unknown value "
            + InvalidInputException.quote(text)
            + " (allowed: "
            + allowed
            + "; did you mean "
            + closest
            + "?)");
  }

  /** A JSON token in words: "an object", "a number". */
  public static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_STRING -> "a string";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }
}
