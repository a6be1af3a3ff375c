package org.cytosis.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on one event and why. {@code label} is the most specific label the evidence supports,
 * or null; {@code lineage} runs from its family down to it; {@code trace} lists every rule that
 * fired, in firing order. {@code negated} lists what the description mentions only to deny it
 * (absent from JSON when empty, so results of structured events look as before). {@code
 * explanation} is there only when it was asked for ({@code Classifier.explain}); a plain
 * classification leaves it null and its JSON leaves it out.
 */
@JsonPropertyOrder({
  "id",
  "status",
  "label",
  "lineage",
  "goTerm",
  "confidence",
  "note",
  "findings",
  "negated",
  "conflicts",
  "missing",
  "events",
  "trace",
  "explanation"
})
public record Classification(
    String id,
    Status status,
    Label label,
    double confidence,
    List<Finding> findings,
    List<Conflict> conflicts,
    List<Question> missing,
    List<TraceStep> trace,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<NegatedMention> negated,
    @JsonInclude(JsonInclude.Include.NON_NULL) Explanation explanation,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<EventResult> events,
    @JsonInclude(JsonInclude.Include.NON_NULL) String note) {

  /**
   * A classification, with its own copies of the lists; a null {@code negated} or {@code events} is
   * taken as empty.
   *
   * @param id the event's id, or null
   * @param status how the event was judged
   * @param label the most specific label the evidence supports, or null
   * @param confidence from 0 to 1 (docs/classify.md)
   * @param findings what each criterion's evidence supports
   * @param conflicts the families the evidence pulls between
   * @param missing questions whose answers would settle the verdict
   * @param trace every rule that fired, in firing order
   * @param negated what the description mentions only to deny it
   * @param explanation the explanation, or null when none was asked for
   * @param events every event the description told of, when it told of several
   * @param note how the text was read, or null
   */
  public Classification {
    Objects.requireNonNull(status, "status must not be null");
    if (label == Label.NOT_BULK_TRANSPORT) {
      throw new IllegalArgumentException("NOT_BULK_TRANSPORT is a status, not a label");
    }
    findings = List.copyOf(findings);
    conflicts = List.copyOf(conflicts);
    missing = List.copyOf(missing);
    trace = List.copyOf(trace);
    negated = negated == null ? List.of() : List.copyOf(negated);
    events = events == null ? List.of() : List.copyOf(events);
  }

  /**
   * A classification of structured fields alone: nothing negated, no explanation.
   *
   * @param id the event's id, or null
   * @param status how the event was judged
   * @param label the most specific label the evidence supports, or null
   * @param confidence from 0 to 1
   * @param findings what each criterion's evidence supports
   * @param conflicts the families the evidence pulls between
   * @param missing questions whose answers would settle the verdict
   * @param trace every rule that fired, in firing order
   */
  public Classification(
      String id,
      Status status,
      Label label,
      double confidence,
      List<Finding> findings,
      List<Conflict> conflicts,
      List<Question> missing,
      List<TraceStep> trace) {
    this(
        id,
        status,
        label,
        confidence,
        findings,
        conflicts,
        missing,
        trace,
        List.of(),
        null,
        List.of(),
        null);
  }

  /**
   * The same classification under another event's id: what a repeated combination of facts gets.
   *
   * @param id the event's id, or null
   * @return a copy with it
   */
  public Classification withId(String id) {
    return new Classification(
        id,
        status,
        label,
        confidence,
        findings,
        conflicts,
        missing,
        trace,
        negated,
        explanation,
        events,
        note);
  }

  /**
   * This classification with the mentions its description negated.
   *
   * @param mentions what the description denies
   * @return a copy with them
   */
  public Classification withNegated(List<NegatedMention> mentions) {
    return new Classification(
        id,
        status,
        label,
        confidence,
        findings,
        conflicts,
        missing,
        trace,
        mentions,
        explanation,
        events,
        note);
  }

  /**
   * This classification with what else its description said: every event read when there were
   * several (the main one being this), and a note on how the text was read (a question, no event).
   *
   * @param events every event read, or empty
   * @param note how the text was read, or null
   * @return a copy with them
   */
  public Classification withReading(List<EventResult> events, String note) {
    return new Classification(
        id,
        status,
        label,
        confidence,
        findings,
        conflicts,
        missing,
        trace,
        negated,
        explanation,
        events,
        note);
  }

  /**
   * The same classification with its explanation.
   *
   * @param explanation the explanation
   * @return a copy with it
   */
  public Classification withExplanation(Explanation explanation) {
    return new Classification(
        id,
        status,
        label,
        confidence,
        findings,
        conflicts,
        missing,
        trace,
        negated,
        explanation,
        events,
        note);
  }

  /** {@return the labels from the family to the label; empty when there is no label} */
  @JsonProperty("lineage")
  public List<Label> lineage() {
    return label == null ? List.of() : label.lineage();
  }

  /** {@return the label's Gene Ontology id, or null} */
  @JsonProperty("goTerm")
  public String goTerm() {
    return label == null ? null : label.goTerm();
  }

  /**
   * The catalogue IDs behind the evidence: those cited by the rules that made the findings, sorted.
   * (The trace also shows the IDs of the decision rules, which cite the general principles.)
   *
   * @return the IDs, sorted, each once
   */
  public List<String> citedSources() {
    return findings.stream().flatMap(f -> f.sources().stream()).distinct().sorted().toList();
  }
}
