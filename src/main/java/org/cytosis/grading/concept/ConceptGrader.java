package org.cytosis.grading.concept;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Marks an answer to a concept question: reads it into items (see {@link AnswerItems}), judges each
 * item's description against the rows of {@code descriptions.tsv} for the concept it names, and
 * credits each element of the question whose concept some item names and describes correctly. A
 * misconception in an item earns that item nothing. Pure and thread-safe.
 */
public final class ConceptGrader {

  private final ConceptRules rules;

  public ConceptGrader(ConceptRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules must not be null");
  }

  public ConceptRules rules() {
    return rules;
  }

  /** The outcome of one item. */
  private record Judged(AnswerItems.Item item, Description correct, List<Description> wrong) {}

  public ConceptMarks mark(ConceptQuestion question, String answer) {
    Objects.requireNonNull(question, "question must not be null");
    String given = answer == null ? "" : answer;
    List<String> notes = new ArrayList<>();
    if (given.length() > AnswerText.MAX_CHARS) {
      notes.add(
          "the answer is "
              + given.length()
              + " characters long; only its first "
              + String.format("%,d", AnswerText.MAX_CHARS)
              + " were graded");
    }
    AnswerItems.Read read = AnswerItems.read(rules, AnswerText.normalise(given));

    Map<String, Judged> byConcept = new LinkedHashMap<>();
    List<ConceptMarks.Misconception> misconceptions = new ArrayList<>();
    for (AnswerItems.Item item : read.items()) {
      Judged judged = judge(item);
      for (Description d : judged.wrong()) {
        misconceptions.add(
            new ConceptMarks.Misconception(
                d.id(), d.concept(), item.head().words(), words(item, d), d.feedback()));
      }
      Judged before = byConcept.get(item.head().concept());
      if (before == null || (before.correct() == null && judged.correct() != null)) {
        byConcept.put(item.head().concept(), judged);
      }
    }

    List<ConceptMarks.Credit> credited = new ArrayList<>();
    Set<String> creditedConcepts = new HashSet<>();
    for (ConceptQuestion.Element element : question.elements()) {
      Judged judged = byConcept.get(element.concept());
      if (judged != null && judged.correct() != null && creditedConcepts.add(element.concept())) {
        credited.add(
            new ConceptMarks.Credit(
                element.id(),
                element.concept(),
                element.points(),
                judged.item().head().words(),
                words(judged.item(), judged.correct()),
                judged.correct().id()));
      }
    }
    Set<String> wrongConcepts = new HashSet<>();
    misconceptions.forEach(m -> wrongConcepts.add(m.concept()));
    Set<String> namedOnly = new LinkedHashSet<>();
    for (AnswerItems.Item item : read.items()) {
      AnswerItems.Name name = item.head();
      Judged judged = byConcept.get(name.concept());
      boolean described = judged != null && judged.correct() != null;
      if (!described && !wrongConcepts.contains(name.concept())) {
        namedOnly.add(name.concept());
      }
    }
    return new ConceptMarks(question, credited, List.copyOf(namedOnly), misconceptions, notes);
  }

  /** The score an answer's marks come to, capped at the question's maximum. */
  public static double score(ConceptMarks marks) {
    double sum = marks.credited().stream().mapToDouble(ConceptMarks.Credit::points).sum();
    return Math.min(marks.question().maxScore(), sum);
  }

  private Judged judge(AnswerItems.Item item) {
    Set<String> stated = new HashSet<>();
    Set<String> denied = new HashSet<>();
    for (AnswerItems.Cue cue : item.cues()) {
      (cue.states() ? stated : denied).add(cue.cue());
    }
    Description correct = null;
    List<Description> wrong = new ArrayList<>();
    for (Description d : rules.descriptions) {
      if (d.concept().equals(item.head().concept()) && d.holds(stated, denied)) {
        if (!d.correct()) {
          wrong.add(d);
        } else if (correct == null) {
          correct = d;
        }
      }
    }
    return new Judged(item, wrong.isEmpty() ? correct : null, wrong);
  }

  /** The student's words that state or deny the cues a description rests on. */
  private static List<String> words(AnswerItems.Item item, Description d) {
    Set<String> words = new LinkedHashSet<>();
    for (AnswerItems.Cue cue : item.cues()) {
      boolean used = cue.states() ? d.states().contains(cue.cue()) : d.denies().contains(cue.cue());
      if (used) {
        words.add(cue.quoted());
      }
    }
    return List.copyOf(words);
  }
}
