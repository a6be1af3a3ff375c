package org.cytosis.grading;

import java.util.List;
import java.util.Objects;

/**
 * The graded answers of one run, in input order, one per input row, with the key they were graded
 * against, the class summary, and the agreement with a teacher's marks when they were given.
 */
public record GradingRun(List<GradedAnswer> results, AnswerKey key, Rubric rubric,
    ClassSummary summary, Calibration calibration) {

  public GradingRun {
    results = List.copyOf(results);
    Objects.requireNonNull(key, "key must not be null");
  }

  public static GradingRun of(Grader grader, List<AnswerRecord> answers) {
    List<GradedAnswer> results = grader.gradeAll(answers);
    return new GradingRun(results, grader.key(), grader.rubric(),
        ClassSummary.of(results, grader.key()), null);
  }

  public GradingRun withCalibration(Calibration found) {
    return new GradingRun(results, key, rubric, summary, found);
  }

  public boolean hasUnreadable() {
    return summary.unreadable() > 0;
  }

  /** The keys taken from the rules' verdict, for the reports to say so. */
  public List<KeyEntry> keysFromRules() {
    return key.entries().stream().filter(KeyEntry::fromRules).toList();
  }
}
