package org.cytosis.grading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cytosis.model.Label;

/**
 * What a class got right and wrong. Per scenario: how many answered, the facility (the share of its
 * graded answers that are CORRECT), the discrimination index, the mean score, and the most common
 * wrong answers and misconceptions. Per student: answers, total score and the most it could have
 * been. UNREADABLE rows count in {@code unreadable} only.
 *
 * <p>The discrimination index of a scenario is Kelley's upper-lower index on the share correct:
 * students are ranked by total score (ties by student id), the top and bottom 27% (rounded, at
 * least one student each, from two students up) form the upper and lower groups, and the index is
 * the share of the upper group's answers to the scenario that are CORRECT minus the lower group's.
 * It runs from -1 to 1; it is null with fewer than two students, or when either group did not
 * answer the scenario.
 */
public record ClassSummary(
    int answers,
    int unreadable,
    Map<GradeVerdict, Integer> verdicts,
    List<ScenarioStats> scenarios,
    List<StudentTotal> students,
    List<QuestionStats> questions) {

  /** The share of students in each of the upper and lower groups. */
  public static final double GROUP_SHARE = 0.27;

  /** How many wrong answers and misconceptions a scenario lists. */
  static final int MOST_COMMON = 3;

  /** A name and how often it was seen. */
  public record Count(String name, int count) {}

  /**
   * @param facility null when the scenario has no graded answer
   * @param discrimination null when it cannot be computed (see the class comment)
   */
  public record ScenarioStats(
      String scenarioId,
      Label key,
      boolean keyFromRules,
      int answers,
      int correct,
      Double facility,
      Double discrimination,
      Double meanScore,
      List<Count> wrongAnswers,
      List<Count> misconceptions) {}

  public record StudentTotal(
      String studentId, int answers, double total, double maxTotal, int correct) {}

  /**
   * A concept question: how many answered, their mean score and how many earned full marks, and per
   * element how many answers named it, how many named and described it correctly, and the most
   * common wrong descriptions (misconception IDs of {@code
   * rules/grading/concepts/descriptions.tsv}).
   */
  public record QuestionStats(
      String questionId,
      double maxScore,
      int answers,
      int fullMarks,
      Double meanScore,
      List<ElementStats> elements) {}

  public record ElementStats(
      String element, String concept, int named, int described, List<Count> wrongDescriptions) {}

  public ClassSummary {
    verdicts = Map.copyOf(verdicts);
    scenarios = List.copyOf(scenarios);
    students = List.copyOf(students);
    questions = List.copyOf(questions);
  }

  /** The summary of a whole run's results at once. */
  public static ClassSummary of(List<GradedAnswer> results, AnswerKey key) {
    Tally tally = new Tally(key);
    results.forEach(tally::add);
    return tally.summary();
  }

  /**
   * A class summary made as the graded answers go by, in input order, keeping no answer: per
   * verdict a count; per student the answers, the correct ones and the score sums; per student and
   * scenario the answers and the correct ones (the discrimination index needs the final ranking of
   * students first); per scenario the score sums and the counts of each wrong answer and each
   * misconception.
   */
  public static final class Tally {
    private final List<KeyEntry> entries;
    private final Map<String, Integer> entryIndex = new HashMap<>();
    private final Map<GradeVerdict, Integer> verdicts = new EnumMap<>(GradeVerdict.class);
    private final Map<String, Student> students = new LinkedHashMap<>();
    private final Scenario[] scenarios;
    private final Map<String, Question> questions = new LinkedHashMap<>();
    private int answers;
    private int unreadable;

    public Tally(AnswerKey key) {
      this.entries = key.entries();
      this.scenarios = new Scenario[entries.size()];
      for (int i = 0; i < entries.size(); i++) {
        entryIndex.put(entries.get(i).scenarioId(), i);
        scenarios[i] = new Scenario();
      }
      key.questions().forEach(q -> questions.put(q.id(), new Question(q)));
      for (GradeVerdict v : GradeVerdict.values()) {
        verdicts.put(v, 0);
      }
    }

    /** Counts one graded answer; answers must come in input order. */
    public void add(GradedAnswer g) {
      answers++;
      verdicts.merge(g.verdict(), 1, Integer::sum);
      if (!g.isGraded()) {
        unreadable++;
        return;
      }
      if (g.isConceptAnswer()) {
        Question q = questions.get(g.keyId());
        if (q != null) {
          q.add(g);
        }
      }
      // null for a key this one lacks, and for a concept question
      Integer at = g.key() == null ? null : entryIndex.get(g.key().scenarioId());
      boolean correct = isCorrect(g);
      students
          .computeIfAbsent(g.answer().studentId().strip(), id -> new Student(entries.size()))
          .add(g, at, correct);
      if (at != null) {
        scenarios[at].add(g, entries.get(at), correct);
      }
    }

    public ClassSummary summary() {
      List<StudentTotal> totals = new ArrayList<>();
      students.forEach(
          (id, s) ->
              totals.add(
                  new StudentTotal(id, s.answers, s.score.getSum(), s.max.getSum(), s.correct)));
      Set<String> upper = group(totals, true);
      Set<String> lower = group(totals, false);
      List<ScenarioStats> stats = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        stats.add(
            scenarios[i].stats(entries.get(i), shareCorrect(i, upper), shareCorrect(i, lower)));
      }
      return new ClassSummary(
          answers,
          unreadable,
          verdicts,
          stats,
          totals,
          questions.values().stream().map(Question::stats).toList());
    }

    /** The share of a group's answers to a scenario that are CORRECT; null when none answered. */
    private Double shareCorrect(int scenario, Set<String> group) {
      int answered = 0;
      int correct = 0;
      for (String id : group) {
        Student s = students.get(id);
        answered += s.answersTo[scenario];
        correct += s.correctTo[scenario];
      }
      return answered == 0 ? null : (double) correct / answered;
    }
  }

  /**
   * One student's counts so far. Sums are compensated ({@link DoubleSummaryStatistics}), as a
   * stream's {@code sum()} and {@code average()} are, so that figures do not depend on how the
   * answers were kept.
   */
  private static final class Student {
    final DoubleSummaryStatistics score = new DoubleSummaryStatistics();
    final DoubleSummaryStatistics max = new DoubleSummaryStatistics();
    final int[] answersTo;
    final int[] correctTo;
    int answers;
    int correct;

    Student(int scenarios) {
      answersTo = new int[scenarios];
      correctTo = new int[scenarios];
    }

    void add(GradedAnswer g, Integer scenario, boolean isCorrect) {
      answers++;
      score.accept(g.score());
      max.accept(g.maxScore());
      if (scenario != null) {
        answersTo[scenario]++;
        correctTo[scenario] += isCorrect ? 1 : 0;
      }
      correct += isCorrect ? 1 : 0;
    }
  }

  /** One scenario's counts so far. */
  private static final class Scenario {
    final DoubleSummaryStatistics score = new DoubleSummaryStatistics();
    final Map<String, Integer> wrongAnswers = new TreeMap<>();
    final Map<String, Integer> misconceptions = new TreeMap<>();
    int correct;

    void add(GradedAnswer g, KeyEntry entry, boolean isCorrect) {
      score.accept(g.score());
      if (isCorrect) {
        correct++;
      } else if (g.readAs() != null && g.readAs() != entry.label()) {
        wrongAnswers.merge(g.readAs().name(), 1, Integer::sum);
      }
      g.misconceptions().forEach(m -> misconceptions.merge(m, 1, Integer::sum));
    }

    ScenarioStats stats(KeyEntry entry, Double upperShare, Double lowerShare) {
      int answers = (int) score.getCount();
      Double facility = answers == 0 ? null : round((double) correct / answers);
      Double discrimination =
          upperShare == null || lowerShare == null ? null : round(upperShare - lowerShare);
      Double mean = answers == 0 ? null : round(score.getAverage());
      return new ScenarioStats(
          entry.scenarioId(),
          entry.label(),
          entry.fromRules(),
          answers,
          correct,
          facility,
          discrimination,
          mean,
          mostCommon(wrongAnswers),
          mostCommon(misconceptions));
    }
  }

  /** One concept question's counts so far. */
  private static final class Question {
    final org.cytosis.grading.concept.ConceptQuestion question;
    final DoubleSummaryStatistics score = new DoubleSummaryStatistics();
    final int[] named;
    final int[] described;
    final List<Map<String, Integer>> wrong = new ArrayList<>();
    int fullMarks;

    Question(org.cytosis.grading.concept.ConceptQuestion question) {
      this.question = question;
      named = new int[question.elements().size()];
      described = new int[question.elements().size()];
      question.elements().forEach(e -> wrong.add(new TreeMap<>()));
    }

    void add(GradedAnswer g) {
      score.accept(g.score());
      fullMarks += g.score() >= question.maxScore() ? 1 : 0;
      var marks = g.concepts();
      for (int i = 0; i < named.length; i++) {
        String concept = question.elements().get(i).concept();
        boolean credited = marks.credited().stream().anyMatch(c -> c.concept().equals(concept));
        boolean wrongly =
            marks.misconceptions().stream().anyMatch(m -> m.concept().equals(concept));
        if (credited || wrongly || marks.namedOnly().contains(concept)) {
          named[i]++;
        }
        described[i] += credited ? 1 : 0;
        Map<String, Integer> counts = wrong.get(i);
        marks.misconceptions().stream()
            .filter(m -> m.concept().equals(concept))
            .forEach(m -> counts.merge(m.id(), 1, Integer::sum));
      }
    }

    QuestionStats stats() {
      List<ElementStats> elements = new ArrayList<>();
      for (int i = 0; i < named.length; i++) {
        var e = question.elements().get(i);
        elements.add(
            new ElementStats(
                e.id(), e.concept(), named[i], described[i], mostCommon(wrong.get(i))));
      }
      int n = (int) score.getCount();
      return new QuestionStats(
          question.id(),
          question.maxScore(),
          n,
          fullMarks,
          n == 0 ? null : round(score.getAverage()),
          elements);
    }
  }

  /** The students of the upper (or lower) group, by total score, ties broken by student id. */
  static Set<String> group(List<StudentTotal> students, boolean upper) {
    if (students.size() < 2) {
      return Set.of();
    }
    int size = Math.max(1, (int) Math.round(GROUP_SHARE * students.size()));
    Comparator<StudentTotal> best =
        Comparator.comparingDouble(StudentTotal::total)
            .reversed()
            .thenComparing(StudentTotal::studentId);
    List<StudentTotal> ranked = students.stream().sorted(best).toList();
    List<StudentTotal> chosen =
        upper ? ranked.subList(0, size) : ranked.subList(ranked.size() - size, ranked.size());
    return chosen.stream().map(StudentTotal::studentId).collect(Collectors.toSet());
  }

  private static boolean isCorrect(GradedAnswer a) {
    return a.verdict() == GradeVerdict.CORRECT;
  }

  /** The most frequent names, most frequent first, ties in name order. */
  private static List<Count> mostCommon(Map<String, Integer> counts) {
    List<Count> all = new ArrayList<>();
    counts.forEach((name, n) -> all.add(new Count(name, n)));
    return all.stream()
        .sorted(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::name))
        .limit(MOST_COMMON)
        .toList();
  }

  /** Three decimals: enough for a share of a class, and stable in text. */
  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
