package org.cytosis.grading;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cytosis.batch.OrderedParallelMap;
import org.cytosis.grading.concept.ConceptFeedback;
import org.cytosis.grading.concept.ConceptGrader;
import org.cytosis.grading.concept.ConceptMarks;
import org.cytosis.grading.concept.ConceptQuestion;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.Criterion;
import org.cytosis.model.Evidence;
import org.cytosis.model.Label;
import org.cytosis.output.ReportSink;
import org.cytosis.output.ReportSink.Rendered;

/**
 * Grades student answers against a key, the way a careful teacher would: reads the process the
 * answer names, marks it against the key's label, credits each criterion the answer or its
 * justification states correctly, flags contradictions with the scenario and known misconceptions,
 * scores with a rubric and writes feedback to the student. Build it once per key: every scenario is
 * classified when the key is built, and grading an answer is a pure function of the answer and the
 * key, so a grader is safe to use from many threads.
 *
 * <pre>{@code
 * Classifier classifier = Classifier.create();
 * AnswerKey key = AnswerKey.of(BankReader.readKey(Path.of("key.csv")).records(), classifier);
 * Grader grader = Grader.create(GradingRules.builtIn(classifier), key, Rubric.defaults());
 * GradedAnswer graded = grader.grade(AnswerRecord.of("s1", "neutrophil", "phagocytosis",
 *     "The neutrophil engulfs the bacterium into a phagosome."));
 * graded.verdict();   // CORRECT
 * }</pre>
 */
public final class Grader {

  private final GradingRules rules;
  private final AnswerKey key;
  private final Rubric rubric;
  private final Feedback feedback;
  private final ConceptFeedback conceptFeedback;

  private Grader(GradingRules rules, AnswerKey key, Rubric rubric) {
    this.rules = rules;
    this.key = key;
    this.rubric = rubric;
    this.feedback = new Feedback(rules.labels, rules.classifier.catalogue());
    this.conceptFeedback = new ConceptFeedback(rules.concepts.rules());
  }

  /**
   * A grader of answers against a key.
   *
   * @param rules the rules and tables that read and mark answers
   * @param key the expected answers
   * @param rubric the points each part of an answer earns
   * @return the grader; it keeps no state between answers and is safe across threads
   */
  public static Grader create(GradingRules rules, AnswerKey key, Rubric rubric) {
    return new Grader(
        Objects.requireNonNull(rules, "rules must not be null"),
        Objects.requireNonNull(key, "key must not be null"),
        Objects.requireNonNull(rubric, "rubric must not be null"));
  }

  /** {@return the key it grades against} */
  public AnswerKey key() {
    return key;
  }

  /** {@return the rubric it marks with} */
  public Rubric rubric() {
    return rubric;
  }

  /**
   * Grades answers in order; the i-th result belongs to the i-th answer.
   *
   * @param answers the answers
   * @return their grades, in the same order
   */
  public List<GradedAnswer> gradeAll(List<AnswerRecord> answers) {
    Objects.requireNonNull(answers, "answers must not be null");
    return answers.stream().map(this::grade).toList();
  }

  /**
   * Grades answers of any number on every core and gives, in input order, one {@code then(graded)}
   * per answer: the answers are read only a little ahead of the results taken, so memory stays
   * constant whatever their number. {@code then} runs on the worker thread that graded the answer
   * (a report renders it there), so it must be thread-safe. Close the stream if it is not read to
   * its end.
   *
   * @param <T> what {@code then} makes of a graded answer
   * @param answers the answers, read lazily
   * @param then what to make of each graded answer
   * @return one result per answer, in input order
   */
  public <T> Stream<T> gradeAll(
      Stream<AnswerRecord> answers, Function<? super GradedAnswer, ? extends T> then) {
    Objects.requireNonNull(answers, "answers must not be null");
    Objects.requireNonNull(then, "then must not be null");
    return OrderedParallelMap.map(answers, answer -> then.apply(grade(answer)));
  }

