package org.cytosis.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.cytosis.io.JsonSupport;
import org.cytosis.model.CellEvent;

/**
 * Nothing lost: for any input of N records, whatever mix of good and bad, {@code classify}, {@code
 * validate} and {@code grade} give exactly N results, the i-th for the i-th record, and name each
 * bad one on stderr, one line each. Records are generated: events and bank rows of every kind the
 * readers know, good ones among them, and garbage.
 */
@net.jqwik.api.Tag("heavy") // .ci/run only: 1,000 tries a property, through the CLI
class NothingLostProperties {

  /** A kind of record, good or bad, and how it is written. */
  enum Kind {
    GOOD,
    TEXT,
    UNKNOWN_VALUE,
    UNKNOWN_FIELD,
    WRONG_TYPE,
    DUPLICATE_KEY,
    CONTROL_CHARACTER,
    TOO_LONG,
    NOT_AN_OBJECT,
    TRUNCATED,
    GARBAGE;

    boolean isGood() {
      return this == GOOD || this == TEXT;
    }

    /** Kinds that leave a JSON document readable after them (all but syntax errors). */
    boolean keepsADocumentReadable() {
      return this != TRUNCATED && this != GARBAGE;
    }
  }

  /** One generated record: its kind, an event to write, and some text to spoil it with. */
  record Spec(Kind kind, CellEvent event, String noise) {}

  private static Path dir;

  @BeforeContainer
  static void makeFolder() throws IOException {
    dir = Files.createTempDirectory("nothing-lost");
  }

  @AfterContainer
  static void removeFolder() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  @Provide
  Arbitrary<List<Spec>> records() {
    Arbitrary<String> noise =
        Arbitraries.strings()
            .all()
            .ofMinLength(1)
            .ofMaxLength(30)
            .map(s -> s.replace('\n', ' ').replace('\r', ' '));
    return Combinators.combine(Arbitraries.of(Kind.class), Events.any(), noise)
        .as(Spec::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12);
  }

