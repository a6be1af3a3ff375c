package org.cytosis.usecase;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cytosis.engine.Classifier;
import org.cytosis.grading.AnswerKey;
import org.cytosis.grading.AnswerRecord;
import org.cytosis.grading.GradedAnswer;
import org.cytosis.grading.Grader;
import org.cytosis.grading.GradingRules;
import org.cytosis.grading.GradingRun;
import org.cytosis.grading.Rubric;
import org.cytosis.grading.concept.QuestionReader;
import org.cytosis.io.InvalidInputException;
import org.cytosis.io.Utf8Input;
import org.cytosis.output.InputSurvey;
import org.cytosis.output.ReportSink;
import org.cytosis.validation.Bank;
import org.cytosis.validation.BankFiles;
import org.cytosis.validation.BankReader;
import org.cytosis.validation.BankRecord;

/**
 * Grading students' answers against a key: the key read and classified first, then the answers
 * graded on every core and streamed into a report in input order.
 */
public final class GradeAnswers {

  private final Classifier classifier;
  private final GradingRules rules;

  GradeAnswers(Classifier classifier, GradingRules rules) {
    this.classifier = classifier;
    this.rules = rules;
  }

  /** A key's scenario records, the concept questions its JSON files hold, and notes on it. */
  public record Key(
      List<BankRecord> records, List<QuestionReader.Found> questions, List<String> notes) {}

  /**
   * The key in a file or folder (a bank in any format {@code validate} reads).
   *
   * @param note told each note on a bank
   * @throws InvalidInputException for a key that holds no scenarios, or cannot be read
   */
  public Key readKey(Path key, Consumer<String> note) {
    List<BankRecord> records = new ArrayList<>();
    List<QuestionReader.Found> questions = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Path file : BankFiles.list(List.of(key))) {
      if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
        try (Reader reader = Utf8Input.open(file)) {
          questions.addAll(QuestionReader.read(file.toString(), reader));
        } catch (IOException | java.io.UncheckedIOException e) {
          // the scenario reader below reports a file it cannot read
        }
      }
      Bank bank = BankReader.readKey(file);
      bank.notes().forEach(note);
      notes.addAll(bank.notes());
      records.addAll(bank.records());
    }
    if (records.isEmpty()) {
      throw new InvalidInputException(key.toString(), 0, null, "holds no scenarios");
    }
    return new Key(records, questions, notes);
  }

  /**
   * A key sent whole (CSV, or JSON with its concept questions), read from {@code text} twice: for
   * the scenarios, then for the questions.
   */
  public Key readKey(String source, Supplier<Reader> text, boolean csv) {
    Bank bank = BankReader.readKey(source, text.get(), csv);
    List<QuestionReader.Found> questions =
        csv ? List.of() : QuestionReader.read(source, text.get());
    return new Key(bank.records(), questions, bank.notes());
  }

  /** The grader of a key: its scenarios classified now, under {@code rubric}. */
  public Grader grader(Key key, Rubric rubric) {
    return Grader.create(rules, AnswerKey.of(key.records(), key.questions(), classifier), rubric);
  }

  /** The columns of the answers (a first pass over them; no row is kept). */
  public static InputSurvey survey(Stream<AnswerRecord> answers) {
    InputSurvey survey = new InputSurvey();
    answers.forEach(row -> survey.add(row.columns().keySet()));
    return survey;
  }

  /**
   * Each answer graded and rendered on a worker, written into {@code sink} in input order; only the
   * class summary's counts are kept. The sink is left open, to be finished with the run.
   *
   * @param each told every graded answer, in input order
   */
  public static <P> GradingRun gradeInto(
      Grader grader,
      Stream<AnswerRecord> answers,
      ReportSink<GradedAnswer, P, GradingRun> sink,
      Consumer<GradedAnswer> each)
      throws IOException {
    return grader.gradeInto(answers, sink, each);
  }
}