  /**
   * Grades answers of any number into a report as {@link #gradeAll(Stream, Function)} does, writing
   * each to {@code sink} in input order, and tallies the class summary as they go; no answer is
   * kept. {@code each} sees every graded answer after it is written, in input order, on the calling
   * thread. The sink is left open and unfinished: a caller may add a teacher's marks to the run
   * before finishing it.
   *
   * @param <P> what the sink renders an answer to
   * @param answers the answers, read lazily
   * @param sink the report the graded answers are written to
   * @param each told of every graded answer after it is written
   * @return the run: the key, the rubric and the class summary
   * @throws IOException if the sink cannot be written
   */
  public <P> GradingRun gradeInto(
      Stream<AnswerRecord> answers,
      ReportSink<GradedAnswer, P, ?> sink,
      Consumer<? super GradedAnswer> each)
      throws IOException {
    ClassSummary.Tally tally = new ClassSummary.Tally(key);
    try (Stream<Rendered<GradedAnswer, P>> graded = gradeAll(answers, sink::rendered)) {
      for (Iterator<Rendered<GradedAnswer, P>> it = graded.iterator(); it.hasNext(); ) {
        Rendered<GradedAnswer, P> next = it.next();
        sink.write(next);
        tally.add(next.result());
        each.accept(next.result());
      }
    }
    return new GradingRun(key, rubric, tally.summary(), null);
  }

  /**
   * Grades one answer; a row that cannot be graded is UNREADABLE, with the reason.
   *
   * @param answer the answer
   * @return its grade
   */
  public GradedAnswer grade(AnswerRecord answer) {
    Objects.requireNonNull(answer, "answer must not be null");
    if (!answer.isReadable()) {
      return GradedAnswer.unreadable(answer, rubric.max(), answer.error().getMessage());
    }
    String scenarioId = answer.scenarioId().strip();
    ConceptQuestion question = key.question(scenarioId).orElse(null);
    if (question != null) {
      return grade(answer, question);
    }
    KeyEntry entry = key.entry(scenarioId).orElse(null);
    if (entry == null) {
      return GradedAnswer.unreadable(
          answer,
          rubric.max(),
          key.problem(scenarioId).orElseGet(() -> unknown(answer, scenarioId)));
    }
    try {
      return grade(answer, entry);
    } catch (InvalidInputException refused) { // a text beyond what the reading takes: this row only
      return GradedAnswer.unreadable(answer, rubric.max(), refused.getMessage());
    }
  }

  /** What a text states, or an error naming the answer's row and the field the text is in. */
  private List<Statement> statements(
      AnswerRecord answer, String text, String field, List<Evidence> names) {
    try {
      return rules.statements.read(text, field, names);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(answer.source(), answer.line(), field, e.problem());
    }
  }

  private String unknown(AnswerRecord answer, String scenarioId) {
    String near = key.closestId(scenarioId);
    return answer.location()
        + ": scenario_id \""
        + scenarioId
        + "\" is not in the key"
        + (near == null ? "" : " (did you mean \"" + near + "\"?)");
  }

