package org.cytosis.grading.report;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;
import org.cytosis.grading.GradedAnswer;
import org.cytosis.grading.GradingRun;
import org.cytosis.model.Criterion;
import org.cytosis.output.InputSurvey;
import org.cytosis.output.ReportSink;

/**
 * For a teacher: one block per answer (student, scenario, verdict, score, how the name was read,
 * the answer and justification, what was credited, the misconceptions, the feedback), in input
 * order as they are graded, then the class summary.
 */
public final class TextGradeReport implements GradeReport {

  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  @Override
  public ReportSink<GradedAnswer, String, GradingRun> open(Writer out, InputSurvey answers) {
    return new ReportSink<>() {
      @Override
      public String render(GradedAnswer graded) {
        return block(graded) + "\n";
      }

      @Override
      public void write(GradedAnswer graded, String block) throws IOException {
        out.write(block);
      }

      @Override
      public void finish(GradingRun run) throws IOException {
        out.write(SummaryReport.text(run));
      }
    };
  }

  @Override
  public boolean isMachineReadable() {
    return false;
  }

  static String block(GradedAnswer g) {
    StringBuilder out = new StringBuilder();
    String student = oneLine(g.answer().studentId());
    String scenario = oneLine(g.answer().scenarioId());
    out.append(student.isEmpty() ? "-" : student)
        .append("  ")
        .append(scenario.isEmpty() ? "-" : scenario)
        .append("  ")
        .append(g.verdict());
    if (g.score() != null) {
      out.append("  ")
          .append(Numbers.plain(g.score()))
          .append('/')
          .append(Numbers.plain(g.maxScore()));
    }
    out.append("  (").append(g.answer().location()).append(")\n");
    if (!g.isGraded()) {
      out.append("  reason: ").append(oneLine(g.reason())).append('\n');
      return out.toString();
    }
    if (g.isConceptAnswer()) {
      return conceptBlock(g, out);
    }
    out.append("  answer: ")
        .append(quoted(g.answer().answer()))
        .append("  read as ")
        .append(g.readAs() == null ? "-" : g.readAs().name())
        .append(" (")
        .append(g.reading().describe())
        .append(")\n");
    if (g.answer().justification() != null && !g.answer().justification().isBlank()) {
      out.append("  justification: ").append(quoted(g.answer().justification())).append('\n');
    }
    out.append("  key: ").append(g.key().label());
    if (g.key().fromRules()) {
      out.append(" (key from the rules)");
    }
    out.append('\n');
    out.append("  credited: ")
        .append(
            g.credited().isEmpty()
                ? "-"
                : String.join(", ", g.credited().stream().map(Criterion::field).toList()));
    out.append("  misconceptions: ")
        .append(g.misconceptions().isEmpty() ? "-" : String.join(", ", g.misconceptions()))
        .append('\n');
    g.contradictions()
        .forEach(c -> out.append("  contradiction: ").append(oneLine(c)).append('\n'));
    out.append("  feedback: ").append(g.feedback()).append('\n');
    return out.toString();
  }

  /** An answer to a concept question: what each credited element was, and what was not. */
  private static String conceptBlock(GradedAnswer g, StringBuilder out) {
    out.append("  answer: ").append(quoted(g.answer().answer())).append('\n');
    out.append("  question: ").append(g.concepts().question().id()).append('\n');
    g.concepts()
        .credited()
        .forEach(c -> out.append("  credited: ").append(oneLine(c.summary())).append('\n'));
    out.append("  named only: ")
        .append(
            g.concepts().namedOnly().isEmpty() ? "-" : String.join(", ", g.concepts().namedOnly()));
    out.append("  misconceptions: ")
        .append(g.misconceptions().isEmpty() ? "-" : String.join(", ", g.misconceptions()))
        .append('\n');
    g.concepts().notes().forEach(n -> out.append("  note: ").append(oneLine(n)).append('\n'));
    out.append("  feedback: ").append(g.feedback()).append('\n');
    return out.toString();
  }

  private static String quoted(String text) {
    return text == null ? "-" : "\"" + oneLine(text) + "\"";
  }

  private static String oneLine(String text) {
    return text == null ? "" : CONTROL.matcher(text).replaceAll(" ");
  }
}
