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
 * Nothing lost: for any input of N records, whatever mix of good and bad, {@code classify} and
 * {@code validate} give exactly N results, the i-th for the i-th record, and name each bad one on
 * stderr, one line each. Records are generated: events and bank rows of every kind the readers
 * know, good ones among them, and garbage.
 */
class NothingLostProperties {

  /** A kind of record, good or bad, and how it is written. */
  enum Kind {
    GOOD, TEXT, UNKNOWN_VALUE, UNKNOWN_FIELD, WRONG_TYPE, DUPLICATE_KEY, CONTROL_CHARACTER,
    TOO_LONG, NOT_AN_OBJECT, TRUNCATED, GARBAGE;

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
    Arbitrary<String> noise = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30)
        .map(s -> s.replace('\n', ' ').replace('\r', ' '));
    return Combinators.combine(Arbitraries.of(Kind.class), Events.any(), noise).as(Spec::new)
        .list().ofMinSize(1).ofMaxSize(12);
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
    Cli.Run run = Cli.run(new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)),
        "classify", "--format", "json", "--no-explain");
    // then
    assertOneResultEach(run, records);
  }

  @Property
  void classifyGivesOneResultPerElementOfAJsonArrayInOrder(@ForAll("records") List<Spec> specs) {
    // given a pretty-printed array of records that leave it readable (a syntax error would end it)
    List<Spec> records = specs.stream().filter(s -> s.kind().keepsADocumentReadable()).toList();
    StringBuilder input = new StringBuilder("[\n");
    for (int i = 0; i < records.size(); i++) {
      input.append("  ").append(line(records.get(i), "r" + (i + 1)))
          .append(i < records.size() - 1 ? ",\n" : "\n");
    }
    input.append("]\n");
    // when
    Cli.Run run = Cli.run(new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)),
        "classify", "--format", "json", "--no-explain");
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
    Path bank = Files.createTempFile(dir, "bank", ".csv");
    StringBuilder csv = new StringBuilder("id,description,expected_label,direction,cargo\n");
    for (int i = 0; i < specs.size(); i++) {
      csv.append(row(specs.get(i), "r" + (i + 1))).append(i % 2 == 0 ? "\r\n" : "\n");
    }
    Files.write(bank, csv.toString().getBytes(StandardCharsets.UTF_8)); // a lone surrogate: '?'
    // when
    Cli.Run run = Cli.run("validate", bank.toString(), "--format", "json");
    Files.delete(bank);
    // then every row has its result, in order, and each invalid one its line on stderr
    List<JsonNode> results = run.outLines().stream().map(NothingLostProperties::json).toList();
    assertThat(results).hasSize(specs.size());
    for (int i = 0; i < specs.size(); i++) {
      assertThat(results.get(i).get("id").asText()).isEqualTo("r" + (i + 1));
      assertThat(results.get(i).get("verdict").asText().equals("INVALID"))
          .as("%s: %s", specs.get(i), results.get(i)).isEqualTo(!rowIsGood(specs.get(i).kind()));
    }
    long invalid = specs.stream().filter(s -> !rowIsGood(s.kind())).count();
    assertThat(run.errLines().stream().filter(l -> l.startsWith("cytosis validate: " + bank)))
        .hasSize((int) invalid);
    if (invalid > 0) {
      assertThat(run.exit()).isEqualTo(2);
    } else {
      assertThat(run.exit()).isIn(0, 1); // every row read; some keys may be wrong
    }
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
        assertThat(result.get("record").asInt()).as("%s: %s", records.get(i), result).isEqualTo(i + 1);
        assertThat(result.get("error").asText()).doesNotContain("Exception");
      }
    }
    assertThat(run.errLines()).hasSize(bad);
    assertThat(run.exit()).isEqualTo(bad > 0 ? 2 : 0);
  }

  /** One record as a line of JSON. */
  private static String line(Spec spec, String id) {
    CellEvent event = spec.event().toBuilder().id(id).build();
    String object = write(spec.kind() == Kind.TEXT
        ? CellEvent.builder().id(id).description(spec.event().description() == null
            ? "A neutrophil engulfs a bacterium." : spec.event().description()).build()
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
