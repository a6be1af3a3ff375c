package org.cytosis.robustness;

import static org.cytosis.robustness.BadInputCatalogue.Kind.ANSWERS;
import static org.cytosis.robustness.BadInputCatalogue.Kind.BANK;
import static org.cytosis.robustness.BadInputCatalogue.Kind.EVENTS;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bad-input catalogue: every kind of input that teachers' exports and integrators' programs are
 * known to produce, with what Cytosis must make of it. {@link BadInputCatalogueTest} runs each case
 * through the command line and through the library; the README's "Limits and bad input" table lists
 * the same cases.
 */
final class BadInputCatalogue {

  /**
   * Events go to {@code classify} and {@code EventReader}; banks to {@code validate} and {@code
   * BankReader}; students' answers to {@code grade} (against {@link #KEY}) and {@code AnswerReader}
   * with the {@code Grader}.
   */
  enum Kind {
    EVENTS,
    BANK,
    ANSWERS
  }

  /** The key the answers are graded against. */
  static final String KEY = "testcases-grading/key.csv";

  /**
   * One line of complaint: where it points (line 0 when there is no line) and what it says. A
   * problem {@code ofCommand} concerns the run as a whole (an empty file), not a record.
   */
  record Problem(int line, String field, String says, boolean ofCommand, boolean refusesInput) {

    static Problem at(int line, String field, String says) {
      return new Problem(line, field, says, false, false);
    }

    static Problem at(int line, String says) {
      return new Problem(line, null, says, false, false);
    }

    static Problem ofRun(String says) {
      return new Problem(0, null, says, true, false);
    }

    /**
     * The whole input refused as not text (an image, an archive): one line, no record; the library
     * throws it when the input is opened or its records are taken.
     */
    static Problem refused(String says) {
      return new Problem(0, null, says, true, true);
    }
  }

  /**
   * A case: its input as a file of that name, how many records the output must have, and the
   * problems, in order, one per bad record. No problems means the input is accepted (exit 0).
   */
  record Case(
      String name, Kind kind, String file, Input input, int records, List<Problem> problems) {

    @Override
    public String toString() {
      return name;
    }

    List<Problem> recordProblems() {
      return problems.stream().filter(p -> !p.ofCommand()).toList();
    }
  }

  /** A line that is 100 MiB long, as in a spreadsheet export gone wrong. */
  static final long HUNDRED_MB = 100L << 20;

  private static final String GOOD = "{\"id\":\"good\",\"cargo\":\"FLUID\"}";
  private static final String HEADER = "id,expected_label,cargo\n";
  private static final String GOOD_ROW = "n1,PINOCYTOSIS,FLUID\n";
  private static final String ANSWERS_HEADER = "student_id,scenario_id,answer,justification\n";
  private static final String GOOD_ANSWER =
      "ana,neutrophil-bacterium,phagocytosis,The neutrophil engulfs the bacterium.\n";

  static final List<Case> CASES = cases();

  private BadInputCatalogue() {}

