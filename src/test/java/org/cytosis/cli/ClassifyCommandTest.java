package org.cytosis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {

  record Run(int exit, String out, String err) {}

  static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void classifiesJsonLinesFromStdinAsJsonLines() {
    Run run =
        run(
            """
        {"id":"a","direction":"into-cell","cargo":"solid particle"}
        {"id":"b","direction":"OUT_OF_CELL","trigger":"continuous"}
        """,
            "classify",
            "--format",
            "json");
    assertThat(run.exit()).isZero();
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.out().lines().toList().get(0))
        .contains("\"id\":\"a\"", "\"label\":\"PHAGOCYTOSIS\"", "\"goTerm\":\"GO:0006909\"");
    assertThat(run.out().lines().toList().get(1))
        .contains("\"label\":\"CONSTITUTIVE_SECRETORY_PATHWAY\"");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void classifiesAPrettyPrintedObjectAndAnArrayFromFiles(@TempDir Path dir) throws Exception {
    Path object =
        Files.writeString(
            dir.resolve("one.json"), "{\n  \"id\": \"x\",\n  \"cargo\": \"FLUID\"\n}\n");
    Path array =
        Files.writeString(
            dir.resolve("many.json"),
            "[{\"cargo\":\"FLUID\"},\n {\"cargo\":\"RECEPTOR_BOUND_LIGAND\"}]");
    assertThat(run("", "classify", object.toString(), "--format", "json").out())
        .contains("PINOCYTOSIS");
    Run many = run("", "classify", array.toString(), "--format", "json");
    assertThat(many.exit()).isZero();
    assertThat(many.out().lines()).hasSize(2);
  }

  @Test
  void textOutputIsTheAnswerInWordsAndTraceAndSourcesAddTheMachinery() {
    String event =
        "{\"id\":\"n\",\"cellType\":\"neutrophil\",\"direction\":\"INTO_CELL\",\"cargo\":\"SOLID_PARTICLE\"}";

    Run plain = run(event, "classify");
    Run traced = run(event, "classify", "--trace", "--sources");

    assertThat(plain.exit()).isZero();
    assertThat(plain.out())
        .startsWith("n: Phagocytosis, a kind of endocytosis\n  Status: classified, confidence ")
        .contains("the cargo is a solid particle (given as cargo): points to phagocytosis\n")
        .doesNotContain("SOLID_PARTICLE", "PHAGOCYTOSIS", "[PH-1]", "Rules that fired");
    assertThat(traced.out())
        .contains(
            "the cargo is a solid particle (given as cargo): points to phagocytosis [PH-1, ERR-16]",
            "  Rules that fired:\n",
            "Taking in a solid particle is phagocytosis [PH-1, ERR-16]",
            "  Sources:\n",
            "PH-1: Phagocytosis");
  }

  @Test
  void oneSentenceIsAtMostFifteenLinesWithinAHundredColumnsInWords() {
    Run run = run("", "classify", "--text", "Neutrophils eat bacteria.");

    assertThat(run.exit()).isZero();
    assertThat(run.out().lines())
        .hasSizeLessThanOrEqualTo(15)
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100))
        .allSatisfy(
            line -> assertThat(line).doesNotContainPattern("[A-Z]{2,}_[A-Z]|description\\[\\d"));
    assertThat(run.out())
        .contains(
            "event: Phagocytosis, a kind of endocytosis",
            "the cargo is a solid particle (\"bacteria\"): points to phagocytosis",
            "Not pinocytosis: the cargo is a solid particle, not fluid.",
            "To confirm it, ask: Does a vesicle fuse with the plasma membrane");
  }

  @Test
  void emptyOrBlankTextIsOneLineAndExitTwo() {
    for (String text : new String[] {"", "   "}) {
      Run run = run("", "classify", "--text", text);

      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err().lines()).singleElement().asString().contains("--text is empty");
    }
  }

  @Test
  void anUnknownValueIsOneLineNamingFileLineFieldAllowedValuesAndClosestMatch(@TempDir Path dir)
      throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("bad.jsonl"), "{\"cargo\":\"FLUID\"}\n{\"cargo\":\"solid particel\"}\n");
    Run run = run("", "classify", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .contains(
            file + ":2",
            "field \"cargo\"",
            "allowed: SOLID_PARTICLE",
            "did you mean SOLID_PARTICLE")
        .doesNotContain("Exception");
  }

  @Test
  void aBadRecordInABatchIsReportedInItsPlaceAndTheOthersAreClassified() {
    Run run =
        run(
            """
        {"id":"1","cargo":"FLUID"}
        {"id":"2","colour":"red"}
        {"id":"3","direction":7}
        {"id":"4",
        {"id":"5","cargo":"SOLID_PARTICLE"}
        """,
            "classify",
            "--format",
            "json");
    assertThat(run.exit()).isEqualTo(2);
    var lines = run.out().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).contains("PINOCYTOSIS");
    assertThat(lines.get(1)).contains("\"record\":2", "colour", "is not an event field");
    assertThat(lines.get(2)).contains("\"record\":3", "must be a string, not a number");
    assertThat(lines.get(3)).contains("\"record\":4", "is not valid JSON");
    assertThat(lines.get(4)).contains("PHAGOCYTOSIS");
    assertThat(run.err().lines())
        .hasSize(3)
        .allSatisfy(l -> assertThat(l).startsWith("cytosis classify: <stdin>:"));
  }

  @Test
  void aByteThatIsNotUtf8SpoilsItsOwnLineOfJsonLinesAndTheLinesAfterItAreRead(@TempDir Path dir)
      throws Exception {
    byte[] latin1 =
        "{\"id\":\"a\",\"cargo\":\"FLUID\"}\r\n{\"id\":\"b\",\"description\":\"s\u00e9cr\u00e9tion\"}\r\n{\"id\":\"c\",\"cargo\":\"FLUID\"}\r\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("latin1.jsonl"), latin1);

    Run run = run("", "classify", file.toString(), "--format", "json");

    assertThat(run.exit()).isEqualTo(2);
    var lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("\"id\":\"a\"");
    assertThat(lines.get(1)).contains("\"record\":2", "\"line\":2", "byte 0xE9 on this line");
    assertThat(lines.get(2)).contains("\"id\":\"c\"", "PINOCYTOSIS");
    assertThat(run.err().lines()).singleElement().asString().contains(file + ":2:");
  }

  @Test
  void aBinaryFileIsCalledOneNotALatin1Export(@TempDir Path dir) throws Exception {
    Path png =
        Files.write(
            dir.resolve("cell.png"),
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    Run run = run("", "classify", png.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .isEqualTo(
            "cytosis classify: "
                + png
                + ": is a binary file (a PNG image), not text: Cytosis "
                + "reads CSV, JSON or JSON Lines saved as UTF-8 text (from a spreadsheet: save as CSV UTF-8)");
    Run fromStdin = run("\u0000\u0000\u0001\u0000", "classify");
    assertThat(fromStdin.exit()).isEqualTo(2);
    assertThat(fromStdin.out()).isEmpty();
    assertThat(fromStdin.err().lines())
        .singleElement()
        .asString()
        .startsWith("cytosis classify: <stdin>: is a binary file (it holds NUL bytes), not text");
  }

  @Test
  void malformedJsonAndMissingFilesAndEmptyInputExitWithTwo(@TempDir Path dir) throws Exception {
    Path truncated =
        Files.writeString(dir.resolve("t.json"), "[{\"cargo\": \"FLUID\"},\n {\"cargo\": ");
    Run bad = run("", "classify", truncated.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains(truncated + ":2", "is not valid JSON");
    assertThat(run("", "classify", dir.resolve("nope.json").toString()).err())
        .contains("no such file");
    assertThat(run("   \n", "classify").err()).contains("holds no events");
  }

  @Test
  void unknownOptionIsAUsageErrorWithExitTwo() {
    Run run = run("", "classify", "--colour");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option");
  }

  @Test
  void classifyTextMarksTheWordsReadAndTheNegatedOnes() {
    String text = "The vesicle does not fuse with the membrane; instead the membrane invaginates.";

    Run plain = run("", "classify", "--text", text);
    Run explained = run("", "classify", "--text", text, "--explain");

    assertThat(plain.exit()).isZero();
    assertThat(plain.out())
        .startsWith("event: Endocytosis\n")
        .contains(
            "the plasma membrane folds inward to form a vesicle (\"invaginates\"): points to endocytosis",
            "not taken as evidence (denied in the text): \"fuse with the membrane\"")
        .doesNotContain("Text as read");
    assertThat(explained.out())
        .contains(
            "  Text as read ([...] read as evidence, {...} read but negated):\n",
            "    The vesicle does not {fuse with the membrane}; instead the membrane [invaginates].");
  }

  @Test
  void aDescriptionInABatchIsReadAndItsSpansAppearInJson() {
    Run run =
        run(
            "{\"id\":\"d\",\"description\":\"Oxygen diffuses across the membrane.\"}",
            "classify",
            "--format",
            "json");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains(
            "\"status\":\"NOT_BULK_TRANSPORT\"",
            "\"evidence\":{\"field\":\"description\",\"start\":7,\"end\":15,\"text\":\"diffuses\"}");
  }

  @Test
  void oneEventIsExplainedBriefWithExplainInFullAndNoExplainNotAtAll() {
    String event = "{\"id\":\"a\",\"direction\":\"INTO_CELL\",\"cargo\":\"SOLID_PARTICLE\"}";

    Run brief = run(event, "classify");
    Run full = run(event, "classify", "--explain");
    Run plain = run(event, "classify", "--no-explain");

    assertThat(brief.out())
        .contains("  Not pinocytosis: the cargo is a solid particle, not fluid.\n")
        .doesNotContain("  How:", "  Why not:");
    assertThat(full.out())
        .contains(
            "  How:\n",
            "  Why not:\n",
            "    If the cargo is fluid: pinocytosis.\n",
            "  What would change it (5 of 7 outcomes; all in --format json):\n");
    assertThat(plain.exit()).isZero();
    assertThat(plain.out())
        .startsWith("a: Phagocytosis, a kind of endocytosis\n")
        .doesNotContain("Not pinocytosis", "How:");
  }

  @Test
  void whatWouldChangeItNamesEachOtherOutcomeOnceAndNeverTheAnswerItself() {
    Run run =
        run(
            "",
            "classify",
            "--text",
            "Macrophages engulf bacteria and secrete cytokines by exocytosis.",
            "--explain");

    String changes = run.out().substring(run.out().indexOf("  What would change it"));
    var outcomes =
        changes
            .lines()
            .skip(1)
            .filter(l -> l.startsWith("    If "))
            .map(l -> l.substring(l.lastIndexOf(": ") + 2))
            .toList();
    assertThat(outcomes).isNotEmpty().hasSizeLessThanOrEqualTo(5).doesNotHaveDuplicates();
    // the answer is phagocytosis (the secretion is another event): it is never offered as a change
    assertThat(run.out()).startsWith("event: Phagocytosis");
    assertThat(changes).doesNotContain(": phagocytosis.\n").contains(": exocytosis.\n");
  }

  @Test
  void aFileOfManyEventsIsNotExplainedUnlessAskedAndAFileOfOneIs() {
    String two = "{\"cargo\":\"FLUID\"}\n{\"cargo\":\"SOLID_PARTICLE\"}\n";

    Run batch = run(two, "classify", "--format", "json");
    Run asked = run(two, "classify", "--format", "json", "--explain");
    Run one = run("{\"cargo\":\"FLUID\"}\n", "classify", "--format", "json");

    assertThat(batch.out().lines())
        .hasSize(2)
        .noneSatisfy(l -> assertThat(l).contains("\"explanation\""));
    assertThat(asked.out().lines())
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("\"explanation\""));
    assertThat(one.out()).contains("\"explanation\"");
    assertThat(run(two, "classify", "--explain", "--no-explain").exit()).isEqualTo(2);
  }

  @Test
  void jsonOutputCarriesTheExplanationUnlessNoExplain() {
    String event = "{\"id\":\"a\",\"direction\":\"INTO_CELL\",\"cargo\":\"SOLID_PARTICLE\"}";

    Run explained = run(event, "classify", "--format", "json");
    Run plain = run(event, "classify", "--format", "json", "--no-explain");

    assertThat(explained.out().lines())
        .singleElement()
        .asString()
        .contains(
            "\"explanation\":{\"how\":",
            "\"whyNot\":[",
            "\"counterfactuals\":[",
            "\"catalogue\":{");
    assertThat(plain.out()).doesNotContain("explanation");
    assertThat(run(event, "classify", "--format", "json").out()).isEqualTo(explained.out());
  }

  @Test
  void dotAndMermaidDrawOneGraphPerEventAndMarkABadRecordInItsPlace() {
    String events =
        """
        {"id":"a","direction":"INTO_CELL","cargo":"SOLID_PARTICLE"}
        {"id":"b","cargo":"GOO"}
        {"id":"c","direction":"OUT_OF_CELL","trigger":"SIGNAL"}
        """;

    Run dot = run(events, "classify", "--format", "dot");
    Run mermaid = run(events, "classify", "--format", "mermaid");

    assertThat(dot.exit()).isEqualTo(2);
    assertThat(dot.out().lines().filter(l -> l.startsWith("digraph ")))
        .containsExactly("digraph \"a\" {", "digraph \"c\" {");
    assertThat(dot.out()).contains("// record 2: not classified: <stdin>:2: field \"cargo\"");
    assertThat(dot.out().indexOf("// record 2"))
        .isBetween(dot.out().indexOf("digraph \"a\""), dot.out().indexOf("digraph \"c\""));
    assertThat(mermaid.out().lines().filter(l -> l.equals("flowchart LR"))).hasSize(2);
    assertThat(mermaid.out()).contains("%% record 2: not classified:");
  }

  @Test
  void aDiagramWithoutTheExplanationItDrawsIsAUsageError() {
    Run run = run("{\"cargo\":\"FLUID\"}", "classify", "--format", "dot", "--no-explain");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("cannot be combined with --no-explain");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void validateDoesNotDrawDiagrams() {
    Run run = run("", "validate", "--format", "mermaid");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("Invalid value for option '--format'", "[text, json, junit, csv]");
  }
}
