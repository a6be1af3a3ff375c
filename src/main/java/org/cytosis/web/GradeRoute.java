package org.cytosis.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cytosis.grading.AnswerReader;
import org.cytosis.grading.AnswerRecord;
import org.cytosis.grading.GradedAnswer;
import org.cytosis.grading.Grader;
import org.cytosis.grading.GradingRun;
import org.cytosis.grading.Rubric;
import org.cytosis.grading.report.CsvGradeReport;
import org.cytosis.grading.report.GradeReport;
import org.cytosis.grading.report.JsonGradeReport;
import org.cytosis.grading.report.SummaryReport;
import org.cytosis.io.JsonSupport;
import org.cytosis.output.InputSurvey;
import org.cytosis.output.ReportSink;
import org.cytosis.usecase.GradeAnswers;

/**
 * {@code POST /api/grade}: grades students' answers against a key, as {@code grade} does, with the
 * default rubric. A multipart form with two files: {@code key} (a bank in any format {@code
 * validate} reads: CSV when its name ends in {@code .csv}, JSON otherwise) and {@code answers}
 * (CSV, or JSON Lines). The answer holds every row's grade in input order, the class summary, and
 * the problems {@code grade} would print on stderr (key records that cannot key answers, rows that
 * cannot be graded), which are also in their places in the results; so it is 200 whenever both
 * files could be read. {@code ?format=csv} answers with the CSV report.
 */
final class GradeRoute implements Handler {

  static final String KEY = "key";
  static final String ANSWERS = "answers";

  private final GradeAnswers grade;

  GradeRoute(GradeAnswers grade) {
    this.grade = grade;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    String format = Query.choice(ctx, "format", List.of("json", "csv"));
    if (!RequestText.isMultipart(ctx)) {
      throw ApiException.badRequest(
          "send the key and the answers as files of a multipart form, "
              + "in the fields "
              + KEY
              + " and "
              + ANSWERS);
    }
    RequestText keyFile = RequestText.upload(ctx, KEY);
    RequestText answersFile = RequestText.upload(ctx, ANSWERS);
    GradeAnswers.Key key = grade.readKey(keyFile.source(), keyFile::reader, keyFile.csv());
    Limits.checkCount(keyFile, key.records().size(), "scenarios");
    List<AnswerRecord> answers =
        AnswerReader.read(answersFile.source(), answersFile.reader(), answersFile.csv());
    Limits.checkCount(answersFile, answers.size(), "answers");
    Grader grader = grade.grader(key, Rubric.defaults());
    Responses.jsonOrCsv(
        ctx,
        format,
        "grades.csv",
        out ->
            write(
                grader,
                answers,
                new CsvGradeReport(!grader.key().questions().isEmpty()),
                out,
                g -> {}),
        () -> json(key, grader, answers));
  }

  /** Grades the answers into {@code report}, finished with the class summary. */
  private static GradingRun write(
      Grader grader,
      List<AnswerRecord> answers,
      GradeReport report,
      Writer out,
      Consumer<GradedAnswer> each)
      throws IOException {
    InputSurvey survey = GradeAnswers.survey(answers.stream());
    try (ReportSink<GradedAnswer, ?, GradingRun> sink = report.open(out, survey)) {
      GradingRun run = GradeAnswers.gradeInto(grader, answers.stream(), sink, each);
      sink.finish(run);
      return run;
    }
  }

  /**
   * {@code summary} (the class summary as {@code grade --summary FILE.json} writes it), {@code
   * summaryText} (as the text report ends), {@code notes} and {@code problems} (the lines {@code
   * grade} prints on stderr), and {@code results}, one per row as in {@code --format json}.
   */
  private static String json(GradeAnswers.Key key, Grader grader, List<AnswerRecord> answers)
      throws IOException {
    List<String> unreadable = new ArrayList<>();
    StringWriter lines = new StringWriter();
    GradingRun run =
        write(
            grader,
            answers,
            new JsonGradeReport(),
            lines,
            g -> {
              if (!g.isGraded()) {
                unreadable.add(g.reason());
              }
            });
    ObjectNode body = JsonSupport.MAPPER.createObjectNode();
    body.putRawValue("summary", new RawValue(SummaryReport.json(run).strip()));
    body.put("summaryText", SummaryReport.text(run));
    key.notes().forEach(body.putArray("notes")::add);
    ArrayNode problems = body.putArray("problems");
    run.key().problems().forEach(problems::add);
    unreadable.forEach(problems::add);
    body.putRawValue("results", new RawValue(Responses.array(lines.toString().lines().toList())));
    return body.toString();
  }
}
