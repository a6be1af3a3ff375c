package org.cytosis.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cytosis.engine.Classifier;
import org.cytosis.validation.BankReader;
import org.cytosis.validation.ValidationResult;
import org.cytosis.validation.ValidationRun;
import org.cytosis.validation.ValidationVerdict;
import org.cytosis.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvValidationReportTest {

  private static final Validator VALIDATOR = new Validator(Classifier.create());

  /**
   * A bank with cells a spreadsheet would run as formulas, quotes, commas, line breaks, a bad row.
   */
  private static final String BANK =
      """
      id,Description,expected_label,cargo,direction,=chapter,Notes
      f1,"Fluid, with ""solutes"", is taken in.",PINOCYTOSIS,FLUID,INTO_CELL,=1+1,+review
      f2,"-in two
      lines",PHAGOCYTOSIS,FLUID,INTO_CELL,@SUM(A1),-3
      f3,bad cargo,PINOCYTOSIS,GOO,,\t4,
      """;

  private static List<List<String>> rows(String csv) throws Exception {
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    try (MappingIterator<List<String>> it =
        mapper.readerForListOf(String.class).with(CsvSchema.emptySchema()).readValues(csv)) {
      return it.readAll();
    }
  }

  /** What the test reverses: the apostrophe SpreadsheetSafe puts before a formula-like cell. */
  private static String unescape(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
        ? cell.substring(1)
        : cell;
  }

  @Test
  void theReportKeepsEveryInputColumnAndRowAndAddsTheVerdictColumns(@TempDir Path dir)
      throws Exception {
    // given
    Path bank = Files.writeString(dir.resolve("bank.csv"), BANK);
    ValidationRun run =
        ValidationRun.of(BankReader.read(bank).records(), VALIDATOR, false, () -> {});
    // when
    String report = MixedBank.write(new CsvValidationReport(), run);
    // then every input cell is in the report, under its own column, in its own row
    List<List<String>> input = rows(BANK);
    List<List<String>> output = rows(report);
    assertThat(output).hasSameSizeAs(input);
    List<String> header = output.get(0).stream().map(CsvValidationReportTest::unescape).toList();
    assertThat(header)
        .containsExactly(
            "id",
            "Description",
            "expected_label",
            "cargo",
            "direction",
            "=chapter",
            "Notes",
            "verdict",
            "actual_label",
            "actual_status",
            "reason",
            "lint");
    for (int row = 0; row < input.size(); row++) {
      List<String> given = input.get(row);
      List<String> written =
          output.get(row).stream().map(CsvValidationReportTest::unescape).toList();
      assertThat(written.subList(0, given.size())).as("row %d", row).isEqualTo(given);
    }
    assertThat(output.subList(1, 4))
        .extracting(r -> r.get(7))
        .containsExactly("PASS", "WRONG_KEY", "INVALID");
    assertThat(output.get(2).get(10))
        .startsWith("The key says PHAGOCYTOSIS, but the rules conclude PINOCYTOSIS.");
  }

  @Test
  void cellsThatASpreadsheetWouldRunAsFormulasAreEscaped(@TempDir Path dir) throws Exception {
    // given
    Path bank = Files.writeString(dir.resolve("bank.csv"), BANK);
    ValidationRun run =
        ValidationRun.of(BankReader.read(bank).records(), VALIDATOR, false, () -> {});
    // when
    List<List<String>> output = rows(MixedBank.write(new CsvValidationReport(), run));
    // then
    assertThat(output.get(0).get(5)).isEqualTo("'=chapter");
    assertThat(output.get(1)).contains("'=1+1", "'+review");
    assertThat(output.get(2)).contains("'-in two\nlines", "'@SUM(A1)", "'-3");
    assertThat(output.get(3)).contains("'\t4");
    assertThat(output)
        .allSatisfy(
            row ->
                assertThat(row)
                    .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0));
  }

  @Test
  void theReportOfJsonScenariosIsItselfABankThatValidatesTheSame(@TempDir Path dir)
      throws Exception {
    // given the built-in scenarios, written out as a CSV report
    List<ValidationResult> first =
        ValidationRun.of(
                org.cytosis.validation.BankFiles.list(List.of(Path.of("testcases/phagocytosis")))
                    .stream()
                    .flatMap(f -> BankReader.read(f).records().stream())
                    .toList(),
                VALIDATOR,
                false,
                () -> {})
            .results();
    Path report = dir.resolve("report.csv");
    Files.writeString(
        report, MixedBank.write(new CsvValidationReport(), new ValidationRun(first, false)));
    // when the report is read back as a bank
    List<ValidationResult> again =
        ValidationRun.of(BankReader.read(report).records(), VALIDATOR, false, () -> {}).results();
    // then
    assertThat(again)
        .extracting(ValidationResult::id)
        .containsExactlyElementsOf(first.stream().map(ValidationResult::id).toList());
    assertThat(again).extracting(ValidationResult::verdict).containsOnly(ValidationVerdict.PASS);
  }
}
