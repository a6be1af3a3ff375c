package org.cytosis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  private static final String MIXED = "testcases-banks/mixed-bank.csv";

  private static ClassifyCommandTest.Run run(String... args) {
    return ClassifyCommandTest.run("", args);
  }

  @Test
  void theBuiltInScenariosAllPassWithExitZero() {
    // when
    ClassifyCommandTest.Run run = run("validate");
    // then
    assertThat(run.exit()).isZero();
    assertThat(run.out().lines().reduce((a, b) -> b))
        .hasValueSatisfying(
            summary ->
                assertThat(summary)
                    .matches(
                        "\\d+ scenarios: \\d+ PASS, 0 WRONG_KEY, 0 TOO_SPECIFIC, 0 TOO_GENERAL, 0 AMBIGUOUS, 0 INVALID"));
  }

  @Test
  void theMixedBankGetsExactlyTheVerdictsItWasWrittenForAndExitsTwoForItsUnreadableRows() {
    // when
    ClassifyCommandTest.Run run = run("validate", MIXED);
    // then
    assertThat(run.exit()).isEqualTo(2);
    List<String> table =
        run.out()
            .lines()
            .skip(1)
            .limit(10)
            .map(l -> l.split(" +")[0] + " " + l.split(" +")[1])
            .toList();
    assertThat(table)
        .containsExactly(
            "PASS neutrophil-eats-bacterium",
            "WRONG_KEY amoeba-drinks-fluid",
            "WRONG_KEY liver-releases-glucose",
            "TOO_SPECIFIC macrophage-folds-membrane",
            "TOO_GENERAL hepatocyte-takes-up-ldl",
            "AMBIGUOUS protein-leaves-by-invagination",
            "AMBIGUOUS beta-cell-signal-only",
            "INVALID misspelt-cargo",
            "INVALID misspelt-key",
            "PASS oxygen-diffuses-in");
    assertThat(run.err().lines())
        .hasSize(2)
        .allSatisfy(
            l ->
                assertThat(l)
                    .startsWith("cytosis validate: " + MIXED + ":")
                    .doesNotContain("Exception"));
  }

  @Test
  void aBankWithWrongKeysButNothingUnreadableExitsOne(@TempDir Path dir) throws Exception {
    // given the mixed bank without its unreadable rows
    Path bank =
        Files.write(
            dir.resolve("bank.csv"),
            Files.readAllLines(Path.of(MIXED)).stream()
                .filter(l -> !l.startsWith("misspelt"))
                .toList());
    // when
    ClassifyCommandTest.Run run = run("validate", bank.toString());
    // then
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void jsonGoesToStdoutOneLinePerRecordAndTheSummaryToStderr() {
    // when
    ClassifyCommandTest.Run run = run("validate", "--format", "json", MIXED);
    // then
    assertThat(run.out().lines()).hasSize(10).allSatisfy(l -> assertThat(l).startsWith("{\"id\":"));
    assertThat(run.err().lines().reduce((a, b) -> b))
        .hasValue(
            "10 scenarios: 2 PASS, 2 WRONG_KEY, 1 TOO_SPECIFIC, 1 TOO_GENERAL, 2 AMBIGUOUS, 2 INVALID");
  }

  @Test
  void outWritesTheReportToAFileAndTheSummaryToStdout(@TempDir Path dir) throws Exception {
    // given
    Path report = dir.resolve("report.xml");
    // when
    ClassifyCommandTest.Run run =
        run("validate", "--format", "junit", "--out", report.toString(), MIXED);
    // then
    assertThat(run.out().strip())
        .isEqualTo(
            "10 scenarios: 2 PASS, 2 WRONG_KEY, 1 TOO_SPECIFIC, 1 TOO_GENERAL, 2 AMBIGUOUS, 2 INVALID");
    assertThat(Files.readString(report))
        .startsWith("<?xml")
        .contains("<testsuites", "</testsuites>");
  }

  @Test
  void theCsvReportIsTheBankWithVerdictColumns() {
    // when
    ClassifyCommandTest.Run run = run("validate", "--format", "csv", MIXED);
    // then
    assertThat(run.out().lines().findFirst())
        .hasValue(
            "id,description,expected_label,expected_status,source,"
                + "chapter,cellType,direction,membraneEvent,vesicleOrigin,cargo,vesicleType,trigger,mechanism,"
                + "verdict,actual_label,actual_status,reason,lint");
  }

  @Test
  void strictFailsARunWhoseOnlyProblemIsLint(@TempDir Path dir) throws Exception {
    // given two passing rows with one id
    Path bank =
        Files.writeString(
            dir.resolve("bank.csv"),
            "id,expected_label,cargo\na,PINOCYTOSIS,FLUID\na,PHAGOCYTOSIS,SOLID_PARTICLE\n");
    // when
    ClassifyCommandTest.Run relaxed = run("validate", bank.toString());
    ClassifyCommandTest.Run strict = run("validate", "--strict", bank.toString());
    // then
    assertThat(relaxed.exit()).isZero();
    assertThat(strict.exit()).isEqualTo(1);
    assertThat(strict.out())
        .contains("PASS (lint)", "lint: Its id a is also used at " + bank + ":2.", "; 1 with lint");
  }

  @Test
  void usageErrorsAndUnreadableInputExitTwoWithOneLine(@TempDir Path dir) throws Exception {
    // given
    Path malformed =
        Files.writeString(
            dir.resolve("bad.json"), "{\"title\": \"x\",\n \"event\": {\"cargo\": \"GOO\"}}");
    Files.createDirectories(dir.resolve("empty"));
    // when
    ClassifyCommandTest.Run missing = run("validate", dir.resolve("nope.csv").toString());
    ClassifyCommandTest.Run format = run("validate", "--format", "xml");
    ClassifyCommandTest.Run empty = run("validate", dir.resolve("empty").toString());
    ClassifyCommandTest.Run bad = run("validate", malformed.toString());
    // then
    assertThat(List.of(missing, format, empty, bad))
        .extracting(ClassifyCommandTest.Run::exit)
        .containsOnly(2);
    assertThat(missing.err().strip())
        .isEqualTo("cytosis validate: " + dir.resolve("nope.csv") + ": does not exist");
    assertThat(format.err()).contains("Invalid value for option '--format'");
    assertThat(empty.err()).contains("no scenarios found");
    assertThat(bad.err().strip())
        .isEqualTo(
            "cytosis validate: "
                + malformed
                + ":2: field \"cargo\" has unknown"
                + " value \"GOO\" (allowed: SOLID_PARTICLE, FLUID, RECEPTOR_BOUND_LIGAND, PROTEIN, HORMONE,"
                + " NEUROTRANSMITTER, DIGESTIVE_ENZYME, WASTE, SMALL_MOLECULE; did you mean FLUID?)");
    assertThat(bad.out()).contains("INVALID", "1 scenario: 0 PASS");
  }

  @Test
  void aLargeBankDrawsNoProgressBarWhenStderrIsNotATerminal(@TempDir Path dir) throws Exception {
    // given a bank past the progress bar's threshold
    String rows =
        IntStream.range(0, ProgressDisplay.MIN_RECORDS)
            .mapToObj(i -> "r" + i + ",PINOCYTOSIS,FLUID")
            .collect(Collectors.joining("\n"));
    Path bank =
        Files.writeString(dir.resolve("big.csv"), "id,expected_label,cargo\n" + rows + "\n");
    // when
    ClassifyCommandTest.Run run = run("validate", "--format", "json", bank.toString());
    // then
    assertThat(run.exit()).isZero();
    assertThat(run.out().lines()).hasSize(ProgressDisplay.MIN_RECORDS);
    assertThat(run.err()).doesNotContain("\r").doesNotContain("%");
  }

  /** A CSV bank of {@code rows} rows; every 97th has an unknown cargo. */
  private static Path largeBank(Path dir, String name, int rows) throws Exception {
    List<String> cargo = List.of("FLUID", "SOLID_PARTICLE", "RECEPTOR_BOUND_LIGAND", "PROTEIN");
    String body =
        IntStream.range(0, rows)
            .mapToObj(
                i ->
                    name
                        + i
                        + ",PINOCYTOSIS,"
                        + (i % 97 == 50 ? "GOO" : cargo.get(i % cargo.size()))
                        + ","
                        + (i % 2 == 0 ? "INTO_CELL" : "OUT_OF_CELL"))
            .collect(Collectors.joining("\n", "id,expected_label,cargo,direction\n", "\n"));
    return Files.writeString(dir.resolve(name + ".csv"), body);
  }

  @Test
  void aLargeBankGivesEveryRecordOnceInInputOrderInEveryFormat(@TempDir Path dir) throws Exception {
    // given
    int rows = 1_500;
    Path bank = largeBank(dir, "r", rows);
    List<String> ids = IntStream.range(0, rows).mapToObj(i -> "r" + i).toList();
    long invalid = IntStream.range(0, rows).filter(i -> i % 97 == 50).count();
    // when
    ClassifyCommandTest.Run json = run("validate", "--format", "json", bank.toString());
    ClassifyCommandTest.Run csv = run("validate", "--format", "csv", bank.toString());
    ClassifyCommandTest.Run text = run("validate", bank.toString());
    ClassifyCommandTest.Run junit = run("validate", "--format", "junit", bank.toString());
    // then
    assertThat(List.of(json, csv, text, junit))
        .extracting(ClassifyCommandTest.Run::exit)
        .containsOnly(2);
    assertThat(json.out().lines().map(l -> l.replaceAll("^\\{\"id\":\"([^\"]*)\".*", "$1")))
        .containsExactlyElementsOf(ids);
    assertThat(json.out().lines().filter(l -> l.contains("\"verdict\":\"INVALID\"")))
        .hasSize((int) invalid);
    assertThat(csv.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))))
        .containsExactlyElementsOf(ids);
    assertThat(text.out().lines().skip(1).limit(rows).map(l -> l.split(" +")[1]))
        .containsExactlyElementsOf(ids);
    assertThat(
            junit
                .out()
                .lines()
                .map(String::strip)
                .filter(l -> l.startsWith("<testcase "))
                .map(l -> l.replaceAll("^<testcase name=\"([^\"]*)\".*", "$1")))
        .containsExactlyElementsOf(ids);
    assertThat(junit.out())
        .contains(
            "<testsuites name=\"cytosis validate\" tests=\"1500\"", "errors=\"" + invalid + "\"");
    assertThat(json.err().lines().filter(l -> l.contains("unknown value \"GOO\"")))
        .hasSize((int) invalid);
  }

  @Test
  void theSameBanksGiveByteIdenticalReportsEveryTime(@TempDir Path dir) throws Exception {
    // given the built-in conflicting scenarios (whose traces list collected sets) and a large bank
    Path bank = largeBank(dir, "r", 700);
    for (String format : List.of("json", "text", "junit", "csv")) {
      // when
      ClassifyCommandTest.Run first =
          run("validate", "--strict", "--format", format, "testcases/conflicting", bank.toString());
      ClassifyCommandTest.Run again =
          run("validate", "--strict", "--format", format, "testcases/conflicting", bank.toString());
      // then
      assertThat(again.out()).as(format).isEqualTo(first.out()).isNotEmpty();
      assertThat(again.err()).as(format).isEqualTo(first.err());
    }
  }

  @Test
  void aBankNamedTwiceIsOneJunitSuiteHoldingBothRunsOfItsCases(@TempDir Path dir) throws Exception {
    // given two banks whose first row passes and whose others fail (solid particle leaving: a
    // conflict; receptor-bound ligand: another subtype)
    Path a = largeBank(dir, "a", 3);
    Path b = largeBank(dir, "b", 2);
    // when
    ClassifyCommandTest.Run run =
        run("validate", "--format", "junit", a.toString(), b.toString(), a.toString());
    // then
    List<String> lines = run.out().lines().map(String::strip).toList();
    assertThat(lines.stream().filter(l -> l.startsWith("<testsuite ")))
        .containsExactly(
            "<testsuite name=\"" + a + "\" tests=\"6\" failures=\"4\" errors=\"0\" skipped=\"0\">",
            "<testsuite name=\"" + b + "\" tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"0\">");
    assertThat(
            lines.stream()
                .filter(l -> l.startsWith("<testcase "))
                .map(l -> l.replaceAll("^<testcase name=\"([^\"]*)\".*", "$1")))
        .containsExactly("a0", "a1", "a2", "a0", "a1", "a2", "b0", "b1");
    assertThat(run.out()).startsWith("<?xml").contains("tests=\"8\" failures=\"5\" errors=\"0\"");
  }
}
