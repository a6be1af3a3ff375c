package org.cytosis.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads a CSV file row by row (header included, as a plain row), each with the line it starts on,
 * through Jackson's CSV parser. A byte-order mark is skipped and blank lines are ignored. A syntax
 * error (a quote never closed, say) is reported at the line where its row starts, not where the
 * parser gave up, and ends the file: what follows it cannot be told apart into rows. So do a cell
 * beyond {@link InputLimits#MAX_LINE} characters and a byte that is not UTF-8 (from a {@link
 * Utf8Input} reader), unless the rows are opened {@link #openMarking marking bad bytes}: then such
 * a byte costs only its own row. A row keeps at most {@link InputLimits#MAX_CELLS} cells, and
 * counts the rest.
 */
public final class CsvRows implements Closeable {

  private static final CsvMapper CSV =
      CsvMapper.builder(CsvFactory.builder().streamReadConstraints(InputLimits.JACKSON).build())
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .build();

  /**
   * One row: the 1-based line it starts on, its cells as written (the first {@link
   * InputLimits#MAX_CELLS} of them), and how many cells it has (a row of ten million commas is
   * counted, not held).
   */
  public record Row(int line, List<String> cells, int count) {
    public Row {
      cells = List.copyOf(cells);
    }

    public Row(int line, List<String> cells) {
      this(line, cells, cells.size());
    }
  }

  private final String source;
  private final CsvParser parser;

  /** The bad bytes marked in the input, or null when the first one ends it. */
  private final BadBytes badBytes;

  /**
   * Rows are read one ahead, so that a row's last line is known (the line before the next row's)
   * when its bad bytes are looked for; a syntax error met ahead waits for its turn.
   */
  private boolean started;

  private Row ahead;
  private InvalidInputException failure;
  private boolean ended;
  private BadBytes.Mark lastBadByte;

  private CsvRows(String source, CsvParser parser, BadBytes badBytes) {
    this.source = source;
    this.parser = parser;
    this.badBytes = badBytes;
  }

  /** The rows of one input; {@code source} names it in error messages. */
  public static CsvRows open(String source, Reader input) throws IOException {
    return open(source, input, null);
  }

  /**
   * As {@link #open}, but a byte that is not UTF-8 (in a {@link Utf8Input} reader) is marked, and
   * read past: {@link #lastBadByte} says which row holds it.
   */
  static CsvRows openMarking(String source, Reader input) throws IOException {
    return open(
        source, input, input instanceof StrictUtf8Reader strict ? strict.markBadBytes() : null);
  }

  private static CsvRows open(String source, Reader input, BadBytes badBytes) throws IOException {
    BufferedReader reader = new BufferedReader(input);
    reader.mark(1);
    int first;
    try {
      first = reader.read();
    } catch (NotTextException e) {
      throw e.toInvalidInput(source);
    }
    if (first != '\uFEFF') {
      reader.reset(); // no byte-order mark
    }
    CsvParser parser = CSV.getFactory().createParser(reader);
    parser.setSchema(CsvSchema.emptySchema()); // every row, the header too, comes as an array
    return new CsvRows(source, parser, badBytes);
  }

  /**
   * The next row, or null at the end.
   *
   * @throws InvalidInputException for a syntax error, naming the line where its row starts and
   *     saying that the rest of the file is not read
   */
  public Row next() throws IOException {
    lastBadByte = null;
    if (failure != null) {
      InvalidInputException syntaxError = failure;
      failure = null;
      ended = true;
      throw syntaxError;
    }
    if (ended) {
      return null;
    }
    if (!started) {
      started = true;
      ahead = read();
    }
    Row row = ahead;
    if (row == null) {
      ended = true;
      return null;
    }
    try {
      ahead = read();
    } catch (InvalidInputException syntaxError) {
      ahead = null;
      failure = syntaxError;
    }
    if (badBytes != null) {
      int next = ahead != null ? ahead.line() : failure != null ? failure.line() : 0;
      lastBadByte =
          badBytes.takeLines(row.line(), next > row.line() ? next - 1 : Integer.MAX_VALUE);
    }
    return row;
  }

  /**
   * The first byte that was not UTF-8 in the row {@link #next} returned last, or null. Only rows
   * opened {@link #openMarking marking bad bytes} have one.
   */
  BadBytes.Mark lastBadByte() {
    return lastBadByte;
  }

  private Row read() throws IOException {
    int line = 0;
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      List<String> cells = new ArrayList<>();
      int count = 0;
      while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
        if (count++ == 0) {
          line = parser.currentTokenLocation().getLineNr(); // START_ARRAY's own location is stale
        }
        if (count <= InputLimits.MAX_CELLS) {
          cells.add(parser.getText());
        }
      }
      return new Row(line, cells, count);
    } catch (JsonProcessingException e) {
      throw syntaxError(line, e);
    } catch (NotUtf8Exception e) {
      throw e.toInvalidInput(source);
    }
  }

  /**
   * A column name reduced to what identifies it: lower case, without spaces (the white space of
   * regular expressions' {@code \s}), '-' or '_', so that {@code Expected Label}, {@code
   * expected_label} and {@code expectedLabel} are one column. Called for every cell of large files,
   * so a plain loop.
   */
  public static String columnKey(String name) {
    StringBuilder key = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '_' && c != '-' && " \t\n\u000B\f\r".indexOf(c) < 0) {
        key.append(c);
      }
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * What is wrong with a header row, if anything: more columns than {@link InputLimits#MAX_CELLS},
   * or a problem of {@link #headerProblem(List, UnaryOperator, List, String)}.
   */
  public static Optional<String> headerProblem(
      Row header, UnaryOperator<String> key, List<String> required, String needs) {
    if (header.count() > InputLimits.MAX_CELLS) {
      return Optional.of(
          "has a header of "
              + InputLimits.count(header.count())
              + " columns; Cytosis reads at most "
              + InputLimits.count(InputLimits.MAX_CELLS));
    }
    return headerProblem(header.cells(), key, required, needs);
  }

  /**
   * What is wrong with a header row, if anything: a column with no name, a column named twice, or a
   * required column missing. Names compare by {@code key} (e.g. ignoring case and '_').
   *
   * @param needs who needs the required columns, for the message: "a bank's header"
   */
  public static Optional<String> headerProblem(
      List<String> header, UnaryOperator<String> key, List<String> required, String needs) {
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).trim();
      if (name.isEmpty()) {
        return Optional.of("has a header whose column " + (i + 1) + " has no name");
      }
      String before = seen.putIfAbsent(key.apply(name), name);
      if (before != null) {
        return Optional.of(
            "has a header that names one column twice: \"" + before + "\" and \"" + name + "\"");
      }
    }
    return required.stream()
        .filter(column -> !seen.containsKey(key.apply(column)))
        .findFirst()
        .map(
            missing ->
                "has no \""
                    + missing
                    + "\" column in its header ("
                    + needs
                    + " needs "
                    + String.join(", ", required)
                    + "; it has "
                    + String.join(", ", header)
                    + ")");
  }

  private InvalidInputException syntaxError(int rowLine, JsonProcessingException e) {
    int at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    int line = rowLine > 0 ? rowLine : at;
    String detail =
        e instanceof StreamConstraintsException limit
            ? InputLimits.describe(limit)
            : "is not valid CSV: "
                + e.getOriginalMessage().lines().findFirst().orElse("syntax error");
    String where =
        at > line
            ? " (read on to line " + at + "; the rest of the file is not read)"
            : " (the rest of the file is not read)";
    return new InvalidInputException(source, line, null, detail + where);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
