package org.cytosis.grading.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cytosis.grading.Agreement;
import org.cytosis.grading.Calibration;
import org.cytosis.grading.ClassSummary;
import org.cytosis.grading.GradeVerdict;
import org.cytosis.grading.GradingRun;
import org.cytosis.grading.KeyEntry;
import org.cytosis.io.JsonSupport;
import org.cytosis.output.CsvTable;

/**
 * The class summary (and the agreement with a teacher's marks, when given) as text, JSON or CSV.
 * See {@link ClassSummary} for what each number means.
 */
public final class SummaryReport {

  private SummaryReport() {}

  /** The one line that counts the verdicts: {@code 12 answers: 5 CORRECT, ...}. */
  public static String countsLine(GradingRun run) {
    ClassSummary s = run.summary();
    return s.answers()
        + (s.answers() == 1 ? " answer: " : " answers: ")
        + java.util.Arrays.stream(GradeVerdict.values())
            .map(v -> s.verdicts().get(v) + " " + v)
            .collect(Collectors.joining(", "));
  }

  public static String text(GradingRun run) {
    ClassSummary s = run.summary();
    StringBuilder out = new StringBuilder("Summary: ").append(countsLine(run)).append('\n');
    List<KeyEntry> fromRules = run.keysFromRules();
    if (!fromRules.isEmpty()) {
      out.append("Key from the rules (the key gives no label) for: ")
          .append(
              fromRules.stream()
                  .map(k -> k.scenarioId() + " (" + k.label() + ")")
                  .collect(Collectors.joining(", ")))
          .append('\n');
    }
    List<List<String>> scenarios = new ArrayList<>();
    scenarios.add(
        List.of(
            "SCENARIO",
            "KEY",
            "ANSWERS",
            "FACILITY",
            "DISCRIMINATION",
            "MEAN",
            "COMMON WRONG ANSWERS",
            "COMMON MISCONCEPTIONS"));
    for (ClassSummary.ScenarioStats st : s.scenarios()) {
      scenarios.add(
          List.of(
              st.scenarioId(),
              st.key() + (st.keyFromRules() ? " (rules)" : ""),
              Integer.toString(st.answers()),
              Numbers.share(st.facility()),
              Numbers.share(st.discrimination()),
              Numbers.share(st.meanScore()),
              counts(st.wrongAnswers()),
              counts(st.misconceptions())));
    }
    if (!s.scenarios().isEmpty() || s.questions().isEmpty()) {
      out.append('\n').append(table(scenarios));
    }
    for (ClassSummary.QuestionStats q : s.questions()) {
      out.append('\n')
          .append("Question ")
          .append(q.questionId())
          .append(": ")
          .append(q.answers())
          .append(q.answers() == 1 ? " answer" : " answers")
          .append(", mean score ")
          .append(Numbers.share(q.meanScore()))
          .append(" of ")
          .append(Numbers.plain(q.maxScore()))
          .append(", full marks ")
          .append(q.fullMarks())
          .append('\n');
      List<List<String>> elements = new ArrayList<>();
      elements.add(
          List.of("ELEMENT", "CONCEPT", "NAMED", "DESCRIBED", "COMMON WRONG DESCRIPTIONS"));
      for (ClassSummary.ElementStats e : q.elements()) {
        elements.add(
            List.of(
                e.element(),
                e.concept(),
                Integer.toString(e.named()),
                Integer.toString(e.described()),
                counts(e.wrongDescriptions())));
      }
      out.append(table(elements));
    }
    List<List<String>> students = new ArrayList<>();
    students.add(List.of("STUDENT", "ANSWERS", "TOTAL", "CORRECT"));
    for (ClassSummary.StudentTotal st : s.students()) {
      students.add(
          List.of(
              st.studentId(),
              Integer.toString(st.answers()),
              Numbers.plain(st.total()) + "/" + Numbers.plain(st.maxTotal()),
              Integer.toString(st.correct())));
    }
    out.append('\n').append(table(students));
    if (run.calibration() != null) {
      out.append('\n').append(agreement(run.calibration()));
    }
    return out.toString();
  }

  private static String agreement(Calibration c) {
    Agreement a = c.agreement();
    StringBuilder out =
        new StringBuilder("Agreement with the teacher's marks: ")
            .append(a.pairs())
            .append(" answers compared, exact agreement ")
            .append(Numbers.share(a.exact()))
            .append(", quadratic weighted kappa ")
            .append(
                a.kappa() == null ? "undefined (every mark is the same)" : Numbers.share(a.kappa()))
            .append('\n');
    if (c.answersWithoutMark() > 0 || c.marksWithoutAnswer() > 0) {
      out.append("Not compared: ")
          .append(c.answersWithoutMark())
          .append(" graded answers without a" + " mark, ")
          .append(c.marksWithoutAnswer())
          .append(" marks without a graded answer\n");
    }
    c.problems().forEach(p -> out.append("Not read: ").append(p).append('\n'));
    if (a.pairs() > 0) {
      List<List<String>> rows = new ArrayList<>();
      List<String> header = new ArrayList<>(List.of("TEACHER \\ CYTOSIS"));
      a.scores().forEach(v -> header.add(Numbers.plain(v)));
      rows.add(header);
      for (int i = 0; i < a.scores().size(); i++) {
        List<String> row = new ArrayList<>(List.of(Numbers.plain(a.scores().get(i))));
        a.matrix().get(i).forEach(n -> row.add(Integer.toString(n)));
        rows.add(row);
      }
      out.append(table(rows));
    }
    return out.toString();
  }

