package org.cytosis.grading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.cytosis.engine.Classifier;
import org.cytosis.grading.concept.ConceptQuestion;
import org.cytosis.grading.concept.QuestionReader;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.Classification;
import org.cytosis.model.Label;
import org.cytosis.model.Status;
import org.cytosis.scenario.Expected;
import org.cytosis.validation.BankRecord;

/**
 * The scenarios answers are graded against, each classified once when the key is built. The label
 * of a scenario is its key's label; a scenario whose key gives none is keyed by the rules' verdict
 * (and the reports say so). A scenario that cannot key anything (unreadable, an id given twice, no
 * label and no firm verdict) is kept as a problem: answers to it are UNREADABLE, with the reason.
 * Immutable and thread-safe.
 */
public final class AnswerKey {

  private final Map<String, KeyEntry> entries;
  private final Map<String, ConceptQuestion> questions;
  private final Map<String, String> problems;

  private AnswerKey(
      Map<String, KeyEntry> entries,
      Map<String, ConceptQuestion> questions,
      Map<String, String> problems) {
    this.entries = Collections.unmodifiableMap(entries);
    this.questions = Collections.unmodifiableMap(questions);
    this.problems = Collections.unmodifiableMap(problems);
  }

  /**
   * Keys the records of a bank (as read by {@code BankReader.readKey}), classifying each once.
   *
   * @param records the bank's records
   * @param classifier classifies each scenario once
   * @return the key
   */
  public static AnswerKey of(List<BankRecord> records, Classifier classifier) {
    return of(records, List.of(), classifier);
  }

  /**
   * Keys the scenarios of a bank and the concept questions of the same key files (as read by {@link
   * QuestionReader}): a record that is a question is keyed as the question, not as a scenario. A
   * question that cannot be read is a problem, as an unreadable scenario is.
   *
   * @param records the bank's records
   * @param found the concept questions read from the same files
   * @param classifier classifies each scenario once
   * @return the key
   */
  public static AnswerKey of(
      List<BankRecord> records, List<QuestionReader.Found> found, Classifier classifier) {
    Objects.requireNonNull(records, "records must not be null");
    Objects.requireNonNull(found, "found must not be null");
    Objects.requireNonNull(classifier, "classifier must not be null");
    Map<String, KeyEntry> entries = new LinkedHashMap<>();
    Map<String, ConceptQuestion> questions = new LinkedHashMap<>();
    Map<String, String> problems = new LinkedHashMap<>();
    Map<String, String> seenAt = new HashMap<>();
    java.util.Set<String> questionRecords = new java.util.HashSet<>();
    for (QuestionReader.Found q : found) {
      questionRecords.add(q.source() + ":" + q.line());
      String id = q.id() == null || q.id().isBlank() ? q.source() + ":" + q.line() : q.id().strip();
      String first = seenAt.putIfAbsent(id, q.source() + ":" + q.line());
      if (first != null) {
        questions.remove(id);
        problems.put(
            id,
            q.source()
                + ":"
                + q.line()
                + ": question id \""
                + id
                + "\" is given twice in the key (first at "
                + first
                + "), so its answers cannot be graded");
      } else if (q.error() != null) {
        problems.put(id, q.error().getMessage());
      } else {
        questions.put(id, q.question());
      }
    }
    for (BankRecord record : records) {
      if (questionRecords.contains(record.source() + ":" + record.line())) {
        continue; // read above as a question
      }
      String id = record.id();
      String first = seenAt.putIfAbsent(id, record.location());
      if (first != null) {
        entries.remove(id);
        questions.remove(id);
        problems.put(
            id,
            record.location()
                + ": scenario id \""
                + id
                + "\" is given twice in the key (first at "
                + first
                + "), so its answers cannot be graded");
        continue;
      }
      if (!record.isReadable()) {
        problems.put(id, record.error().getMessage());
        continue;
      }
      Classification scenario;
      try {
        scenario = classifier.classify(record.scenario().event());
      } catch (InvalidInputException refused) { // a description beyond what the reading takes
        problems.put(
            id,
            new InvalidInputException(
                    record.source(), record.line(), refused.field(), refused.problem())
                .getMessage());
        continue;
      }
      keyed(record, scenario)
          .ifPresentOrElse(
              entry -> entries.put(id, entry),
              () ->
                  problems.put(
                      id,
                      record.location()
                          + ": scenario \""
                          + id
                          + "\" "
                          + why(record.scenario().expected(), scenario)));
    }
    return new AnswerKey(entries, questions, problems);
  }

