package org.cytosis.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Direction;
import org.cytosis.model.Mechanism;
import org.cytosis.model.MembraneEvent;
import org.cytosis.model.MembraneSizeChange;
import org.cytosis.model.Trigger;
import org.cytosis.model.VesicleOrigin;
import org.cytosis.model.VesicleType;

/**
 * Reads one JSON object into a {@link CellEvent}, field by field from the token stream so that an
 * error can name the line of the offending field. Strict: an unknown field, an unknown value or a
 * wrong type is an error, never a silent null.
 */
public final class EventJson {

  static final List<String> NAMES = List.of("id", "description", "cellType", "direction",
      "membraneEvent", "vesicleOrigin", "membraneSizeChange", "cargo", "vesicleType", "trigger",
      "mechanism");

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
   * Reads an event object whose START_OBJECT is the parser's current token, adding
   * {@code lineOffset} to the parser's line numbers (for a record of JSON Lines).
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
   * END_OBJECT. On a field error the rest of the object is still consumed, and the first error
   * is thrown.
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
      throw new InvalidInputException(source, line, name,
          "is given twice in one object (first on line " + before + ")");
    }
  }

  private static void set(CellEvent.Builder event, String name, JsonToken token, JsonParser parser,
      String source, int line) throws IOException {
    if (!NAMES.contains(name)) {
      throw new InvalidInputException(source, line, name,
          "is not an event field (allowed: " + String.join(", ", NAMES)
              + "; did you mean \"" + EnumValues.closest(name, NAMES) + "\"?)");
    }
    if (token == JsonToken.VALUE_NULL) {
      return; // null means unknown, the same as leaving the field out
    }
    if (token != JsonToken.VALUE_STRING) {
      throw new InvalidInputException(source, line, name,
          "must be a string, not " + describe(token));
    }
    setField(event, name, parser.getText(), source, line);
  }

  /**
   * Sets the event field {@code name} (one of {@link #fieldNames()}) from its text, with the same
   * strict reading and messages whatever the input format: JSON, or a column of a CSV bank.
   *
   * @throws InvalidInputException naming source, line and field for an unknown value, or a
   *     value beyond {@link InputLimits}
   */
  public static void setField(CellEvent.Builder event, String name, String text, String source,
      int line) {
    InputLimits.checkText(name, text, source, line);
    switch (name) {
      case "id" -> event.id(text);
      case "description" -> event.description(text);
      case "cellType" -> event.cellType(text);
      case "direction" -> event.direction(parse(Direction.class, text, source, line, name));
      case "membraneEvent" -> event.membraneEvent(parse(MembraneEvent.class, text, source, line, name));
      case "vesicleOrigin" -> event.vesicleOrigin(parse(VesicleOrigin.class, text, source, line, name));
      case "membraneSizeChange" ->
          event.membraneSizeChange(parse(MembraneSizeChange.class, text, source, line, name));
      case "cargo" -> event.cargo(parse(Cargo.class, text, source, line, name));
      case "vesicleType" -> event.vesicleType(parse(VesicleType.class, text, source, line, name));
      case "trigger" -> event.trigger(parse(Trigger.class, text, source, line, name));
      case "mechanism" -> event.mechanism(parse(Mechanism.class, text, source, line, name));
      default -> throw new IllegalStateException("field list and switch disagree on " + name);
    }
  }

  /** An enum value read the contract's way, or an error listing the allowed values. */
  public static <E extends Enum<E>> E enumValue(Class<E> type, String text, String source, int line,
      String field) {
    return parse(type, text, source, line, field);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text, String source, int line,
      String field) {
    return EnumValues.parse(type, text).orElseThrow(() -> new InvalidInputException(source, line,
        field, "has unknown value " + InvalidInputException.quote(text) + " (allowed: "
            + EnumValues.allowed(type) + "; did you mean " + EnumValues.closest(type, text) + "?)"));
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