  public static String json(GradingRun run) {
    ClassSummary s = run.summary();
    ObjectNode node = JsonSupport.MAPPER.createObjectNode();
    node.put("answers", s.answers());
    node.put("unreadable", s.unreadable());
    ObjectNode verdicts = node.putObject("verdicts");
    for (GradeVerdict v : GradeVerdict.values()) {
      verdicts.put(v.name(), s.verdicts().get(v));
    }
    node.set("scenarios", JsonSupport.MAPPER.valueToTree(s.scenarios()));
    node.set("students", JsonSupport.MAPPER.valueToTree(s.students()));
    if (!s.questions().isEmpty()) {
      node.set("questions", JsonSupport.MAPPER.valueToTree(s.questions()));
    }
    node.set(
        "agreement",
        run.calibration() == null ? null : JsonSupport.MAPPER.valueToTree(run.calibration()));
    return node.toString() + "\n";
  }

  /**
   * One CSV table for both parts: a {@code kind} column says whether a row is a {@code scenario} or
   * a {@code student}, or an {@code element} of a concept question (id {@code question/element},
   * key its concept, {@code named} and {@code correct}: the answers that named it and that
   * described it correctly); each kind fills its own columns.
   */
  public static void csv(GradingRun run, Writer out) throws IOException {
    List<String> columns =
        new ArrayList<>(
            List.of(
                "kind",
                "id",
                "key",
                "keyFrom",
                "answers",
                "correct",
                "facility",
                "discrimination",
                "meanScore",
                "wrongAnswers",
                "misconceptions",
                "total",
                "maxTotal"));
    if (!run.summary().questions().isEmpty()) {
      columns.add("named");
    }
    List<Map<String, String>> rows = new ArrayList<>();
    for (ClassSummary.ScenarioStats st : run.summary().scenarios()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("kind", "scenario");
      row.put("id", st.scenarioId());
      row.put("key", st.key().name());
      row.put("keyFrom", st.keyFromRules() ? "rules" : "key");
      row.put("answers", Integer.toString(st.answers()));
      row.put("correct", Integer.toString(st.correct()));
      row.put("facility", Numbers.plain(st.facility()));
      row.put("discrimination", Numbers.plain(st.discrimination()));
      row.put("meanScore", Numbers.plain(st.meanScore()));
      row.put("wrongAnswers", counts(st.wrongAnswers()));
      row.put("misconceptions", counts(st.misconceptions()));
      rows.add(row);
    }
    for (ClassSummary.QuestionStats q : run.summary().questions()) {
      for (ClassSummary.ElementStats e : q.elements()) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("kind", "element");
        row.put("id", q.questionId() + "/" + e.element());
        row.put("key", e.concept());
        row.put("answers", Integer.toString(q.answers()));
        row.put("correct", Integer.toString(e.described()));
        row.put("meanScore", Numbers.plain(q.meanScore()));
        row.put("misconceptions", counts(e.wrongDescriptions()));
        row.put("named", Integer.toString(e.named()));
        rows.add(row);
      }
    }
    for (ClassSummary.StudentTotal st : run.summary().students()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("kind", "student");
      row.put("id", st.studentId());
      row.put("answers", Integer.toString(st.answers()));
      row.put("correct", Integer.toString(st.correct()));
      row.put("total", Numbers.plain(st.total()));
      row.put("maxTotal", Numbers.plain(st.maxTotal()));
      rows.add(row);
    }
    CsvTable.write(out, columns, rows);
  }

  private static String counts(List<ClassSummary.Count> counts) {
    return counts.isEmpty()
        ? "-"
        : counts.stream().map(c -> c.name() + " x" + c.count()).collect(Collectors.joining(", "));
  }

  private static String table(List<List<String>> rows) {
    int[] widths = new int[rows.get(0).size()];
    rows.forEach(
        row -> {
          for (int i = 0; i < row.size(); i++) {
            widths[i] = Math.max(widths[i], row.get(i).length());
          }
        });
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(i == 0 ? "" : "  ")
            .append(row.get(i))
            .append(" ".repeat(widths[i] - row.get(i).length()));
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
