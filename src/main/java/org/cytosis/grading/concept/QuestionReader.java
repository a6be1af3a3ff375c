package org.cytosis.grading.concept;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cytosis.io.EventJson;
import org.cytosis.io.InvalidInputException;
import org.cytosis.io.JsonRecords;

/**
 * Finds the concept questions among the records of a JSON key (one object, an array, or JSON Lines,
 * as for scenarios). A record is a question when it has a {@code prompt}, {@code maxScore} or
 * {@code elements} field; any other record is left to the scenario reader. A question is read
 * strictly: an unknown concept, no elements, a {@code maxScore} of 0 or less, a field a question
 * does not have, each is an error naming the file, line and field, and the question is kept as a
 * problem so that its answers say why they cannot be graded while the other records still are.
 */
public final class QuestionReader {

  static final List<String> FIELDS = List.of("id", "prompt", "maxScore", "elements");
  private static final Set<String> QUESTION_ONLY = Set.of("prompt", "maxScore", "elements");

  /**
   * One question record of the key: the question, or why it cannot be used (exactly one is set).
   *
   * @param line the 1-based line where the record starts: the scenario reader's record at the same
   *     line is this question, not a scenario
   */
  public record Found(
      String source, int line, String id, ConceptQuestion question, InvalidInputException error) {}

  private QuestionReader() {}

  /** The questions of a JSON key, in input order; records that are not questions are skipped. */
  public static List<Found> read(String source, Reader reader) {
    List<Found> found = new ArrayList<>();
    JsonRecords.read(source, reader, QuestionReader::readObject, "a scenario or question object")
        .forEach(
            item -> {
              if (item.value() != null && item.value().isQuestion()) {
                Fields f = item.value();
                found.add(
                    f.error == null
                        ? new Found(
                            source, item.line(), f.id, f.question(source, item.line()), null)
                        : new Found(source, item.line(), f.id, null, f.error));
              }
            });
    return found;
  }

