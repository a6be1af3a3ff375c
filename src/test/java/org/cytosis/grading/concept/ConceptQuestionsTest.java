package org.cytosis.grading.concept;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cytosis.engine.Classifier;
import org.cytosis.grading.Agreement;
import org.cytosis.grading.AnswerKey;
import org.cytosis.grading.AnswerReader;
import org.cytosis.grading.AnswerRecord;
import org.cytosis.grading.GradeVerdict;
import org.cytosis.grading.GradedAnswer;
import org.cytosis.grading.Grader;
import org.cytosis.grading.GradingRules;
import org.cytosis.grading.Rubric;
import org.cytosis.io.Utf8Input;
import org.cytosis.validation.BankReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Answers to a list-and-describe question, graded end to end through the key, the grader and the
 * concept tables: what earns a point, what is a misconception, how answers are read.
 */
class ConceptQuestionsTest {

  static final Path DIR = Path.of("testcases-grading", "concepts");
  private static final String KEY =
      """
      {"id": "q", "prompt": "List and describe three processes.", "maxScore": 3,
       "elements": [{"id": "diffusion", "concept": "DIFFUSION"}, {"id": "osmosis", "concept": "OSMOSIS"},
         {"id": "active", "concept": "active transport"}, {"id": "passive", "concept": "PASSIVE_TRANSPORT"},
         {"id": "exo", "concept": "EXOCYTOSIS"}, {"id": "endo", "concept": "ENDOCYTOSIS"},
         {"id": "pump", "concept": "PUMP", "points": 2}]}
      """;

  private static Classifier classifier;
  private static GradingRules rules;
  private static Grader grader;

  @BeforeAll
  static void build() {
    classifier = Classifier.create();
    rules = GradingRules.builtIn(classifier);
    grader = grader(KEY);
  }

  private static Grader grader(String json) {
    List<QuestionReader.Found> found = QuestionReader.read("key.json", new StringReader(json));
    AnswerKey key =
        AnswerKey.of(
            BankReader.readKey("key.json", new StringReader(json), false).records(),
            found,
            classifier);
    return Grader.create(rules, key, Rubric.defaults());
  }

  private static GradedAnswer grade(String answer) {
    return grader.grade(AnswerRecord.of("s", "q", answer, null));
  }

  private static List<String> credited(GradedAnswer g) {
    return g.concepts().credited().stream().map(ConceptMarks.Credit::concept).toList();
  }

