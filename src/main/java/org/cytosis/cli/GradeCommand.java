package org.cytosis.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.cytosis.grading.AnswerKey;
import org.cytosis.grading.AnswerReader;
import org.cytosis.grading.AnswerRecord;
import org.cytosis.grading.Calibration;
import org.cytosis.grading.GradedAnswer;
import org.cytosis.grading.Grader;
import org.cytosis.grading.GradingRun;
import org.cytosis.grading.Rubric;
import org.cytosis.grading.report.GradeReport;
import org.cytosis.grading.report.SummaryReport;
import org.cytosis.io.InvalidInputException;
import org.cytosis.output.InputSurvey;
import org.cytosis.output.ReportSink;
import org.cytosis.usecase.GradeAnswers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code grade --key KEY --answers ANSWERS}: grade student answers against a bank of scenarios. The
 * key is read and classified first; the answers are read twice, lazily: once to count them and
 * survey their columns, then to grade them on every core, the report written as the answers are
 * graded, in input order. Memory stays constant in the number of answers but for the class
 * summary's counts per student.
 */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    description =
        "Grade student answers (CSV or JSON Lines: student_id, scenario_id, answer, "
            + "justification) against a key (a bank of scenarios in any format validate reads), with "
            + "partial credit, misconceptions, feedback and a class summary.")
final class GradeCommand implements Callable<Integer> {

  private final Streams streams;

  @Option(
      names = "--key",
      required = true,
      paramLabel = "KEY",
      description =
          "The scenarios answered, with their expected labels (a scenario without one is keyed by the rules' verdict).")
  Path key;

  @Option(
      names = "--answers",
      required = true,
      paramLabel = "ANSWERS",
      description = "The answers: a .csv file, or JSON Lines.")
  Path answers;

  @Option(
      names = "--rubric",
      paramLabel = "RUBRIC",
      description =
          "A rubric (JSON) instead of the default one (rules/grading/default-rubric.json).")
  Path rubric;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description =
          "text (a block per answer, then the summary), json (JSON Lines) or csv (the answers with grading columns added). Default: ${DEFAULT-VALUE}.")
  GradeFormat format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the report to FILE instead of stdout.")
  Path out;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      description =
          "Also write the class summary to FILE: JSON for .json, CSV for .csv, text otherwise.")
  Path summary;

  @Option(
      names = "--human-scores",
      paramLabel = "FILE",
      description =
          "A teacher's marks (CSV: student_id, scenario_id, human_score) on the same answers: report agreement.")
  Path humanScores;

  @Mixin RulesOption rules;

  GradeCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    try {
      Rubric scoring = rubric == null ? Rubric.defaults() : Rubric.read(rubric);
      GradeAnswers grade = rules.cytosis().grade();
      Grader grader =
          grade.grader(
              grade.readKey(key, n -> streams.err().println("cytosis grade: note: " + n)), scoring);
      AnswerKey answerKey = grader.key();
      answerKey.problems().forEach(this::error);
      InputSurvey survey = surveyAnswers();
      if (survey.rows() == 0) {
        error(answers + ": holds no answers");
        return Main.BAD_INPUT;
      }
      GradingRun run = report(grader, survey);
      boolean unreadMarks = run.calibration() != null && !run.calibration().problems().isEmpty();
      return !answerKey.problems().isEmpty() || run.hasUnreadable() || unreadMarks
          ? Main.BAD_INPUT
          : Main.OK;
    } catch (InvalidInputException e) {
      error(e.getMessage());
      return Main.BAD_INPUT;
    } catch (IOException e) {
      error("a report cannot be written: " + e.getMessage());
      return Main.BAD_INPUT;
    }
  }

  /** The first pass over the answers: how many rows, and their columns; no row is kept. */
  private InputSurvey surveyAnswers() {
    if (!Files.isRegularFile(answers)) {
      throw new InvalidInputException(answers.toString(), 0, null, "does not exist");
    }
    try (Stream<AnswerRecord> rows = AnswerReader.stream(answers)) {
      return GradeAnswers.survey(rows);
    }
  }

  /**
   * The report to stdout or {@code --out}, written as the answers are graded. The summary: after a
   * text report on stdout; to stdout when the report goes to a file; to stderr when stdout carries
   * a machine-readable report; and to {@code --summary} in the format its name says.
   */
  private GradingRun report(Grader grader, InputSurvey survey) throws IOException {
    GradeReport report = format.report(!grader.key().questions().isEmpty());
    GradingRun run =
        ReportOutput.write(
            streams,
            out,
            report.isMachineReadable(),
            writer -> write(report, writer, grader, survey),
            SummaryReport::text);
    if (summary != null) {
      String name = summary.getFileName().toString().toLowerCase(Locale.ROOT);
      try (Writer file = Files.newBufferedWriter(summary, StandardCharsets.UTF_8)) {
        if (name.endsWith(".json")) {
          file.write(SummaryReport.json(run));
        } else if (name.endsWith(".csv")) {
          SummaryReport.csv(run, file);
        } else {
          file.write(SummaryReport.text(run));
        }
      }
    }
    return run;
  }

  private GradingRun write(GradeReport report, Writer writer, Grader grader, InputSurvey survey)
      throws IOException {
    try (ReportSink<GradedAnswer, ?, GradingRun> sink = report.open(writer, survey);
        ProgressDisplay progress =
            ProgressDisplay.open(streams, "grade", survey.rows(), out == null)) {
      return grade(sink, grader, progress);
    }
  }

  /**
   * The second pass: each answer graded and rendered on a worker, written here in input order; only
   * the class summary's counts (and the scores, when a teacher's marks are to be compared) are
   * kept. An answer that cannot be graded is also named on stderr.
   */
  private GradingRun grade(
      ReportSink<GradedAnswer, ?, GradingRun> sink, Grader grader, ProgressDisplay progress)
      throws IOException {
    Calibration.Scores scores = new Calibration.Scores();
    GradingRun run;
    try (Stream<AnswerRecord> rows = AnswerReader.stream(answers)) {
      run =
          GradeAnswers.gradeInto(
              grader,
              rows,
              sink,
              answer -> {
                if (humanScores != null) {
                  scores.add(answer);
                }
                if (!answer.isGraded()) {
                  error(answer.reason());
                }
                progress.step();
              });
    }
    if (humanScores != null) {
      Calibration calibration =
          Calibration.read(humanScores, scores, grader.key().maxScore(grader.rubric()));
      calibration.problems().forEach(this::error);
      run = run.withCalibration(calibration);
    }
    sink.finish(run);
    return run;
  }

  private void error(String message) {
    streams.err().println("cytosis grade: " + message);
  }
}