  private static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    // Empty and blank input
    cases.add(events("empty file", "events.json", "", 0, Problem.ofRun("holds no events")));
    cases.add(
        events(
            "whitespace only", "events.json", " \n\t \r\n  ", 0, Problem.ofRun("holds no events")));
    cases.add(
        new Case(
            "empty CSV bank",
            BANK,
            "bank.csv",
            Input.utf8(""),
            0,
            List.of(Problem.ofRun("no scenarios found"))));
    // Garbage
    // Binary files are refused whole, saying what they look like, not as a Latin-1 export
    cases.add(
        new Case(
            "binary garbage (a PNG header)",
            EVENTS,
            "events.json",
            Input.bytes(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}),
            0,
            List.of(
                Problem.refused(
                    "is a binary file (a PNG image), not text: Cytosis reads CSV, JSON "
                        + "or JSON Lines saved as UTF-8 text"))));
    cases.add(
        new Case(
            "a spreadsheet saved as .xlsx (a zip) named .csv",
            BANK,
            "bank.csv",
            Input.bytes(
                concat(
                    new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0},
                    "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII))),
            0,
            List.of(
                Problem.refused(
                    "is a binary file (a zip archive, as .xlsx, .docx and .ods files are)"))));
    cases.add(
        new Case(
            "answers: an old Excel file",
            ANSWERS,
            "answers.csv",
            Input.bytes(
                new byte[] {
                  (byte) 0xD0,
                  (byte) 0xCF,
                  0x11,
                  (byte) 0xE0,
                  (byte) 0xA1,
                  (byte) 0xB1,
                  0x1A,
                  (byte) 0xE1,
                  0,
                  0
                }),
            0,
            List.of(Problem.refused("is a binary file (an old Office document, .xls or .doc)"))));
    cases.add(
        new Case(
            "binary data of no known kind",
            EVENTS,
            "events.json",
            Input.bytes(
                new byte[] {
                  0x13,
                  0,
                  (byte) 0x9C,
                  0x7A,
                  0,
                  0,
                  0x01,
                  (byte) 0xFA,
                  0x42,
                  0x0A,
                  0x22,
                  0x7B,
                  0,
                  0x44,
                  (byte) 0x80,
                  0x01,
                  0x02,
                  0x33,
                  0x11,
                  0x05
                }),
            0,
            List.of(Problem.refused("is a binary file (it holds NUL bytes), not text"))));
    cases.add(
        new Case(
            "UTF-16 text",
            EVENTS,
            "events.jsonl",
            Input.bytes(("\uFEFF" + GOOD + "\n").getBytes(StandardCharsets.UTF_16LE)),
            0,
            List.of(Problem.refused("is saved as UTF-16 text, not UTF-8"))));
    // A stray NUL in text that is UTF-8 is only a bad record: files of good rows may hold one
    cases.add(
        events(
            "binary garbage that happens to be UTF-8",
            "events.json",
            "\u0000\u0001\u0002garbage\u0007",
            1,
            Problem.at(
                1, "is not valid JSON: at column 2, a control character where JSON was expected")));
    // Truncated and wrongly shaped JSON
    cases.add(
        events(
            "truncated JSON array",
            "events.json",
            "[" + GOOD + ",\n {\"id\":\"b\",\"cargo\":",
            2,
            Problem.at(
                2,
                "is not valid JSON: at column 20, the text ends before the closing '}' of an object")));
    cases.add(
        events(
            "truncated JSON Lines",
            "events.jsonl",
            GOOD + "\n{\"id\":\"b\",\"car",
            2,
            Problem.at(2, "is not valid JSON")));
    cases.add(
        events(
            "a number where an object belongs",
            "events.json",
            "7",
            1,
            Problem.at(1, "holds a number where an event object was expected")));
    cases.add(
        events(
            "a string where an object belongs",
            "events.json",
            "\"a neutrophil engulfs a bacterium\"",
            1,
            Problem.at(1, "holds a string where an event object was expected")));
    cases.add(
        events(
            "an array of arrays",
            "events.json",
            "[\n [" + GOOD + "],\n [1, 2]\n]",
            2,
            Problem.at(2, "holds an array where an event object was expected"),
            Problem.at(3, "holds an array where an event object was expected")));
    // Fields
    cases.add(
        events(
            "wrong field types",
            "events.jsonl",
            """
        {"id":"a","direction":7}
        {"id":"b","cargo":["FLUID"]}
        {"id":true}
        """,
            3,
            Problem.at(1, "direction", "must be a string, not a number"),
            Problem.at(2, "cargo", "must be a string, not an array"),
            Problem.at(3, "id", "must be a string, not a boolean")));
    cases.add(
        events(
            "unknown field",
            "events.jsonl",
            "{\"id\":\"a\",\"colour\":\"red\"}",
            1,
            Problem.at(1, "colour", "is not an event field")));
    cases.add(
        events(
            "unknown enum value",
            "events.jsonl",
            "{\"id\":\"a\",\"cargo\":\"solid particel\"}",
            1,
            Problem.at(1, "cargo", "has unknown value \"solid particel\"")));
    cases.add(
        events(
            "a polymorphic type name",
            "events.jsonl",
            "{\"@class\":\"java.lang.ProcessBuilder\",\"id\":\"a\"}",
            1,
            Problem.at(1, "@class", "is not an event field")));
    cases.add(
        events(
            "duplicate key (JSON Lines)",
            "events.jsonl",
            "{\"id\":\"a\",\"cargo\":\"FLUID\",\"cargo\":\"SOLID_PARTICLE\"}\n" + GOOD + "\n",
            2,
            Problem.at(1, "cargo", "is given twice in one object")));
    cases.add(
        events(
            "duplicate key (JSON array)",
            "events.json",
            "[\n{\"id\":\"a\",\n \"cargo\":\"FLUID\",\n \"cargo\":\"FLUID\"},\n" + GOOD + "\n]",
            2,
            Problem.at(4, "cargo", "is given twice in one object (first on line 3)")));
    cases.add(
        new Case(
            "duplicate key (JSON bank)",
            BANK,
            "bank.jsonl",
            Input.utf8(
                "{\"title\":\"a\",\"title\":\"b\",\"event\":{\"cargo\":\"FLUID\"},"
                    + "\"expected\":{\"label\":\"PINOCYTOSIS\",\"status\":\"CLASSIFIED\"}}\n"),
            1,
            List.of(Problem.at(1, "title", "is given twice in one object"))));
    // Encodings and line ends
    cases.add(events("UTF-8 byte-order mark", "events.json", "\uFEFF" + GOOD + "\n", 1));
    cases.add(
        new Case(
            "CSV with a byte-order mark",
            BANK,
            "bank.csv",
            Input.utf8("\uFEFF" + HEADER + GOOD_ROW),
            1,
            List.of()));
    cases.add(
        events(
            "CRLF line ends (JSON Lines)",
            "events.jsonl",
            GOOD + "\r\n{\"id\":\"b\",\"cargo\":\"GOO\"}\r\n" + GOOD + "\r\n",
            3,
            Problem.at(2, "cargo", "has unknown value \"GOO\"")));
    cases.add(
        events(
            "CRLF line ends (pretty-printed array)",
            "events.json",
            "[\r\n {\"id\":\"a\",\r\n  \"cargo\":\"FLUID\"},\r\n {\"id\":\"b\",\r\n  \"cargo\":\"GOO\"}\r\n]\r\n",
            2,
            Problem.at(5, "cargo", "has unknown value \"GOO\"")));
    cases.add(
        new Case(
            "CSV with CRLF line ends",
            BANK,
            "bank.csv",
            Input.utf8("id,expected_label,cargo\r\nn1,PINOCYTOSIS,FLUID\r\nn2,PINOCYTOSIS,GOO\r\n"),
            2,
            List.of(Problem.at(3, "cargo", "has unknown value \"GOO\""))));
    // A bad byte spoils its own record only, in every format: the records after it are read.
    cases.add(
        new Case(
            "invalid UTF-8",
            EVENTS,
            "events.jsonl",
            Input.bytes(
                concat(
                    "{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"c".getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xC3, 0x28},
                    "\"}\n{\"id\":\"d\"}\n".getBytes(StandardCharsets.UTF_8))),
            4,
            List.of(
                Problem.at(
                    3,
                    "id",
                    "is not UTF-8 (byte 0xC3 on this line): a Latin-1 or Windows export? "
                        + "Save it as UTF-8 and try again; this line is not read, the lines after it are"))));
    cases.add(
        new Case(
            "Latin-1 export (JSON Lines)",
            EVENTS,
            "events.jsonl",
            Input.bytes(
                (GOOD + "\n{\"id\":\"b\",\"cellType\":\"cellule épithéliale\"}\n" + GOOD + "\n")
                    .getBytes(StandardCharsets.ISO_8859_1)),
            3,
            List.of(Problem.at(2, "cellType", "is not UTF-8 (byte 0xE9"))));
    cases.add(
        new Case(
            "Latin-1 export (pretty-printed JSON array)",
            EVENTS,
            "events.json",
            Input.bytes(
                ("[\n "
                        + GOOD
                        + ",\n {\"id\":\"b\",\n  \"description\":\"La cellule sécrète\"},\n "
                        + "{\"id\":\"c\",\"cargo\":\"GOO\"},\n "
                        + GOOD
                        + "\n]\n")
                    .getBytes(StandardCharsets.ISO_8859_1)),
            4,
            List.of(
                Problem.at(
                    4,
                    "description",
                    "is not UTF-8 (byte 0xE9 on this line): a Latin-1 or "
                        + "Windows export? Save it as UTF-8 and try again; this record is not read, the records after it are"),
                Problem.at(5, "cargo", "has unknown value \"GOO\""))));
    cases.add(
        new Case(
            "Latin-1 export (JSON array on one line, with a byte-order mark)",
            EVENTS,
            "events.json",
            Input.bytes(
                concat(
                    new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    ("[" + GOOD + ",{\"id\":\"é\"}," + GOOD + "]")
                        .getBytes(StandardCharsets.ISO_8859_1))),
            3,
            List.of(Problem.at(1, "id", "is not UTF-8 (byte 0xE9"))));
    cases.add(
        new Case(
            "a bad byte between records of a JSON array",
            EVENTS,
            "events.json",
            Input.bytes(
                concat(
                    ("[" + GOOD + ",\n").getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xFF},
                    (GOOD + "]").getBytes(StandardCharsets.UTF_8))),
            2,
            List.of(
                Problem.at(
                    2,
                    "is not UTF-8 (byte 0xFF on this line): a Latin-1 or Windows export? "
                        + "Save it as UTF-8 and try again; the rest of the file is not read"))));
    cases.add(
        new Case(
            "Latin-1 spreadsheet export (CSV)",
            BANK,
            "bank.csv",
            Input.bytes(
                ("id,description,expected_label,cargo\nn1,fluid,PINOCYTOSIS,FLUID\n"
                        + "n2,cellule épithéliale,PINOCYTOSIS,FLUID\n\"n3\",\"a quoted\nfluid\",PINOCYTOSIS,FLUID\n"
                        + "n4,\"macropinocytose\nà la surface\",PINOCYTOSIS,GOO\n")
                    .getBytes(StandardCharsets.ISO_8859_1)),
            4,
            List.of(
                Problem.at(
                    3,
                    "description",
                    "is not UTF-8 (byte 0xE9 on this line): a Latin-1 or "
                        + "Windows export? Save it as UTF-8 and try again; this row is not read, the rows after it are"),
                Problem.at(7, "description", "is not UTF-8 (byte 0xE0"))));
    cases.add(
        new Case(
            "Latin-1 in a CSV header",
            BANK,
            "bank.csv",
            Input.bytes(
                ("id,expected_label,cargo,thème\n" + GOOD_ROW)
                    .getBytes(StandardCharsets.ISO_8859_1)),
            1,
            List.of(
                Problem.at(
                    1,
                    "is not UTF-8 (byte 0xE8 on this line): a Latin-1 or Windows export? "
                        + "Save it as UTF-8 and try again; the rest of the file is not read"))));
    cases.add(
        new Case(
            "Latin-1 export (JSON bank array)",
            BANK,
            "bank.json",
            Input.bytes(
                ("[\n{\"title\":\"a\",\"event\":{\"cargo\":\"FLUID\"},"
                        + "\"expected\":{\"label\":\"PINOCYTOSIS\",\"status\":\"CLASSIFIED\"}},\n"
                        + "{\"title\":\"pinocytose étudiée\",\"event\":{\"cargo\":\"FLUID\"},"
                        + "\"expected\":{\"label\":\"PINOCYTOSIS\",\"status\":\"CLASSIFIED\"}},\n"
                        + "{\"title\":\"c\",\"event\":{\"cargo\":\"FLUID\"},"
                        + "\"expected\":{\"label\":\"PINOCYTOSIS\",\"status\":\"CLASSIFIED\"}}\n]\n")
                    .getBytes(StandardCharsets.ISO_8859_1)),
            3,
            List.of(Problem.at(3, "title", "is not UTF-8 (byte 0xE9"))));
    // CSV shapes
    cases.add(
        new Case(
            "CSV with a quoted newline",
            BANK,
            "bank.csv",
            Input.utf8(
                "id,description,expected_label,direction,cargo\n"
                    + "n1,\"A neutrophil\nengulfs a bacterium.\",PHAGOCYTOSIS,INTO_CELL,SOLID_PARTICLE\n"
                    + "n2,plain,PHAGOCYTOSIS,INTO_CELL,GOO\n"),
            2,
            List.of(Problem.at(4, "cargo", "has unknown value \"GOO\""))));
    cases.add(
        new Case(
            "CSV missing a required column",
            BANK,
            "bank.csv",
            Input.utf8("id,cargo\nn1,FLUID\n"),
            1,
            List.of(Problem.at(1, "has no \"expected_label\" column in its header"))));
    cases.add(
        new Case(
            "CSV row with missing cells",
            BANK,
            "bank.csv",
            Input.utf8(HEADER + "n0,PINOCYTOSIS\n" + GOOD_ROW),
            2,
            List.of(Problem.at(2, "has 2 cells, but the header has 3 columns"))));
    cases.add(
        new Case(
            "CSV row with extra cells",
            BANK,
            "bank.csv",
            Input.utf8(HEADER + "n0,PINOCYTOSIS,FLUID,surprise\n" + GOOD_ROW),
            2,
            List.of(Problem.at(2, "has 4 cells, but the header has 3 columns"))));
    cases.add(
        new Case(
            "CSV with an extra column",
            BANK,
            "bank.csv",
            Input.utf8("id,expected_label,cargo,chapter\nn1,PINOCYTOSIS,FLUID,4.2\n"),
            1,
            List.of()));
    cases.add(
        new Case(
            "CSV with an empty header",
            BANK,
            "bank.csv",
            Input.utf8(",,\n" + GOOD_ROW),
            1,
            List.of(Problem.at(1, "has a header whose column 1 has no name"))));
    cases.add(
        new Case(
            "CSV with a formula in a cell",
            BANK,
            "bank.csv",
            Input.utf8(HEADER + "=cmd|' /C calc'!A0,PINOCYTOSIS,FLUID\n"),
            1,
            List.of()));
    // Size
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    cases.add(
        events(
            "deeply nested JSON (JSON Lines)",
            "events.jsonl",
            "{\"id\":\"a\",\"extra\":" + deep + "}\n" + GOOD + "\n",
            2,
            Problem.at(1, "is nested more than 64 levels deep")));
    cases.add(
        events(
            "deeply nested JSON (document)",
            "events.json",
            deep,
            1,
            Problem.at(1, "is nested more than 64 levels deep")));
    cases.add(
        new Case(
            "a 100 MB line (JSON Lines)",
            EVENTS,
            "events.jsonl",
            Input.huge(
                GOOD + "\n{\"id\":\"big\",\"description\":\"",
                'x',
                HUNDRED_MB,
                "\"}\n" + GOOD + "\n"),
            3,
            List.of(
                Problem.at(
                    2,
                    "is "
                        + String.format("%,d", HUNDRED_MB + 29)
                        + " characters long; a line of JSON Lines may hold at most 1,048,576"))));
    cases.add(
        new Case(
            "a 100 MB line (one-line JSON array)",
            EVENTS,
            "events.json",
            Input.huge("[" + GOOD + ",{\"id\":\"big\",\"description\":\"", 'x', HUNDRED_MB, "\"}]"),
            2,
            List.of(
                Problem.at(1, "description", "holds a value longer than 1,048,576 characters"))));
    cases.add(
        new Case(
            "a 100 MB line (CSV cell)",
            BANK,
            "bank.csv",
            Input.huge(HEADER + GOOD_ROW + "n2,PINOCYTOSIS,", 'x', HUNDRED_MB, "\n"),
            2,
            List.of(Problem.at(3, "holds a value longer than 1,048,576 characters"))));
    cases.add(
        new Case(
            "a 100 MB line (CSV, all commas)",
            BANK,
            "bank.csv",
            Input.huge(HEADER + GOOD_ROW + "n2", ',', HUNDRED_MB, "\n"),
            2,
            List.of(
                Problem.at(
                    3,
                    "has "
                        + String.format("%,d", HUNDRED_MB + 1)
                        + " cells, but the header has 3 columns"))));
    String million = "The cell engulfs a particle. ".repeat(40_000).substring(0, 1_000_000);
    cases.add(
        events(
            "a description of a million characters",
            "events.jsonl",
            "{\"id\":\"long\",\"description\":\"" + million + "\"}\n" + GOOD + "\n",
            2,
            Problem.at(
                1, "description", "is 1,000,000 characters long; Cytosis reads at most 10,000")));
    cases.add(
        new Case(
            "a description of a million characters (CSV)",
            BANK,
            "bank.csv",
            Input.utf8("id,description,expected_label\nn1," + million + ",PHAGOCYTOSIS\n"),
            1,
            List.of(Problem.at(2, "description", "is 1,000,000 characters long"))));
    cases.add(
        events(
            "a description stating too much evidence",
            "events.jsonl",
            "{\"id\":\"x\",\"description\":\""
                + "Engulfs. Secretes. ".repeat(60)
                + "\"}\n"
                + GOOD
                + "\n",
            2,
            Problem.at(
                1, "description", "pieces of evidence; Cytosis reads at most 100 in one text")));
    cases.add(
        events(
            "an enum value of 100,000 characters",
            "events.jsonl",
            "{\"cargo\":\"" + "x".repeat(100_000) + "\"}",
            1,
            Problem.at(1, "cargo", "is 100,000 characters long; Cytosis reads at most 1,000")));
    cases.add(
        events(
            "a field name of 100,000 characters",
            "events.jsonl",
            "{\"" + "x".repeat(100_000) + "\":\"FLUID\"}",
            1,
            Problem.at(1, "holds a field name longer than 1,000 characters")));
    // Control characters
    cases.add(
        events(
            "control character in a value (escaped)",
            "events.jsonl",
            "{\"id\":\"a\\u001b[31mred\",\"cargo\":\"FLUID\"}",
            1,
            Problem.at(1, "id", "holds the control character U+001B at character 2")));
    cases.add(
        events(
            "control character in an enum value",
            "events.jsonl",
            "{\"cargo\":\"FLUID\\u0000\"}",
            1,
            Problem.at(1, "cargo", "holds the control character U+0000 at character 6")));
    cases.add(
        events(
            "control character raw in a JSON string",
            "events.jsonl",
            "{\"id\":\"a\u001bb\"}",
            1,
            Problem.at(
                1,
                "is not valid JSON: at column 9, a control character (such as a tab or a line break) inside a string")));
    cases.add(
        new Case(
            "control character in a CSV cell",
            BANK,
            "bank.csv",
            Input.utf8(HEADER + "n\u001b[2Jx,PINOCYTOSIS,FLUID\n"),
            1,
            List.of(Problem.at(2, "id", "holds the control character U+001B at character 2"))));
    cases.add(
        events(
            "tabs and line breaks in a description",
            "events.jsonl",
            "{\"id\":\"t\",\"description\":\"The macrophage\\tengulfs\\r\\na bacterium.\"}",
            1));
    cases.addAll(answers(million));
    return List.copyOf(cases);
  }

  /** The same kinds of trouble in a file of students' answers. */
  private static List<Case> answers(String million) {
    List<Case> cases = new ArrayList<>();
    cases.add(answers("answers: empty file", "", 0, Problem.ofRun("holds no answers")));
    cases.add(
        answers(
            "answers: a byte-order mark and CRLF line ends",
            ("\uFEFF" + ANSWERS_HEADER + GOOD_ANSWER + GOOD_ANSWER).replace("\n", "\r\n"),
            2));
    cases.add(
        new Case(
            "answers: Latin-1 spreadsheet export",
            ANSWERS,
            "answers.csv",
            Input.bytes(
                (ANSWERS_HEADER
                        + GOOD_ANSWER
                        + "ben,neutrophil-bacterium,phagocytose,La cellule englobe la bactérie.\n"
                        + GOOD_ANSWER)
                    .getBytes(StandardCharsets.ISO_8859_1)),
            3,
            List.of(
                Problem.at(
                    3,
                    "justification",
                    "is not UTF-8 (byte 0xE9 on this line): a Latin-1 or "
                        + "Windows export? Save it as UTF-8 and try again; this row is not read, the rows after it are"))));
    cases.add(
        answers(
            "answers: a quoted newline, then an unknown scenario",
            ANSWERS_HEADER
                + "ana,ldl-uptake,\"receptor-mediated\nendocytosis\",\"LDL binds \"\"receptors\"\".\"\n"
                + "ben,no-such-scenario,phagocytosis,x\n",
            2,
            Problem.at(4, "scenario_id \"no-such-scenario\" is not in the key")));
    cases.add(
        answers(
            "answers: missing a required column",
            "student_id,answer\nana,phagocytosis\n",
            1,
            Problem.at(1, "has no \"scenario_id\" column in its header")));
    cases.add(
        answers(
            "answers: a row with missing cells",
            ANSWERS_HEADER + "ana,neutrophil-bacterium,phagocytosis\n" + GOOD_ANSWER,
            2,
            Problem.at(2, "has 3 cells, but the header has 4 columns")));
    cases.add(
        answers(
            "answers: a row with extra cells",
            ANSWERS_HEADER + "ana,neutrophil-bacterium,phagocytosis,x,surprise\n" + GOOD_ANSWER,
            2,
            Problem.at(2, "has 5 cells, but the header has 4 columns")));
    cases.add(
        answers(
            "answers: a justification of a million characters",
            ANSWERS_HEADER
                + "ana,neutrophil-bacterium,phagocytosis,"
                + million
                + "\n"
                + GOOD_ANSWER,
            2,
            Problem.at(
                2, "justification", "is 1,000,000 characters long; Cytosis reads at most 10,000")));
    cases.add(
        answers(
            "answers: a justification stating too much evidence",
            ANSWERS_HEADER
                + "ana,neutrophil-bacterium,phagocytosis,"
                + "Engulfs. Secretes. ".repeat(60)
                + "\n"
                + GOOD_ANSWER,
            2,
            Problem.at(2, "justification", "pieces of evidence; Cytosis reads at most 100")));
    cases.add(
        answers(
            "answers: a control character in an answer",
            ANSWERS_HEADER + "ana,neutrophil-bacterium,\"phago\u001b[2Jcytosis\",x\n" + GOOD_ANSWER,
            2,
            Problem.at(2, "answer", "holds the control character U+001B at character 6")));
    cases.add(
        new Case(
            "answers: a 100 MB line",
            ANSWERS,
            "answers.csv",
            Input.huge(
                ANSWERS_HEADER + GOOD_ANSWER + "ben,neutrophil-bacterium,phagocytosis,",
                'x',
                HUNDRED_MB,
                "\n"),
            2,
            List.of(Problem.at(3, "holds a value longer than 1,048,576 characters"))));
    cases.add(
        answers(
            "answers: a formula in an answer",
            ANSWERS_HEADER + "ana,neutrophil-bacterium,\"=HYPERLINK(\"\"http://x\"\")\",x\n",
            1));
    return cases;
  }

  private static Case answers(String name, String content, int records, Problem... problems) {
    return new Case(name, ANSWERS, "answers.csv", Input.utf8(content), records, List.of(problems));
  }

  private static Case events(
      String name, String file, String content, int records, Problem... problems) {
    return new Case(name, EVENTS, file, Input.utf8(content), records, List.of(problems));
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
