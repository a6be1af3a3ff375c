package org.cytosis.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cytosis.engine.Classifier;
import org.cytosis.grading.AnswerKey;
import org.cytosis.grading.AnswerReader;
import org.cytosis.grading.GradedAnswer;
import org.cytosis.grading.Grader;
import org.cytosis.grading.GradingRules;
import org.cytosis.grading.Rubric;
import org.cytosis.io.EventReader;
import org.cytosis.io.EventRecord;
import org.cytosis.io.InvalidInputException;
import org.cytosis.io.Utf8Input;
import org.cytosis.robustness.BadInputCatalogue.Case;
import org.cytosis.robustness.BadInputCatalogue.Kind;
import org.cytosis.robustness.BadInputCatalogue.Problem;
import org.cytosis.validation.BankReader;
import org.cytosis.validation.BankRecord;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every case of the bad-input catalogue, through the command line ({@code classify} for events,
 * {@code validate} for banks, {@code grade} for answers) and through the library ({@code
 * EventReader} and the classifier, {@code BankReader}, {@code AnswerReader} and the {@code
 * Grader}): exit 2 with exactly one line per bad record naming the file, the line and the field
 * where there is one, no stack trace, a short excerpt at most, and every record in the output; an
 * accepted case exits 0.
 */
@Tag("heavy") // .ci/run only: every bad input, CLI and library
class BadInputCatalogueTest {

  /** No line of complaint is longer than this, whatever the size of the input it quotes. */
  private static final int MAX_MESSAGE = 400;

  private static final Classifier CLASSIFIER = Classifier.create();

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicContainer> everyCaseThroughTheCommandLineAndTheLibrary() {
    return BadInputCatalogue.CASES.stream()
        .map(
            c ->
                DynamicContainer.dynamicContainer(
                    c.name(),
                    Stream.of(
                        DynamicTest.dynamicTest("command line", () -> commandLine(c)),
                        DynamicTest.dynamicTest("library", () -> library(c)))));
  }

  private void commandLine(Case c) throws IOException {
    // given the case as a file
    Path file = write(c);
    String command =
        switch (c.kind()) {
          case EVENTS -> "classify";
          case BANK -> "validate";
          case ANSWERS -> "grade";
        };
    // when
    Cli.Run run =
        switch (c.kind()) {
          case EVENTS -> Cli.run("classify", file.toString(), "--format", "json", "--no-explain");
          case BANK -> Cli.run("validate", file.toString(), "--format", "json");
          case ANSWERS ->
              Cli.run(
                  "grade",
                  "--key",
                  BadInputCatalogue.KEY,
                  "--answers",
                  file.toString(),
                  "--format",
                  "json");
        };
    // then every record has its line of output, in input order
    assertThat(run.exit()).as(run.err()).isEqualTo(c.problems().isEmpty() ? 0 : 2);
    assertThat(run.outLines()).hasSize(c.records());
    // and every problem its one line on stderr, in order, naming file, line and field
    List<String> complaints =
        run.errLines().stream().filter(l -> l.startsWith("cytosis " + command + ": ")).toList();
    assertThat(complaints).hasSameSizeAs(c.problems());
    for (int i = 0; i < complaints.size(); i++) {
      Problem p = c.problems().get(i);
      String line = complaints.get(i);
      if (p.ofCommand()) {
        assertThat(line).contains(file.toString(), p.says());
      } else {
        assertThat(line)
            .startsWith("cytosis " + command + ": " + where(file.toString(), p))
            .contains(p.says());
      }
      assertThat(line.length()).isLessThanOrEqualTo(MAX_MESSAGE + file.toString().length());
    }
    assertThat(run.err()).doesNotContain("Exception", "\tat ", "internal error");
  }

