package org.cytosis.grading;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.cytosis.io.EventJson;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.Criterion;

/**
 * How answers are scored (JSON; the default is {@code rules/grading/default-rubric.json}): points
 * for naming the key's label ({@code correctLabel}) or a label on its branch ({@code
 * partialLabel}), points for each criterion the student states correctly ({@code criteria}, by
 * event field name; a criterion left out earns nothing), a deduction for each misconception ({@code
 * misconception}) and one for a contradiction no misconception explains ({@code contradiction}),
 * the total bounded to [0, {@code max}]. Every field is required; an unknown field, a negative
 * number or a {@code max} of 0 is an error naming the file, line and field.
 */
public record Rubric(
    double max,
    double correctLabel,
    double partialLabel,
    Map<Criterion, Double> criteria,
    double misconception,
    double contradiction) {

  static final String DEFAULT = "default-rubric.json";
  private static final List<String> FIELDS =
      List.of("max", "correctLabel", "partialLabel", "criteria", "misconception", "contradiction");

  /**
   * A rubric, with its own copy of the criteria's points.
   *
   * @param max the most an answer scores
   * @param correctLabel the points of a correct label
   * @param partialLabel the points of a label on the right branch
   * @param criteria the points of each criterion stated correctly
   * @param misconception the points a misconception takes away
   * @param contradiction the points a contradiction takes away
   */
  public Rubric {
    Map<Criterion, Double> copy = new EnumMap<>(Criterion.class);
    copy.putAll(criteria);
    criteria = Collections.unmodifiableMap(copy);
  }

  /** {@return the rubric packaged in Cytosis} */
  public static Rubric defaults() {
    String source = "rules/grading/" + DEFAULT;
    try (InputStream in = Rubric.class.getResourceAsStream("/" + source)) {
      if (in == null) {
        throw new IllegalStateException(source + " is missing from the class path");
      }
      return read(source, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InvalidInputException(source, 0, null, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * A rubric read from a JSON file.
   *
   * @param file the rubric file
   * @return the rubric
   * @throws InvalidInputException naming the file, line and field of the first problem
   */
  public static Rubric read(Path file) {

    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.toString(), reader);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file.toString(), 0, null, "does not exist");
    } catch (IOException e) {
      throw new InvalidInputException(
          file.toString(), 0, null, "cannot be read: " + e.getMessage());
    }
  }

  static Rubric read(String source, Reader reader) throws IOException {
    try (JsonParser parser = EventJson.parser(reader)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidInputException(source, line(parser), null, "is not a JSON object");
      }
      Map<String, Double> numbers = new java.util.HashMap<>();
      Map<Criterion, Double> criteria = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!FIELDS.contains(field)) {
          throw new InvalidInputException(
              source,
              line(parser),
              field,
              "is not a rubric field "
                  + "(allowed: "
                  + String.join(", ", FIELDS)
                  + closest(field, FIELDS)
                  + ")");
        }
        if (field.equals("criteria")) {
          criteria = criteria(parser, value, source);
        } else {
          numbers.put(field, points(parser, value, source, field));
        }
      }
      for (String field : FIELDS) {
        if (!field.equals("criteria") && !numbers.containsKey(field)
            || field.equals("criteria") && criteria == null) {
          throw new InvalidInputException(source, line(parser), field, "is required");
        }
      }
      if (numbers.get("max") == 0) {
        throw new InvalidInputException(source, line(parser), "max", "must be more than 0");
      }
      return new Rubric(
          numbers.get("max"),
          numbers.get("correctLabel"),
          numbers.get("partialLabel"),
          criteria,
          numbers.get("misconception"),
          numbers.get("contradiction"));
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(
          source,
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          null,
          org.cytosis.io.JsonSyntax.describe(e));
    }
  }

  private static Map<Criterion, Double> criteria(JsonParser parser, JsonToken token, String source)
      throws IOException {
    if (token != JsonToken.START_OBJECT) {
      throw new InvalidInputException(
          source,
          line(parser),
          "criteria",
          "must be an object of criterion: points, not " + EventJson.describe(token));
    }
    List<String> names =
        Arrays.stream(Criterion.values())
            .filter(c -> c != Criterion.CELL_TYPE)
            .map(Criterion::field)
            .toList();
    Map<Criterion, Double> criteria = new EnumMap<>(Criterion.class);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      Criterion criterion =
          Arrays.stream(Criterion.values())
              .filter(c -> c != Criterion.CELL_TYPE && c.field().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          source,
                          line(parser),
                          "criteria." + name,
                          "is not a criterion a justification is credited for (allowed: "
                              + String.join(", ", names)
                              + closest(name, names)
                              + ")"));
      criteria.put(criterion, points(parser, value, source, "criteria." + name));
    }
    return criteria;
  }

  private static double points(JsonParser parser, JsonToken token, String source, String field)
      throws IOException {
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new InvalidInputException(
          source,
          line(parser),
          field,
          "must be a number of points, not " + EventJson.describe(token));
    }
    double points = parser.getDoubleValue();
    if (points < 0 || Double.isNaN(points) || Double.isInfinite(points)) {
      throw new InvalidInputException(
          source,
          line(parser),
          field,
          "must be 0 or more (deductions are written as positive numbers), not "
              + parser.getText());
    }
    return points;
  }

  private static String closest(String name, List<String> names) {
    LevenshteinDistance near = new LevenshteinDistance(3);
    return names.stream()
        .filter(n -> near.apply(name, n) >= 0)
        .findFirst()
        .map(n -> "; did you mean " + n + "?")
        .orElse("");
  }

  private static int line(JsonParser parser) {
    return parser.currentLocation().getLineNr();
  }

  /** The points for credited criteria. */
  double pointsFor(List<Criterion> credited) {
    return credited.stream().mapToDouble(c -> criteria.getOrDefault(c, 0.0)).sum();
  }

  /** Whether a criterion earns points (and so is listed as credited). */
  boolean credits(Criterion criterion) {
    return criteria.getOrDefault(criterion, 0.0) > 0;
  }
}
