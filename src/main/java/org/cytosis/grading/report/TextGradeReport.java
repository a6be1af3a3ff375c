package org.cytosis.grading.report;

import java.io.IOException;
import java.io.Writer;
import org.cytosis.grading.GradedAnswer;
import org.cytosis.grading.GradingRun;
import org.cytosis.model.Criterion;

/**
 * For a teacher: one block per answer (student, scenario, verdict, score, how the name was read,
 * the answer and justification, what was credited, the misconceptions, the feedback), in input
 * order, then the class summary.
 */
public final class TextGradeReport implements GradeReport {

  @Override
  public void write(GradingRun run, Writer out) throws IOException {
    StringBuilder text = new StringBuilder();
    run.results().forEach(g -> text.append(block(g)).append('\n'));
    out.write(text.toString());
    out.write(SummaryReport.text(run));
  }

  @Override
  public boolean isMachineReadable() {
    return false;
  }

  static String block(GradedAnswer g) {
    StringBuilder out = new StringBuilder();
    String student = oneLine(g.answer().studentId());
    String scenario = oneLine(g.answer().scenarioId());
    out.append(student.isEmpty() ? "-" : student).append("  ")
        .append(scenario.isEmpty() ? "-" : scenario).append("  ").append(g.verdict());
    if (g.score() != null) {
      out.append("  ").append(Numbers.plain(g.score())).append('/')
          .append(Numbers.plain(g.maxScore()));
    }
    out.append("  (").append(g.answer().location()).append(")\n");
    if (!g.isGraded()) {
      out.append("  reason: ").append(oneLine(g.reason())).append('\n');
      return out.toString();
    }
    out.append("  answer: ").append(quoted(g.answer().answer()))
        .append("  read as ").append(g.readAs() == null ? "-" : g.readAs().name())
        .append(" (").append(g.reading().describe()).append(")\n");
    if (g.answer().justification() != null && !g.answer().justification().isBlank()) {
      out.append("  justification: ").append(quoted(g.answer().justification())).append('\n');
    }
    out.append("  key: ").append(g.key().label());
    if (g.key().fromRules()) {
      out.append(" (key from the rules)");
    }
    out.append('\n');
    out.append("  credited: ").append(g.credited().isEmpty() ? "-"
        : String.join(", ", g.credited().stream().map(Criterion::field).toList()));
    out.append("  misconceptions: ").append(g.misconceptions().isEmpty() ? "-"
        : String.join(", ", g.misconceptions())).append('\n');
    g.contradictions().forEach(c -> out.append("  contradiction: ").append(oneLine(c)).append('\n'));
    out.append("  feedback: ").append(g.feedback()).append('\n');
    return out.toString();
  }

  private static String quoted(String text) {
    return text == null ? "-" : "\"" + oneLine(text) + "\"";
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\p{Cc}", " ");
  }
}