  private static Fields readObject(JsonParser parser, String source, int offset)
      throws IOException {
    Fields fields = new Fields();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      int line = offset + parser.currentLocation().getLineNr();
      JsonToken value = parser.nextToken();
      try {
        fields.set(name, value, parser, source, line, offset);
      } catch (InvalidInputException e) {
        fields.fail(e);
      } finally {
        parser.skipChildren(); // a bad or foreign value is passed over whole
      }
    }
    fields.check(source, offset + parser.currentLocation().getLineNr());
    return fields;
  }

  /** The fields of one record, as they are read. */
  private static final class Fields {
    String id;
    String prompt;
    Double maxScore;
    List<ConceptQuestion.Element> elements;
    final List<String> foreign = new ArrayList<>();
    final Set<String> seen = new HashSet<>();
    boolean question;
    InvalidInputException error;
    int foreignLine;

    boolean isQuestion() {
      return question;
    }

    void fail(InvalidInputException e) {
      if (error == null) {
        error = e;
      }
    }

    void set(String name, JsonToken value, JsonParser parser, String source, int line, int offset)
        throws IOException {
      if (!seen.add(name)) {
        throw new InvalidInputException(source, line, name, "is given twice");
      }
      question |= QUESTION_ONLY.contains(name);
      switch (name) {
        case "id" -> id = text(value, parser, source, line, name);
        case "prompt" -> prompt = text(value, parser, source, line, name);
        case "maxScore" -> {
          maxScore = number(value, parser, source, line, name);
          if (!(maxScore > 0)) {
            throw new InvalidInputException(
                source,
                line,
                name,
                "is " + plain(maxScore) + "; a question must be worth more than 0 points");
          }
        }
        case "elements" -> elements = elements(value, parser, source, offset);
        default -> {
          if (foreign.isEmpty()) {
            foreignLine = line;
          }
          foreign.add(name);
        }
      }
    }

    /** Checks a question once all its fields are read. */
    void check(String source, int endLine) {
      if (!question) {
        return;
      }
      if (!foreign.isEmpty()) {
        fail(
            new InvalidInputException(
                source,
                foreignLine,
                foreign.get(0),
                "is not a question field (a question has "
                    + String.join(", ", FIELDS)
                    + "; a scenario has title, event and expected, and a record is one or the other)"));
      }
      if (id == null || id.isBlank()) {
        fail(new InvalidInputException(source, endLine, "id", "is required for a question"));
      }
      if (maxScore == null) {
        fail(new InvalidInputException(source, endLine, "maxScore", "is required for a question"));
      }
      if (elements == null) {
        fail(
            new InvalidInputException(
                source,
                endLine,
                "elements",
                "is required: a question lists the concepts an answer earns points for"));
      }
    }

    ConceptQuestion question(String source, int line) {
      return new ConceptQuestion(id.strip(), prompt, maxScore, elements, source + ":" + line);
    }
  }

  private static List<ConceptQuestion.Element> elements(
      JsonToken token, JsonParser parser, String source, int offset) throws IOException {
    int line = offset + parser.currentLocation().getLineNr();
    expect(token, JsonToken.START_ARRAY, source, line, "elements");
    List<ConceptQuestion.Element> elements = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    InvalidInputException first = null;
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      index++;
      String path = "elements[" + index + "]";
      try {
        ConceptQuestion.Element element = element(parser, source, offset, path);
        if (!ids.add(element.id())) {
          throw new InvalidInputException(
              source,
              offset + parser.currentLocation().getLineNr(),
              path + ".id",
              "\"" + element.id() + "\" is given to two elements");
        }
        elements.add(element);
      } catch (InvalidInputException e) {
        first = first == null ? e : first;
        parser.skipChildren();
      }
    }
    if (first != null) {
      throw first;
    }
    if (elements.isEmpty()) {
      throw new InvalidInputException(
          source,
          line,
          "elements",
          "is empty: a question needs at least" + " one element, each naming a concept");
    }
    return elements;
  }

  private static ConceptQuestion.Element element(
      JsonParser parser, String source, int offset, String path) throws IOException {
    int start = offset + parser.currentLocation().getLineNr();
    expect(parser.currentToken(), JsonToken.START_OBJECT, source, start, path);
    String id = null;
    String concept = null;
    double points = 1;
    InvalidInputException first = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      int line = offset + parser.currentLocation().getLineNr();
      JsonToken value = parser.nextToken();
      String field = path + "." + name;
      try {
        switch (name) {
          case "id" -> id = text(value, parser, source, line, field);
          case "concept" -> {
            String given = text(value, parser, source, line, field);
            concept = Concepts.parse(given);
            if (concept == null) {
              String near = Concepts.closest(given);
              throw new InvalidInputException(
                  source,
                  line,
                  field,
                  InvalidInputException.quote(given)
                      + " is not a concept"
                      + (near == null ? "" : " (did you mean " + near + "?)")
                      + "; allowed: "
                      + String.join(", ", Concepts.all()));
            }
          }
          case "points" -> {
            points = number(value, parser, source, line, field);
            if (!(points > 0)) {
              throw new InvalidInputException(
                  source,
                  line,
                  field,
                  "is " + plain(points) + "; an element must be worth more than 0 points");
            }
          }
          default ->
              throw new InvalidInputException(
                  source, line, field, "is not an element field (allowed: id, concept, points)");
        }
      } catch (InvalidInputException e) {
        first = first == null ? e : first;
        parser.skipChildren();
      }
    }
    if (first != null) {
      throw first;
    }
    if (concept == null) {
      throw new InvalidInputException(source, start, path + ".concept", "is required");
    }
    String elementId =
        id == null || id.isBlank()
            ? concept.toLowerCase(Locale.ROOT).replace('_', '-')
            : id.strip();
    return new ConceptQuestion.Element(elementId, concept, points);
  }

  private static String text(
      JsonToken token, JsonParser parser, String source, int line, String field)
      throws IOException {
    expect(token, JsonToken.VALUE_STRING, source, line, field);
    return parser.getText();
  }

  private static double number(
      JsonToken token, JsonParser parser, String source, int line, String field)
      throws IOException {
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new InvalidInputException(
          source, line, field, "must be a number, not " + EventJson.describe(token));
    }
    return parser.getDoubleValue();
  }

  private static void expect(
      JsonToken actual, JsonToken wanted, String source, int line, String field) {
    if (actual != wanted) {
      throw new InvalidInputException(
          source,
          line,
          field,
          "must be " + EventJson.describe(wanted) + ", not " + EventJson.describe(actual));
    }
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