  @Test
  void theTestClassAgreesWithItsTeacherAtAQuadraticWeightedKappaOfAtLeast085() throws Exception {
    List<QuestionReader.Found> found;
    try (var reader = Utf8Input.open(DIR.resolve("key.json"))) {
      found = QuestionReader.read("key.json", reader);
    }
    AnswerKey key =
        AnswerKey.of(BankReader.readKey(DIR.resolve("key.json")).records(), found, classifier);
    Grader classGrader = Grader.create(rules, key, Rubric.defaults());
    List<GradedAnswer> graded = classGrader.gradeAll(AnswerReader.read(DIR.resolve("answers.csv")));
    Map<String, Double> marks =
        Files.readAllLines(DIR.resolve("teacher-marks.csv")).stream()
            .skip(1)
            .map(line -> line.split(","))
            .collect(Collectors.toMap(cells -> cells[0], cells -> Double.parseDouble(cells[2])));
    List<Agreement.Pair> pairs = new ArrayList<>();
    graded.forEach(
        g -> pairs.add(new Agreement.Pair(marks.get(g.answer().studentId()), g.score())));

    Agreement agreement = Agreement.of(pairs);

    assertThat(graded).hasSizeGreaterThanOrEqualTo(60).allMatch(GradedAnswer::isGraded);
    assertThat(agreement.kappa()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void aListWithLostLineBreaksEarnsAPointForEachProcessNamedAndDescribed() {
    GradedAnswer g =
        grade(
            "Diffusion- moves from high to low concentration without energyActive "
                + "transport- uses energy to move against the gradientOsmosis- diffusion of water");

    assertThat(credited(g)).containsExactlyInAnyOrder("DIFFUSION", "ACTIVE_TRANSPORT", "OSMOSIS");
    assertThat(g.verdict()).isEqualTo(GradeVerdict.CORRECT);
    assertThat(g.score()).isEqualTo(3.0);
    assertThat(g.misconceptions()).isEmpty();
  }

  @Test
  void aNotInOneItemDoesNotDenyTheNext() {
    GradedAnswer g = grade("1. Diffusion does not need energy 2. Active transport uses energy");

    assertThat(credited(g)).containsExactly("DIFFUSION", "ACTIVE_TRANSPORT");
    assertThat(g.misconceptions()).isEmpty();
  }

  @Test
  void misspelledNamesAreReadAsTheProcess() {
    GradedAnswer g =
        grade(
            "difusion: high to low. osmosos: water moves across. exocitosis: "
                + "vesicles release things out of the cell");

    assertThat(credited(g)).containsExactly("DIFFUSION", "OSMOSIS", "EXOCYTOSIS");
  }

  @Test
  void aNameDescribedInTheNextSentenceEarnsItsPoint() {
    GradedAnswer g = grade("Osmosis. This is when water moves across the membrane.");

    assertThat(credited(g)).containsExactly("OSMOSIS");
    assertThat(g.concepts().credited().get(0).described()).containsExactly("water");
    assertThat(g.verdict()).isEqualTo(GradeVerdict.PARTIALLY_CORRECT);
  }

  @Test
  void wrongDescriptionsAreMisconceptionsAndEarnNothing() {
    GradedAnswer g =
        grade(
            "Osmosis is the movement of salt. Active transport happens without "
                + "energy. Endocytosis moves things out of the cell.");

    assertThat(g.score()).isZero();
    assertThat(g.verdict()).isEqualTo(GradeVerdict.INCORRECT);
    assertThat(g.misconceptions())
        .containsExactly("osmosis-moves-solute", "active-without-energy", "endocytosis-out");
    assertThat(g.feedback())
        .contains(
            "Osmosis is the movement of water",
            "Active transport is the kind that needs energy",
            "Endocytosis brings material into the cell");
  }

  @Test
  void processesNamedWithoutADescriptionEarnNothingAndTheFeedbackSaysWhatTheyAre() {
    GradedAnswer g = grade("osmosis, diffusion and active transport");

    assertThat(g.score()).isZero();
    assertThat(g.verdict()).isEqualTo(GradeVerdict.INCORRECT);
    assertThat(g.concepts().namedOnly())
        .containsExactly("OSMOSIS", "DIFFUSION", "ACTIVE_TRANSPORT");
    assertThat(g.feedback())
        .contains(
            "You named osmosis but did not say what it does: osmosis is"
                + " the movement of water");
  }

  @Test
  void feedbackUsesNoEnumNamesOrCatalogueIds() {
    for (String answer :
        List.of(
            "osmosis",
            "Osmosis is the movement of salt",
            "I don't know",
            "Diffusion: high to low")) {
      assertThat(grade(answer).feedback())
          .doesNotContainPattern("[A-Z]{2,}_[A-Z]")
          .doesNotContainPattern("\\b(MT|KD|PH|PI|EN|SP)-\\d")
          .doesNotContain("-moves-");
    }
  }

  @Test
  void noProcessNamedIsANonAnswer() {
    assertThat(grade("I don't know").verdict()).isEqualTo(GradeVerdict.NON_ANSWER);
    assertThat(grade("things go into the cell and out of the cell").verdict())
        .isEqualTo(GradeVerdict.NON_ANSWER);
  }

  @Test
  void theScoreIsCappedAtTheMaximumAndAnElementMayBeWorthSeveralPoints() {
    GradedAnswer four =
        grade(
            "Diffusion - high to low. Osmosis - water. Active transport - uses "
                + "ATP. Exocytosis - releases out of the cell.");
    GradedAnswer pump = grade("The sodium-potassium pump uses ATP.");

    assertThat(four.concepts().credited()).hasSize(4);
    assertThat(four.score()).isEqualTo(3.0);
    assertThat(pump.score()).isEqualTo(2.0);
  }

  @Test
  void anAnswerOverFiveThousandCharactersIsGradedOnItsFirstFiveThousandWithANote() {
    String answer = "Osmosis - water. " + "x".repeat(6_000) + " Diffusion - high to low.";

    GradedAnswer g = grade(answer);

    assertThat(credited(g)).containsExactly("OSMOSIS");
    assertThat(g.concepts().notes()).singleElement().asString().contains("first 5,000");
    assertThat(g.feedback()).contains("only its first 5,000 were graded");
  }

  @Test
  void aBadQuestionIsOneErrorNamingFileLineAndFieldAndTheOthersAreStillGraded() {
    String json =
        """
        {"id": "good", "maxScore": 1, "elements": [{"concept": "OSMOSIS"}]}
        {"id": "typo", "maxScore": 1, "elements": [{"concept": "OSMOSSIS"}]}
        {"id": "none", "maxScore": 1, "elements": []}
        {"id": "zero", "maxScore": 0, "elements": [{"concept": "OSMOSIS"}]}
        """;
    Grader g = grader(json);

    assertThat(g.key().problems())
        .containsExactly(
            "key.json:2: field \"elements[1].concept\" \"OSMOSSIS\" is not a concept (did you mean"
                + " OSMOSIS?); allowed: "
                + String.join(", ", Concepts.all()),
            "key.json:3: field \"elements\" is empty: a question needs at least one element, each"
                + " naming a concept",
            "key.json:4: field \"maxScore\" is 0; a question must be worth more than 0 points");
    assertThat(g.grade(AnswerRecord.of("s", "good", "Osmosis: water moves", null)).score())
        .isEqualTo(1.0);
    GradedAnswer toBad = g.grade(AnswerRecord.of("s", "typo", "Osmosis: water moves", null));
    assertThat(toBad.verdict()).isEqualTo(GradeVerdict.UNREADABLE);
    assertThat(toBad.reason()).startsWith("key.json:2: field \"elements[1].concept\"");
    GradedAnswer unknown = g.grade(AnswerRecord.of("s", "goood", "Osmosis: water", null));
    assertThat(unknown.verdict()).isEqualTo(GradeVerdict.UNREADABLE);
    assertThat(unknown.reason())
        .contains("scenario_id \"goood\" is not in the key", "did you mean \"good\"");
  }

  @Test
  void aKeyMayMixScenariosAndQuestions() {
    String json =
        """
        {"title": "t", "event": {"id": "neutrophil", "description": "A neutrophil engulfs a bacterium."}, "expected": {"label": "PHAGOCYTOSIS", "status": "CLASSIFIED"}}
        {"id": "q", "maxScore": 1, "elements": [{"concept": "OSMOSIS"}]}
        """;
    Grader g = grader(json);

    assertThat(g.key().problems()).isEmpty();
    assertThat(g.grade(AnswerRecord.of("s", "neutrophil", "phagocytosis", null)).verdict())
        .isEqualTo(GradeVerdict.CORRECT);
    assertThat(g.grade(AnswerRecord.of("s", "q", "osmosis: water", null)).verdict())
        .isEqualTo(GradeVerdict.CORRECT);
  }

  @Test
  void theLibraryExampleOfTheDocsScoresAsTheDocsSay() {
    GradedAnswer g =
        grade("Osmosis - water moves across the membrane. Active transport - uses ATP.");

    assertThat(g.score()).isEqualTo(2.0);
    assertThat(g.concepts().credited())
        .extracting(ConceptMarks.Credit::named, c -> c.described().get(0))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Osmosis", "water"),
            org.assertj.core.groups.Tuple.tuple("Active transport", "ATP"));
  }

  @Test
  void aBadRowOfTheConceptTablesIsAnErrorNamingFileLineAndColumn(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path tables = Files.createDirectories(dir.resolve("grading").resolve("concepts"));
    for (String file : List.of("concepts.tsv", "names.tsv", "cues.tsv", "descriptions.tsv")) {
      Files.copy(Path.of("rules", "grading", "concepts", file), tables.resolve(file));
    }
    Files.writeString(
        tables.resolve("descriptions.tsv"),
        "osmosis-heat\tOSMOSIS\tcorrect\tHEAT\t\t\tMT-4\t\n",
        java.nio.file.StandardOpenOption.APPEND);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                ConceptRules.fromRulesDirectory(
                    dir, classifier.textReader(), classifier.catalogue()))
        .isInstanceOf(org.cytosis.io.InvalidInputException.class)
        .hasMessageMatching(
            ".*descriptions\\.tsv:\\d+: field \"states\" names the cue HEAT, which"
                + " cues\\.tsv does not have");
  }
}
