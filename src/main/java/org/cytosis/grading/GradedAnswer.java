package org.cytosis.grading;

import java.util.List;
import org.cytosis.model.Criterion;
import org.cytosis.model.Label;

/**
 * One graded answer, the contract's fields: the row itself ({@code answer}, with its columns),
 * {@code readAs} (the label the answer was read as, or null), {@code verdict}, {@code score} (null
 * for an UNREADABLE row), {@code maxScore}, {@code credited} (criteria stated correctly),
 * {@code misconceptions} (IDs of {@code rules/grading/misconceptions.tsv}) and {@code feedback}
 * (to the student); then how the name was read, the key it was graded against (null when the row
 * could not be), the contradictions found, and for an UNREADABLE row the reason.
 */
public record GradedAnswer(AnswerRecord answer, NameReading reading, GradeVerdict verdict,
    Double score, double maxScore, List<Criterion> credited, List<String> misconceptions,
    String feedback, KeyEntry key, List<String> contradictions, String reason) {

  public GradedAnswer {
    credited = List.copyOf(credited);
    misconceptions = List.copyOf(misconceptions);
    contradictions = List.copyOf(contradictions);
  }

  /** The label the answer was read as, or null. */
  public Label readAs() {
    return reading == null ? null : reading.label();
  }

  static GradedAnswer unreadable(AnswerRecord answer, double maxScore, String reason) {
    return new GradedAnswer(answer, null, GradeVerdict.UNREADABLE, null, maxScore, List.of(),
        List.of(), "This answer could not be graded: " + reason, null, List.of(), reason);
  }

  public boolean isGraded() {
    return verdict != GradeVerdict.UNREADABLE;
  }
}
