package org.cytosis.grading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cytosis.model.Label;

/**
 * What a class got right and wrong. Per scenario: how many answered, the facility (the share of
 * its graded answers that are CORRECT), the discrimination index, the mean score, and the most
 * common wrong answers and misconceptions. Per student: answers, total score and the most it could
 * have been. UNREADABLE rows count in {@code unreadable} only.
 *
 * <p>The discrimination index of a scenario is Kelley's upper-lower index on the share correct:
 * students are ranked by total score (ties by student id), the top and bottom 27% (rounded, at
 * least one student each, from two students up) form the upper and lower groups, and the index is
 * the share of the upper group's answers to the scenario that are CORRECT minus the lower group's.
 * It runs from -1 to 1; it is null with fewer than two students, or when either group did not
 * answer the scenario.
 */
public record ClassSummary(int answers, int unreadable, Map<GradeVerdict, Integer> verdicts,
    List<ScenarioStats> scenarios, List<StudentTotal> students) {

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
  public record ScenarioStats(String scenarioId, Label key, boolean keyFromRules, int answers,
      int correct, Double facility, Double discrimination, Double meanScore,
      List<Count> wrongAnswers, List<Count> misconceptions) {}

  public record StudentTotal(String studentId, int answers, double total, double maxTotal,
      int correct) {}

  public ClassSummary {
    verdicts = Map.copyOf(verdicts);
    scenarios = List.copyOf(scenarios);
    students = List.copyOf(students);
  }

  public static ClassSummary of(List<GradedAnswer> results, AnswerKey key) {
    List<GradedAnswer> graded = results.stream().filter(GradedAnswer::isGraded).toList();
    Map<GradeVerdict, Integer> verdicts = new EnumMap<>(GradeVerdict.class);
    for (GradeVerdict v : GradeVerdict.values()) {
      verdicts.put(v, 0);
    }
    results.forEach(r -> verdicts.merge(r.verdict(), 1, Integer::sum));
    List<StudentTotal> students = students(graded);
    Set<String> upper = group(students, true);
    Set<String> lower = group(students, false);
    List<ScenarioStats> scenarios = key.entries().stream()
        .map(entry -> scenario(entry, graded.stream()
            .filter(g -> g.key().scenarioId().equals(entry.scenarioId())).toList(), upper, lower))
        .toList();
    return new ClassSummary(results.size(), results.size() - graded.size(), verdicts, scenarios,
        students);
  }

  private static List<StudentTotal> students(List<GradedAnswer> graded) {
    Map<String, List<GradedAnswer>> byStudent = graded.stream().collect(Collectors.groupingBy(
        g -> g.answer().studentId().strip(), LinkedHashMap::new, Collectors.toList()));
    return byStudent.entrySet().stream().map(e -> new StudentTotal(e.getKey(), e.getValue().size(),
        e.getValue().stream().mapToDouble(GradedAnswer::score).sum(),
        e.getValue().stream().mapToDouble(GradedAnswer::maxScore).sum(),
        (int) e.getValue().stream().filter(g -> g.verdict() == GradeVerdict.CORRECT).count()))
        .toList();
  }

  /** The students of the upper (or lower) group, by total score, ties broken by student id. */
  static Set<String> group(List<StudentTotal> students, boolean upper) {
    if (students.size() < 2) {
      return Set.of();
    }
    int size = Math.max(1, (int) Math.round(GROUP_SHARE * students.size()));
    Comparator<StudentTotal> best = Comparator.comparingDouble(StudentTotal::total).reversed()
        .thenComparing(StudentTotal::studentId);
    List<StudentTotal> ranked = students.stream().sorted(best).toList();
    List<StudentTotal> chosen = upper ? ranked.subList(0, size)
        : ranked.subList(ranked.size() - size, ranked.size());
    return chosen.stream().map(StudentTotal::studentId).collect(Collectors.toSet());
  }

  private static ScenarioStats scenario(KeyEntry entry, List<GradedAnswer> answers,
      Set<String> upper, Set<String> lower) {
    int correct = (int) answers.stream().filter(ClassSummary::isCorrect).count();
    Double facility = answers.isEmpty() ? null : round((double) correct / answers.size());
    Double upperShare = shareCorrect(answers, upper);
    Double lowerShare = shareCorrect(answers, lower);
    Double discrimination = upperShare == null || lowerShare == null ? null
        : round(upperShare - lowerShare);
    Double mean = answers.isEmpty() ? null
        : round(answers.stream().mapToDouble(GradedAnswer::score).average().orElse(0));
    List<Count> wrong = mostCommon(answers.stream()
        .filter(a -> !isCorrect(a) && a.readAs() != null && a.readAs() != entry.label())
        .map(a -> a.readAs().name()).toList());
    List<Count> misconceptions = mostCommon(answers.stream()
        .flatMap(a -> a.misconceptions().stream()).toList());
    return new ScenarioStats(entry.scenarioId(), entry.label(), entry.fromRules(), answers.size(),
        correct, facility, discrimination, mean, wrong, misconceptions);
  }

  private static Double shareCorrect(List<GradedAnswer> answers, Set<String> group) {
    List<GradedAnswer> theirs = answers.stream()
        .filter(a -> group.contains(a.answer().studentId().strip())).toList();
    return theirs.isEmpty() ? null
        : (double) theirs.stream().filter(ClassSummary::isCorrect).count() / theirs.size();
  }

  private static boolean isCorrect(GradedAnswer a) {
    return a.verdict() == GradeVerdict.CORRECT;
  }

  /** The most frequent names, most frequent first, ties in name order. */
  private static List<Count> mostCommon(List<String> names) {
    Map<String, Long> counts = names.stream()
        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    List<Count> all = new ArrayList<>();
    counts.forEach((name, n) -> all.add(new Count(name, n.intValue())));
    return all.stream().sorted(Comparator.comparingInt(Count::count).reversed()
        .thenComparing(Count::name)).limit(MOST_COMMON).toList();
  }

  /** Three decimals: enough for a share of a class, and stable in text. */
  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
