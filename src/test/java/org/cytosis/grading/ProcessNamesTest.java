package org.cytosis.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cytosis.engine.Classifier;
import org.cytosis.model.Label;
import org.cytosis.text.TsvRows;
import org.junit.jupiter.api.Test;

class ProcessNamesTest {

  private static final Classifier CLASSIFIER = Classifier.create();
  private static final GradingRules RULES = GradingRules.builtIn(CLASSIFIER);

  private static NameReading read(String answer) {
    return RULES.names.read(answer, AnswerRecord.ANSWER, true);
  }

  @Test
  void everyNameOfTheVocabularyReadsAsItsOwnLabel() {
    List<TsvRows.Row> rows =
        RulesFiles.builtIn().table(ProcessNames.FILE, List.of("phrase", "label", "kind", "note"));
    assertThat(rows)
        .allSatisfy(
            row -> {
              NameReading reading = read(row.get("phrase"));
              assertThat(reading.label())
                  .as(row.source() + ":" + row.line() + " " + row.get("phrase"))
                  .isEqualTo(Label.valueOf(row.get("label")));
              assertThat(reading.how()).isIn(NameReading.How.EXACT, NameReading.How.SYNONYM);
            });
  }

  @Test
  void caseSpacingHyphensAndPluralsDoNotMatter() {
    assertThat(read("  RECEPTOR   Mediated-Endocytosis ").label())
        .isEqualTo(Label.RECEPTOR_MEDIATED_ENDOCYTOSIS);
    assertThat(read("exocytoses").label()).isEqualTo(Label.EXOCYTOSIS);
    assertThat(read("cells eating").how()).isEqualTo(NameReading.How.SYNONYM);
  }

  @Test
  void theAbbreviationRmeIsReceptorMediatedEndocytosisAndShortWordsAreNoNearMissOfIt() {
    assertThat(read("RME").label()).isEqualTo(Label.RECEPTOR_MEDIATED_ENDOCYTOSIS);
    assertThat(read("it is rme").label()).isEqualTo(Label.RECEPTOR_MEDIATED_ENDOCYTOSIS);
    assertThat(read("me").label()).isNull();
    assertThat(read("rye").label()).isNull();
  }

  @Test
  void aMisspellingWithinAFewEditsIsReadAndSaidToBeOne() {
    assertThat(read("phagocitosis"))
        .extracting(NameReading::label, NameReading::how)
        .containsExactly(Label.PHAGOCYTOSIS, NameReading.How.MISSPELLING);
    assertThat(read("Pinocitosis").label()).isEqualTo(Label.PINOCYTOSIS);
    assertThat(read("endocytosys"))
        .extracting(NameReading::label, NameReading::written)
        .containsExactly(Label.ENDOCYTOSIS, "endocytosys");
    assertThat(read("secrection").label()).isEqualTo(Label.EXOCYTOSIS);
    assertThat(read("a phagocyte").label()).as("a word the lexicon knows is no near miss").isNull();
  }

  @Test
  void aWordAsCloseToTwoNamesIsNotGuessed() {
    NameReading reading = read("ectocytosis");
    assertThat(reading.label()).isNull();
    assertThat(reading.how()).isEqualTo(NameReading.How.AMBIGUOUS);
    assertThat(reading.named()).containsExactly(Label.ENDOCYTOSIS, Label.EXOCYTOSIS);
  }

  @Test
  void severalProcessesAreOneOnlyWhenOneIsTheSubtypeOfTheOther() {
    assertThat(read("endocytosis, namely phagocytosis").label()).isEqualTo(Label.PHAGOCYTOSIS);
    assertThat(read("phagocytosis or pinocytosis").how()).isEqualTo(NameReading.How.SEVERAL);
    assertThat(read("endocytosis or exocytosis").named())
        .containsExactly(Label.ENDOCYTOSIS, Label.EXOCYTOSIS);
  }

  @Test
  void aDeniedNameIsNotWhatTheAnswerNames() {
    assertThat(read("not exocytosis but endocytosis").label()).isEqualTo(Label.ENDOCYTOSIS);
    assertThat(read("Not exocytosis").how()).isEqualTo(NameReading.How.NONE);
  }

  @Test
  void emptyDontKnowAndQuestionMarksNameNothing() {
    assertThat(List.of("", "   ", "I don't know", "?", "no idea"))
        .allSatisfy(
            answer -> assertThat(read(answer).how()).as(answer).isEqualTo(NameReading.How.NONE));
  }

  @Test
  void everyMisconceptionPhraseIsASignOfItsMisconception() {
    List<TsvRows.Row> rows =
        RulesFiles.builtIn().table(Misconceptions.PHRASES, List.of("phrase", "sign", "note"));
    assertThat(rows)
        .allSatisfy(
            row ->
                assertThat(
                        RULES.misconceptions.phraseSigns(
                            row.get("phrase").replace("...", "of the"), AnswerRecord.JUSTIFICATION))
                    .as(row.source() + ":" + row.line())
                    .contains(row.get("sign")));
    assertThat(
            RULES.misconceptions.phraseSigns(
                "It is the membrane, not the cell wall.", AnswerRecord.JUSTIFICATION))
        .as("a denied phrase is no sign")
        .isEmpty();
  }
}
