package org.cytosis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cytosis.explain.Explainer;
import org.cytosis.grading.AnswerKey;
import org.cytosis.grading.AnswerReader;
import org.cytosis.grading.AnswerRecord;
import org.cytosis.grading.ClassSummary;
import org.cytosis.grading.GradedAnswer;
import org.cytosis.grading.Grader;
import org.cytosis.grading.GradingRules;
import org.cytosis.grading.GradingRun;
import org.cytosis.grading.Rubric;
import org.cytosis.grading.report.CsvGradeReport;
import org.cytosis.grading.report.SummaryReport;
import org.cytosis.model.Cargo;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Direction;
import org.cytosis.model.Explanation;
import org.cytosis.model.JustificationNode;
import org.cytosis.output.InputSurvey;
import org.cytosis.output.ReportSink;
import org.cytosis.report.MermaidReport;
import org.cytosis.validation.BankReader;
import org.cytosis.validation.ValidationResult;
import org.cytosis.validation.ValidationRun;
import org.cytosis.validation.Validator;
import org.cytosis.validation.report.CsvValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The page in a real browser (headless Chromium), used as a teacher would: type a scenario and read
 * the verdict; upload a file and read the table. What it shows is held to what the library
 * concludes for the same input. Screenshots go to {@code target/screenshots/}, or to the folder
 * named by {@code -Dscreenshots=docs} (how the README's are made).
 */
@Tag("heavy") // .ci/run only: drives a headless browser
class PageBrowserTest extends LiveServerTest {

  private static final Path SCREENSHOTS =
      Path.of(System.getProperty("screenshots", "target/screenshots"));

  private HeadlessChromium chromium;

  @BeforeAll
  void startChromium() throws Exception {
    String missing = HeadlessChromium.missing();
    if (missing != null && !HeadlessChromium.required()) {
      System.err.println(
          "PageBrowserTest skipped: "
              + missing
              + "; .ci/run installs them and sets -D"
              + HeadlessChromium.REQUIRED
              + "=true, under which this fails instead");
      Assumptions.abort("no browser: " + missing);
    }
    chromium = HeadlessChromium.start();
  }

  @AfterAll
  void stopChromium() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void aTypedScenarioShowsTheVerdictLineageGoTermAndTheWordsReadAsEvidence() throws Exception {
    // given
    String scenario = "A neutrophil engulfs a bacterium and encloses it in a phagosome.";
    Classification expected =
        new Explainer(classifier).explain(CellEvent.builder().description(scenario).build());
    openPage();
    // when
    type(By.id("description"), scenario);
    chromium.driver.findElement(By.id("classify-button")).click();
    // then: the page opens with the command line's short answer, the rest folded below it
    WebElement result =
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    chromium.waiting().until(d -> !text("short-answer").isEmpty());
    assertThat(text("short-answer"))
        .isEqualTo(CommandLineRun.of("", "classify", "--text", scenario).out().strip());
    assertThat(chromium.driver.findElement(By.id("findings")).isDisplayed()).isFalse();
    chromium.screenshot(SCREENSHOTS.resolve("screenshot.png"));
    // when
    chromium.driver.findElement(By.cssSelector("#more > summary")).click();
    // then
    assertThat(text("verdict-code")).isEqualTo(expected.label().name());
    assertThat(text("verdict-status")).isEqualTo(expected.status().name());
    assertThat(text("lineage"))
        .isEqualTo(String.join(" › ", expected.lineage().stream().map(Enum::name).toList()));
    assertThat(text("go-term")).isEqualTo(expected.goTerm());
    assertThat(text("confidence"))
        .isEqualTo(String.format(java.util.Locale.ROOT, "%.3f", expected.confidence()));
    List<String> marked =
        result.findElements(By.cssSelector("#marked-text mark")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(marked)
        .containsExactlyElementsOf(
            expected.findings().stream()
                .filter(f -> f.evidence().start() != null)
                .sorted(java.util.Comparator.comparing(f -> f.evidence().start()))
                .map(f -> f.evidence().text())
                .distinct()
                .toList());
    assertThat(result.findElements(By.cssSelector("#findings tbody tr")))
        .hasSize(expected.findings().size());
  }

  @Test
  void theExplanationShowsAsADiagramAndATreeWithWhyNotAndWhatIf() throws Exception {
    // given
    CellEvent event =
        CellEvent.builder()
            .id("ldl")
            .direction(Direction.INTO_CELL)
            .cargo(Cargo.RECEPTOR_BOUND_LIGAND)
            .build();
    Explanation expected = new Explainer(classifier).explain(event).explanation();
    openPage();
    chromium.driver.findElement(By.cssSelector("#structured summary")).click();
    type(By.id("field-id"), "ldl");
    new Select(chromium.driver.findElement(By.id("field-direction"))).selectByValue("INTO_CELL");
    new Select(chromium.driver.findElement(By.id("field-cargo")))
        .selectByValue("RECEPTOR_BOUND_LIGAND");
    // when
    chromium.driver.findElement(By.id("classify-button")).click();
    chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    chromium.driver.findElement(By.cssSelector("#more > summary")).click();
    chromium
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("explanation-section")));
    // then: the diagram has a box per step of the justification graph, the verdict's on the right
    List<WebElement> boxes = chromium.driver.findElements(By.cssSelector("#how-diagram svg g.box"));
    assertThat(boxes).hasSize(countNodes(expected.how()));
    assertThat(
            chromium
                .driver
                .findElement(By.cssSelector("#how-diagram g.kind-verdict title"))
                .getAttribute("textContent"))
        .startsWith(expected.how().statement());
    assertThat(cells("why-not", 0, 1))
        .isEqualTo(
            expected.whyNot().stream().map(w -> w.label().name() + " " + w.summary()).toList());
    assertThat(
            chromium.driver.findElements(By.cssSelector("#what-if li")).stream()
                .map(WebElement::getText)
                .toList())
        .isEqualTo(expected.counterfactuals().stream().map(c -> c.summary()).toList());
    chromium.driver.executeScript(
        "document.getElementById('explanation-section').scrollIntoView()");
    chromium.screenshot(SCREENSHOTS.resolve("screenshot-explanation.png"));

    // when: the tree instead of the diagram
    chromium.driver.findElement(By.cssSelector("#how-views [data-view='how-tree']")).click();
    // then
    assertThat(chromium.driver.findElement(By.id("how-diagram")).isDisplayed()).isFalse();
    assertThat(chromium.driver.findElements(By.cssSelector("#how-tree .how-node")))
        .hasSize(countNodes(expected.how()));
    assertThat(
            chromium.driver.findElement(By.cssSelector("#how-tree .how-node .statement")).getText())
        .isEqualTo(expected.how().statement());

    // when: the diagram's Mermaid source is downloaded
    chromium.driver.findElement(By.id("download-mermaid")).click();
    // then
    assertThat(Files.readString(chromium.downloaded("ldl.mmd")))
        .isEqualTo(MermaidReport.render(new Explainer(classifier).explain(event)) + "\n");
  }

  @Test
  void structuredFieldsChosenFromTheListsAreClassifiedToo() {
    // given
    CellEvent event = CellEvent.builder().direction(Direction.INTO_CELL).cargo(Cargo.FLUID).build();
    Classification expected = classifier.classify(event);
    openPage();
    chromium.driver.findElement(By.cssSelector("#structured summary")).click();
    // when
    new Select(chromium.driver.findElement(By.id("field-direction"))).selectByValue("INTO_CELL");
    new Select(chromium.driver.findElement(By.id("field-cargo"))).selectByValue("FLUID");
    chromium.driver.findElement(By.id("classify-button")).click();
    // then
    chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
    chromium.waiting().until(d -> !text("short-answer").isEmpty());
    assertThat(text("short-answer")).startsWith("event: Pinocytosis, a kind of endocytosis");
    chromium.driver.findElement(By.cssSelector("#more > summary")).click();
    assertThat(text("verdict-code")).isEqualTo(expected.label().name());
    assertThat(chromium.driver.findElement(By.id("text-section")).isDisplayed()).isFalse();
  }

  @Test
  void anUploadedBankShowsOneRowPerScenarioWithTheValidatorsVerdicts() throws Exception {
    // given
    Path bank = Path.of("testcases-banks/mixed-bank.csv").toAbsolutePath();
    ValidationRun expected =
        ValidationRun.of(
            BankReader.read(bank).records(), new Validator(classifier), false, () -> {});
    openPage();
    chromium.driver.findElement(By.id("tab-bank")).click();
    // when
    chromium.driver.findElement(By.id("bank-file")).sendKeys(bank.toString());
    chromium.driver.findElement(By.id("bank-button")).click();
    // then
    chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bank-result")));
    List<WebElement> rows = chromium.driver.findElements(By.cssSelector("#bank-table tbody tr"));
    assertThat(rows.stream().map(r -> r.findElements(By.tagName("td")).get(1).getText()).toList())
        .isEqualTo(expected.results().stream().map(ValidationResult::id).toList());
    assertThat(rows.stream().map(r -> r.findElements(By.tagName("td")).get(0).getText()).toList())
        .isEqualTo(expected.results().stream().map(r -> r.verdict().name()).toList());
    assertThat(text("bank-summary")).isEqualTo(expected.summary());
    chromium.screenshot(SCREENSHOTS.resolve("screenshot-bank.png"));
  }

  @Test
  void aFileTheServerRefusesShowsItsMessageOnThePage(@TempDir Path dir) throws Exception {
    // given
    Path empty = Files.writeString(dir.resolve("empty-bank.csv"), "id,expected_label\n");
    openPage();
    chromium.driver.findElement(By.id("tab-bank")).click();
    // when
    chromium.driver.findElement(By.id("bank-file")).sendKeys(empty.toString());
    chromium.driver.findElement(By.id("bank-button")).click();
    // then
    chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bank-error")));
    assertThat(text("bank-error")).isEqualTo("empty-bank.csv: holds no scenarios");
    assertThat(chromium.driver.findElement(By.id("bank-result")).isDisplayed()).isFalse();
  }

  @Test
  void theBankReportDownloadsAsTheCommandLinesCsv() throws Exception {
    // given
    Path bank = Path.of("testcases-banks/mixed-bank.csv").toAbsolutePath();
    StringWriter expected = new StringWriter();
    new CsvValidationReport()
        .write(
            ValidationRun.of(
                BankReader.read("mixed-bank.csv", Files.newBufferedReader(bank), true).records(),
                new Validator(classifier),
                false,
                () -> {}),
            expected);
    openPage();
    chromium.driver.findElement(By.id("tab-bank")).click();
    chromium.driver.findElement(By.id("bank-file")).sendKeys(bank.toString());
    chromium.driver.findElement(By.id("bank-button")).click();
    chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.id("bank-download")));
    // when
    chromium.driver.findElement(By.id("bank-download")).click();
    // then
    assertThat(Files.readString(chromium.downloaded("validation.csv")))
        .isEqualTo(expected.toString());
  }

  @Test
  void uploadedAnswersShowTheGradedTableAndTheClassSummaryAndTheReportDownloads() throws Exception {
    // given
    Path key = Path.of("testcases-grading/key.csv").toAbsolutePath();
    Path answers = Path.of("testcases-grading/sample-answers.csv").toAbsolutePath();
    AnswerKey answerKey = AnswerKey.of(BankReader.readKey(key).records(), classifier);
    Grader grader = Grader.create(GradingRules.builtIn(classifier), answerKey, Rubric.defaults());
    List<AnswerRecord> rows =
        AnswerReader.read("sample-answers.csv", Files.newBufferedReader(answers), true);
    List<GradedAnswer> graded = grader.gradeAll(rows);
    GradingRun expected =
        new GradingRun(answerKey, Rubric.defaults(), ClassSummary.of(graded, answerKey), null);
    openPage();
    chromium.driver.findElement(By.id("tab-grade")).click();
    // when
    chromium.driver.findElement(By.id("key-file")).sendKeys(key.toString());
    chromium.driver.findElement(By.id("answers-file")).sendKeys(answers.toString());
    chromium.driver.findElement(By.id("grade-button")).click();
    // then: a row per answer with the grader's verdict and score
    chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("grade-result")));
    assertThat(cells("grade-table", 0, 1, 3, 4))
        .isEqualTo(
            graded.stream()
                .map(
                    g ->
                        g.answer().studentId()
                            + " "
                            + g.answer().scenarioId()
                            + " "
                            + g.verdict()
                            + " "
                            + plain(g.score())
                            + "/"
                            + plain(g.maxScore()))
                .toList());
    assertThat(text("grade-summary")).isEqualTo(SummaryReport.countsLine(expected));
    assertThat(cells("grade-scenarios", 0, 2))
        .isEqualTo(
            expected.summary().scenarios().stream()
                .map(st -> st.scenarioId() + " " + st.answers())
                .toList());
    assertThat(cells("grade-students", 0, 3))
        .isEqualTo(
            expected.summary().students().stream()
                .map(st -> st.studentId() + " " + st.correct())
                .toList());
    chromium.screenshot(SCREENSHOTS.resolve("screenshot-grade.png"));

    // when
    chromium.driver.findElement(By.id("grade-download")).click();
    // then
    StringWriter report = new StringWriter();
    InputSurvey survey = new InputSurvey();
    rows.forEach(row -> survey.add(row.columns().keySet()));
    try (ReportSink<GradedAnswer, ?, GradingRun> sink = new CsvGradeReport().open(report, survey)) {
      sink.finish(grader.gradeInto(rows.stream(), sink, g -> {}));
    }
    assertThat(Files.readString(chromium.downloaded("grades.csv"))).isEqualTo(report.toString());
  }

  @Test
  void aConceptQuestionShowsEachAnswersScoreAndWhatTheClassNamedAndDescribed() throws Exception {
    // given
    Path key = Path.of("testcases-grading/concepts/key.json").toAbsolutePath();
    Path answers = Path.of("testcases-grading/concepts/answers.csv").toAbsolutePath();
    openPage();
    chromium.driver.findElement(By.id("tab-grade")).click();
    // when
    chromium.driver.findElement(By.id("key-file")).sendKeys(key.toString());
    chromium.driver.findElement(By.id("answers-file")).sendKeys(answers.toString());
    chromium.driver.findElement(By.id("grade-button")).click();
    // then
    chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("grade-result")));
    assertThat(cells("grade-table", 0, 3, 4).get(0)).isEqualTo("c01 CORRECT 3/3");
    assertThat(text("grade-questions"))
        .contains("Class summary: question membrane-processes", "68 answers");
    assertThat(chromium.driver.findElements(By.cssSelector("#grade-questions tbody tr")))
        .hasSize(14);
  }

  /** Some cells of each row of a table's body, joined by spaces. */
  private List<String> cells(String table, int... columns) {
    return chromium.driver.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
        .map(
            r -> {
              List<WebElement> tds = r.findElements(By.tagName("td"));
              return java.util.Arrays.stream(columns)
                  .mapToObj(c -> tds.get(c).getText())
                  .collect(java.util.stream.Collectors.joining(" "));
            })
        .toList();
  }

  /** 5.0 as "5", 2.5 as "2.5": as a browser prints a JSON number. */
  private static String plain(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private static int countNodes(JustificationNode node) {
    return 1 + node.because().stream().mapToInt(PageBrowserTest::countNodes).sum();
  }

  private void openPage() {
    chromium.driver.get(server.url());
    chromium
        .waiting()
        .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
  }

  private void type(By field, String text) {
    WebElement element = chromium.driver.findElement(field);
    element.clear();
    element.sendKeys(text);
  }

  private String text(String id) {
    return chromium.driver.findElement(By.id(id)).getText();
  }
}
