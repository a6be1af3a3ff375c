package org.cytosis.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytosis.io.EventJson;
import org.cytosis.io.InputLimits;
import org.cytosis.io.InvalidInputException;
import org.cytosis.io.Utf8Input;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Label;
import org.cytosis.model.Status;

/**
 * Reads scenarios in the format of {@code testcases/README.md}. Strict: a malformed scenario is an
 * error naming the file, line and field, never a skipped scenario.
 */
public final class ScenarioReader {

  private ScenarioReader() {}

  /** Reads a file that holds one scenario object. */
  public static Scenario read(Path file) {
    String name = file.toString();
    try (Reader reader = Utf8Input.open(file);
        JsonParser parser = EventJson.parser(reader)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidInputException(name, line(parser, 0), null, "is not a JSON object");
      }
      return readObject(parser, name, 0);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          name,
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          null,
          org.cytosis.io.JsonSyntax.describe(e));
    } catch (IOException e) {
      throw new InvalidInputException(name, 0, null, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Reads the scenario object whose START_OBJECT is the parser's current token, leaving the parser
   * on its END_OBJECT even when a field is bad (so that the next record of an array or of JSON
   * Lines can still be read); the first bad field is thrown.
   *
   * @param lineOffset added to the parser's line numbers (the line before a JSON Lines record)
   */
  public static Scenario readObject(JsonParser parser, String source, int lineOffset)
      throws IOException {
    return readObject(parser, source, lineOffset, false);
  }

  /**
   * Reads a scenario as the key of graded answers, as {@link #readObject}, except that {@code
   * title} and {@code expected} may be left out, and so may the key's {@code label} and {@code
   * status}: a scenario without them has the key {@link Expected#none()}.
   */
  public static Scenario readKeyObject(JsonParser parser, String source, int lineOffset)
      throws IOException {
    return readObject(parser, source, lineOffset, true);
  }

  private static Scenario readObject(
      JsonParser parser, String source, int lineOffset, boolean keyOptional) throws IOException {
    int start = line(parser, lineOffset);
    ScenarioFields fields = new ScenarioFields(keyOptional);
    readFields(
        parser,
        source,
        lineOffset,
        "",
        (field, value) -> fields.set(field, value, parser, source, lineOffset));
    if (keyOptional && fields.expected == null) {
      fields.expected = Expected.none();
    }
    if (fields.event == null || fields.expected == null || (fields.title == null && !keyOptional)) {
      throw new InvalidInputException(
          source,
          start,
          fields.event == null ? "event" : fields.expected == null ? "expected" : "title",
          "is required");
    }
    return new Scenario(source, fields.title, fields.origin, fields.event, fields.expected);
  }

  /** Reads one field of an object; the parser is on the field's value. */
  @FunctionalInterface
  private interface FieldReader {
    void read(String field, JsonToken value) throws IOException;
  }

  /**
   * Reads every field of the object whose START_OBJECT is current. A bad field does not stop the
   * others: the rest of its value is skipped, and the first error is thrown at the end, with the
   * parser on the object's END_OBJECT. A field given twice is an error ({@code prefix} goes before
   * its name in the message).
   */
  private static void readFields(
      JsonParser parser, String source, int offset, String prefix, FieldReader reader)
      throws IOException {
    JsonStreamContext object = parser.getParsingContext();
    InvalidInputException first = null;
    Map<String, Integer> seen = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      int line = line(parser, offset);
      JsonToken value = parser.nextToken();
      try {
        EventJson.once(seen, prefix + field, source, line);
        reader.read(field, value);
      } catch (InvalidInputException e) {
        first = first == null ? e : first;
        while (parser.getParsingContext() != object && parser.nextToken() != null) {
          // skip the rest of the bad value, back to the object that holds the field
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /** The top-level fields of a scenario, as they are read. */
  private static final class ScenarioFields {
    private final boolean keyOptional;
    private String title;
    private String origin;
    private CellEvent event;
    private Expected expected;

    ScenarioFields(boolean keyOptional) {
      this.keyOptional = keyOptional;
    }

    void set(String field, JsonToken value, JsonParser parser, String source, int offset)
        throws IOException {
      switch (field) {
        case "title" -> title = text(parser, value, source, offset, field);
        case "source" -> origin = text(parser, value, source, offset, field);
        case "event" -> {
          expect(value, JsonToken.START_OBJECT, parser, source, offset, field);
          event = EventJson.readObject(parser, source, offset);
        }
        case "expected" -> {
          expect(value, JsonToken.START_OBJECT, parser, source, offset, field);
          expected = expected(parser, source, offset, keyOptional);
        }
        default ->
            throw new InvalidInputException(
                source,
                line(parser, offset),
                field,
                "is not a scenario field (allowed: title, source, event, expected)");
      }
    }
  }

  private static Expected expected(
      JsonParser parser, String source, int offset, boolean keyOptional) throws IOException {
    KeyFields key = new KeyFields();
    readFields(
        parser,
        source,
        offset,
        "expected.",
        (field, value) -> key.set(field, value, parser, source, offset));
    if (keyOptional && key.label == null && key.status == null) {
      return Expected.none();
    }
    if (!keyOptional && (key.status == null || !key.labelGiven)) {
      throw new InvalidInputException(
          source,
          line(parser, offset),
          key.status == null ? "expected.status" : "expected.label",
          "is required (the label may be null)");
    }
    try {
      return Expected.of(key.label, key.status, key.sources);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          source, line(parser, offset), "expected.label", e.getMessage());
    }
  }

  /** The fields of a scenario's answer key, as they are read. */
  private static final class KeyFields {
    private Label label;
    private Status status;
    private List<String> sources = List.of();
    private boolean labelGiven;

    void set(String field, JsonToken value, JsonParser parser, String source, int offset)
        throws IOException {
      String path = "expected." + field;
      switch (field) {
        case "label" -> {
          labelGiven = true;
          label =
              value == JsonToken.VALUE_NULL
                  ? null
                  : EventJson.enumValue(
                      Label.class,
                      text(parser, value, source, offset, path),
                      source,
                      line(parser, offset),
                      path);
        }
        case "status" ->
            status =
                EventJson.enumValue(
                    Status.class,
                    text(parser, value, source, offset, path),
                    source,
                    line(parser, offset),
                    path);
        case "sources" -> sources = sources(parser, value, source, offset);
        default ->
            throw new InvalidInputException(
                source,
                line(parser, offset),
                path,
                "is not an expected-answer field (allowed: label, status, sources)");
      }
    }
  }

  private static List<String> sources(JsonParser parser, JsonToken token, String source, int offset)
      throws IOException {
    expect(token, JsonToken.START_ARRAY, parser, source, offset, "expected.sources");
    List<String> ids = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      ids.add(text(parser, parser.currentToken(), source, offset, "expected.sources"));
    }
    return ids;
  }

  private static String text(
      JsonParser parser, JsonToken token, String source, int offset, String field)
      throws IOException {
    expect(token, JsonToken.VALUE_STRING, parser, source, offset, field);
    String text = parser.getText();
    InputLimits.checkText(field, text, source, line(parser, offset));
    return text;
  }

  private static void expect(
      JsonToken actual,
      JsonToken wanted,
      JsonParser parser,
      String source,
      int offset,
      String field) {
    if (actual != wanted) {
      throw new InvalidInputException(
          source,
          line(parser, offset),
          field,
          "must be " + EventJson.describe(wanted) + ", not " + EventJson.describe(actual));
    }
  }

  private static int line(JsonParser parser, int offset) {
    return offset + parser.currentLocation().getLineNr();
  }
}
