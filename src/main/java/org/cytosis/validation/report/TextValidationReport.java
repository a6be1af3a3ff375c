package org.cytosis.validation.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.cytosis.model.Classification;
import org.cytosis.output.ReportSink;
import org.cytosis.output.Spill;
import org.cytosis.scenario.Expected;
import org.cytosis.validation.BankRecord;
import org.cytosis.validation.ValidationResult;
import org.cytosis.validation.ValidationTally;
import org.cytosis.validation.ValidationVerdict;
import org.cytosis.validation.Wording;

/**
 * For a person: a table of every scenario to read at a glance, then the reasons for every result
 * that did not pass (or has lint), then the summary line.
 *
 * <p>The table is written as the results come. Its id and key columns are as wide as the widest id
 * and key of the run (from the {@link BankSurvey}); the verdict column is as wide as the widest
 * verdict can be (with "(lint)" under {@code --strict}), since verdicts are known only as they
 * come. The reasons, which follow the table, are kept in a temporary file until it ends.
 */
public final class TextValidationReport implements ValidationReport {

  private static final List<String> HEADER = List.of("VERDICT", "ID", "EXPECTED", "ACTUAL");
  private static final String LINT = " (lint)";
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  /** A result as the report writes it: its table row, and its reasons (null for a clean pass). */
  record Lines(String row, String details) {}

  @Override
  public ReportSink<ValidationResult, Lines, ValidationTally> open(
      Writer out, BankSurvey survey, boolean strict) throws IOException {
    int[] widths = {
      verdictWidth(strict),
      Math.max(HEADER.get(1).length(), survey.widestId()),
      Math.max(HEADER.get(2).length(), survey.widestKey()),
      0
    };
    out.write(line(HEADER, widths) + "\n");
    Spill details = new Spill();
    return new ReportSink<>() {
      @Override
      public Lines render(ValidationResult result) {
        boolean clean = result.verdict() == ValidationVerdict.PASS && result.lint().isEmpty();
        return new Lines(line(row(result), widths), clean ? null : details(result));
      }

      @Override
      public void write(ValidationResult result, Lines rendered) throws IOException {
        out.write(rendered.row());
        out.write('\n');
        if (rendered.details() != null) {
          details.write("\n" + rendered.details());
        }
      }

      @Override
      public void finish(ValidationTally tally) throws IOException {
        details.copyTo(out);
        out.write("\n" + tally.summary() + "\n");
      }

      @Override
      public void close() throws IOException {
        details.close();
      }
    };
  }

  @Override
  public boolean isMachineReadable() {
    return false;
  }

  /** The widest verdict cell there can be. */
  private static int verdictWidth(boolean strict) {
    int widest =
        Arrays.stream(ValidationVerdict.values()).mapToInt(v -> v.name().length()).max().orElse(0)
            + (strict ? LINT.length() : 0);
    return Math.max(HEADER.get(0).length(), widest);
  }

  /** The id as the table shows it. */
  static String idCell(BankRecord record) {
    return oneLine(record.id());
  }

  /** The key as the table shows it. */
  static String keyCell(BankRecord record) {
    return record.isReadable() ? Wording.key(record.scenario().expected()) : "-";
  }

  private static List<String> row(ValidationResult r) {
    Expected key = r.expected();
    Classification actual = r.actual();
    String verdict = r.lint().isEmpty() ? r.verdict().name() : r.verdict() + LINT;
    return List.of(
        verdict,
        idCell(r.record()),
        key == null ? "-" : Wording.key(key),
        actual == null ? "-" : Wording.actual(actual));
  }

  /** The cells padded to their columns' widths; a cell wider than its column pushes the rest. */
  private static String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      line.append(i == 0 ? "" : "  ")
          .append(cells.get(i))
          .append(" ".repeat(Math.max(0, widths[i] - cells.get(i).length())));
    }
    return line.toString().stripTrailing();
  }

  private static String details(ValidationResult r) {
    StringBuilder out =
        new StringBuilder()
            .append(r.verdict())
            .append("  ")
            .append(idCell(r.record()))
            .append("  (")
            .append(r.record().location())
            .append(")\n")
            .append("  ")
            .append(r.reason().headline())
            .append('\n');
    r.reason().points().forEach(p -> out.append("  - ").append(p).append('\n'));
    r.lint().forEach(l -> out.append("  lint: ").append(l).append('\n'));
    return out.toString();
  }

  /** Bank cells may hold line breaks; a table row must not. */
  private static String oneLine(String text) {
    return CONTROL.matcher(text).replaceAll(" ");
  }
}
