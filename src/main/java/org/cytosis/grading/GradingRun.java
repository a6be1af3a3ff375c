package org.cytosis.grading;

import java.util.List;
import java.util.Objects;

/**
 * What a grading run comes to once every answer is graded: the key and rubric it was graded with,
 * the class summary, and the agreement with a teacher's marks when they were given (else null). The
 * graded answers themselves are written as they come and not kept: see {@link ClassSummary.Tally}
 * and {@link Calibration.Scores} for what is kept of them.
 */
public record GradingRun(
    AnswerKey key, Rubric rubric, ClassSummary summary, Calibration calibration) {

  public GradingRun {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(summary, "summary must not be null");
  }

  public GradingRun withCalibration(Calibration found) {
    return new GradingRun(key, rubric, summary, found);
  }

  public boolean hasUnreadable() {
    return summary.unreadable() > 0;
  }

  /** {@return the keys taken from the rules' verdict, for the reports to say so} */
  public List<KeyEntry> keysFromRules() {
    return key.entries().stream().filter(KeyEntry::fromRules).toList();
  }
}