  private GradedAnswer grade(AnswerRecord answer, KeyEntry entry) {
    NameReading reading = rules.names.read(answer.answer(), AnswerRecord.ANSWER, true);
    NameReading inJustification =
        rules.names.read(answer.justification(), AnswerRecord.JUSTIFICATION, false);
    List<Statement> statements =
        new ArrayList<>(statements(answer, answer.answer(), AnswerRecord.ANSWER, reading.names()));
    statements.addAll(
        statements(
            answer, answer.justification(), AnswerRecord.JUSTIFICATION, inJustification.names()));
    Set<String> phrases =
        new LinkedHashSet<>(rules.misconceptions.phraseSigns(answer.answer(), AnswerRecord.ANSWER));
    phrases.addAll(
        rules.misconceptions.phraseSigns(answer.justification(), AnswerRecord.JUSTIFICATION));

    Label readAs = reading.label();
    List<Criterion> credited = Marking.credited(entry, statements, rubric);
    List<Contradiction> contradictions = Marking.contradictions(entry, statements);
    List<Misconceptions.Found> misconceptions =
        rules.misconceptions.find(
            entry.label(), readAs, statements, phrases, entry.scenario().findings());
    // A contradiction a misconception explains is marked down once, as that misconception.
    List<Contradiction> unexplained =
        contradictions.stream()
            .filter(c -> misconceptions.stream().noneMatch(m -> m.shownBy().contains(c.said())))
            .toList();

    LabelMatch match =
        readAs == null ? null : LabelMatch.of(entry.label(), readAs, entry.scenario());
    GradeVerdict verdict = verdict(reading, match, contradictions);
    double score = score(match, credited, misconceptions.size(), !unexplained.isEmpty());
    String text =
        feedback.write(
            new Feedback.Marked(
                entry,
                reading,
                match,
                verdict,
                credited,
                unexplained,
                misconceptions,
                score >= rubric.max()));
    return new GradedAnswer(
        answer,
        reading,
        verdict,
        score,
        rubric.max(),
        credited,
        misconceptions.stream().map(m -> m.misconception().id()).toList(),
        text,
        entry,
        contradictions.stream().map(Contradiction::describe).toList(),
        null);
  }

  /**
   * An answer to a concept question: a point (or an element's points) for each concept of the
   * question named and described correctly, capped at the question's maximum. CORRECT at full
   * marks, PARTIALLY_CORRECT above 0, INCORRECT at 0 when some concept was named, else NON_ANSWER.
   */
  private GradedAnswer grade(AnswerRecord answer, ConceptQuestion question) {
    for (ConceptQuestion.Element element : question.elements()) {
      if (!rules.concepts.rules().knows(element.concept())) {
        return GradedAnswer.unreadable(
            answer,
            question.maxScore(),
            question.location()
                + ": element \""
                + element.id()
                + "\" asks for "
                + element.concept()
                + ", which the concept tables (rules/grading/concepts/) do not describe");
      }
    }
    ConceptMarks marks = rules.concepts.mark(question, answer.answer());
    double score = ConceptGrader.score(marks);
    boolean namedAny =
        !marks.credited().isEmpty()
            || !marks.namedOnly().isEmpty()
            || !marks.misconceptions().isEmpty();
    GradeVerdict verdict =
        score >= question.maxScore()
            ? GradeVerdict.CORRECT
            : score > 0
                ? GradeVerdict.PARTIALLY_CORRECT
                : namedAny ? GradeVerdict.INCORRECT : GradeVerdict.NON_ANSWER;
    return new GradedAnswer(
        answer,
        null,
        verdict,
        score,
        question.maxScore(),
        List.of(),
        marks.misconceptionIds(),
        conceptFeedback.write(marks, score),
        null,
        List.of(),
        null,
        marks);
  }

  /**
   * No name: NON_ANSWER. A justification the scenario contradicts: CONTRADICTORY, whatever the
   * name. Several processes named: INCORRECT. Otherwise the name against the key.
   */
  private static GradeVerdict verdict(
      NameReading reading, LabelMatch match, List<Contradiction> contradictions) {
    if (reading.label() == null && reading.how() != NameReading.How.SEVERAL) {
      return GradeVerdict.NON_ANSWER;
    }
    if (!contradictions.isEmpty()) {
      return GradeVerdict.CONTRADICTORY;
    }
    return match == null ? GradeVerdict.INCORRECT : match.verdict();
  }

  private double score(
      LabelMatch match,
      List<Criterion> credited,
      int misconceptions,
      boolean unexplainedContradiction) {
    double label =
        match == null
            ? 0
            : switch (match.verdict()) {
              case CORRECT -> rubric.correctLabel();
              case PARTIALLY_CORRECT -> rubric.partialLabel();
              default -> 0;
            };
    double total =
        label
            + rubric.pointsFor(credited)
            - misconceptions * rubric.misconception()
            - (unexplainedContradiction ? rubric.contradiction() : 0);
    return Math.max(0, Math.min(rubric.max(), total));
  }
}
