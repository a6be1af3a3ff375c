package org.cytosis.grading;

import java.util.List;
import org.cytosis.grading.concept.ConceptMarks;
import org.cytosis.model.Criterion;
import org.cytosis.model.Label;

/**
 * One graded answer, the contract's fields: the row itself ({@code answer}, with its columns),
 * {@code readAs} (the label the answer was read as, or null), {@code verdict}, {@code score} (null
 * for an UNREADABLE row), {@code maxScore}, {@code credited} (criteria stated correctly), {@code
 * misconceptions} (IDs of {@code rules/grading/misconceptions.tsv}) and {@code feedback} (to the
 * student); then how the name was read, the key it was graded against (null when the row could not
 * be), the contradictions found, and for an UNREADABLE row the reason. An answer to a concept
 * question has no reading, key entry or criteria credited: its {@code concepts} (else null) say
 * what it earned, and {@code misconceptions} holds the IDs of the wrong descriptions.
 */
public record GradedAnswer(
    AnswerRecord answer,
    NameReading reading,
    GradeVerdict verdict,
    Double score,
    double maxScore,
    List<Criterion> credited,
    List<String> misconceptions,
    String feedback,
    KeyEntry key,
    List<String> contradictions,
    String reason,
    ConceptMarks concepts) {

  /**
   * A graded answer to a scenario (no concept marks).
   *
   * @param answer the row
   * @param reading how the name was read, or null
   * @param verdict the grade's verdict
   * @param score the score, or null for an UNREADABLE row
   * @param maxScore the most the answer could score
   * @param credited the criteria stated correctly
   * @param misconceptions the IDs of the misconceptions found
   * @param feedback the feedback to the student
   * @param key the key entry graded against, or null
   * @param contradictions the contradictions found
   * @param reason why an UNREADABLE row could not be graded, or null
   */
  public GradedAnswer(
      AnswerRecord answer,
      NameReading reading,
      GradeVerdict verdict,
      Double score,
      double maxScore,
      List<Criterion> credited,
      List<String> misconceptions,
      String feedback,
      KeyEntry key,
      List<String> contradictions,
      String reason) {
    this(
        answer,
        reading,
        verdict,
        score,
        maxScore,
        credited,
        misconceptions,
        feedback,
        key,
        contradictions,
        reason,
        null);
  }

  /** {@return whether the answer was graded against a concept question} */
  public boolean isConceptAnswer() {
    return concepts != null;
  }

  /** {@return the id of the scenario or question the answer was graded against, or null} */
  public String keyId() {
    return concepts != null ? concepts.question().id() : key == null ? null : key.scenarioId();
  }

  /**
   * A graded answer, with its own copies of the lists.
   *
   * @param answer the row
   * @param reading how the name was read, or null
   * @param verdict the grade's verdict
   * @param score the score, or null for an UNREADABLE row
   * @param maxScore the most the answer could score
   * @param credited the criteria stated correctly
   * @param misconceptions the IDs of the misconceptions (or wrong descriptions) found
   * @param feedback the feedback to the student
   * @param key the key entry graded against, or null
   * @param contradictions the contradictions found
   * @param reason why an UNREADABLE row could not be graded, or null
   * @param concepts what a concept answer earned, or null
   */
  public GradedAnswer {
    credited = List.copyOf(credited);
    misconceptions = List.copyOf(misconceptions);
    contradictions = List.copyOf(contradictions);
  }

  /** {@return the label the answer was read as, or null} */
  public Label readAs() {
    return reading == null ? null : reading.label();
  }

  static GradedAnswer unreadable(AnswerRecord answer, double maxScore, String reason) {
    return new GradedAnswer(
        answer,
        null,
        GradeVerdict.UNREADABLE,
        null,
        maxScore,
        List.of(),
        List.of(),
        "This answer could not be graded: " + reason,
        null,
        List.of(),
        reason);
  }

  /** {@return whether the answer was graded (it is not UNREADABLE)} */
  public boolean isGraded() {

    return verdict != GradeVerdict.UNREADABLE;
  }
}
