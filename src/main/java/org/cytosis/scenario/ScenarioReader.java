package org.cytosis.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cytosis.io.EventJson;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Label;
import org.cytosis.model.Status;

/**
 * Reads scenario files (the format of {@code testcases/README.md}). Strict: a malformed file is an
 * error naming the file, line and field, never a skipped scenario.
 */
public final class ScenarioReader {

  private ScenarioReader() {}

  /** Every {@code .json} scenario below the given files and folders, folders walked in sorted order. */
  public static List<Path> scenarioFiles(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> p.toString().endsWith(".json"))
              .filter(p -> !p.getFileName().toString().endsWith(".schema.json"))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new InvalidInputException(path.toString(), 0, null, "cannot be read: " + e.getMessage());
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new InvalidInputException(path.toString(), 0, null, "does not exist");
      }
    }
    return files;
  }

  public static Scenario read(Path file) {
    String name = file.toString();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonParser parser = EventJson.parser(reader)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidInputException(name, line(parser), null, "is not a JSON object");
      }
      String title = null;
      String source = null;
      CellEvent event = null;
      Expected expected = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "title" -> title = text(parser, value, name, field);
          case "source" -> source = text(parser, value, name, field);
          case "event" -> {
            expect(value, JsonToken.START_OBJECT, parser, name, field);
            event = EventJson.readObject(parser, name);
          }
          case "expected" -> expected = expected(parser, value, name);
          default -> throw new InvalidInputException(name, line(parser), field,
              "is not a scenario field (allowed: title, source, event, expected)");
        }
      }
      if (event == null || expected == null || title == null) {
        throw new InvalidInputException(name, 0, event == null ? "event"
            : expected == null ? "expected" : "title", "is required");
      }
      return new Scenario(name, title, source, event, expected);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          null, "is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidInputException(name, 0, null, "cannot be read: " + e.getMessage());
    }
  }

  private static Expected expected(JsonParser parser, JsonToken token, String name) throws IOException {
    expect(token, JsonToken.START_OBJECT, parser, name, "expected");
    Label label = null;
    Status status = null;
    List<String> sources = List.of();
    boolean labelGiven = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "label" -> {
          labelGiven = true;
          label = value == JsonToken.VALUE_NULL ? null
              : EventJson.enumValue(Label.class, text(parser, value, name, "expected.label"), name,
                  line(parser), "expected.label");
        }
        case "status" -> status = EventJson.enumValue(Status.class,
            text(parser, value, name, "expected.status"), name, line(parser), "expected.status");
        case "sources" -> {
          expect(value, JsonToken.START_ARRAY, parser, name, "expected.sources");
          List<String> ids = new ArrayList<>();
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            ids.add(text(parser, parser.currentToken(), name, "expected.sources"));
          }
          sources = ids;
        }
        default -> throw new InvalidInputException(name, line(parser), "expected." + field,
            "is not an expected-answer field (allowed: label, status, sources)");
      }
    }
    if (status == null || !labelGiven) {
      throw new InvalidInputException(name, line(parser), status == null ? "expected.status"
          : "expected.label", "is required (the label may be null)");
    }
    return new Expected(label, status, sources);
  }

  private static String text(JsonParser parser, JsonToken token, String name, String field)
      throws IOException {
    expect(token, JsonToken.VALUE_STRING, parser, name, field);
    return parser.getText();
  }

  private static void expect(JsonToken actual, JsonToken wanted, JsonParser parser, String name,
      String field) {
    if (actual != wanted) {
      throw new InvalidInputException(name, line(parser), field, "must be "
          + EventJson.describe(wanted) + ", not " + EventJson.describe(actual));
    }
  }

  private static int line(JsonParser parser) {
    return parser.currentLocation().getLineNr();
  }
}