  @Property
  void classifyGivesOneResultPerJsonLineInOrder(@ForAll("records") List<Spec> specs) {
    // given JSON Lines (the first line is an object, so that the input reads as JSON Lines)
    List<Spec> records = new ArrayList<>(specs);
    records.set(0, new Spec(Kind.GOOD, records.get(0).event(), ""));
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < records.size(); i++) {
      input.append(line(records.get(i), "r" + (i + 1))).append(i % 3 == 0 ? "\r\n" : "\n");
    }
    // when
    Cli.Run run =
        Cli.run(
            new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)),
            "classify",
            "--format",
            "json",
            "--no-explain");
    // then
    assertOneResultEach(run, records);
  }

  @Property
  void classifyGivesOneResultPerElementOfAJsonArrayInOrder(@ForAll("records") List<Spec> specs) {
    // given a pretty-printed array of records that leave it readable (a syntax error would end it)
    List<Spec> records = specs.stream().filter(s -> s.kind().keepsADocumentReadable()).toList();
    StringBuilder input = new StringBuilder("[\n");
    for (int i = 0; i < records.size(); i++) {
      input
          .append("  ")
          .append(line(records.get(i), "r" + (i + 1)))
          .append(i < records.size() - 1 ? ",\n" : "\n");
    }
    input.append("]\n");
    // when
    Cli.Run run =
        Cli.run(
            new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)),
            "classify",
            "--format",
            "json",
            "--no-explain");
    // then
    if (records.isEmpty()) {
      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.err()).contains("holds no events");
    } else {
      assertOneResultEach(run, records);
    }
  }

  @Property
  void validateGivesOneResultPerCsvRowInOrder(@ForAll("records") List<Spec> specs)
      throws IOException {
    // given a CSV bank with a row per record
    Path bank =
        csvFile(
            "bank",
            "id,description,expected_label,direction,cargo",
            specs,
            NothingLostProperties::row,
            "r");
    // when
    Cli.Run run = Cli.run("validate", bank.toString(), "--format", "json");
    Files.delete(bank);
    // then
    long invalid =
        assertOneResultPerRow(
            run, specs, "validate", bank, "id", "r", "INVALID", NothingLostProperties::rowIsGood);
    if (invalid > 0) {
      assertThat(run.exit()).isEqualTo(2);
    } else {
      assertThat(run.exit()).isIn(0, 1); // every row read; some keys may be wrong
    }
  }

  @Property
  void gradeGivesOneResultPerAnswerRowInOrder(@ForAll("records") List<Spec> specs)
      throws IOException {
    // given a file of answers with a row per record
    Path answers =
        csvFile(
            "answers",
            "student_id,scenario_id,answer,justification",
            specs,
            NothingLostProperties::answer,
            "s");
    // when
    Cli.Run run =
        Cli.run(
            "grade",
            "--key",
            BadInputCatalogue.KEY,
            "--answers",
            answers.toString(),
            "--format",
            "json");
    Files.delete(answers);
    // then
    long unreadable =
        assertOneResultPerRow(
            run,
            specs,
            "grade",
            answers,
            "student_id",
            "s",
            "UNREADABLE",
            NothingLostProperties::answerIsGood);
    assertThat(run.exit()).isEqualTo(unreadable > 0 ? 2 : 0);
  }

  /** A CSV file: the header, then a row per record, with CRLF and LF line ends in turn. */
  private static Path csvFile(
      String name,
      String header,
      List<Spec> specs,
      BiFunction<Spec, String, String> row,
      String idPrefix)
      throws IOException {
    Path file = Files.createTempFile(dir, name, ".csv");
    StringBuilder csv = new StringBuilder(header).append('\n');
    for (int i = 0; i < specs.size(); i++) {
      csv.append(row.apply(specs.get(i), idPrefix + (i + 1))).append(i % 2 == 0 ? "\r\n" : "\n");
    }
    Files.write(file, csv.toString().getBytes(StandardCharsets.UTF_8)); // a lone surrogate: '?'
    return file;
  }

  /**
   * Every row has its result, in order (its id column says which), the bad ones with {@code
   * badVerdict}, each also named on stderr; returns how many were bad.
   */
  private static long assertOneResultPerRow(
      Cli.Run run,
      List<Spec> specs,
      String command,
      Path file,
      String idField,
      String idPrefix,
      String badVerdict,
      Predicate<Kind> good) {
    List<JsonNode> results = run.outLines().stream().map(NothingLostProperties::json).toList();
    assertThat(results).hasSize(specs.size());
    for (int i = 0; i < specs.size(); i++) {
      assertThat(results.get(i).get(idField).asText()).isEqualTo(idPrefix + (i + 1));
      assertThat(results.get(i).get("verdict").asText().equals(badVerdict))
          .as("%s: %s", specs.get(i), results.get(i))
          .isEqualTo(!good.test(specs.get(i).kind()));
    }
    long bad = specs.stream().filter(s -> !good.test(s.kind())).count();
    assertThat(
            run.errLines().stream().filter(l -> l.startsWith("cytosis " + command + ": " + file)))
        .hasSize((int) bad);
    return bad;
  }

  /** One record as a row of answers: student_id, scenario_id, answer, justification. */
  private static String answer(Spec spec, String student) {
    String noise = spec.noise().replaceAll("\\p{Cc}", " ").replace("\"", "\"\"");
    return switch (spec.kind()) {
      case GOOD ->
          student + ",neutrophil-bacterium,phagocytosis,The neutrophil engulfs the bacterium.";
      case TEXT ->
          student
              + ",ldl-uptake,\"receptor-mediated\nendocytosis\",\"LDL binds \"\"receptors\"\".\"";
      case UNKNOWN_VALUE, GARBAGE -> student + ",neutrophil-bacterium,\"" + noise + "\",";
      case UNKNOWN_FIELD -> student + ",\"no-such-" + noise + "\",phagocytosis,x";
      case WRONG_TYPE -> student + ",neutrophil-bacterium,phagocytosis"; // a cell short
      case DUPLICATE_KEY -> student + ",neutrophil-bacterium,phagocytosis,x,\"" + noise + "\"";
      case CONTROL_CHARACTER -> student + ",neutrophil-bacterium,\"a\u0007b\",x";
      case TOO_LONG -> student + ",neutrophil-bacterium,phagocytosis," + "a".repeat(10_001);
      case NOT_AN_OBJECT -> student + ",,phagocytosis,x"; // no scenario
      case TRUNCATED -> student + ",neutrophil-bacterium,,\"" + noise + "\"";
    };
  }

  /** Whether the answer row of this kind can be graded (whatever its grade). */
  private static boolean answerIsGood(Kind kind) {
    return switch (kind) {
      case GOOD, TEXT, UNKNOWN_VALUE, GARBAGE, TRUNCATED -> true;
      default -> false;
    };
  }

  private static void assertOneResultEach(Cli.Run run, List<Spec> records) {
    List<JsonNode> results = run.outLines().stream().map(NothingLostProperties::json).toList();
    assertThat(results).hasSize(records.size());
    int bad = 0;
    for (int i = 0; i < records.size(); i++) {
      JsonNode result = results.get(i);
      if (records.get(i).kind().isGood()) {
        assertThat(result.get("id").asText()).as("%s", result).isEqualTo("r" + (i + 1));
        assertThat(result.has("status")).isTrue();
      } else {
        bad++;
        assertThat(result.get("record").asInt())
            .as("%s: %s", records.get(i), result)
            .isEqualTo(i + 1);
        assertThat(result.get("error").asText()).doesNotContain("Exception");
      }
    }
    assertThat(run.errLines()).hasSize(bad);
    assertThat(run.exit()).isEqualTo(bad > 0 ? 2 : 0);
  }

  /** One record as a line of JSON. */
  private static String line(Spec spec, String id) {
    CellEvent event = spec.event().toBuilder().id(id).build();
    String object =
        write(
            spec.kind() == Kind.TEXT
                ? CellEvent.builder()
                    .id(id)
                    .description(
                        spec.event().description() == null
                            ? "A neutrophil engulfs a bacterium."
                            : spec.event().description())
                    .build()
                : event);
    String body = object.substring(1, object.length() - 1); // "id":"r1",... without the braces
    String noise = write(spec.noise());
    return switch (spec.kind()) {
      case GOOD, TEXT -> object;
      case UNKNOWN_VALUE -> "{" + body + ",\"cargo\":" + write("not " + spec.noise()) + "}";
      case UNKNOWN_FIELD -> "{" + body + ",\"colour\":" + noise + "}";
      case WRONG_TYPE -> "{" + body + ",\"direction\":" + spec.noise().length() + "}";
      case DUPLICATE_KEY -> "{" + body + ",\"id\":" + noise + "}";
      case CONTROL_CHARACTER -> "{" + body + ",\"cellType\":\"a\\u0007b\"}";
      case TOO_LONG -> "{" + body + ",\"description\":\"" + "a".repeat(10_001) + "\"}";
      case NOT_AN_OBJECT -> noise;
      case TRUNCATED -> "{" + body + ",\"cargo\":";
      case GARBAGE -> "#" + spec.noise();
    };
  }

  /** One record as a row of the bank: id, description, expected_label, direction, cargo. */
  private static String row(Spec spec, String id) {
    String noise = spec.noise().replace("\"", "\"\"");
    return switch (spec.kind()) {
      case GOOD -> id + ",,PHAGOCYTOSIS,INTO_CELL,SOLID_PARTICLE";
      case TEXT -> id + ",\"A neutrophil\nengulfs a bacterium, \"\"fast\"\".\",PHAGOCYTOSIS,,";
      case UNKNOWN_VALUE -> id + ",,PHAGOCYTOSIS,INTO_CELL,\"not " + noise + "\"";
      case UNKNOWN_FIELD, WRONG_TYPE -> id + ",,PHAGOCYTOSIS,INTO_CELL"; // a cell short
      case DUPLICATE_KEY, NOT_AN_OBJECT -> id + ",,PHAGOCYTOSIS,INTO_CELL,FLUID,\"" + noise + "\"";
      case CONTROL_CHARACTER -> id + ",\"a\u0007b\",PHAGOCYTOSIS,,";
      case TOO_LONG -> id + "," + "a".repeat(10_001) + ",PHAGOCYTOSIS,,";
      case TRUNCATED -> id + ",,\"x" + noise + "\",,"; // a key that is no label
      case GARBAGE -> id + ",,PHAGOCYTOSIS,\"x" + noise + "\",";
    };
  }

  /** Whether the bank row of this kind can be read (it may still fail its key). */
  private static boolean rowIsGood(Kind kind) {
    return kind.isGood();
  }

  private static String write(Object value) {
    try {
      return JsonSupport.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(String line) {
    try {
      return JsonSupport.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not a JSON line: " + line, e);
    }
  }
}