  private static Optional<KeyEntry> keyed(BankRecord record, Classification scenario) {
    Expected expected = record.scenario().expected();
    Label label = expected.label();
    boolean fromRules = false;
    if (label == null && expected.status() == Status.NOT_BULK_TRANSPORT) {
      label = Label.NOT_BULK_TRANSPORT;
    } else if (label == null && !expected.isGiven()) {
      fromRules = true;
      label =
          scenario.status() == Status.CLASSIFIED
              ? scenario.label()
              : scenario.status() == Status.NOT_BULK_TRANSPORT ? Label.NOT_BULK_TRANSPORT : null;
    }
    if (label == null) {
      return Optional.empty();
    }
    return Optional.of(new KeyEntry(record.id(), label, fromRules, scenario, record.location()));
  }

  private static String why(Expected expected, Classification scenario) {
    if (expected.isGiven()) {
      return "has the key "
          + expected.status()
          + " with no label, which names no process to grade"
          + " answers against";
    }
    return "has no key label, and the rules find it "
        + scenario.status()
        + ", so there is no answer to grade against: give it an expected_label";
  }

  /**
   * The key for a scenario id, if it has a usable one.
   *
   * @param scenarioId the id an answer names
   * @return its key entry, or empty
   */
  public Optional<KeyEntry> entry(String scenarioId) {
    return Optional.ofNullable(entries.get(scenarioId));
  }

  /**
   * The concept question of an id, if the key has a usable one.
   *
   * @param id the id an answer names
   * @return the question, or empty
   */
  public Optional<ConceptQuestion> question(String id) {
    return Optional.ofNullable(questions.get(id));
  }

  /** {@return every usable concept question, in key order} */
  public List<ConceptQuestion> questions() {
    return List.copyOf(questions.values());
  }

  /**
   * The most any answer can score: the rubric's maximum, or a question's when it is more.
   *
   * @param rubric the rubric marked with
   * @return the highest score possible
   */
  public double maxScore(Rubric rubric) {
    return questions.values().stream()
        .mapToDouble(ConceptQuestion::maxScore)
        .reduce(rubric.max(), Math::max);
  }

  /**
   * Why a scenario id in the key cannot be graded against, if it cannot.
   *
   * @param scenarioId a scenario id of the key
   * @return the reason, or empty when it can be graded against
   */
  public Optional<String> problem(String scenarioId) {
    return Optional.ofNullable(problems.get(scenarioId));
  }

  /** {@return every usable key, in key order} */
  public List<KeyEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** {@return one line per scenario of the key that cannot be graded against, in key order} */
  public List<String> problems() {
    return List.copyOf(problems.values());
  }

  /** The id of the key closest to one it lacks, for a "did you mean" (null when none is near). */
  String closestId(String id) {
    LevenshteinDistance near = new LevenshteinDistance(Math.max(2, id.length() / 4));
    List<String> ids = new ArrayList<>(entries.keySet());
    ids.addAll(questions.keySet());
    ids.addAll(problems.keySet());
    return ids.stream()
        .filter(candidate -> near.apply(id, candidate) >= 0)
        .min(
            Comparator.comparingInt((String candidate) -> near.apply(id, candidate))
                .thenComparing(Comparator.naturalOrder()))
        .orElse(null);
  }
}
