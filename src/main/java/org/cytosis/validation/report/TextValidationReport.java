package org.cytosis.validation.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.cytosis.model.Classification;
import org.cytosis.scenario.Expected;
import org.cytosis.validation.ValidationResult;
import org.cytosis.validation.ValidationRun;
import org.cytosis.validation.ValidationVerdict;
import org.cytosis.validation.Wording;

/**
 * For a person: a table of every scenario to read at a glance, then the reasons for every result
 * that did not pass (or has lint), then the summary line.
 */
public final class TextValidationReport implements ValidationReport {

  private static final List<String> HEADER = List.of("VERDICT", "ID", "EXPECTED", "ACTUAL");

  @Override
  public void write(ValidationRun run, Writer out) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    run.results().forEach(r -> rows.add(row(r)));
    int[] widths = new int[HEADER.size()];
    rows.forEach(row -> {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    });
    StringBuilder text = new StringBuilder();
    rows.forEach(row -> text.append(line(row, widths)).append('\n'));
    for (ValidationResult result : run.results()) {
      if (result.verdict() != ValidationVerdict.PASS || !result.lint().isEmpty()) {
        text.append('\n').append(details(result));
      }
    }
    text.append('\n').append(run.summary()).append('\n');
    out.write(text.toString());
  }

  @Override
  public boolean isMachineReadable() {
    return false;
  }

  private static List<String> row(ValidationResult r) {
    Expected key = r.expected();
    Classification actual = r.actual();
    String verdict = r.lint().isEmpty() ? r.verdict().name() : r.verdict() + " (lint)";
    return List.of(verdict, oneLine(r.id()), key == null ? "-" : Wording.key(key),
        actual == null ? "-" : Wording.actual(actual));
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      line.append(i == 0 ? "" : "  ").append(cells.get(i))
          .append(" ".repeat(widths[i] - cells.get(i).length()));
    }
    return line.toString().stripTrailing();
  }

  private static String details(ValidationResult r) {
    StringBuilder out = new StringBuilder()
        .append(r.verdict()).append("  ").append(oneLine(r.id())).append("  (")
        .append(r.record().location()).append(")\n")
        .append("  ").append(r.reason().headline()).append('\n');
    r.reason().points().forEach(p -> out.append("  - ").append(p).append('\n'));
    r.lint().forEach(l -> out.append("  lint: ").append(l).append('\n'));
    return out.toString();
  }

  /** Bank cells may hold line breaks; a table row must not. */
  private static String oneLine(String text) {
    return text.replaceAll("\\p{Cc}", " ");
  }
}
