package org.cytosis.usecase;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.cytosis.batch.OrderedParallelMap;
import org.cytosis.engine.Classifier;
import org.cytosis.explain.Explainer;
import org.cytosis.io.EventRecord;
import org.cytosis.io.InvalidInputException;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;

/**
 * Classifying events, explained or not, one at a time or streamed on every core in input order.
 * Which events are explained is decided here, the same way for every front end: an explanation
 * costs some hundreds of rule runs, so a batch is explained only when asked.
 */
public final class ClassifyEvents {

  /** What the user asked of explanations. */
  public enum Explaining {
    /** Every event. */
    ALWAYS,
    /** No event, not even a single one. */
    NEVER,
    /** Nothing said: a single event is explained, a batch is not (a diagram always is). */
    ONE_EVENT
  }

  private final Classifier classifier;
  private final Explainer explainer;

  ClassifyEvents(Classifier classifier, Explainer explainer) {
    this.classifier = classifier;
    this.explainer = explainer;
  }

  /** Whether events are explained, given what was asked, the format and how many there are. */
  public static boolean explains(Explaining asked, ClassifyFormat format, int events) {
    return switch (asked) {
      case ALWAYS -> true;
      case NEVER -> false;
      case ONE_EVENT -> events == 1 || format.isDiagram();
    };
  }

  /**
   * One event's classification, with its explanation when {@code explained}.
   *
   * @throws InvalidInputException for an event the classifier refuses (a description beyond its
   *     limits)
   */
  public Classification classify(CellEvent event, boolean explained) {
    return explained ? explainer.explain(event) : classifier.classify(event);
  }

  /** What one record comes to: its output, or the error standing in its place (also for stderr). */
  public record Outcome(String output, String error) {}

  /**
   * Streams the records through the classifier on every core: constant memory whatever the input
   * size, and output in input order, one entry per record. An unreadable record, or one the
   * classifier refuses, is written by {@code format} as an error in its place. The rules are asked
   * for only when the first record is classified, so they may still be loading.
   *
   * @param render writes a readable record's result
   */
  public static Stream<Outcome> classifyAll(
      Supplier<ClassifyEvents> useCase,
      String source,
      Stream<EventRecord> records,
      boolean explained,
      ClassifyFormat format,
      Function<Classified, String> render) {
    // An explanation costs milliseconds: handed out two at a time, explained events come out (and
    // move a progress bar) steadily, rather than in bursts of a whole chunk a minute apart.
    return explained
        ? OrderedParallelMap.map(
            records,
            r -> outcome(useCase, source, r, true, format, render),
            Runtime.getRuntime().availableProcessors(),
            EXPLAINED_CHUNK)
        : OrderedParallelMap.map(records, r -> outcome(useCase, source, r, false, format, render));
  }

  /** How many explained events a worker takes at a time. */
  private static final int EXPLAINED_CHUNK = 2;

  /** An event and its result, to render. */
  public record Classified(CellEvent event, Classification result) {}

  /** Runs on a worker thread: classifying, explaining and rendering are the costly part. */
  private static Outcome outcome(
      Supplier<ClassifyEvents> useCase,
      String source,
      EventRecord record,
      boolean explained,
      ClassifyFormat format,
      Function<Classified, String> render) {
    if (record.isReadable()) {
      try {
        Classification result = useCase.get().classify(record.event(), explained);
        return new Outcome(render.apply(new Classified(record.event(), result)), null);
      } catch (InvalidInputException refused) {
        record =
            new EventRecord(
                record.index(),
                record.line(),
                null,
                new InvalidInputException(
                    source, record.line(), refused.field(), refused.problem()));
      }
    }
    String message = record.error().getMessage();
    return new Outcome(format.notClassified(record, message), message);
  }
}
