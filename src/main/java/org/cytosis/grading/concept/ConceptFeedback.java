package org.cytosis.grading.concept;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Feedback on an answer to a concept question, in words a student reads: what earned points, what
 * was named without saying what it is (with what it is), what was described wrongly (with the right
 * idea), and what else would have earned points. No concept names in capitals, no IDs.
 */
public final class ConceptFeedback {

  /** How many unanswered elements the feedback suggests. */
  private static final int SUGGESTIONS = 2;

  private final ConceptRules rules;

  public ConceptFeedback(ConceptRules rules) {
    this.rules = rules;
  }

  public String write(ConceptMarks marks, double score) {
    ConceptQuestion question = marks.question();
    List<String> sentences = new ArrayList<>();
    if (marks.credited().isEmpty()
        && marks.namedOnly().isEmpty()
        && marks.misconceptions().isEmpty()) {
      sentences.add(
          "No process that moves substances across the cell membrane was named. Name "
              + "each process and say what it does, for example: "
              + rules.definition(question.elements().get(0).concept()).definition()
              + ".");
    }
    if (!marks.credited().isEmpty()) {
      sentences.add(
          "Credited: "
              + join(
                  marks.credited().stream()
                      .map(
                          c ->
                              words(c.concept())
                                  + " (\""
                                  + String.join("\", \"", c.described())
                                  + "\")")
                      .toList())
              + ".");
    }
    for (String concept : marks.namedOnly()) {
      sentences.add(
          "You named "
              + words(concept)
              + " but did not say what it does: "
              + rules.definition(concept).definition()
              + ".");
    }
    for (ConceptMarks.Misconception m : marks.misconceptions()) {
      sentences.add("About " + words(m.concept()) + ": " + m.feedback());
    }
    if (score < question.maxScore()) {
      Set<String> done =
          marks.credited().stream().map(ConceptMarks.Credit::concept).collect(Collectors.toSet());
      List<String> others =
          question.elements().stream()
              .map(ConceptQuestion.Element::concept)
              .filter(
                  c ->
                      !done.contains(c)
                          && !marks.namedOnly().contains(c)
                          && marks.misconceptions().stream().noneMatch(m -> m.concept().equals(c)))
              .distinct()
              .limit(SUGGESTIONS)
              .map(this::words)
              .toList();
      if (!others.isEmpty() && !marks.credited().isEmpty()) {
        sentences.add(
            "For full marks, name and describe more processes, such as " + join(others) + ".");
      }
    } else {
      sentences.add("Full marks.");
    }
    marks.notes().forEach(n -> sentences.add("Note: " + n + "."));
    return String.join(" ", sentences);
  }

  private String words(String concept) {
    return rules.definition(concept).words();
  }

  private static String join(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }
}
