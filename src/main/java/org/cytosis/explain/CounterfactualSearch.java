package org.cytosis.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cytosis.model.CellEvent;
import org.cytosis.model.Classification;
import org.cytosis.model.Counterfactual;
import org.cytosis.model.Counterfactual.Result;
import org.cytosis.model.Status;

/**
 * Finds the smallest changes to an event's fields (or to what its description says) that give
 * another answer, by running the rules on
 * changed copies of the event: first every single change (each other value of each field, and
 * removing each field that is given), then every pair of changes to two fields. A change set is
 * kept when its result is a target (see {@link #isTarget}) and no smaller set inside it reaches the
 * same result. No table of what leads where is written by hand; the rules decide every result.
 */
final class CounterfactualSearch {

  private final Function<CellEvent, Classification> classify;

  CounterfactualSearch(Function<CellEvent, Classification> classify) {
    this.classify = classify;
  }

  /** Every minimal change set of one or two changes that reaches a target, smallest first. */
  List<Found> search(CellEvent event, Classification actual) {
    List<Change> singles = Change.candidates(event, actual.findings());
    Map<Change, Result> singleResults = new HashMap<>();
    List<Found> found = new ArrayList<>();
    for (Change change : singles) {
      Result result = run(event, List.of(change));
      singleResults.put(change, result);
      if (isTarget(actual, result)) {
        found.add(new Found(List.of(change), result));
      }
    }
    for (int i = 0; i < singles.size(); i++) {
      for (int j = i + 1; j < singles.size(); j++) {
        Change first = singles.get(i);
        Change second = singles.get(j);
        if (first.field() == null && second.field() == null) {
          // Two description edits make one: the description without the phrases of both.
          Change merged = Change.merge(event.description(), first, second);
          Result result = run(event, List.of(merged));
          if (isTarget(actual, result) && !result.equals(singleResults.get(first))
              && !result.equals(singleResults.get(second))) {
            found.add(new Found(List.of(merged), result));
          }
          continue;
        }
        if (first.field() == second.field()) {
          continue;
        }
        Result result = run(event, List.of(first, second));
        if (isTarget(actual, result) && !result.equals(singleResults.get(first))
            && !result.equals(singleResults.get(second))) {
          found.add(new Found(List.of(first, second), result));
        }
      }
    }
    found.sort((a, b) -> Change.SET_ORDER.compare(a.changes(), b.changes()));
    return found;
  }

  private Result run(CellEvent event, List<Change> changes) {
    return Result.of(classify.apply(Change.apply(event, changes)));
  }

  /**
   * What is worth reporting: a classification with another label (or the same label, no longer
   * conflicting: the conflict resolved; or any label at all: the gap filled), or "not bulk transport"
   * when the verdict was something else. Making the evidence conflicting or insufficient is not.
   */
  static boolean isTarget(Classification actual, Result result) {
    return switch (result.status()) {
      case CLASSIFIED -> actual.status() != Status.CLASSIFIED || actual.label() != result.label();
      case NOT_BULK_TRANSPORT -> actual.status() != Status.NOT_BULK_TRANSPORT;
      case CONFLICTING, INSUFFICIENT_EVIDENCE -> false;
    };
  }

  /** A change set and the result it gives. */
  record Found(List<Change> changes, Result result) {
    Counterfactual toCounterfactual() {
      return new Counterfactual(Change.asMap(changes), result, Sentences.counterfactual(changes, result));
    }
  }
}