  private void library(Case c) throws IOException {
    Problem refusal = c.problems().stream().filter(Problem::refusesInput).findFirst().orElse(null);
    if (refusal != null) {
      // then the input is refused as a whole, by the reader of its kind, in one message
      assertThatThrownBy(() -> libraryRead(c))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(refusal.says())
          .hasMessageStartingWith(
              (c.kind() == Kind.EVENTS ? c.file() : dir.resolve(c.file()).toString()) + ": ");
      return;
    }
    if (c.kind() == Kind.ANSWERS) {
      answersLibrary(c);
      return;
    }
    List<InvalidInputException> errors = new ArrayList<>();
    int records;
    if (c.kind() == Kind.EVENTS) {
      // when each record is read, and classified when it can be
      records = 0;
      try (InputStream in = c.input().open();
          Reader reader = Utf8Input.reader(in);
          Stream<EventRecord> read = EventReader.read(c.file(), reader)) {
        for (EventRecord record : (Iterable<EventRecord>) read::iterator) {
          records++;
          if (!record.isReadable()) {
            errors.add(record.error());
            continue;
          }
          try {
            assertThat(CLASSIFIER.classify(record.event()).status()).isNotNull();
          } catch (InvalidInputException refused) {
            errors.add(
                new InvalidInputException(
                    c.file(), record.line(), refused.field(), refused.problem()));
          }
        }
      }
    } else {
      // when the bank is read
      List<BankRecord> bank = BankReader.read(write(c)).records();
      records = bank.size();
      bank.stream().filter(r -> !r.isReadable()).forEach(r -> errors.add(r.error()));
    }
    // then every record is there, and each bad one names its line and field
    assertThat(records).isEqualTo(c.records());
    List<Problem> expected = c.recordProblems();
    assertThat(errors).hasSameSizeAs(expected);
    for (int i = 0; i < errors.size(); i++) {
      InvalidInputException e = errors.get(i);
      Problem p = expected.get(i);
      assertThat(e.line()).as(e.getMessage()).isEqualTo(p.line());
      assertThat(e.field()).as(e.getMessage()).isEqualTo(p.field());
      assertThat(e.getMessage()).contains(p.says()).hasSizeLessThanOrEqualTo(MAX_MESSAGE);
    }
  }

  /** Reads the input as the library reads its kind, to the end. */
  private void libraryRead(Case c) throws IOException {
    switch (c.kind()) {
      case EVENTS -> {
        try (InputStream in = c.input().open();
            Reader reader = Utf8Input.reader(in);
            Stream<EventRecord> read = EventReader.read(c.file(), reader)) {
          read.forEach(record -> {});
        }
      }
      case BANK -> BankReader.read(write(c));
      case ANSWERS -> AnswerReader.read(write(c));
    }
  }

  /** Answers are read, then graded: a row that cannot be read or graded has its reason. */
  private void answersLibrary(Case c) throws IOException {
    // given the grader the command line uses, with the key the answers are graded against
    Path file = write(c);
    Grader grader =
        Grader.create(
            GradingRules.builtIn(CLASSIFIER),
            AnswerKey.of(BankReader.readKey(Path.of(BadInputCatalogue.KEY)).records(), CLASSIFIER),
            Rubric.defaults());
    // when
    List<GradedAnswer> graded = AnswerReader.read(file).stream().map(grader::grade).toList();
    // then every row is there, and each that cannot be graded names its line and field
    assertThat(graded).hasSize(c.records());
    List<String> reasons =
        graded.stream().filter(g -> !g.isGraded()).map(GradedAnswer::reason).toList();
    List<Problem> expected = c.recordProblems();
    assertThat(reasons).hasSameSizeAs(expected);
    for (int i = 0; i < reasons.size(); i++) {
      assertThat(reasons.get(i))
          .startsWith(where(file.toString(), expected.get(i)))
          .contains(expected.get(i).says())
          .hasSizeLessThanOrEqualTo(MAX_MESSAGE + file.toString().length());
    }
  }

  private Path write(Case c) throws IOException {
    Path file = dir.resolve(c.file());
    try (InputStream in = c.input().open()) {
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  /** {@code file:line: field "x" } as a message starts. */
  private static String where(String file, Problem p) {
    return file
        + (p.line() > 0 ? ":" + p.line() : "")
        + ": "
        + (p.field() == null ? "" : "field \"" + p.field() + "\" ");
  }
}
